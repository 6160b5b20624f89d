/**
 * Session 20 (hbody20): HTML body refiners found on the trafilatura and
 * htmldate tune pages (issue 14). Synthetic pages written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const html = (page: string): ReturnType<typeof parseArticle> =>
  parseArticle(page, { format: 'html', url: 'https://example.org/news/2026/harbour-plan' });

const PARAS = [
  'The council voted seven to two on Tuesday evening for the harbour plan, after more than a year of argument over its cost and its route.',
  'Opponents said the plan would cut the old quay off from the town, while the mayor called it the most important decision of her term.',
  'Work on the first section is due to begin next spring, once the regional authority has signed off on the budget and the tender.',
];

/** An article whose text ends with `ending`, in a wrapper that also holds a small offer box after it. */
function endingPage(ending: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <div class="wrapper"><div class="story">
    <h1>The council backs the harbour plan</h1>
    ${PARAS.map((p) => `<p>${p}</p>`).join('\n    ')}
    ${ending}
  </div></div>
  <footer><p>© Example Media</p></footer></body></html>`;
}

describe('a closing pull quote set as a heading', () => {
  test('a heading that is a whole sentence with a full stop at the end of the body stays', () => {
    const a = html(
      endingPage('<h4>The mayor stood by the plan all along. Her critics did not.</h4>'),
    );
    expect(a.text).toContain('The mayor stood by the plan all along. Her critics did not.');
  });

  test('control: a label heading at the end is still cut', () => {
    const a = html(endingPage('<h4>Related topics</h4>'));
    expect(a.text).not.toContain('Related topics');
    expect(a.text).toContain(PARAS[2]);
  });

  test('control: a question or an appeal heading at the end is still cut', () => {
    expect(html(endingPage('<h4>What do you think about the plan?</h4>')).text).not.toContain(
      'What do you think',
    );
    expect(html(endingPage('<h4>Support local news with us today!</h4>')).text).not.toContain(
      'Support local news',
    );
  });
});

/** An article on example.org with `line` between its second and third paragraphs. */
function referencePage(line: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <article><h1>The council backs the harbour plan</h1>
    <div class="article-body">
    <p>${PARAS[0]}</p>
    <p>${PARAS[1]}</p>
    ${line}
    <p>${PARAS[2]}</p>
    ${extra}
    </div>
  </article>
  <footer><p>© Example Media</p></footer></body></html>`;
}

describe('a line that is one link out of the site, after a paragraph', () => {
  test('a link to another site (an event page, an offer) is a reference the article gives', () => {
    const a = html(
      referencePage(
        '<p><a href="https://www.facebook.com/events/12345">The public meeting on Facebook</a></p>',
      ),
    );
    expect(a.text).toContain('The public meeting on Facebook');
    expect(a.text).toContain(PARAS[2]);
  });

  test('control: a link to another article of the same site is a teaser, dropped', () => {
    const a = html(
      referencePage(
        '<p><a href="https://www.example.org/news/2026/quay-history">The long history of the old quay</a></p>',
      ),
    );
    expect(a.text).not.toContain('The long history of the old quay');
    const b = html(
      referencePage(
        '<p><a href="/news/2026/quay-history">The long history of the old quay</a></p>',
      ),
    );
    expect(b.text).not.toContain('The long history of the old quay');
  });

  test('control: a button repeated on the page, or a credit in a figure, is not a reference', () => {
    const button = '<p><a href="https://shop.example.com/item">Details and order now</a></p>';
    const a = html(referencePage(button, `<p>${PARAS[0]} Again.</p>${button}`));
    expect(a.text).not.toContain('Details and order now');
    const b = html(
      referencePage(
        '<figure><img src="/a.jpg" alt=""><a href="https://photos.example.net/">Harbour Photo Agency</a></figure>',
      ),
    );
    expect(b.text).not.toContain('Harbour Photo Agency');
  });
});

describe('a numbered note that gives an address', () => {
  test('`[1] https://…` lines in the article are its sources, kept', () => {
    const a = html(
      referencePage(
        '<p>[1] <a href="https://www.gnu.org/philosophy/">https://www.gnu.org/philosophy/</a></p><p>[2] <a href="https://www.unesco.org/en">https://www.unesco.org/en</a></p>',
      ),
    );
    expect(a.text).toContain('[1] https://www.gnu.org/philosophy/');
    expect(a.text).toContain('[2] https://www.unesco.org/en');
  });

  test('control: a numbered linked headline is still a teaser', () => {
    const a = html(
      referencePage(
        '',
        '<p>[1] <a href="/news/2026/quay">The long history of the old quay</a></p>',
      ),
    );
    expect(a.text).not.toContain('The long history of the old quay');
  });
});

describe("a source line right after the article's last paragraph", () => {
  test('a long paragraph without a full stop, next to the last paragraph, stays', () => {
    const line =
      'Press release no. 48/26 of the Federal Labour Court of 20 December 2026 – case 9 AZR 266/26';
    const a = html(endingPage(`<p>${line}</p>`));
    expect(a.text).toContain(line);
  });

  test('control: a line that announces what follows with a colon is still cut', () => {
    const line = 'You can see the full programme of the open day and sign up for it here:';
    const a = html(endingPage(`<p>${line}</p>`));
    expect(a.text).not.toContain('sign up for it here');
    expect(a.text).toContain(PARAS[2]);
  });

  test('control: a short label and a line in a box of its own are still cut', () => {
    expect(html(endingPage('<p>Photo credits and sources</p>')).text).not.toContain(
      'Photo credits',
    );
    const box =
      '<div class="contact-box">Press office of the council, Town Hall, Market Square 1, Harbourtown</div>';
    expect(html(endingPage(box)).text).not.toContain('Press office of the council');
  });
});

describe('prose written straight in the box that holds a table', () => {
  const row = (n: number): string =>
    `<tr><td>${n}</td><td>Harbour crane model ${n}</td><td>Built by the old yard in ${1900 + n}, restored in ${1990 + n}</td><td>${100 + n} x ${80 + n}</td></tr>`;
  // Long notes with few commas: the table's many cells outvote them.
  const note = Array.from(
    { length: 6 },
    () =>
      'The sizes on the list give the outer size of each crane and the years give the first and the last restoration of it.',
  ).join(' ');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cranes</title></head><body>
  <nav><a href="/">Home</a> <a href="/list">Lists</a></nav>
  <main><h1>The harbour cranes, a list</h1>
  <div class="text-box"><table><tbody>${Array.from({ length: 150 }, (_, i) => row(i + 1)).join('')}</tbody></table>
  Notes on the list. ${note}<br>More notes. ${note}</div></main>
  <footer><p>© Example Media</p></footer></body></html>`;

  test('the text after the table is part of the body', () => {
    const a = html(page);
    expect(a.text).toContain('Harbour crane model 150');
    expect(a.text).toContain('Notes on the list. The sizes on the list give the outer size');
  });
});
