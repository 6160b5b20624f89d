/**
 * HTML path, sixth pass: rules made less specific rather than more. A comment
 * thread named in the page's own language (`kommentare`, `comentarios`), and
 * the walls that end an article in any markup (a comment thread's heading or
 * form, a paywall's prompt, closing appeals), read with the recognisers the
 * text pipeline already shares. Every page is written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** German prose paragraphs of about 250 characters, numbered so each can be looked for. */
function absatz(n: number): string {
  return `<p>Absatz ${n} des Berichts: Die Gemeinde hat am Freitag den neuen Spielplatz am Stadtrand eröffnet, und die Kinder der Grundschule, die ihn mitgeplant haben, durften als erste die Rutsche, die Schaukeln und den Kletterturm ausprobieren, bevor der Bürgermeister sprach.</p>`;
}

/** A news page whose reader comments sit in boxes named in German, inside the article's own container. */
function germanCommentsPage(box: string, item: string): string {
  const body = [1, 2, 3, 4].map(absatz).join('\n');
  return `<!doctype html><html lang="de"><head><title>Neuer Spielplatz eröffnet</title></head><body>
<div class="seite"><div class="inhalt">
<h1>Neuer Spielplatz eröffnet</h1>
<div class="text">
${body}
</div>
<div class="${box}">
<div class="rubrik">Leserstimmen</div>
<div class="${item}"><div class="benutzer">Leser2010</div><h5>Schön, aber zu klein</h5>
<div>Ich will den Leuten ihren neuen Spielplatz gar nicht madig machen, und es ist auch schön, dass man am Stadtrand etwas tut, aber für so viele Familien ist die Anlage viel zu klein geraten, und die Bänke stehen in der prallen Sonne, was im Sommer niemandem hilft.</div></div>
<div class="${item}"><div class="benutzer">Anwohnerin</div><h5>Endlich</h5>
<div>Wir haben jahrelang auf diesen Platz gewartet, und jetzt, wo er endlich da ist, wird wieder nur gemeckert, obwohl die Kinder begeistert sind und die Eltern sich auf den Bänken unterhalten können, wenn die Sonne nicht gerade scheint.</div></div>
</div>
</div></div>
</body></html>`;
}

describe('comment threads named in the page language', () => {
  test.each([
    ['kommentare', 'kommentar-item'],
    ['comentarios', 'comentario'],
  ])('a thread in boxes of class "%s" is not the article', (box, item) => {
    const a = parseArticle(germanCommentsPage(box, item), { format: 'html' });
    expect(a.text).toContain('Absatz 1 des Berichts');
    expect(a.text).toContain('Absatz 4 des Berichts');
    expect(a.text).not.toContain('madig machen');
    expect(a.text).not.toContain('jahrelang');
  });
  test('control: a box of another name stays in the article', () => {
    const a = parseArticle(germanCommentsPage('zusatz', 'eintrag'), { format: 'html' });
    expect(a.text).toContain('madig machen');
  });
  test.each(['article kommentar', 'article-kommentar', 'commentary'])(
    'guard: an opinion piece whose own container is named "%s" (the genre, not a thread) keeps its body',
    (cls) => {
      const html = `<!doctype html><html lang="de"><head><title>Die Hafenpolitik braucht einen Neuanfang</title></head><body>
<nav><a href="/">Start</a></nav>
<main><article class="${cls}"><h1>Die Hafenpolitik braucht einen Neuanfang</h1>
${[1, 2, 3].map(absatz).join('\n')}
</article></main><footer>© 2025 Beispiel Medien</footer></body></html>`;
      const a = parseArticle(html, { format: 'html' });
      expect(a.title).toBe('Die Hafenpolitik braucht einen Neuanfang');
      expect(a.text).toContain('Absatz 1 des Berichts');
      expect(a.text).toContain('Absatz 3 des Berichts');
    },
  );
});

