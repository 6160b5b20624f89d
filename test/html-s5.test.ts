/**
 * HTML path, fifth pass: a body split into sibling `<section>`s of one class
 * (Readability's same-class sibling bonus), and htmldate's publication keys
 * (more `<meta>` names, a publication key in a script's JSON). Every page is
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** A paragraph of about 300 characters with three commas, numbered so each one can be looked for. */
function para(n: number): string {
  return `<p>Paragraph ${n} of the essay, written for this test, goes on about the harbour, the boats and the weather of the small town where nothing much happens in winter and where the ferry comes twice a day, and it ends here with a full stop after enough words to count as real prose for the vote.</p>`;
}

/** A blog post whose body is cut into two sections of the same class, the first much shorter. */
function sectionsPage(firstClass: string): string {
  const first = [1, 2, 3].map(para).join('\n');
  const second = Array.from({ length: 15 }, (_, i) => para(i + 4)).join('\n');
  return `<!doctype html><html lang="en"><head><title>Why the ferry matters</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article>
<h1>Why the ferry matters</h1>
<div>
<section class="${firstClass}"><div class="x1"><div class="x2">
${first}
</div></div></section>
<section class="sx eg eh"><div class="x1"><div class="x2">
${second}
</div></div></section>
</div>
</article>
<footer><p>Written by nobody in particular.</p></footer>
</body></html>`;
}

describe('a body split into sections of one class', () => {
  test('the short first section is read with the long one', () => {
    const a = parseArticle(sectionsPage('sx eg eh'), { format: 'html' });
    expect(a.text).toContain('Paragraph 1 of the essay');
    expect(a.text).toContain('Paragraph 3 of the essay');
    expect(a.text).toContain('Paragraph 18 of the essay');
    expect(a.text).not.toContain('Written by nobody');
  });
  test('the class is compared as written, spaces around it aside', () => {
    const a = parseArticle(sectionsPage(' sx eg eh '), { format: 'html' });
    expect(a.text).toContain('Paragraph 1 of the essay');
  });
  test('a short sibling of another class gets no bonus', () => {
    const a = parseArticle(sectionsPage('teaser-box'), { format: 'html' });
    expect(a.text).toContain('Paragraph 18 of the essay');
    expect(a.text).not.toContain('Paragraph 1 of the essay');
  });
});

