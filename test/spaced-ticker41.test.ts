/**
 * Round 41d's probe: a network ticker whose NBSP runs became plain spaces
 * (text passed through NFKC, which folds U+00A0 to a space) is still the
 * dump's ticker, not a paragraph of body holding every headline. Only the
 * first line of text is read so, and only with six headline-shaped items or
 * more: guards for a menu printed on one line and for cells on a later line.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const heads = [
  "Tunisie – Le dinar se stabilise face à l'euro après trois semaines de baisse",
  "Ligue 1 : l'Espérance s'impose à Radès et reprend la tête du classement",
  "Sfax : coupure d'eau prévue jeudi dans six délégations",
  'Tourism revenues up 9 percent at end of November, says ministry',
  'Kairouan : trois ans de prison pour un réseau de contrebande de cigarettes',
  'Bac 2027 : le ministère fixe la date des épreuves pratiques',
  'Nabeul : un chalutier porté disparu au large de Kélibia',
  "Startups : 40 jeunes pousses sélectionnées pour le programme d'accélération",
  'Transport : nouvelles rames pour la ligne D du métro léger de Tunis',
  'Coupe arabe : la sélection affronte la Jordanie samedi à Doha',
];

describe('a network ticker folded by NFKC (runs of four spaces)', () => {
  const dump = `${heads.join('    ')}    Bizerte : le pont mob`;

  test('gives its headlines, the last one cut', () => {
    const t = parseTicker(dump);
    expect(t.map((i) => i.text)).toEqual([...heads, 'Bizerte : le pont mob']);
    expect(t.at(-1)?.truncated).toBe(true);
  });

  test('and no body, no title', () => {
    const a = parseArticle(dump, { url: 'https://www.turess.com/fr/kapitalis/9187342' });
    expect(a.paragraphs).toEqual([]);
    expect(a.title).toBeUndefined();
  });
});

describe('spaced cells that are no ticker (guards)', () => {
  test('a menu printed on the first line', () => {
    const menu = [
      'Accueil',
      'Politique',
      'Économie',
      'Société',
      'Régions',
      'Sport',
      'Culture',
      'Monde',
      'Vidéos',
      'Opinions',
      'Contact',
      'Newsletter',
      'Archives',
      'Podcasts',
      'Emploi',
      'Annonces',
      'Météo',
      'Horoscope',
      'Jeux',
      'Abonnement',
      'Mon compte',
      'Recherche',
      'Le journal',
      'Édition numérique',
    ].join('   ');
    expect(parseTicker(`${menu}\n${heads[0]}`)).toEqual([]);
  });

  test('headlines parted by spaces below the first line', () => {
    const page = `Le Quotidien\n${heads.join('    ')}\nUn paragraphe.`;
    expect(parseTicker(page)).toEqual([]);
  });
});