/** A news page whose body container holds, after the article, a paywall's prompt and its offers. */
function paywallPage(prompt: string, after: string): string {
  return `<!doctype html><html lang="de"><head><title>Wohnungssuche zum Semesterstart</title></head><body>
<div class="seite"><div class="inhalt">
<h1>Wohnungssuche zum Semesterstart</h1>
<div>
${[1, 2, 3].map(absatz).join('\n')}
${prompt}
${after}
</div>
</div></div>
</body></html>`;
}

const OFFERS = `<p>Jetzt diesen Artikel lesen!</p>
<ul><li>Alle Artikel auf der Website</li><li>News-App für unterwegs</li><li>Kommentarfunktion</li></ul>
<h3>Digital Basis 3 € / Monat</h3>
<p>nach 3 Monaten jederzeit kündbar</p>`;

describe('a paywall ends the article', () => {
  test.each([
    '<p>Bereits Abonnent/in? <a href="/login">Anmelden</a></p>',
    '<p>Already a subscriber? <a href="/login">Sign in</a></p>',
    '<p>Déjà abonné ? <a href="/login">Connectez-vous</a></p>',
    '<p>Ce contenu est réservé aux abonnés.</p>',
  ])('%s and the offers after it are not the article', (prompt) => {
    const a = parseArticle(paywallPage(prompt, OFFERS), { format: 'html' });
    expect(a.text).toContain('Absatz 3 des Berichts');
    expect(a.text).not.toContain('Anmelden');
    expect(a.text).not.toContain('News-App');
    expect(a.text).not.toContain('kündbar');
    expect(a.paragraphs.at(-1)?.text).toMatch(/^Absatz 3 des Berichts/);
  });
  test('a prompt in the middle of the full text goes alone: the article resumes after it', () => {
    const a = parseArticle(
      paywallPage('<p>Bereits Abonnent/in? <a href="/login">Anmelden</a></p>', absatz(4)),
      { format: 'html' },
    );
    expect(a.text).not.toContain('Anmelden');
    expect(a.text).toContain('Absatz 4 des Berichts');
  });
});

describe('closing appeals', () => {
  test.each([
    'Wenn du keinen Artikel mehr verpassen willst, dann hol dir jetzt meinen kostenlosen Newsletter.',
    'Abonnez-vous à notre lettre d’information pour recevoir nos articles chaque semaine.',
    'Support independent journalism: make a donation today.',
  ])('the last paragraph "%s" is not the article', (appeal) => {
    const a = parseArticle(paywallPage('', `<p>${appeal}</p>`), { format: 'html' });
    expect(a.paragraphs.at(-1)?.text).toMatch(/^Absatz 3 des Berichts/);
  });
  test('an appeal inside the article, with prose after it, stays', () => {
    const a = parseArticle(
      paywallPage(
        '<p>Der Verein ruft in seinem Newsletter dazu auf, beim nächsten Fest zu helfen.</p>',
        absatz(4),
      ),
      { format: 'html' },
    );
    expect(a.text).toContain('in seinem Newsletter');
  });
});

/** A wire story whose record gives the instant in UTC and whose address and byline give the local day. */
function zonedPage(instant: string, printed: string): string {
  return `<!doctype html><html lang="en"><head><title>Regulator opens inquiry into office firm</title>
<meta property="article:published_time" content="${instant}">
</head><body><article>
<h1>Regulator opens inquiry into office firm</h1>
<div class="article-byline"><a rel="author" href="/author/wire/">Wire Staff</a> <time datetime="${instant}">${printed}</time></div>
<div class="article-content">
<p>The state regulator has opened an inquiry into the office-sharing firm and its former chief executive, people familiar with the matter said on Monday evening.</p>
<p>The inquiry follows months of questions about the firm's accounts, which the company says it will answer in full, and about loans made to its founder.</p>
</div></article></body></html>`;
}

describe('a UTC instant and the local day of the same moment', () => {
  const url = 'https://news.example.com/2019/11/18/regulator-opens-inquiry-into-office-firm/';
  test("the address's day stands against a UTC instant of the next morning", () => {
    const a = parseArticle(zonedPage('2019-11-19T07:03:25+00:00', 'November 18, 2019 11:03 PM'), {
      format: 'html',
      url,
    });
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-18');
  });
  test('control: an instant days away from the address, printed alike, still wins', () => {
    const a = parseArticle(zonedPage('2019-11-21T07:03:25+00:00', 'November 21, 2019 7:03 AM'), {
      format: 'html',
      url,
    });
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-21');
  });
});

