/**
 * A mailing-list archive's message taken for its sender (issue 10, session 37,
 * blind round 37's `en-mailinglist`, all three renderers): the archive prints
 * the subject, then the sender as a name and a (masked) address in angle
 * brackets (`Name <user@…>`), then the date line. The walk back from the date
 * line to the title stepped over a name alone but not over the sender's line,
 * so the sender became the title. A name followed by an address in angle
 * brackets is the sender's line, walked over as a name is
 * (`article/text/header.ts`, `senderName`; `title.ts`).
 *
 * Pages are synthetic, written for these tests in test/fixtures/known37/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/known37/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/known37/${name}`] ?? '';

describe('the sender line of a mailing-list message', () => {
  test('the subject over the sender line is the title', () => {
    const a = parseArticle(read('mail-sender.w3m.txt'), {
      url: 'https://lists.orchard.example/archives/list/orchard-dev/message/QX81LM/',
    });
    expect(a.title).toBe('Re: [PATCH v2] Fix the cache eviction order on restart');
    expect(a.paragraphs.map((p) => p.text)).toContain(
      'I also renamed the helper that sorts the entries, since the old name suggested the opposite order from the one it used, which is how the bug crept in.',
    );
  });

  test('guard: a headline over a name alone and the date keeps its title and author', () => {
    const a = parseArticle(read('mail-sender-guard.w3m.txt'), {
      url: 'https://www.harbourtimes.example/news/2025/09/03/ferry-returns',
    });
    expect(a.title).toBe('The harbour ferry returns after a winter of repairs');
    expect(a.authors).toEqual(['Marta Oyelaran']);
  });
});
