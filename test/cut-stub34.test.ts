/**
 * A copy that stops with no line break after its last line reads that line as
 * a paragraph cut short only when it can be one: the body's run reaches it, or
 * it holds five words. A consent dialog copied alone, its last line a link
 * (`سياسة الخصوصية`, privacy policy), is no article whether the copy ends with
 * a line break or not (the dialog of test/fixtures/dumps-blind26b/).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const CONSENT = [
  'نحن نحترم خصوصيتك',
  'نستخدم نحن وشركاؤنا ملفات تعريف الارتباط وتقنيات مماثلة لتخزين المعلومات على جهازك والوصول إليها، من أجل قياس عدد الزوار وتحسين المحتوى وعرض إعلانات تناسب اهتماماتك.',
  'يمكنك قبول هذه الملفات أو رفضها أو تعديل اختياراتك في أي وقت من خلال رابط إعدادات الخصوصية أسفل الصفحة.',
  'قبول الكل',
  'رفض الكل',
  'إدارة الخيارات',
  'سياسة الخصوصية',
].join('\n');

describe('a consent dialog copied alone', () => {
  test.each([
    ['with a final line break', `${CONSENT}\n`],
    ['without one', CONSENT],
  ])('is no article (%s)', (_, input) => {
    const a = parseArticle(input);
    expect(a.kind).not.toBe('article');
    expect(a.title).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
  });
});

const PARAGRAPHS = [
  'La société de gestion du tramway de Casablanca a présenté mercredi le tracé du prolongement de la ligne T3, qui reliera le centre-ville à l’aéroport en une quarantaine de minutes.',
  'Le chantier, estimé à 2,4 milliards de dirhams, doit démarrer au printemps. Huit nouvelles stations sont prévues, dont deux dans la zone industrielle de Nouaceur.',
];

/** A short article whose copy stops right after `last`, with no final line break. */
const articleEndingWith = (last: string): string =>
  [
    'Tramway : la ligne T3 prolongée jusqu’à l’aéroport',
    'Publié le 3 décembre 2025',
    '',
    PARAGRAPHS[0],
    '',
    PARAGRAPHS[1],
    '',
    last,
  ].join('\n');

describe('a dump cut at a byte limit', () => {
  test('keeps the stub of its last paragraph under the body', () => {
    const input = articleEndingWith('Les riverains');
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toEqual([...PARAGRAPHS, 'Les riverains']);
    expect(a.warnings).toContain('truncated: the input stops mid-sentence');
  });

  test('takes no last line of capitalised words for a stub (a link the copy stopped after)', () => {
    const input = articleEndingWith('Casa Info Admin');
    expect(parseArticle(input).paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('keeps a lone stub of five words or more', () => {
    const a = parseArticle('Le chantier du tramway doit démarrer au printemps et durer');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Le chantier du tramway doit démarrer au printemps et durer',
    ]);
  });
});