describe('a drop cap set apart from its paragraph', () => {
  const page = (
    cap: string,
  ) => `<!doctype html><html lang="en"><head><title>Three islands added to quarantine list</title></head><body>
<article><h1>Three islands added to quarantine list</h1>
<div class="body">${cap}<p>hree islands have been removed from the list of travel corridors, the transport secretary said on Thursday, after a rise in cases.</p>
<p>Travellers arriving from those places after 4am on Saturday must stay at home for fourteen days, the department added in a statement.</p>
<p>The decision was taken after the latest figures showed the number of cases rising above the threshold set earlier in the summer.</p>
</div></article></body></html>`;
  test("the capital opens the paragraph's text, and its span starts on the capital", () => {
    const html = page('<span class="dropcap">T</span>');
    const a = parseArticle(html, { format: 'html' });
    expect(a.paragraphs[0]?.text.startsWith('Three islands have been removed')).toBe(true);
    const first = a.paragraphs[0];
    expect(first && html.slice(first.start, first.start + 1)).toBe('T');
  });
  test('control: a lone capital before a paragraph that opens with a capital stays apart', () => {
    const a = parseArticle(page('<span class="dropcap">A</span>').replace('<p>hree', '<p>Three'), {
      format: 'html',
    });
    expect(a.paragraphs[0]?.text.startsWith('Three islands')).toBe(true);
  });
});

describe('a sentence with many links is still prose', () => {
  const page = (
    first: string,
  ) => `<!doctype html><html lang="en"><head><title>Storm may bring a sting jet</title></head><body>
<article><h1>Storm may bring a sting jet</h1>
<div class="entry-content">
${first}
<p>The storm has already been labelled a weather bomb due to its explosive power, caused by a rapid drop in pressure over the sea.</p>
<p>A sting jet occurs when part of the jet stream descends to the surface very quickly, gaining momentum as it goes and creating a core of extreme winds.</p>
<p>If it does hit, it will most likely affect only a narrow area, perhaps thirty miles across, and last only a few hours, forecasters said.</p>
</div>
<ul class="more"><li><a href="/a">Storm tracker shows where the winds will be strongest tonight</a></li><li><a href="/b">Island reduced to a disaster zone after winds hammer coast</a></li></ul>
</article></body></html>`;
  test('a paragraph whose clauses are mostly links, closed by a full stop, stays in the body', () => {
    const a = parseArticle(
      page(
        '<p>As <a href="/1">the storm continues to batter the south coast of England</a> and <a href="/2">the islands</a>, forecasters warn that <a href="/3">the worst could be yet to come</a> in the form of a sting jet.</p>',
      ),
      { format: 'html' },
    );
    expect(a.paragraphs[0]?.text).toMatch(/^As the storm continues to batter/);
  });
  test('control: a line that is one link, a teaser, stays out', () => {
    const a = parseArticle(
      page(
        '<p><a href="/x">Storm tracker shows how the deadly storm will rip right through the heart of the country tonight</a></p>',
      ),
      { format: 'html' },
    );
    expect(a.text).not.toContain('Storm tracker shows how');
    expect(a.text).not.toContain('disaster zone');
  });
});

describe('captions and players the text path already knows', () => {
  const page = (
    extra: string,
  ) => `<!doctype html><html lang="en"><head><title>Protesters gather at theatre</title></head><body>
<article><h1>Protesters gather at theatre</h1>
<div class="story">
${extra}
<p>PARIS (Wire) – Protesters opposed to the proposed changes to the pension system tried to force their way into a theatre on Friday evening.</p>
<p>The president and his wife were watching a play inside, and were briefly escorted to a safe place, a member of his staff said later.</p>
<p>Opponents of the reform have staged more direct action as participation in rail strikes has waned over the past two weeks.</p>
</div></article></body></html>`;
  test.each([
    '<p><img src="/p.jpg" alt=""><br>FILE PHOTO: The president delivers his new year wishes to the military during a ceremony at an air base, January 17, 2020. REUTERS/Staff</p>',
    '<p>In this Jan. 17, 2020, file photo, the president delivers his new year wishes to the military during a ceremony at an air base.</p>',
    '<p>Image caption The president delivers his new year wishes to the military during a ceremony at an air base</p>',
    '<p>Video Loading</p>',
    '<div>1 of 33</div>',
  ])('%s (a caption, a player or a gallery line) is not the article', (line) => {
    const a = parseArticle(page(line), { format: 'html' });
    expect(a.paragraphs[0]?.text).toMatch(/^PARIS \(Wire\)/);
  });
});

