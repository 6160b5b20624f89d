/**
 * A headline w3m broke over two lines (a narrow heading's box), in a script
 * with no case (`البرلمان يصادق على …` ⏎ `العمل الجمعياتي …`) or with its tail
 * in lower case: the two lines are one title (blind round 38e).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const text = [
  'أعلنت وزارة النقل عن إطلاق خط جديد للحافلات الكهربائية يربط وسط المدينة بالمطار، في إطار برنامج لتحديث النقل العمومي وتقليص الانبعاثات.',
  'وأوضحت الوزارة أن الخط سيشتغل ابتداء من الشهر المقبل بأسطول من عشرين حافلة، على أن يتم توسيعه تدريجيا ليشمل أحياء أخرى خلال السنة المقبلة.',
];

/** A w3m-style page (no blank lines): menu row, rubric, the headline's `lines`, byline and date. */
function page(lines: string[], body = text): string {
  return [
    'أخبار المدينة',
    'الرئيسية | مجتمع | اقتصاد | رياضة | ثقافة',
    'مجتمع',
    ...lines,
    'الرباط - سعاد البركاني',
    'الأربعاء 20 نوفمبر 2026',
    ...body,
    'جميع الحقوق محفوظة © أخبار المدينة 2026',
  ].join('\n');
}

describe('a headline broken over two lines', () => {
  test('Arabic: the two lines are the title, neither is body', () => {
    const a = parseArticle(
      page([
        'وزارة النقل تطلق خطا جديدا للحافلات الكهربائية يربط',
        'وسط المدينة بالمطار في الشهر المقبل',
      ]),
    );
    expect(a.title).toBe(
      'وزارة النقل تطلق خطا جديدا للحافلات الكهربائية يربط وسط المدينة بالمطار في الشهر المقبل',
    );
    expect(a.authors).toEqual(['سعاد البركاني']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(text);
  });

  test('a tail in lower case', () => {
    const fr = [
      "Le ministère des Transports a lancé ce mercredi une nouvelle ligne de bus électriques reliant le centre-ville à l'aéroport.",
      'La ligne sera desservie par vingt bus dès le mois prochain, avant une extension progressive vers les quartiers périphériques.',
    ];
    const a = parseArticle(
      page(
        ['Une nouvelle ligne de bus électriques relie le centre', "à l'aéroport de Rabat-Salé"],
        fr,
      ),
    );
    expect(a.title).toBe(
      "Une nouvelle ligne de bus électriques relie le centre à l'aéroport de Rabat-Salé",
    );
  });

  test('guard: a headline over a deck keeps its own line', () => {
    const a = parseArticle(
      page([
        'خط جديد للحافلات الكهربائية في الرباط',
        'وزارة النقل تعلن عن برنامج لتحديث أسطول الحافلات في عشر مدن خلال ثلاث سنوات',
      ]),
    );
    expect(a.title).toBe('خط جديد للحافلات الكهربائية في الرباط');
  });

  test('guard: a headline closed by a question mark is whole', () => {
    const a = parseArticle(
      page(['هل تنجح الحافلات الكهربائية في تقليص الازدحام بالرباط؟', 'فيديو وصور']),
    );
    expect(a.title).not.toContain('فيديو وصور');
  });

  test('guard: a capital opening the second line makes it a line of its own', () => {
    const fr = [
      "Le ministère des Transports a lancé ce mercredi une nouvelle ligne de bus électriques reliant le centre-ville à l'aéroport.",
      'La ligne sera desservie par vingt bus dès le mois prochain, avant une extension progressive vers les quartiers périphériques.',
    ];
    const a = parseArticle(
      page(
        ['Transports urbains et mobilité durable au Maroc', 'Une ligne électrique pour Rabat'],
        fr,
      ),
    );
    expect(a.title).not.toBe(
      'Transports urbains et mobilité durable au Maroc Une ligne électrique pour Rabat',
    );
  });
});
