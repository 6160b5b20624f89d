/**
 * A match sheet's line-ups (`Team : Keeper - Back, Back, … - Fwd, Fwd.`, one
 * team a line) are the sheet's, not the report's text: over the headline they
 * no longer make the body start there (blind round 36d's match report, whose
 * scorers' line was the title), under the report they leave its end.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const home =
  'Olympique Nord : Benali - Cherif, Mansouri, Hamdi, Saidi - Rahal, Touati (Mekki 70e), Ziani - Kaci, Ferhat, Lounes. Entraîneur : Nabil Derradji.';
const away =
  'Union Sud : Belkacem - Amara, Slimani, Guerfi, Hadj - Boudiaf, Yahi, Chaouch - Meziane, Rebai, Ait Ouali. Entraîneur : Farid Zerrouki.';
const report = [
  'L’Olympique Nord s’est imposé dimanche face à l’Union Sud (2-0) dans un stade comble, grâce à deux buts inscrits en seconde période par son attaquant vedette.',
  'Dominés en première mi-temps, les locaux ont profité de l’expulsion d’un défenseur adverse pour prendre le jeu à leur compte et faire la différence dans le dernier quart d’heure.',
  'Avec cette victoire, l’Olympique remonte à la troisième place du classement à deux journées de la trêve hivernale.',
];

describe('a match sheet’s line-ups', () => {
  test('over the headline: the headline is the title, the report the body', () => {
    const a = parseArticle(
      [
        'Le Journal des Sports',
        'Accueil',
        'Football',
        'Ligue 1 - 14e journée',
        'Olympique Nord   2 - 0   Union Sud',
        'Compositions',
        home,
        away,
        'L’Olympique Nord fait plier l’Union Sud en seconde période',
        'Par Hakim Bensaid',
        'Publié le 06/12/2026 à 19:10',
        ...report,
        '© 2026 Le Journal des Sports',
      ].join('\n'),
    );
    expect(a.title).toBe('L’Olympique Nord fait plier l’Union Sud en seconde période');
    expect(a.authors).toEqual(['Hakim Bensaid']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(report);
  });

  test('under the report: the line-ups leave the body’s end', () => {
    const a = parseArticle(
      [
        'Le Journal des Sports',
        'Accueil',
        'Football',
        'L’Olympique Nord fait plier l’Union Sud en seconde période',
        'Par Hakim Bensaid',
        'Publié le 06/12/2026 à 19:10',
        ...report,
        'Fiche technique',
        home,
        away,
        '© 2026 Le Journal des Sports',
      ].join('\n\n'),
    );
    expect(a.paragraphs.at(-1)?.text).toBe(report[2]);
  });

  test('guard: a squad named in a sentence (commas only) stays in the body', () => {
    const squad =
      'Les joueurs convoqués : Benali, Cherif, Mansouri, Hamdi, Saidi, Rahal, Touati, Ziani, Kaci, Ferhat, Lounes.';
    const a = parseArticle(
      [
        'Le Journal des Sports',
        'Accueil',
        'Football',
        'Le sélectionneur dévoile sa liste pour le stage de décembre',
        'Par Hakim Bensaid',
        'Publié le 06/12/2026 à 19:10',
        report[0],
        squad,
        report[2],
        '© 2026 Le Journal des Sports',
      ].join('\n\n'),
    );
    expect(a.paragraphs.map((p) => p.text)).toContain(squad);
  });
});
