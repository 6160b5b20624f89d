/**
 * Question-and-answer, forum and FAQ pages (issue 10, session 38, blind round
 * 38q and the German StackExchange page of the tune split):
 *
 * - A StackExchange-shaped question whose run started at the comments under
 *   it (long sentences, where the question's own lines are short): the body
 *   goes back up over the question's furniture (tags, action row, asker's
 *   line, votes) to its text, up to the question's dated line (`Asked …`);
 *   the headline over that line, read with it as a run of latest news, is the
 *   title, and the asker's line (`asked Mar 3, 2018 at 14:12`) dates the page
 *   (`article/text/qa-answers.ts`).
 * - A question whose run started at the first answer, the count a few lines
 *   over it: the same, from the count; answers with code blocks keep their
 *   code (the lines between two paragraphs are furniture only where a dated
 *   line, the answerer's, stands among them); the sort box heads no teasers.
 * - `6 Answers 6` (w3m and lynx print the count's hidden copy) is a count
 *   (`furniture/answers.ts`).
 * - A sentence closed by ` wrote:` (`… This is what I wrote:`) is no
 *   commenter's line (`furniture/comments.ts`).
 * - A forum thread's posts of more than ten lines (a user box, a signature)
 *   carry the thread on (`article/text/thread-posts.ts`), and the posters'
 *   registration lines (`Inscrit le : 09/11/2011`) leave
 *   (`dates/not-published.ts`).
 * - A FAQ's section heading over a question and its answer is the text's
 *   (`article/text/body-edges.ts`).
 *
 * Pages are synthetic, written for these tests in test/fixtures/qa38/.
 */
import { describe, expect, test } from 'vitest';
import { notPublishedAt } from '../src/dates/not-published.js';
import { isAnswerCount } from '../src/furniture/answers.js';
import { isCommenterLine } from '../src/furniture/comments.js';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/qa38/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/qa38/${name}`] ?? '';

describe('a Q&A page: the question over the run', () => {
  const url =
    'https://dutch.qa-network.example/questions/4410/why-is-it-het-meisje-and-not-de-meisje';

  test('the question’s short lines open the body; its furniture, the count and the sort box stay out', () => {
    const a = parseArticle(read('qa-question-over-comments.chromium.txt'), { url });
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 5)).toEqual([
      'Girls are people, so I expected the common gender article here.',
      'My textbook only says',
      'Het meisje speelt buiten.',
      'and gives no reason.',
      'Is there a rule behind this, or do I just have to learn it?',
    ]);
    expect(texts.some((t) => t.startsWith('German has the same rule, by the way'))).toBe(true);
    expect(a.text).not.toMatch(
      /Improve this question|asked Mar 3|bronze badges|2 Answers|Highest score|Date modified/,
    );
  });

  test('the question’s headline is the title and the asker’s line dates the page', () => {
    const a = parseArticle(read('qa-question-over-comments.chromium.txt'), { url });
    expect(a.title).toBe('Why is it "het meisje" and not "de meisje"?');
    expect(a.publishedAt?.slice(0, 10)).toBe('2018-03-03');
  });

  test('guard: with no dated line over them, the lines above the run stay out', () => {
    const a = parseArticle(read('qa-question-undated.chromium.txt'), { url });
    expect(a.text).not.toContain('Girls are people');
  });
});

describe('a Q&A page: the run at the first answer, code in the posts', () => {
  test('the question over the count and every answer with its code', () => {
    const a = parseArticle(read('qa-code-question.chromium.txt'), {
      url: 'https://devanswers.example/questions/68123/how-do-i-read-a-csv-file-line-by-line-without-loading-all-of-it',
    });
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts[0]).toMatch(/^My log export is several gigabytes/);
    expect(texts).toContain('Is there a lazier way?');
    expect(texts).toContain('with open("export.csv", newline="") as f:');
    expect(texts).toContain('count = sum(1 for _ in open("export.csv"))');
    expect(texts).toContain(
      'This counts the header line as well, so subtract one if the file has one.',
    );
    expect(a.text).not.toMatch(/answered Jun|Share Edit Follow|Trending|2 Answers|Site design/);
  });

  test('the counts and the commenter’s lines read', () => {
    expect(isAnswerCount('6 Answers 6')).toBe(true);
    expect(isAnswerCount('6 Answers 7')).toBe(false);
    expect(isAnswerCount('2 Antworten')).toBe(true);
    expect(
      isCommenterLine('I sum each row and keep the results in a new list. This is what I wrote:'),
    ).toBe(false);
    expect(isCommenterLine('jjfootball says:')).toBe(true);
    expect(isCommenterLine('Dr. Weber schrieb:')).toBe(true);
  });
});

describe('a forum thread with user boxes and signatures', () => {
  test('every post is in the body; the registration lines are not', () => {
    const a = parseArticle(read('forum-profile-boxes.chromium.txt'), {
      url: 'https://www.velo-passion.example/forum/mecanique/chaine-qui-saute-sur-le-grand-plateau-t9912.html',
    });
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.startsWith('Je confirme. Regardez aussi la patte'))).toBe(true);
    expect(
      texts.some(
        (t) => t.startsWith('C’était bien la chaîne') || t.startsWith("C'était bien la chaîne"),
      ),
    ).toBe(true);
    expect(a.text).not.toMatch(/Inscrit le|Sujets similaires|Qui est en ligne/);
  });

  test('a registration label with its colon after the word', () => {
    expect(notPublishedAt('Inscrit le : 17/09/2009', 13)).toBe(true);
    expect(notPublishedAt('Registriert: 18.09.2008', 13)).toBe(true);
    expect(notPublishedAt('Publié le : 17/09/2009', 12)).toBe(false);
  });
});

describe('a FAQ page', () => {
  test('the last section’s heading, questions and answers stay', () => {
    const a = parseArticle(read('faq-sections.w3m.txt'), {
      url: 'https://www.harbourview-leisure.example/help/faqs',
    });
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain('Parking');
    expect(texts).toContain('Can I charge an electric car?');
    expect(texts).toContain('Two charging bays are available near the entrance.');
    expect(a.text).not.toMatch(/Did this answer|Opening hours/);
  });

  test('guard: a list’s heading over a teaser’s question and its link still ends the text', () => {
    const a = parseArticle(read('faq-guard.w3m.txt'), {
      url: 'https://www.coastalcourier.example/news/ferry-timetable-to-change-from-next-month',
    });
    expect(a.paragraphs).toHaveLength(2);
    expect(a.text).not.toMatch(/Most read|beach huts/);
  });
});
