/**
 * HTML path, seventh pass: general rules over special cases. Text that only a
 * printer sees (a print header repeating the page's address, a print-only
 * logo line), related-article capsules set inline inside a paragraph, and a
 * last-resort publication date. Every page is written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** English prose paragraphs of about 250 characters, numbered so each can be looked for. */
function para(n: number): string {
  return `<p>Paragraph ${n} of the report: the harbour authority said on Friday that the new ferry terminal, which was delayed twice by storms and once by a dispute over the contract, will open to passengers in the spring, and that fares will not rise this year.</p>`;
}

/** The report's page: `body` inside its `<article>` under the title, `head` added to `<head>`. */
function reportPage(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Ferry terminal to open in spring</title>${head}</head><body>
<main><article><h1>Ferry terminal to open in spring</h1>
${body}
</article></main></body></html>`;
}

const PAGE_URL =
  'https://www.harbourcitynews.example.com/news/local/article/Ferry-terminal-to-open-in-spring-after-delays-14848001.php';

/** A news page whose article container holds a box shown only when printing (`class="${cls}"`), above the title or below the text. */
function printPage(cls: string, inside: string, below = false): string {
  const box = `<div class="${cls}">${inside}</div>`;
  return `<!doctype html><html lang="en"><head><title>Ferry terminal to open in spring</title></head><body>
<header><a href="/">Example News</a></header>
<main><div class="article-content">
${below ? '' : box}
<h1>Ferry terminal to open in spring</h1>
${[1, 2, 3, 4].map(para).join('\n')}
${below ? box : ''}
</div></main>
<footer>© 2025 Example News</footer></body></html>`;
}

describe('text shown only when the page is printed', () => {
  const printed = `<p>Printed from Example News, the harbour city's daily paper since 1881. Reprints of this article are available from our archive desk on weekdays.</p>`;
  test.each([
    ['print-header', `<img src="/print-logo.png" alt=""><span>${PAGE_URL}</span>`, false],
    ['print-only', printed, true],
    ['d-none d-print-block', printed, true],
    ['visible-print-block', printed, true],
    ['show-for-print', printed, true],
  ])('a box of class "%s" is not the article', (cls, inside, below) => {
    const a = parseArticle(printPage(cls, inside, below), { format: 'html', url: PAGE_URL });
    expect(a.text).toContain('Paragraph 1 of the report');
    expect(a.text).toContain('Paragraph 4 of the report');
    expect(a.text).not.toContain('Printed from');
    expect(a.text).not.toContain(PAGE_URL);
  });
  test('guard: a print footer below the text (a footer by its class words) is not the article', () => {
    const a = parseArticle(printPage('print-footer', printed, true), {
      format: 'html',
      url: PAGE_URL,
    });
    expect(a.text).toContain('Paragraph 4 of the report');
    expect(a.text).not.toContain('Printed from');
  });
  test.each(['print-edition', 'printable-story', 'blueprint'])(
    'control: a box of class "%s" (not a print-only class) stays in the article',
    (cls) => {
      const a = parseArticle(
        printPage(
          cls,
          '<p>Harbour officials expect the first crossings to run every half hour, and the old pier will stay open for fishing boats until the summer.</p>',
          true,
        ),
        { format: 'html', url: PAGE_URL },
      );
      expect(a.text).toContain('first crossings to run every half hour');
    },
  );
});

/** A French report whose paragraphs carry related-article capsules set inline (`<span>À LIRE AUSSI <a>…</a></span>`). */
function capsulePage(capsule: (title: string, href: string) => string): string {
  return `<!doctype html><html lang="fr"><head><title>Le port ouvrira au printemps</title></head><body>
<main><article><h1>Le port ouvrira au printemps</h1>
<p>La capitainerie a confirmé vendredi que le nouveau terminal des ferries, retardé deux fois par les tempêtes et une fois par un litige sur le contrat, ouvrira aux passagers au printemps. ${capsule('Tempête : la digue nord a cédé dans la nuit', '/societe/tempete-digue-nord-1234.php')}Les tarifs ne changeront pas cette année, a précisé la direction, qui promet des traversées toutes les demi-heures.</p>
<p>${capsule('Ferries : la grève des marins est terminée', '/economie/greve-marins-5678.php')}« Nous avons tenu les délais malgré la météo », a déclaré le directeur du port devant les élus, en rappelant que le chantier avait employé deux cents personnes pendant trois ans.</p>
<p>L'ancienne jetée restera ouverte aux bateaux de pêche jusqu'à l'été, puis elle sera rénovée à son tour pour accueillir les plaisanciers et un petit marché couvert le dimanche matin.</p>
</article></main></body></html>`;
}