/** A page with no printed date: only the head's and scripts' records. */
function undatedPage(head: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><title>Harbour works</title>${head}</head><body>
<article><h1>Harbour works</h1>
<p>The harbour works go on through the winter, the council said, and the quay will reopen once the new stones are set.</p>
<p>Fishermen moor at the old pier in the meantime, which is shorter, so the larger boats wait outside for the tide.</p>
</article>${script}</body></html>`;
}

describe("htmldate's publication keys", () => {
  test.each([
    ['displaydate', '2021-03-04'],
    ['article:published_date', '2021-03-04T08:00:00+01:00'],
    ['published_date', '2021-03-04'],
    ['pdate', '20210304'],
  ])('<meta name="%s"> dates the page', (name, value) => {
    const html = undatedPage(`<meta name="${name}" content="${value}">`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2021-03-04');
    expect(a.warnings.some((w) => w.includes('guessed'))).toBe(false);
  });
  test('a publication key in a script dates the page, its span on the date', () => {
    const html = undatedPage(
      '',
      '<script>window.__STATE__={"build":{"at":"2023-01-09T00:00:00"},"article":{"id":7,"publishedAt": "2021-03-04","title":"Harbour works"}};</script>',
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2021-03-04');
    const s = a.spans.publishedAt;
    expect(s && html.slice(s.start, s.end)).toBe('2021-03-04');
    expect(a.warnings.some((w) => w.includes('guessed'))).toBe(false);
  });
  test('a page with JSON-LD keeps its JSON-LD date over a script key', () => {
    const html = undatedPage(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour works","datePublished":"2021-03-05T09:00:00Z"}</script>',
      '<script>var s={"publishedAt":"2021-03-04"};</script>',
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2021-03-05');
  });
});

/** A page with one machine date and a line printed under its title. */
function printedPage(head: string, printed: string): string {
  return `<!doctype html><html lang="en"><head><title>Lemon cake</title>${head}</head><body>
<article><h1>Lemon cake</h1>
${printed}
<p>Butter the tin, then beat the sugar with the eggs until pale, and fold the flour in with the zest of two lemons.</p>
<p>Bake for forty minutes, let it cool in the tin, and pour the syrup over while it is still warm so it soaks in.</p>
</article></body></html>`;
}

describe('a lone machine date against the date printed under the title', () => {
  const ld = (iso: string) =>
    `<script type="application/ld+json">{"@type":"Article","headline":"Lemon cake","datePublished":"${iso}"}</script>`;
  test('the printed date wins over a lone JSON-LD date of another day', () => {
    const a = parseArticle(
      printedPage(ld('2019-10-15T16:59:59Z'), '<div class="post-date">Mar 12, 2020</div>'),
      { format: 'html' },
    );
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-03-12');
  });
  test('JSON-LD and <meta> agreeing stand against the printed line', () => {
    const a = parseArticle(
      printedPage(
        `${ld('2019-10-15T16:59:59Z')}<meta property="article:published_time" content="2019-10-15T16:59:59Z">`,
        '<div class="post-date">Mar 12, 2020</div>',
      ),
      { format: 'html' },
    );
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-10-15');
  });
  test('a printed day that is the machine time in another time zone is the same instant, on the printed day', () => {
    const a = parseArticle(
      printedPage(ld('2018-06-12T23:00:00Z'), '<div class="post-date">June 13, 2018</div>'),
      { format: 'html' },
    );
    // The machine's instant, unchanged, written at the nearest offset that puts it on the day the page prints.
    expect(a.publishedAt).toBe('2018-06-13T00:00:00+01:00');
    expect(Date.parse(a.publishedAt ?? '')).toBe(Date.parse('2018-06-12T23:00:00Z'));
  });
  test('a sentence naming an earlier publication does not override', () => {
    const a = parseArticle(
      printedPage(
        ld('2015-02-24T19:56:33Z'),
        '<p>Originally published at www.example.org on November 18, 2011. The cake has not changed since then, only the tin.</p>',
      ),
      { format: 'html' },
    );
    expect(a.publishedAt?.slice(0, 10)).toBe('2015-02-24');
  });
});

describe('numeric dates on English pages: month first only where English writes them so', () => {
  const page = (lang: string) =>
    `<!doctype html><html lang="${lang}"><head><title>Council meets</title></head><body>
<article><h1>Council meets</h1><p class="date">Published 04/03/2020</p>
<p>The council met on the green, as it does every spring, and agreed to mend the fence before the fair comes to town.</p>
<p>Everyone who spoke wanted the fair kept, and the vote was quick, so the meeting ended before the light went.</p>
</article></body></html>`;
  test('en-US: 4 March is written 03/04, so 04/03 is 3 April', () => {
    expect(parseArticle(page('en-US'), { format: 'html' }).publishedAt).toBe('2020-04-03');
  });
  test('en-GB: 04/03/2020 is 4 March', () => {
    expect(parseArticle(page('en-GB'), { format: 'html' }).publishedAt).toBe('2020-03-04');
  });
  test('plain `en` on a .co.uk address reads day first; on a .com, month first', () => {
    const uk = parseArticle(page('en'), {
      format: 'html',
      url: 'https://www.example.co.uk/news/council-meets',
    });
    expect(uk.publishedAt).toBe('2020-03-04');
    const com = parseArticle(page('en'), {
      format: 'html',
      url: 'https://www.example.com/news/council-meets',
    });
    expect(com.publishedAt).toBe('2020-04-03');
  });
  test.each(['dz', 'ma', 'tn', 'eg'])(
    'an English page of a North African site (%s: its country domain, or its language tag) reads day first, as its country writes dates',
    (country) => {
      const byDomain = parseArticle(page('en'), {
        format: 'html',
        url: `https://www.example.${country}/en/news/council-meets`,
      });
      expect(byDomain.publishedAt).toBe('2020-03-04');
      expect(
        parseArticle(page(`en-${country.toUpperCase()}`), { format: 'html' }).publishedAt,
      ).toBe('2020-03-04');
    },
  );
});

