/**
 * A breaking label longer than a time (`Breaking News`, `Dernière heure`,
 * `Dernière minute`) alone over the bar's headlines heads them as `Flash info`
 * does: three headlines make a ticker, and the label is never one of its items
 * (it was, over five `14:32 - <headline>` lines). Probes of blind round 38d's tickers.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const title = 'Safi : le port minéralier traite un volume record de phosphates en février';
const body = [
  'Le port minéralier de Safi a traité en février près de 1,2 million de tonnes de phosphates et de dérivés, un record mensuel depuis sa mise en service, selon l’Agence nationale des ports.',
  'Cette hausse s’explique par la reprise des commandes d’engrais en Afrique de l’Ouest et en Amérique latine, ainsi que par l’entrée en service d’un nouveau portique de chargement.',
];
const news = [
  'Le Conseil de gouvernement adopte le projet de loi sur l’eau',
  'Casablanca : la ligne 3 du busway mise en service',
  'Botola Pro : le Wydad et l’AS FAR font match nul',
  'Les arrivées touristiques en hausse de 14 % en février',
  'Le prix du gasoil recule de 20 centimes à la pompe',
];

function page(top: string[], join = '\n'): string {
  return [
    'Safi Info',
    ...top,
    'Accueil',
    'Économie',
    title,
    'Par Youssef Alami',
    'Le 12 mars 2024 à 10h30',
    ...body,
    '© 2024 Safi Info',
  ].join(join);
}

describe('long breaking labels alone', () => {
  for (const label of ['Dernière heure', 'Breaking News', 'Dernière minute :'])
    test(`\`${label}\` over three headlines: a ticker of three`, () => {
      for (const join of ['\n', '\n\n']) {
        const input = page([label, ...news.slice(0, 3)], join);
        expect(parseTicker(input).map((i) => i.text)).toEqual(news.slice(0, 3));
        const a = parseArticle(input);
        expect(a.title).toBe(title);
        expect(a.paragraphs.map((p) => p.text)).toEqual(body);
      }
    });

  test('the label over five `HH:MM - <headline>` lines is none of the items', () => {
    const lines = news.map((h, i) => `1${i}:05 - ${h}`);
    expect(parseTicker(page(['Dernière heure', ...lines])).map((i) => i.text)).toEqual(lines);
  });
});

test('`أخبار عاجلة` alone over three Arabic headlines: a ticker of three', () => {
  const ar = [
    'الحكومة تصادق على مشروع قانون المالية المعدل',
    'الرجاء يتعاقد مع مدرب إسباني حتى نهاية الموسم',
    'ارتفاع أسعار المحروقات ابتداء من منتصف الليل',
  ];
  expect(parseTicker(page(['أخبار عاجلة', ...ar])).map((i) => i.text)).toEqual(ar);
  expect(parseTicker(page([`أخبار عاجلة: ${ar.join(' | ')}`])).map((i) => i.text)).toEqual(ar);
});

describe('guards', () => {
  test('the label over two headlines makes no ticker', () => {
    expect(parseTicker(page(['Dernière heure', ...news.slice(0, 2)]))).toEqual([]);
  });

  test('a headline opening with the label’s words stays a headline of a run', () => {
    const lines = ['Breaking News Network opens a studio in Rabat', ...news.slice(1)];
    expect(parseTicker(page(lines)).map((i) => i.text)).toEqual(lines);
  });
});
