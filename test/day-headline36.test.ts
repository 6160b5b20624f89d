/**
 * A headline naming its day (`Horoscope du lundi 7 décembre 2026`) right over
 * its byline is the page's title, though the shared furniture test reads a
 * few words before a date as a labelled date; a stamp's label (`Mis à jour
 * le`) over the byline stays a stamp (blind round 36d's horoscope).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const intro =
  'Les astres promettent une journée calme, propice aux bilans et aux décisions mûries depuis plusieurs semaines. Voici les prévisions de chaque signe.';

function page(head: string[]): string {
  return [
    'La Gazette du Littoral',
    'Accueil',
    'Société',
    'Loisirs',
    ...head,
    intro,
    'Bélier (21 mars - 19 avril)',
    'Amour : un proche vous surprend agréablement.',
    'Travail : une réunion se passe mieux que prévu.',
    '© 2026 La Gazette du Littoral',
  ].join('\n');
}

describe('a headline naming its day over its byline', () => {
  test('`Horoscope du lundi 7 décembre 2026` over `Par X` is the title', () => {
    const a = parseArticle(
      page(['Horoscope du lundi 7 décembre 2026', 'Par Samia Haddad', 'Publié le 07/12/2026']),
    );
    expect(a.title).toBe('Horoscope du lundi 7 décembre 2026');
    expect(a.authors).toEqual(['Samia Haddad']);
    expect(a.paragraphs[0]?.text).toBe(intro);
  });

  test('the day alone after the words (`Horoscope du 7 décembre 2026`)', () => {
    const a = parseArticle(page(['Horoscope du 7 décembre 2026', 'Par Samia Haddad']));
    expect(a.title).toBe('Horoscope du 7 décembre 2026');
  });

  test('in English: `Forecast for Monday 7 December 2026` over `By X`', () => {
    const a = parseArticle(
      page(['Forecast for Monday 7 December 2026', 'By Omar Said', 'December 7, 2026']),
    );
    expect(a.title).toBe('Forecast for Monday 7 December 2026');
  });

  test('guard: a stamp `Mis à jour le 7 décembre 2026` over the byline is no title', () => {
    const a = parseArticle(
      page([
        'Les prévisions astrales de la semaine',
        'Mis à jour le lundi 7 décembre 2026',
        'Par Samia Haddad',
      ]),
    );
    expect(a.title).toBe('Les prévisions astrales de la semaine');
  });
});