describe('loose paragraphs beside the body', () => {
  const body = Array.from({ length: 8 }, (_, i) => para(i + 1)).join('\n');
  const teasers = Array.from(
    { length: 12 },
    (_, i) => `<li><a href="/news/${i}">Other story number ${i} about the harbour</a></li>`,
  ).join('\n');
  const page = (
    between: string,
  ) => `<!doctype html><html lang="en"><head><title>Why the ferry matters</title></head><body>
<div class="wrap">
<div class="story"><h1>Why the ferry matters</h1>
${body}
</div>
${between}
<p>Harbourtown.example is the leading source of news for the harbour and the villages around it, with daily headlines since 1999. It covers the council, the schools, the fishing fleet, the ferry timetable and the weather, and its readers send in photographs of the coast every week. Advertising and subscriptions pay for its four reporters, who live in the town, and the site has no owner outside the county. Write to the desk with news, corrections and questions.</p>
</div></body></html>`;
  test('a blurb past a list of teasers is not the article', () => {
    const a = parseArticle(page(`<ul class="more">${teasers}</ul>`), { format: 'html' });
    expect(a.text).toContain('Paragraph 8 of the essay');
    expect(a.text).not.toContain('leading source of news');
  });
  test('a paragraph right after the body (past an ad) still is', () => {
    const a = parseArticle(page('<div class="ad-slot"><a href="/ad">Advertisement</a></div>'), {
      format: 'html',
    });
    expect(a.text).toContain('leading source of news');
  });
});

describe("a person's hover card inside a sentence", () => {
  const card = (cls: string) =>
    `<span class="${cls}"><img src="/p.jpg" alt=""><a href="/people/ann-baker">Ann Baker</a><a href="/news/1">Council votes on the harbour budget | Ferry timetable changes for winter | School roof repaired after storm</a></span>`;
  const page = (
    cls: string,
  ) => `<!doctype html><html lang="en"><head><title>Harbour budget passes</title></head><body>
<article><h1>Harbour budget passes</h1>
<p>The budget for the harbour passed on Tuesday after councillor <span class="people"><a href="/people/ann-baker">Ann Baker</a>${card(cls)}</span> asked for the ferry money to be kept, and the vote was seven to two.</p>
${para(1)}
${para(2)}
</article></body></html>`;
  test.each(['rollover-people-block', 'hovercard', 'tooltip-content', 'popover'])(
    'the card (%s) is not read, the sentence is kept whole',
    (cls) => {
      const a = parseArticle(page(cls), { format: 'html' });
      expect(a.text).toContain('after councillor Ann Baker asked for the ferry money');
      expect(a.text).not.toContain('Ferry timetable changes');
    },
  );
});

describe('photo credits written as body lines', () => {
  test('a credit line and a caption closed by its credit are not the article', () => {
    const html = `<!doctype html><html lang="en"><head><title>Smog over the city</title></head><body>
<article><h1>Smog over the city</h1>
${para(1)}
<p>Ravi Kumar/Harbour Times/Getty Images</p>
${para(2)}
<p>Children walk to school through the haze on Monday morning. (Photo: R. Kumar)</p>
${para(3)}
</article></body></html>`;
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('Paragraph 3 of the essay');
    expect(a.text).not.toContain('Getty Images');
    expect(a.text).not.toContain('Children walk to school');
  });
});

describe('a teaser label styled as a heading above a list', () => {
  test('"More Great Harbour Stories" in a div above a list ends the body', () => {
    const html = `<!doctype html><html lang="en"><head><title>Ferry news</title></head><body>
<article><h1>Ferry news</h1>
${para(1)}
${para(2)}
<ul><li>Bring a coat, since the deck is cold in the morning.</li><li>Tickets are sold on board.</li></ul>
<hr><div class="heading-h3">More Great Harbour Stories</div>
<ul>${[
      'The strange life and quiet death of a <a href="/s/1">lighthouse keeper</a>',
      'How the fish market moved inland after the <a href="/s/2">spring flood</a>',
      'Why the ferry timetable changes every <a href="/s/3">winter</a>',
      'A safer way to cross the bay at <a href="/s/4">night</a>',
      'The best coats for the deck, tested by the <a href="/s/5">crew</a>',
      'What the new quay means for the <a href="/s/6">boats</a>',
    ]
      .map((t) => `<li>${t}</li>`)
      .join('')}</ul>
</article></body></html>`;
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('Tickets are sold on board.');
    expect(a.text).not.toContain('More Great Harbour Stories');
    expect(a.text).not.toContain('lighthouse keeper');
    expect(a.text).not.toContain('new quay means');
  });
});

