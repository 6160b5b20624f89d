/**
 * A Q&A page's answers under the question (issue 10, session 37, blind
 * round 37g: a German Q&A site; round 35c's German Q&A page too). The body's
 * run held the question only: its tags, action row and asker's line stand
 * between it and the answer count, and a count in German, French, Spanish or
 * Italian (`2 Antworten`, `3 réponses`) reads as a comment thread's heading,
 * so the answers were lost. An answer count a few lines under the run now
 * carries the body on through the answers' prose, to the last paragraph with
 * no more than a post's lines of furniture before it; the lines between that
 * are no prose (votes, buttons, user lines, a sort box) leave, and so does
 * the question's dated line over its text (`Gefragt vor 3 Jahren · Geändert
 * vor 1 Jahr · 4.812 Mal angesehen`) when the body took it in
 * (`furniture/answers.ts`, `article/text/qa-answers.ts`). A blog's comments
 * under the same count (`2 Antworten`, each comment with its `Antworten`
 * reply button) stay out.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body37g/.
 */
import { describe, expect, test } from 'vitest';
import { isAnswerCount } from '../src/furniture/answers.js';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37g/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37g/${name}`] ?? '';

describe("a Q&A page's answers under the question", () => {
  test('the question and the answers are the body; votes, buttons and user lines are not', () => {
    const a = parseArticle(read('qa-answers.w3m.txt'), {
      url: 'https://www.jardin-entraide.example/questions/4471/pourquoi-les-feuilles-de-mes-tomates-s-enroulent-elles-en-juillet',
    });
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts[0]).toMatch(/^Chaque année en juillet, les feuilles du haut/);
    expect(texts).toContain(
      "N'enlevez pas les feuilles. Elles nourrissent encore la plante, et les fruits mûriront normalement.",
    );
    expect(texts.some((t) => t.startsWith("Il s'agit presque certainement"))).toBe(true);
    expect(a.text).not.toMatch(/Partager Améliorer|répondu le|Trié par|3 réponses|Questions liées/);
  });

  test('the question’s dated line over its text leaves the body too', () => {
    const a = parseArticle(read('qa-dated.w3m.txt'), {
      url: 'https://www.nachbarschaftsfragen.example/fragen/882/wie-lange-darf-man-abends-im-garten-noch-mit-dem-benzinmaeher-rasen-maehen',
    });
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain(
      'Am besten spricht man den Nachbarn aber zuerst freundlich an. Oft weiß er gar nicht, dass der Mäher so weit zu hören ist.',
    );
    expect(a.text).not.toMatch(/Gefragt vor|Mal angesehen|beantwortet/);
  });

  test('the counts read', () => {
    expect(isAnswerCount('2 Antworten')).toBe(true);
    expect(isAnswerCount('3 réponses')).toBe(true);
    expect(isAnswerCount('12 Answers')).toBe(true);
    expect(isAnswerCount('Antworten')).toBe(false);
    expect(isAnswerCount('2 Antworten auf „Tomaten“')).toBe(false);
  });

  test('guard: a blog’s comments under the same count stay out', () => {
    const a = parseArticle(read('qa-blog-comments.w3m.txt'), {
      url: 'https://www.wiesenblick.example/2025/07/14/tomatenblaetter-einrollen/',
    });
    expect(a.paragraphs.at(-1)?.text).toMatch(
      /^Die eingerollten Blätter sollten Sie nicht abschneiden\./,
    );
    expect(a.text).not.toMatch(/Rasenschnitt, das probiere|tiefer zu setzen/);
  });
});