describe('a dialog by the page’s own semantics', () => {
  const glossary = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Glossary entry ${i + 1}: the bank's purchase programme for covered bonds, asset-backed securities and public sector debt is explained here at length, with its start date, its monthly volumes and the rules for reinvesting the bonds that mature.</p>`,
  ).join('\n');
  const page = (
    wrapOpen: string,
    wrapClose: string,
  ) => `<!doctype html><html lang="de"><head><title>Neuer Spielplatz eröffnet</title></head><body>
${wrapOpen}<div class="inhalt"><h1>Neuer Spielplatz eröffnet</h1>
<div class="text">${[1, 2, 3].map(absatz).join('\n')}</div></div>${wrapClose}
<div class="pum pum-overlay" role="dialog" aria-modal="false"><div class="pum-title">Glossar</div><div class="pum-content">
${glossary}
</div></div>
</body></html>`;
  test('a role="dialog" box holding more text than the article is not the article', () => {
    const a = parseArticle(page('', ''), { format: 'html' });
    expect(a.text).toContain('Absatz 1 des Berichts');
    expect(a.text).not.toContain('Glossary entry');
  });
  test('control: a page whose article itself sits in a dialog is still read', () => {
    const a = parseArticle(page('<div role="dialog">', '</div>'), { format: 'html' });
    expect(a.text).toContain('Absatz 1 des Berichts');
  });
});

describe('a slideshow whose text is its captions', () => {
  const slides = Array.from(
    { length: 10 },
    (_, i) =>
      `<figure class="slide"><img src="/s${i}.jpg" alt=""><figcaption><p>Costume ${i + 1}: ${'a sheet, two holes and a piece of string make a ghost in five minutes'.slice(0, 30 + i * 4)}.</p><p>What you need: an old sheet, scissors and a marker, which every home has somewhere in a drawer or a cupboard.</p></figcaption></figure>`,
  ).join('\n');
  const page = `<!doctype html><html lang="en"><head><title>Ten costumes to make tonight</title></head><body>
<article class="post gallery"><h1>Ten costumes to make tonight</h1>
<div class="post-content"><p>Cheap and easy costumes are all that matter this year, and here are ten you can make tonight.</p>
<p>None of them needs a sewing machine, a trip to the shops or more than an hour, and most use what is already in a wardrobe.</p>
<p>Scroll through the slides for the ideas, each with the list of what you need, and pick the one that suits your evening best.</p>
<p>Last year the ghost and the pirate were the favourites of our readers, and both are back, with eight new ideas beside them.</p>
<p>If you make one of them, send us a photo: the best will join the gallery next week, with the name of the maker under it.</p></div>
<div class="slides">
${slides}
</div></article>
<footer><p>About us</p></footer></body></html>`;
  test('every slide’s caption is read, short or long', () => {
    const a = parseArticle(page, { format: 'html' });
    for (let i = 1; i <= 10; i++) expect(a.text).toContain(`Costume ${i}:`);
  });
  test('control: a photo’s caption inside an article of prose stays out', () => {
    const article = `<!doctype html><html lang="en"><head><title>Harbour works</title></head><body>
<article><h1>Harbour works</h1><div class="entry-content">
<p>The harbour works go on through the winter, the council said, and the quay will reopen once the new stones are set and the cranes have gone.</p>
<figure><img src="/q.jpg" alt=""><figcaption>The old quay in the autumn light, before the works began.</figcaption></figure>
<p>Fishermen moor at the old pier in the meantime, which is shorter, so the larger boats wait outside for the tide to turn in the evening.</p>
<p>The council expects the works to end in the spring, when the ferry will call again at the new quay twice a day, as it did before.</p>
</div></article></body></html>`;
    expect(parseArticle(article, { format: 'html' }).text).not.toContain('autumn light');
  });
});

