/**
 * Shapes found by blind round 38t (test/fixtures/renders-blind38t/), each on
 * other synthetic text: an Arabic byline labelled `كتب` with no colon, its
 * day's name closed by an Arabic comma (`كتب X الأحد، 06 ديسمبر 2026`); a
 * correspondent's byline with its date after a dash (`Par notre
 * correspondant à Oran, X — 03/12/2026`); a live match page whose entries are
 * stamped by the minute (`61'`, `90+4'`).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const arabicBody = [
  'أعلنت مديرية الثقافة عن تنظيم الدورة الثانية لمهرجان المسرح الجامعي خلال الأسبوع المقبل بمشاركة عشرين فرقة من مختلف الجامعات.',
  'وتتضمن الدورة ورشات تكوينية في الكتابة المسرحية والإخراج، إلى جانب ندوة حول واقع المسرح الجامعي وآفاقه.',
];

describe('an Arabic byline labelled `كتب` with no colon', () => {
  const page = (meta: string) =>
    parseArticle(
      [
        'الرئيسية أخبار ثقافة رياضة',
        'انطلاق الدورة الثانية لمهرجان المسرح الجامعي',
        meta,
        '',
        ...arabicBody,
      ].join('\n'),
    );

  test('`كتب X الأحد، 06 ديسمبر 2026 10:15 ص`: the name, without the day', () => {
    const a = page('كتب سامي عبد الرحمن الأحد، 06 ديسمبر 2026 10:15 ص');
    expect(a.authors).toEqual(['سامي عبد الرحمن']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-06');
  });

  test('`بقلم X الأحد، …`: the day after an Arabic comma is no part of the name', () => {
    expect(page('بقلم سامي عبد الرحمن الأحد، 06 ديسمبر 2026').authors).toEqual(['سامي عبد الرحمن']);
  });

  test('guard: a sentence opening with the verb (`كتب الوزير على حسابه أن …`) names no author', () => {
    const a = page('كتب الوزير على حسابه الرسمي أن المهرجان سيعرف مشاركة واسعة هذه السنة');
    expect(a.authors).toEqual([]);
  });
});

describe("a correspondent's byline with its date after a dash", () => {
  test('`Par notre correspondant à Oran, X — 03/12/2026`', () => {
    const a = parseArticle(
      [
        'Accueil Oran Régions Économie',
        'Oran : la gare routière de l’Est rouvre ses portes',
        'Par notre correspondante à Oran, Nadia Boukhalfa — 03/12/2026',
        '',
        'La gare routière de l’Est a rouvert mardi après huit mois de travaux de rénovation, avec de nouveaux quais et une salle d’attente climatisée.',
        'Les transporteurs de la ligne Oran-Tlemcen ont repris leurs départs dès la première heure, selon la direction des transports.',
      ].join('\n'),
    );
    expect(a.authors).toEqual(['Nadia Boukhalfa']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-03');
  });
});

describe('a live match page stamped by the minute', () => {
  const entries = [
    'Fin du match ! Le Raja s’impose au bout du suspense et rejoint le Wydad en tête du classement.',
    'But du Raja ! Une frappe lointaine qui termine sa course dans la lucarne.',
    'Carton jaune pour le capitaine des visiteurs après une faute tactique.',
    'Premier corner de la rencontre, repoussé par la défense.',
  ];
  // The round's own page (renders-blind38t/fr-direct, Chromium and w3m) lost its last two entries on the old code; this
  // shorter page kept them already, so it guards that minutes alone leave the entries in the text.
  test("guard: every entry under its minute (`90+3'`, `77'`, `41'`, `6'`) is the text", () => {
    const a = parseArticle(
      [
        'Accueil Botola CAN Ligue 1 DZ',
        'Direct. Botola : Raja - FUS, suivez le match',
        'Par Anas Bennis | 06/12/2026 | Mis à jour à 18:52',
        'Raja 1 - 0 FUS (Terminé)',
        '',
        "90+3'",
        '',
        entries[0],
        '',
        "77'",
        '',
        entries[1],
        '',
        "41'",
        '',
        entries[2],
        '',
        "6'",
        '',
        entries[3],
        '',
        'À lire aussi',
        'Botola : le programme complet de la 14e journée',
        '© Foot Maghreb 2026',
      ].join('\n'),
    );
    expect(a.paragraphs.map((p) => p.text).filter((t) => !/^\d/u.test(t))).toEqual(entries);
  });
});
