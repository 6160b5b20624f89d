/**
 * Latest-news runs as innerText prints them (blank lines between all blocks):
 * a time alone over each headline, one blank line under the time as over it,
 * stamps the headline (`14:32` ⏎⏎ `<headline>`), so the five make a ticker;
 * a teaser's relative age under its headline (`Il y a 3 jours`, `منذ يومين`) is
 * no headline of a run, so a related box of three headlines each over its age
 * makes none (blind round 38d's Moroccan page).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const news = [
  'Le Conseil de gouvernement adopte le projet de loi sur l’eau',
  'Fès : la ligne de bus électrique mise en service en janvier',
  'Botola Pro : le Raja s’impose face au MAS à Casablanca',
  'Les réserves des barrages atteignent 31 % de leur capacité',
  'Le prix de l’essence baisse de 15 centimes à la pompe',
];
const times = ['15:40', '14:55', '13:20', '12:05', '10:50'];
const headline = 'Meknès : le salon de l’olivier accueille 300 exposants cette année';
const text = [
  'Le salon de l’olivier de Meknès a ouvert ses portes mercredi avec 300 exposants venus de toutes les régions oléicoles du pays, un record depuis sa création il y a douze ans.',
  'Les organisateurs attendent près de 60 000 visiteurs durant les quatre jours de l’événement, consacré cette année à la valorisation des huiles de terroir et à la modernisation des moulins.',
];
const related = [
  'Huile d’olive : la récolte en recul de 20 % dans le Saïss',
  'Les coopératives oléicoles de Taounate se regroupent',
  'Meknès : un nouveau moulin moderne à El Hajeb',
];

function page(top: string[], ages: string[]): string {
  return [
    'Saïss Info',
    ...top,
    'Accueil',
    'Économie',
    headline,
    'Par Nabil Tazi',
    'Le 2 décembre 2026 à 17h10',
    ...text,
    'Articles similaires',
    ...related.flatMap((r, i) => [r, ages[i] ?? '']),
    'Commentaires (1)',
    'Samir',
    '2 décembre 2026 à 18h02',
    'Un salon qui grandit chaque année, bravo aux organisateurs, mais il faudrait penser aux petits producteurs des montagnes.',
    '© 2026 Saïss Info. Tous droits réservés.',
  ].join('\n\n');
}

const timedTop = ['Dernière heure', ...news.flatMap((h, i) => [times[i] ?? '', h])];
const ages = ['Il y a 2 jours', 'Il y a 5 jours', 'Il y a 1 semaine'];

describe('innerText runs', () => {
  test('times alone over their headlines, blank lines between: a ticker of the five headlines', () => {
    expect(parseTicker(page(timedTop, ages)).map((i) => i.text)).toEqual(news);
    const a = parseArticle(page(timedTop, ages));
    expect(a.title).toBe(headline);
    expect(a.related.map((r) => r.title)).toEqual(related);
  });

  test('three box headlines each over its age are no ticker', () => {
    expect(parseTicker(page([], ages))).toEqual([]);
  });

  test('five headlines each over its age at the top: a ticker of the five, the ages none of its items', () => {
    const top = news.flatMap((h, i) => [h, `Il y a ${i + 1} heures`]);
    expect(parseTicker(page(top, ages)).map((i) => i.text)).toEqual(news);
  });

  test('in Arabic, `منذ يومين` under each headline of a box', () => {
    const ar = [
      'افتتاح سوق جديدة للسمك بميناء الحسيمة',
      'ارتفاع أسعار السردين في أسواق الشمال',
      'تمديد موسم صيد الأخطبوط بأسبوعين',
    ];
    const input = [
      'أعلنت وزارة الفلاحة والصيد البحري عن تمديد الراحة البيولوجية للأخطبوط بالسواحل المتوسطية لمدة شهر إضافي حفاظا على المخزون.',
      'مقالات ذات صلة',
      ...ar.flatMap((h) => [h, 'منذ يومين']),
      'التعليقات',
      'جميع الحقوق محفوظة © 2026',
    ].join('\n\n');
    expect(parseTicker(input)).toEqual([]);
  });
});

describe('guards', () => {
  test('under the text’s first paragraph, times alone over lines are a schedule’s: no ticker', () => {
    const programme = news.flatMap((h, i) => [times[i] ?? '', h]);
    const input = page([], ages).replace(
      text[0] ?? '',
      [text[0], 'Programme', ...programme].join('\n\n'),
    );
    expect(parseTicker(input)).toEqual([]);
  });

  test('w3m: a time alone over its headline with no blank line still stamps it', () => {
    const top = ['Dernière heure', ...news.flatMap((h, i) => [times[i] ?? '', h])].join('\n');
    expect(parseTicker(page([top], ages)).map((i) => i.text)).toEqual(news);
  });
});