describe('related-article capsules inside a paragraph', () => {
  test.each([
    [
      'À LIRE AUSSI',
      (t: string, h: string) =>
        `<span class="capsule"><span class="label">À LIRE AUSSI</span> <strong><a href="${h}">${t}</a></strong></span>`,
    ],
    ['Lire aussi :', (t: string, h: string) => `<em>Lire aussi : <a href="${h}">${t}</a></em>`],
    ['A lire aussi', (t: string, h: string) => `<span>A lire aussi <a href="${h}">${t}</a></span>`],
  ])('a capsule labelled "%s" is cut from the paragraph and listed as related', (_, capsule) => {
    const html = capsulePage(capsule);
    const a = parseArticle(html, { format: 'html' });
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text).not.toMatch(/lire aussi/i);
    expect(a.text).not.toContain('la digue nord a cédé');
    expect(a.text).not.toContain('la grève des marins est terminée');
    expect(a.paragraphs[0]?.text).toContain('au printemps. Les tarifs ne changeront pas');
    expect(a.paragraphs[1]?.text.startsWith('« Nous avons tenu les délais')).toBe(true);
    // Each paragraph's span still holds its own text.
    for (const p of a.paragraphs) expect(html.slice(p.start, p.end)).toContain(p.text.slice(-20));
    expect(a.related.map((r) => [r.title, r.url])).toEqual([
      ['Tempête : la digue nord a cédé dans la nuit', '/societe/tempete-digue-nord-1234.php'],
      ['Ferries : la grève des marins est terminée', '/economie/greve-marins-5678.php'],
    ]);
    for (const r of a.related) expect(html.slice(r.start, r.end)).toBe(r.title);
  });
  test('control: an inline link with no related label stays in the paragraph', () => {
    const html = capsulePage((t, h) => `<span>selon <a href="${h}">${t}</a>. </span>`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('la digue nord a cédé');
  });
  test('control: a label before plain words is a sentence (`Read more about … in <a>our guide</a>`)', () => {
    const html = capsulePage(
      (_, h) => `<span>Read more about the new timetable in <a href="${h}">our guide</a>. </span>`,
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('Read more about the new timetable in our guide.');
  });
  test('an English capsule (`<em>Read more: <a>…</a></em>`) is cut the same way', () => {
    const html = capsulePage((t, h) => `<em>Read more: <a href="${h}">${t}</a></em>`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).not.toContain('Read more');
    expect(a.related).toHaveLength(2);
  });
  test.each([
    [
      '<div><span>Read also:</span> <a>',
      (t: string, h: string) =>
        `</p><div class="inline-box"><span>Read also:</span> <a href="${h}">${t}</a></div><p>`,
    ],
    [
      '<p><strong>Lire aussi :</strong> <a>',
      (t: string, h: string) =>
        `</p><p><strong>Lire aussi :</strong> <a href="${h}">${t}</a></p><p>`,
    ],
    [
      '<div>اقرأ أيضا: <a>',
      (t: string, h: string) => `</p><div>اقرأ أيضا: <a href="${h}">${t}</a></div><p>`,
    ],
  ])('a box of its own between paragraphs, %s, is a related link too', (_, box) => {
    const html = capsulePage(box);
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).not.toContain('la digue nord a cédé');
    expect(a.text).not.toMatch(/read also|lire aussi|اقرأ/i);
    expect(a.related.map((r) => r.url)).toEqual([
      '/societe/tempete-digue-nord-1234.php',
      '/economie/greve-marins-5678.php',
    ]);
    for (const r of a.related) expect(html.slice(r.start, r.end)).toBe(r.title);
  });
  test('control: a paragraph opening with the label words, its link a few words of a sentence, stays text', () => {
    const sentence = (h: string): string =>
      `Lire aussi le rapport publié par <a href="${h}">la capitainerie</a> la semaine dernière, qui détaille les travaux de la digue et leur coût.`;
    const html = capsulePage((_, h) => `</p><p>${sentence(h)}</p><p>`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain(
      'Lire aussi le rapport publié par la capitainerie la semaine dernière, qui détaille',
    );
    expect(a.related).toEqual([]);
  });
  test('control: a word that starts like the label is not one (`Lire aussitôt`)', () => {
    const html = capsulePage((t, h) => `<span>Lire aussitôt <a href="${h}">${t}</a>. </span>`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('Lire aussitôt');
  });
});

/** An English report with a box inside the article whose class words are `${cls}`. */
function hiddenBoxPage(cls: string, box: string): string {
  return `<!doctype html><html lang="en"><head><title>Ferry terminal to open in spring</title></head><body>
<header><a href="/">Example News</a></header>
<main><article><h1>Ferry terminal to open in spring</h1>
${para(1)}
<div class="video-player"><div class="${cls}">${box}</div></div>
${[2, 3, 4].map(para).join('\n')}
</article></main>
<footer>© 2025 Example News</footer></body></html>`;
}

describe('boxes that class words hide (`hidden`, `hide`, `d-none`), as trafilatura discards them', () => {
  const player =
    '<span>Video Unavailable</span><div>The video will start in <span>8</span><span>Cancel</span></div><div>Play now</div>';
  test.each([
    'video-preloader-text hidden',
    'timer hide',
    'd-none',
    'is-hidden',
    'u-hidden invisible',
    'label nodisplay',
  ])('a player box of class "%s" is not the article', (cls) => {
    const a = parseArticle(hiddenBoxPage(cls, player), { format: 'html' });
    expect(a.text).toContain('Paragraph 1 of the report');
    expect(a.text).toContain('Paragraph 4 of the report');
    expect(a.text).not.toContain('Video Unavailable');
    expect(a.text).not.toContain('The video will start in');
    expect(a.text).not.toContain('Play now');
  });
  test.each(['hidden', 'nodisplay', 'd-none'])(
    'an inline element of class "%s" inside a paragraph is left out of its text',
    (cls) => {
      const html = hiddenBoxPage(
        'note',
        `<p>Fares will not rise this year<span class="${cls}"> (subscriber pricing applies)</span>, the operator said, and season tickets will keep their current price until the autumn.</p>`,
      );
      const a = parseArticle(html, { format: 'html' });
      expect(a.text).toContain('Fares will not rise this year, the operator said');
      expect(a.text).not.toContain('subscriber pricing');
    },
  );
  const aside =
    '<p>Harbour officials expect the first crossings to run every half hour, and the old pier will stay open for fishing boats until the summer.</p>';
  test.each(['hidden md:block', 'd-none d-lg-block', 'hidden-xs', 'hide-on-mobile', 'unhidden'])(
    'control: a box of class "%s" (shown on some screens, or not a hiding word) stays',
    (cls) => {
      const a = parseArticle(hiddenBoxPage(cls, aside), { format: 'html' });
      expect(a.text).toContain('first crossings to run every half hour');
    },
  );
  test('control: an article container named hidden (shown by a script) still gives the article', () => {
    const html = `<!doctype html><html lang="en"><head><title>Ferry terminal to open in spring</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="article-wrap hidden"><h1>Ferry terminal to open in spring</h1>${[1, 2, 3, 4].map(para).join('\n')}</div>
<footer>© 2025 Example News</footer></body></html>`;
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('Paragraph 1 of the report');
    expect(a.text).toContain('Paragraph 4 of the report');
  });
});

describe("a video player's own lines inside the article", () => {
  test.each([
    'The video will start in 8 Cancel',
    'Your video will play in 00:25',
    'Click to play Tap to play',
    'Play now',
    'Video unavailable',
  ])('"%s" is not a paragraph', (line) => {
    const html = hiddenBoxPage('player-status', `<div>${line}</div>`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('Paragraph 4 of the report');
    expect(a.text).not.toContain(line);
  });
  test('control: a sentence that starts like a player line is text', () => {
    const line = 'Play now, pay later schemes have grown fast among young shoppers this year.';
    const a = parseArticle(hiddenBoxPage('player-status', `<p>${line}</p>`), { format: 'html' });
    expect(a.text).toContain(line);
  });
});

describe('a click-to-tweet pull quote (a sentence linked to a tweet intent)', () => {
  const quote = (href: string, text: string) =>
    `<div class="tweet-clear"></div><a class="ctt-box" href="${href}" rel="nofollow"><span class="ctt-text">${text}</span><span class="ctt-btn">Click To Tweet</span></a>`;
  const page = (
    box: string,
  ) => `<!doctype html><html lang="en"><head><title>Focus</title></head><body>
<main><article><h1>How to keep your business focus</h1>
${para(1)}
<p>Not to get too technical on you, but …</p>
${box}
${[2, 3].map(para).join('\n')}
</article></main></body></html>`;
  test.each([
    'https://twitter.com/share?text=Every+online+business+exists+in+time&via=writer',
    'https://twitter.com/intent/tweet?text=Every+online+business+exists+in+time',
  ])('the quote linked to %s is article text, without its button', (href) => {
    const a = parseArticle(
      page(quote(href, 'Every online business exists in its own corner of space and time.')),
      { format: 'html' },
    );
    expect(a.paragraphs.map((p) => p.text)).toContain(
      'Every online business exists in its own corner of space and time.',
    );
    expect(a.text).not.toContain('Click To Tweet');
  });
  test('control: a share button linked to a tweet intent is not text', () => {
    const a = parseArticle(
      page('<p><a href="https://twitter.com/intent/tweet?text=Focus">Share on Twitter</a></p>'),
      { format: 'html' },
    );
    expect(a.text).not.toContain('Share on Twitter');
  });
  test('control: a sentence linked to another article stays a teaser, not text', () => {
    const a = parseArticle(
      page(
        '<div><a href="/2024/05/another-story.html">Every online business exists in its own corner of space and time.</a></div>',
      ),
      { format: 'html' },
    );
    expect(a.text).not.toContain('Every online business exists');
  });
});

/** The ferry report with `before` above its article and `after` under it, inside `<main>`. */
function ferryPage(after: string, before = ''): string {
  return `<!doctype html><html lang="en"><head><title>Ferry terminal to open in spring</title></head><body>
${before}<main><article><h1>Ferry terminal to open in spring</h1>
${[1, 2, 3].map(para).join('\n')}
</article>
${after}
</main></body></html>`;
}

/** A list of one-link items, `<li><a href>title</a></li>`. */
const linkItems = (items: string[][]): string =>
  items.map(([h, t]) => `<li><a href="${h}">${t}</a></li>`).join('');

const FERRY_ITEMS = [
  ['/news/ferry-strike-ends-1234.html', 'Ferry strike ends after three weeks of talks'],
  ['/news/new-pier-opens-5678.html', 'The new pier opens to fishing boats in June'],
];

describe('related links listed as one link per item', () => {
  test('a related box of `<li><a href>title</a></li>` items gives the related links with their addresses', () => {
    const html = ferryPage(
      `<aside class="related"><h2>Related stories</h2><ul>${linkItems(FERRY_ITEMS)}</ul></aside>`,
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.related.map((r) => [r.url, r.title])).toEqual(FERRY_ITEMS);
    for (const r of a.related) expect(html.slice(r.start, r.end)).toBe(r.title);
  });
  test.each(['À lire aussi', 'Read also', 'اقرأ أيضا', 'Articles similaires', 'مقالات ذات صلة'])(
    'a heading "%s" over teasers (a link and an excerpt each), in a box with no related class word: each headline is related',
    (label) => {
      const teasers = FERRY_ITEMS.map(
        ([h, t]) =>
          `<div><a href="${h}">${t}</a><p>The crews voted on Monday to go back to work…</p></div>`,
      ).join('');
      const html = ferryPage(`<div class="suggest"><h3>${label}</h3>${teasers}</div>
<div class="box"><h3>Newsletter</h3><div><a href="/newsletter/signup-now">Sign up for our morning newsletter today</a></div></div>`);
      const a = parseArticle(html, { format: 'html' });
      expect(a.related.map((r) => [r.url, r.title])).toEqual(FERRY_ITEMS);
      for (const r of a.related) expect(html.slice(r.start, r.end)).toBe(r.title);
    },
  );
  test('a related item that is its link then a date (`<li><a>title</a> <span>date</span></li>`) gives the link alone', () => {
    const items = FERRY_ITEMS.map(
      ([h, t], k) =>
        `<li><a href="${h}">${t}</a> <span class="date">July ${k + 2}, 2025</span></li>`,
    ).join('');
    const html = ferryPage(`<div class="related"><h3>Related Posts</h3><ul>${items}</ul></div>`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.related.map((r) => [r.url, r.title])).toEqual(FERRY_ITEMS);
    for (const r of a.related) expect(html.slice(r.start, r.end)).toBe(r.title);
  });
  test('control: a teaser whose link is followed by a long excerpt is no lead link', () => {
    const html = ferryPage(
      `<div class="related"><ul><li><a href="/news/a-1.html">Ferry strike ends</a> after three weeks of talks between the crews and the company, which agreed to the pay rise on Monday night.</li></ul></div>`,
    );
    expect(parseArticle(html, { format: 'html' }).related).toEqual([]);
  });
  test("a trending or most-read list above the article is the site's, not related to the article", () => {
    const trending = [
      ['/news/world-cup-bid-1.html', 'Morocco wins its bid to co-host the World Cup final'],
      ['/news/heatwave-2.html', 'Heatwave alert issued for eight provinces this week'],
    ];
    const items = FERRY_ITEMS.slice(0, 1);
    const html = ferryPage(
      `<aside class="related"><h2>Related stories</h2><ul>${linkItems(items)}</ul></aside>`,
      `<div class="trending"><b>Trending</b><ul>${linkItems(trending)}</ul></div>\n`,
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.related.map((r) => [r.url, r.title])).toEqual(items);
  });
});

describe('a heading over other columns or posts ends the article', () => {
  test.each(['Other Opinion Columns', 'More Opinion Columns', 'Other Stories'])(
    '"%s" and the teasers under it are not the article',
    (heading) => {
      const html = reportPage(`${[1, 2, 3].map(para).join('\n')}
<h2>${heading}</h2>
<p><strong>JANE ROE</strong> THE harbour has always been the heart of this town, and it is time the council treated it that way.</p>
<p><strong>JOHN DOE</strong> IT is easy to blame the weather for every delay, but the contract was the real problem from the start.</p>`);
      const a = parseArticle(html, { format: 'html' });
      expect(a.text).toContain('Paragraph 3 of the report');
      expect(a.text).not.toContain(heading);
      expect(a.text).not.toContain('the heart of this town');
    },
  );
  test('control: a section heading "Other measures" inside the article stays, with its text', () => {
    const html = reportPage(`${[1, 2].map(para).join('\n')}\n<h2>Other measures</h2>\n${para(3)}`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('Other measures');
    expect(a.text).toContain('Paragraph 3 of the report');
  });
});

describe('a staff biography closing the article (`X joined the News 4 staff in 2022`)', () => {
  const page = (last: string): string =>
    reportPage(
      `<p class="byline">By Jane Roe</p>\n${[1, 2, 3].map(para).join('\n')}\n<p>${last}</p>`,
      '<meta name="author" content="Jane Roe">',
    );
  test.each([
    'Jane Roe joined the News 4 staff in 2022. She is a graduate of Harbour College. You can see more of her work here.',
    'Jane Roe covers transport and the port for the paper, and has reported from the harbour since 2015.',
  ])('"%s" is not the article', (bio) => {
    const a = parseArticle(page(bio), { format: 'html' });
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.text).toContain('Paragraph 3 of the report');
    expect(a.text).not.toContain(bio.slice(0, 30));
  });
  test("the empty teaser boxes' headings above the biography go with it", () => {
    const html = page(
      'Jane Roe joined the News 4 staff in 2022. She is a graduate of Harbour College.',
    ).replace(
      '<p>Jane Roe joined',
      '<h2>Local News</h2><h2>New on Example.com</h2><p>Jane Roe joined',
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('Paragraph 3 of the report');
    expect(a.text).not.toContain('Local News');
    expect(a.text).not.toContain('New on Example.com');
  });
  test('control: headings of the article with text under them stay', () => {
    const html = page('Jane Roe joined the News 4 staff in 2022.').replace(
      '<p>Paragraph 2',
      '<h2>What happens next</h2><p>Paragraph 2',
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('What happens next');
  });
  test("control: the author's name opening a sentence of the report stays", () => {
    const line =
      'Jane Roe asked the harbour master whether the fares would rise, and he said they would not.';
    const a = parseArticle(page(line), { format: 'html' });
    expect(a.text).toContain(line);
  });
});

describe('buttons and prompts of the page inside the article', () => {
  test.each([
    'Seite drucken',
    'Artikel drucken',
    'Imprimer cet article',
    'Kommentieren',
    'Want to get notified whenever we write about Harbour City?',
    'Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.',
  ])('"%s" is not a paragraph', (line) => {
    const a = parseArticle(hiddenBoxPage('tools', `<p>${line}</p>`), { format: 'html' });
    expect(a.text).toContain('Paragraph 4 of the report');
    expect(a.text).not.toContain(line);
  });
});

describe("a gallery's size shown as a link label", () => {
  test.each(['14 Bilder', '12 photos', '8 Fotos', '23 images'])(
    '"%s" alone is not a paragraph',
    (line) => {
      const a = parseArticle(hiddenBoxPage('photo-count', `<div>${line}</div>`), {
        format: 'html',
      });
      expect(a.text).toContain('Paragraph 4 of the report');
      expect(a.text).not.toContain(line);
    },
  );
  test('control: a sentence that starts with a count of photos stays', () => {
    const line =
      '12 photos from the opening day show the first ferry leaving the new terminal at dawn.';
    const a = parseArticle(hiddenBoxPage('photo-count', `<p>${line}</p>`), { format: 'html' });
    expect(a.text).toContain(line);
  });
});
