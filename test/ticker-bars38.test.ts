/**
 * A breaking-news bar printed on one line with no NBSP, its label first and
 * its headlines parted by a spaced `•` or `|` (`Flash info : A • B • C`,
 * `Breaking | A | B | C`, `عاجل: A | B | C`), is a ticker of those headlines
 * (the label none of them) and neither the title's anchor nor the body's first
 * paragraph (blind round 38d's Algerian, Moroccan and Tunisian pages).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const headline = 'Béjaïa : le port pétrolier ouvre un second poste à quai';
const text = [
  'Le port de Béjaïa a mis en service lundi un second poste à quai réservé aux pétroliers, ce qui doit réduire de moitié le temps d’attente des navires en rade, a indiqué la direction de l’entreprise portuaire.',
  'Les travaux, lancés il y a trois ans, ont porté sur l’approfondissement du bassin et la pose de nouvelles conduites reliant le quai au parc de stockage de la zone industrielle.',
];

function page(bar: string): string {
  return [
    'Kabylie Matin',
    bar,
    'Accueil Nation Économie Régions Monde Sport Culture',
    'Économie',
    headline,
    'Par Lounès Hamdi',
    'Publié le 3 décembre 2026 à 09:40',
    ...text,
    '© 2026 Kabylie Matin. Tous droits réservés.',
  ].join('\n');
}

const items = [
  'Le gouvernement adopte le projet de loi sur l’investissement',
  'Sétif : la foire agricole ouvre ses portes jeudi',
  'Coupe d’Algérie : la JSK qualifiée aux tirs au but',
];

describe('a labelled bar on one line', () => {
  test('`Flash info : ` and `•`: a ticker of three, the label none; title and body read as without it', () => {
    const input = page(`Flash info : ${items.join(' • ')}`);
    expect(parseTicker(input).map((i) => i.text)).toEqual(items);
    const a = parseArticle(input);
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual(['Lounès Hamdi']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(text);
  });

  test('`Breaking | ` and `|`, and time-led headlines after `Flash • `', () => {
    const en = [
      'Parliament passes the budget in second reading',
      'Oran port to get a grain terminal',
      'Dinar steady against the euro',
    ];
    expect(parseTicker(page(`Breaking | ${en.join(' | ')}`)).map((i) => i.text)).toEqual(en);
    expect(parseTicker(page(`Dernière minute : ${items.join(' | ')}`)).map((i) => i.text)).toEqual(
      items,
    );
    const timed = en.map((h, i) => `1${i}:05 ${h}`);
    expect(parseTicker(page(`Flash • ${timed.join(' • ')}`)).map((i) => i.text)).toEqual(timed);
  });

  test('`عاجل: ` and `|` in Arabic', () => {
    const ar = [
      'الحكومة تصادق على مشروع قانون المالية',
      'تعليق الدراسة في ثلاث ولايات غدا',
      'المنتخب الوطني يواجه تونس وديا',
    ];
    expect(parseTicker(page(`عاجل: ${ar.join(' | ')}`)).map((i) => i.text)).toEqual(ar);
  });

  test('a bar hard-wrapped with its mark opening the next line: the bar goes on over it', () => {
    const input = page(`Flash info : ${items[0]} • ${items[1]}\n• ${items[2]}`);
    expect(parseTicker(input).map((i) => i.text)).toEqual(items);
    expect(parseArticle(input).paragraphs.map((p) => p.text)).toEqual(text);
  });

  test('a bar the input stops inside: its last headline is cut', () => {
    const t = parseTicker(`Flash info : ${items.join(' • ')} • Oran : le tram`);
    expect(t.map((i) => i.text)).toEqual([...items, 'Oran : le tram']);
    expect(t.at(-1)?.truncated).toBe(true);
  });
});

describe('guards', () => {
  test('a menu after the label (short entries) is no bar', () => {
    const input = page('Flash | Accueil | Sport | Vidéos | Contact');
    expect(parseTicker(input)).toEqual([]);
    expect(parseArticle(input).title).toBe(headline);
  });

  test('headlines parted by `•` with no breaking label make no bar; two headlines after the label make none', () => {
    expect(parseTicker(page(items.join(' • ')))).toEqual([]);
    expect(parseTicker(page(`Flash info : ${items.slice(0, 2).join(' • ')}`))).toEqual([]);
  });

  test('a sentence opening with the label is no bar', () => {
    const line =
      'Urgent: the ministry asks residents to stay home | updates follow | more at noon.';
    expect(parseTicker(page(line))).toEqual([]);
  });
});
