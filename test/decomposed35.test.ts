/**
 * A text saved in decomposed Unicode (NFD: `e` + U+0301 for `é`, `ا` + U+0654
 * for `أ`) reads as the same text composed does: the recognisers' tables spell
 * letters composed. Every field is still the input's own slice at its span.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const FR = [
  'Accueil',
  'Économie',
  '',
  'Les pêcheurs d’Essaouira réclament un nouveau port de débarquement',
  '',
  'Publié le 12 février 2025 à 10h30',
  'Par Hélène Bérrada',
  '',
  'Les pêcheurs artisanaux d’Essaouira ont réclamé mercredi la construction d’un nouveau port de débarquement, l’actuel étant saturé dès l’aube par les barques et les camions frigorifiques.',
  '',
  'Selon l’association des marins, près de quatre cents barques se partagent aujourd’hui un quai prévu pour deux cents, ce qui allonge l’attente et dégrade la qualité du poisson débarqué.',
  '',
  'Le ministère a promis une étude de faisabilité avant l’été, sans avancer de calendrier pour les travaux ni de montant pour leur financement.',
  '',
].join('\n');

const AR = [
  'الرئيسية',
  'أخبار',
  '',
  'أمطار الخير تنعش آمال الفلاحين في إقليم الحوز',
  'منذ 5 أشهرفي مجتمع',
  'أحمد الإدريسي',
  '',
  'أنعشت الأمطار الأخيرة التي عرفها إقليم الحوز آمال الفلاحين في موسم فلاحي أفضل بعد سنوات من الجفاف الذي أثر على المحاصيل.',
  '',
  'وأكد عدد من الفلاحين أن هذه الأمطار ستساهم في إنعاش المراعي وتحسين مخزون المياه الجوفية في المنطقة.',
  '',
].join('\n');

/** Every field's text is the input's slice at its span. */
function expectExact(input: string, a: ReturnType<typeof parseArticle>): void {
  for (const p of a.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
  const t = a.spans.title;
  if (t) expect(input.slice(t.start, t.end)).toBe(a.title);
  a.authors.forEach((name, i) => {
    const s = a.spans.authors[i];
    if (s) expect(input.slice(s.start, s.end)).toBe(name);
  });
}

describe('a text in decomposed Unicode', () => {
  test('French: title, date, author and body as composed, spans exact', () => {
    const nfd = FR.normalize('NFD');
    expect(nfd).not.toBe(FR);
    const a = parseArticle(nfd);
    const composed = parseArticle(FR);
    expect(a.title?.normalize('NFC')).toBe(
      'Les pêcheurs d’Essaouira réclament un nouveau port de débarquement',
    );
    expect(a.publishedAt).toBe(composed.publishedAt);
    expect(a.publishedAt).toBe('2025-02-12T10:30');
    expect(a.authors.map((n) => n.normalize('NFC'))).toEqual(['Hélène Bérrada']);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text.normalize('NFC')).toBe(composed.text);
    expectExact(nfd, a);
  });

  test('Arabic with its hamza written apart: the headline is the title', () => {
    const nfd = AR.normalize('NFD');
    expect(nfd).not.toBe(AR);
    const a = parseArticle(nfd);
    expect(a.title?.normalize('NFC')).toBe('أمطار الخير تنعش آمال الفلاحين في إقليم الحوز');
    expect(a.authors.map((n) => n.normalize('NFC'))).toEqual(['أحمد الإدريسي']);
    expect(a.paragraphs).toHaveLength(2);
    expectExact(nfd, a);
  });

  test('a composed text reads as before, spans exact (guard)', () => {
    const a = parseArticle(FR);
    expect(a.title).toBe('Les pêcheurs d’Essaouira réclament un nouveau port de débarquement');
    expect(a.authors).toEqual(['Hélène Bérrada']);
    expectExact(FR, a);
  });
});
