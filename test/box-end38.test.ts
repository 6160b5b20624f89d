/**
 * A box of related headlines under the text (`Articles similaires`,
 * `مقالات ذات صلة`) ends at the comments' heading (`Commentaires (3)`,
 * `التعليقات`) and at the footer's contact lines (`Contact : …, Sousse — Tél. :
 * …`, `العنوان: …`, `الهاتف: …`): neither is one of its links (blind round 38d).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const fr = {
  headline: 'Monastir : la saison des pêcheurs de poulpe prolongée de deux semaines',
  text: [
    'Le ministère de l’Agriculture a décidé de prolonger de deux semaines la saison de pêche du poulpe dans le golfe de Monastir, après une campagne perturbée par les tempêtes de novembre.',
    'Les pêcheurs avaient réclamé cette mesure lors d’une réunion tenue la semaine dernière au siège du gouvernorat, faisant valoir les pertes subies pendant les jours de mauvais temps.',
  ],
  related: [
    'Mahdia : un nouveau port de pêche côtière à Salakta',
    'Le prix du poulpe en hausse sur les marchés du Sahel',
  ],
};

/** The page, each related headline over its age (`Il y a 2 jours`) when `ages` says so. */
function frPage(tail: string[], ages = false): string {
  return [
    'Sahel Hebdo',
    'Accueil',
    'Régions',
    fr.headline,
    'Par Hela Ben Amor',
    '02/12/2026 à 11:20',
    ...fr.text,
    'Articles similaires',
    ...fr.related.flatMap((r, i) => (ages ? [r, `Il y a ${i + 2} jours`] : [r])),
    ...tail,
    '© Sahel Hebdo 2026 - Tous droits réservés',
  ].join('\n\n');
}

describe('a related box closed by the page under it', () => {
  test('by the comments’ heading, each headline over its age', () => {
    const a = parseArticle(
      frPage(
        [
          'Commentaires (2)',
          'Mourad',
          '02/12/2026 à 12:05',
          'Enfin une bonne nouvelle pour les petits pêcheurs de la région.',
        ],
        true,
      ),
    );
    expect(a.related.map((r) => r.title)).toEqual(fr.related);
    expect(a.paragraphs.map((p) => p.text)).toEqual(fr.text);
  });

  test('by the footer’s contact line', () => {
    const a = parseArticle(
      frPage(['Contact : 15, avenue de la République, Monastir — Tél. : 73 000 000']),
    );
    expect(a.related.map((r) => r.title)).toEqual(fr.related);
  });

  test('in Arabic: the address and phone lines, and `التعليقات`', () => {
    const related = [
      'افتتاح سوق جديدة للسمك بميناء بوهارون',
      'ارتفاع أسعار السردين مع بداية فصل الشتاء',
    ];
    const body = [
      'أعلنت مديرية الصيد البحري لولاية تيبازة عن تمديد موسم صيد الأخطبوط لمدة أسبوعين إضافيين بعد الاضطرابات الجوية التي عرفتها المنطقة.',
      'وأوضحت المديرية أن القرار جاء استجابة لطلب المهنيين الذين تكبدوا خسائر معتبرة خلال الأيام الماضية.',
    ];
    const page = (tail: string[]) =>
      [
        'صدى الساحل',
        'الرئيسية',
        'تمديد موسم صيد الأخطبوط في سواحل تيبازة لأسبوعين',
        'سليمة قاسي',
        '2 ديسمبر 2026 - 10:15',
        ...body,
        'مقالات ذات صلة',
        ...related,
        ...tail,
        'جميع الحقوق محفوظة © 2026',
      ].join('\n');
    expect(
      parseArticle(page(['العنوان: 5 شارع الاستقلال، تيبازة', 'الهاتف: 024 00 00 00'])).related.map(
        (r) => r.title,
      ),
    ).toEqual(related);
    expect(parseArticle(page(['التعليقات', 'أضف تعليقك'])).related.map((r) => r.title)).toEqual(
      related,
    );
  });
});

describe('guards', () => {
  test('headlines speaking of contacts, phones or comments stay the box’s links', () => {
    const related = [
      'Contact rompu avec les pêcheurs disparus au large de Kélibia',
      'Le téléphone portable bientôt interdit dans les lycées',
      'Commentaires racistes : un supporter condamné à Sfax',
    ];
    const a = parseArticle(frPage([]).replace(fr.related.join('\n\n'), related.join('\n\n')));
    expect(a.related.map((r) => r.title)).toEqual(related);
  });
});