describe('a lead above the photo, its caption and the date', () => {
  const page = (
    lead: string,
  ) => `<!doctype html><html lang="de"><head><title>Hafen wird erweitert</title></head><body>
<header class="head"><h1>Hafen wird erweitert</h1>
<p>${lead}</p>
<figure><img src="/h.jpg" alt=""><figcaption>Foto: Anna Beispiel</figcaption></figure>
<div class="date">20.01.2022</div>
<div class="share"><a href="/s">teilen</a></div></header>
<div class="wrap"><div class="text">
<p>Der Stadtrat hat am Dienstag beschlossen, den Hafen nach Norden zu erweitern, und die Arbeiten sollen im Frühjahr beginnen, sobald das Wetter es erlaubt und die Genehmigungen vorliegen.</p>
<p>Die Fischer begrüßen den Plan, denn der alte Kai ist zu kurz für die größeren Boote, die heute oft draußen auf die Flut warten müssen, bevor sie anlegen können.</p>
<p>Die Kosten trägt zum größten Teil das Land, der Rest kommt aus der Stadtkasse und aus den Gebühren, die der Hafen in den nächsten Jahren einnehmen wird.</p>
<p>Im Sommer soll ein neuer Steg für die Ausflugsboote folgen, damit die Gäste nicht mehr über die Fischkisten steigen müssen, wenn sie an Bord gehen wollen.</p>
<p>Wer Fragen zum Bau hat, kann sie bei der Sitzung im März stellen, zu der die Stadt alle Anwohner und die Vereine am Hafen ausdrücklich eingeladen hat.</p>
</div><div class="box"><a href="/a">Archiv</a></div></div></body></html>`;
  test('a lead of two sentences comes back in front of the body', () => {
    const a = parseArticle(
      page(
        'Der Hafen wird größer. Der Stadtrat gibt grünes Licht für den Ausbau nach Norden, die Fischer sind zufrieden.',
      ),
      { format: 'html' },
    );
    expect(a.paragraphs[0]?.text).toBe(
      'Der Hafen wird größer. Der Stadtrat gibt grünes Licht für den Ausbau nach Norden, die Fischer sind zufrieden.',
    );
    expect(a.text).not.toContain('Foto: Anna Beispiel');
  });
  test('a one-sentence deck that far up stays out', () => {
    const a = parseArticle(
      page(
        'Der Stadtrat gibt grünes Licht für den Ausbau des Hafens nach Norden, und die Fischer sind zufrieden damit.',
      ),
      { format: 'html' },
    );
    expect(a.paragraphs[0]?.text.startsWith('Der Stadtrat hat am Dienstag')).toBe(true);
  });
});

describe("a news agency's closing credit line", () => {
  test('(Reporting by …; Editing by …) after the last paragraph is not the article', () => {
    const html = `<!doctype html><html lang="en"><head><title>Ferry firm sold</title></head><body>
<article><h1>Ferry firm sold</h1>
${para(1)}
${para(2)}
<p>(Reporting by Ann Baker, Tom Reed and Kim Lane in Harbourtown, additional reporting by Sam Cole in Bayport; Editing by Lee Park)</p>
</article></body></html>`;
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('Paragraph 2 of the essay');
    expect(a.text).not.toContain('Reporting by');
  });
  test('a sentence naming reporting is kept', () => {
    const html = `<!doctype html><html lang="en"><head><title>Ferry firm sold</title></head><body>
<article><h1>Ferry firm sold</h1>
${para(1)}
<p>The sale (reporting by the local paper first broke the news) surprised the crew, who learned of it on the radio.</p>
${para(2)}
</article></body></html>`;
    expect(parseArticle(html, { format: 'html' }).text).toContain('surprised the crew');
  });
});

describe("a post's meta line in the body", () => {
  const page = (
    line: string,
  ) => `<!doctype html><html lang="en"><head><title>Ferry notes</title></head><body>
<article><h1>Ferry notes</h1>
<p>${line}</p>
${para(1)}
${para(2)}
</article></body></html>`;
  test.each([
    'Posted on March 3, 2020 by Admin',
    'Veröffentlicht am 03.03.2020 von Redaktion',
    'Published on 3 March 2020',
  ])('"%s" is not the article', (line) => {
    const a = parseArticle(page(line), { format: 'html' });
    expect(a.text).toContain('Paragraph 1 of the essay');
    expect(a.text).not.toContain(line);
  });
  test('a sentence that starts the same way is kept', () => {
    const line =
      'Posted on the harbour door on March 3, 2020, the notice told the crews to move their boats.';
    expect(parseArticle(page(line), { format: 'html' }).text).toContain(line);
  });
});
