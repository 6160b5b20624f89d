/**
 * A statement the article reproduces closes with its place and day and its
 * signatory's office (`Alger, le 5 décembre 2026` ⏎ `Le ministre de la
 * Communication`): the statement's own text, the body's end (blind round
 * 36d's ministry statement).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const statement = [
  'Le ministère de la Communication a rendu public jeudi le communiqué suivant :',
  '« Le ministère informe les éditeurs de presse électronique que le dépôt des dossiers d’agrément est prolongé jusqu’au 31 janvier 2027, afin de permettre aux sites en cours de régularisation de compléter leurs documents.',
  'Les dossiers peuvent être déposés auprès des directions de wilaya ou sur la plateforme numérique du ministère, qui reste ouverte tous les jours ouvrables. »',
];

function page(tail: string[]): string {
  return [
    'Le Courrier d’Alger',
    'Accueil',
    'Nation',
    'Presse électronique : le délai d’agrément prolongé',
    'Publié le 05/12/2026 à 11:30',
    ...statement,
    ...tail,
    'Partager',
    'Sur le même sujet',
    'Les éditeurs réclament un fonds d’aide à la presse numérique',
    'Formation : un premier master en journalisme de données',
    '© 2026 Le Courrier d’Alger',
  ].join('\n\n');
}

describe('a statement’s closing signature', () => {
  test('the place and day and the signatory close the body', () => {
    const a = parseArticle(page(['Alger, le 5 décembre 2026', 'Le ministre de la Communication']));
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      ...statement,
      'Alger, le 5 décembre 2026',
      'Le ministre de la Communication',
    ]);
    expect(a.related).toHaveLength(2);
  });

  test('the place and day alone', () => {
    const a = parseArticle(page(['Alger, le 5 décembre 2026']));
    expect(a.paragraphs.at(-1)?.text).toBe('Alger, le 5 décembre 2026');
  });

  test('guard: a share label or a box heading under the text is no signatory', () => {
    const a = parseArticle(page([]));
    expect(a.paragraphs.at(-1)?.text).toBe(statement[2]);
  });

  test('guard: a name and a day (no place) under the text stay out', () => {
    const a = parseArticle(page(['Karim Ouali, 5 décembre 2026']));
    expect(a.paragraphs.at(-1)?.text).toBe(statement[2]);
  });

  test('in Arabic: `الجزائر في <day>` and the signatory', () => {
    const body = [
      'أصدرت وزارة الاتصال يوم الخميس البيان التالي:',
      '"تعلم وزارة الاتصال ناشري الصحافة الإلكترونية أن آجال إيداع ملفات الاعتماد مددت إلى غاية 31 جانفي 2027، لتمكين المواقع من استكمال وثائقها.',
      'ويمكن إيداع الملفات لدى المديريات الولائية أو عبر المنصة الرقمية للوزارة طيلة أيام العمل."',
    ];
    const a = parseArticle(
      [
        'الجزائر اليوم',
        'الرئيسية',
        'وطني',
        'تمديد آجال اعتماد الصحافة الإلكترونية',
        'الخميس 05 ديسمبر 2026 - 11:30',
        ...body,
        'الجزائر في 05 ديسمبر 2026',
        'وزير الاتصال',
        'شارك',
        'جميع الحقوق محفوظة © 2026',
      ].join('\n'),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      ...body,
      'الجزائر في 05 ديسمبر 2026',
      'وزير الاتصال',
    ]);
  });
});
