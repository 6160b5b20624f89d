/**
 * A German group's sign-off (`Eure Redaktion`, `Euer Vorstand`) closes a
 * German letter-like post (round 42e), but `Eure` is also a French
 * département's name: a French site of the Eure prints its masthead (`Eure
 * Infos`) right under the story's last paragraph, and that line is no
 * sign-off of the story. The group sign-off is read only under German prose.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const LAST =
  'Les clubs de natation de la ville, accueillis en attendant dans les bassins de Louviers et de Vernon, retrouveront leurs créneaux habituels dès la réouverture.';

const story = (under: string) =>
  [
    'Eure Infos',
    'Accueil | Actualités | Sports | Agenda',
    '',
    'Évreux : la piscine Jean-Bouin rouvrira en mars après huit mois de travaux',
    '',
    'Publié le 4 décembre 2026 par Claire Duval',
    '',
    "La piscine Jean-Bouin, fermée depuis le mois d'avril pour des travaux de rénovation de son bassin et de ses vestiaires, rouvrira ses portes au public début mars, a annoncé jeudi l'agglomération.",
    '',
    "Le chantier, d'un montant de 3,2 millions d'euros, a pris du retard en raison de la découverte de fuites sous le bassin principal, qu'il a fallu reprendre entièrement.",
    '',
    LAST,
    '',
    under,
    '',
    'Partager sur Facebook',
    'Partager sur X',
    '',
    '© 2026 Eure Infos - Mentions légales',
  ].join('\n');

describe("a French site's masthead under the story", () => {
  test.each(['Eure Infos', 'Eure Hebdo'])('%s is no sign-off of a French story', (masthead) => {
    const a = parseArticle(story(masthead));
    expect(a.paragraphs.map((p) => p.text)).toHaveLength(3);
    expect(a.paragraphs.at(-1)?.text).toBe(LAST);
  });
});