describe('two publication records agreeing against a loose key', () => {
  const page = (
    published: string,
  ) => `<!doctype html><html lang="en-gb"><head><title>Wild goats ruled this island</title>
<meta property="article:published_time" content="${published}">
<meta name="date" content="2020-01-06T09:22:36Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Wild goats ruled this island","datePublished":"2020-01-03T09:48:24Z","dateModified":"2020-01-06T09:22:36Z"}</script>
</head><body><article><h1>Wild goats ruled this island</h1>
<div class="byline"><span class="date">Monday, 6 January 2020</span></div>
<div class="article-body">
<p>For more than a century wild goats ate their way across the island, stripping the hills of the shrubs that held the soil in place.</p>
<p>Now that the last of them have gone, the plants are coming back, and with them the birds that nested there before the goats arrived.</p>
</div></article></body></html>`;
  test('JSON-LD and article:published_time on one day win over a loose date key and an updated day printed', () => {
    const a = parseArticle(page('2020-01-03T09:48:24Z'), { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-01-03');
  });
  test('control: with only JSON-LD on its day, the printed day and the loose key settle it as before', () => {
    const a = parseArticle(page('2020-01-06T09:22:36Z'), { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-01-06');
  });
});

describe('a link that shows its own address', () => {
  const page = (
    line: string,
  ) => `<!doctype html><html lang="fr"><head><title>Suivi des réformes</title></head><body>
<article><h1>Suivi des réformes</h1><div class="texte">
<p>Le collectif suit les réformes de l’université depuis deux ans, et publie chaque mois un relevé des décisions prises par le ministère.</p>
<p>Pour lui écrire, ou pour recevoir le relevé, une seule adresse :</p>
${line}
<p>Les réponses sont publiées le mois suivant, avec l’accord de leurs auteurs, dans la rubrique des lettres de lecteurs du site.</p>
</div></article></body></html>`;
  test.each([
    '<p><a href="mailto:suivi@example.org">suivi@example.org</a></p>',
    '<p><a href="https://www.example.org/releve/2020">https://www.example.org/releve/2020</a></p>',
  ])('%s is the article’s text', (line) => {
    const a = parseArticle(page(line), { format: 'html' });
    expect(a.text).toMatch(/suivi@example\.org|https:\/\/www\.example\.org\/releve\/2020/);
  });
  test('control: a link line with a headline stays out', () => {
    const a = parseArticle(page('<p><a href="/autre">Les universités face à la réforme</a></p>'), {
      format: 'html',
    });
    expect(a.text).not.toContain('Les universités face à la réforme');
  });
});

describe('a footer named by its class', () => {
  const page = (
    cls: string,
  ) => `<!doctype html><html lang="en"><head><title>Florida man exists</title></head><body>
<div class="layout"><h1>Florida man exists</h1>
<div class="article">
<p>Florida man exists, and so, it seems, does his cousin in South Dakota, where a traffic stop on Monday ended with an arrest.</p>
<p>The driver told deputies the bag on the passenger seat was not his, a statement the sheriff’s office shared with some amusement.</p>
<p>The office later posted a photograph of the bag, and the internet did the rest, as it tends to do with such stories.</p>
<div class="${cls}"><p>Disclaimer</p><p><a href="/rules/">Community Rules</a> apply to all content you upload or otherwise submit to this site.</p></div>
</div>
</div></body></html>`;
  test.each(['footer__disclaimer', 'site-footer', 'page_footer'])(
    'a box of class "%s" is not the article',
    (cls) => {
      const a = parseArticle(page(cls), { format: 'html' });
      expect(a.text).toContain('Florida man exists, and so');
      expect(a.text).not.toContain('Community Rules');
    },
  );
  test('control: an article-footer box, named like the article, stays', () => {
    const a = parseArticle(page('article-footer-note'), { format: 'html' });
    expect(a.text).toContain('Community Rules');
  });
});

/** A short article in `lang` whose body holds `line` after (or, with `between`, between) its two paragraphs. */
function withLine(
  lang: string,
  title: string,
  paras: [string, string],
  line: string,
  between = false,
): string {
  const [first, second] = paras;
  const body = between
    ? `<p>${first}</p>\n<figure><img src="/a.jpg" alt=""></figure><p>${line}</p>\n<p>${second}</p>`
    : `<p>${first}</p>\n<p>${second}</p>\n<p>${line}</p>`;
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>
<article><h1>${title}</h1><div class="article-text">
${body}
</div></article></body></html>`;
}

describe('lines under or between the paragraphs that are not the article', () => {
  test.each(['Фото: ТАСС', 'личный архив Андрея Иванова', 'Фото: личный архив героини'])(
    'a Russian photo credit "%s" under a picture',
    (credit) => {
      const html = withLine(
        'ru',
        'Мастера вкуса',
        [
          'Они настоящие гении кулинарного искусства, и их блюда поражают не только вкусом, но и красотой подачи, о которой пишут все.',
          'Андрей начал вести блог пять лет назад, когда впервые испёк хлеб на закваске, и с тех пор его читают сотни тысяч человек.',
        ],
        credit,
        true,
      );
      expect(parseArticle(html, { format: 'html' }).text).not.toContain(credit);
    },
  );
  test.each([
    'War der Artikel nützlich?',
    'Fanden Sie diesen Beitrag hilfreich?',
    'Möchten Sie den Artikel teilen?',
    'Was this post useful?',
    'Cet article vous a-t-il été utile ?',
    'Gefällt Ihnen dieser Artikel?',
    'Did you enjoy this article?',
    '¿Le ha gustado este artículo?',
    'Story Saved',
    'You can find this story in My Bookmarks.Or by navigating to the user icon in the top right.',
  ])('a feedback prompt or a bookmark confirmation "%s" under the article', (line) => {
    const html = withLine(
      'de',
      'Tote Hummeln unter Linden',
      [
        'Unter blühenden Linden finden Spaziergänger im Sommer oft tote Hummeln, manchmal Hunderte unter einem einzigen Baum, und fragen sich nach dem Grund.',
        'Lange galt der Nektar der Silberlinde als giftig, doch neuere Studien zeigen, dass die Tiere schlicht verhungern, weil das Angebot zu knapp ist.',
      ],
      line,
    );
    expect(parseArticle(html, { format: 'html' }).text).not.toContain(line);
  });
});

describe('an embedded post closing the article', () => {
  const page = (
    cls: string,
  ) => `<!doctype html><html lang="en"><head><title>Florida man exists</title></head><body>
<article><h1>Florida man exists</h1><div class="entry-content">
<p>Florida man exists, and so, it seems, does his cousin in South Dakota, where a traffic stop on Monday ended with an arrest.</p>
<p>The driver told deputies the bag on the passenger seat was not his, a statement the sheriff’s office shared with some amusement.</p>
<p>The internet did the rest, as it tends to do with such stories. One reader summed it up:</p>
<blockquote class="${cls}"><p>we’re. on. it. <a href="https://t.co/HO1ZRs9T1P">https://t.co/HO1ZRs9T1P</a></p>— Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1">November 18, 2019</a></blockquote>
</div></article></body></html>`;
  test('its text, however linked, and its signature line are the article’s', () => {
    const a = parseArticle(page('twitter-tweet'), { format: 'html' });
    expect(a.text).toContain('we’re. on. it.');
    expect(a.text).toContain('— Jane Roe (@janeroe) November 18, 2019');
  });
  test.each(['aside-note', 'wp-embedded-content'])(
    'control: the same lines in a box of class "%s" (no social post) are link lines and a tail',
    (cls) => {
      const a = parseArticle(page(cls), { format: 'html' });
      expect(a.text).not.toContain('we’re. on. it.');
    },
  );
});
