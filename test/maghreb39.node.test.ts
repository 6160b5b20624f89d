/**
 * Round 39m's rules (issue 10, session 39) on pages of the users' family
 * written for these tests (test/fixtures/maghreb39/): a headline bar printed
 * on one line with nothing between its headlines, a newsletter's pitch with
 * no subscription word over its sign-up button, a doctor's title before a
 * byline's name. Each with a guard where the rule must not fire.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const read = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'maghreb39', name), 'utf8');

describe('a headline bar printed on one line, its headlines glued', () => {
  test('innerText: the bar is no text, the headline over the byline is the title', () => {
    const a = parseArticle(read('bar-chromium.txt'));
    expect(a.title).toBe('Tangier port handles record number of containers in November');
    expect(a.authors).toEqual(['Leila Haddou']);
    expect(a.text).not.toContain('Trending');
    expect(a.paragraphs[0]?.text.startsWith('The port of Tangier Med handled')).toBe(true);
    expect(a.paragraphs).toHaveLength(3);
  });
  test('guard (passes on the old code): w3m, a French label, the logo glued before the menu', () => {
    const a = parseArticle(read('bar-w3m.txt'));
    expect(a.title).toBe('Tanger Med : un nombre record de conteneurs traités en novembre');
    expect(a.text).not.toContain('Tendances');
    expect(a.paragraphs).toHaveLength(3);
  });
  test('guard: a lede opening with the label word is a sentence, and stays', () => {
    const a = parseArticle(read('bar-guard.txt'));
    expect(a.title).toBe('Moroccan users flock to a new short video app');
    expect(a.paragraphs[0]?.text.startsWith('Trending on Moroccan social networks')).toBe(true);
    expect(a.paragraphs).toHaveLength(2);
  });
});

describe("a newsletter's pitch with no subscription word, over its sign-up button", () => {
  for (const name of ['pitch-chromium.txt', 'pitch-lynx.txt'])
    test(`${name}: the pitch and the button leave, the text on both sides stays`, () => {
      const a = parseArticle(read(name));
      expect(a.text).not.toContain('Recevez chaque soir');
      expect(a.text).not.toContain("S'inscrire");
      expect(a.text).toContain('valeurs bancaires et immobilières');
      expect(a.text).toContain('selon la Bourse de Casablanca.');
    });
  test("lynx, no address: the site's name glued before its menu is no headline over the title", () => {
    const a = parseArticle(read('pitch-lynx.txt'));
    expect(a.title).toBe("La Bourse de Casablanca termine l'année en hausse de 18 %");
  });
  test('guard: a subheading of the same shape with no form under it stays', () => {
    const a = parseArticle(read('pitch-guard.txt'));
    expect(a.text).toContain('Recevez les taux moyens en décembre');
    expect(a.text).toContain('contre 4,6 % en début');
  });
});

describe("a doctor's title before a byline's name", () => {
  test('`Par Dr X`: the author is X, the span the name only', () => {
    const input = read('doctor.txt');
    const a = parseArticle(input);
    expect(a.authors).toEqual(['Karim Mansouri']);
    const span = a.spans.authors[0];
    expect(span && input.slice(span.start, span.end)).toBe('Karim Mansouri');
  });
  test('`بقلم: الدكتورة X`: the author is X', () => {
    const a = parseArticle(read('doctor-ar.txt'));
    expect(a.authors).toEqual(['سلمى الزواري']);
  });
  test('guard: one word after the title is a name used alone (`Par Dr Mansouri`), kept whole', () => {
    const a = parseArticle(read('doctor.txt').replace('Dr Karim Mansouri', 'Dr Mansouri'));
    expect(a.authors).toEqual(['Dr Mansouri']);
  });
});

describe('`كتبت X` (she wrote), no colon, signs as `كتب X` does', () => {
  const page = (meta: string) =>
    [
      'ثقافة',
      'تكريم رواد السينما المغربية في افتتاح مهرجان مراكش',
      meta,
      'كرم مهرجان مراكش الدولي للفيلم، مساء أمس الجمعة، عددا من رواد السينما المغربية في حفل افتتاح دورته الجديدة بحضور نجوم عرب وأجانب.',
      'ويعرض المهرجان هذا العام أكثر من سبعين فيلما من ثلاثين بلدا، في مسابقة رسمية وفقرات موازية مخصصة للأفلام القصيرة.',
      '',
    ].join('\n');
  test('the name is the author', () => {
    const a = parseArticle(page('كتبت نادية الإدريسي الجمعة، 04 ديسمبر 2026 09:15 م'));
    expect(a.authors).toEqual(['نادية الإدريسي']);
  });
  test('guard: a sentence opening with the verb names no one', () => {
    const a = parseArticle(
      page('كتبت الصحيفة في عددها الصادر اليوم أن المهرجان سيستقبل ضيوفا من ثلاثين بلدا.'),
    );
    expect(a.authors).toEqual([]);
  });
});
