/**
 * Crawler text of ordinary news pages (issue 10): the body found by evidence
 * (menus, related boxes, comments and footers left out), hard-wrapped text
 * joined, the headline above the body, listings by address, sniffing from
 * structure, and glued pages flagged. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { readMoreSuffix } from '../src/article/recognisers/read-more.js';
import { datedExcerpt, proseWeight } from '../src/article/text/body-region.js';
import { dropLinkNumbers } from '../src/article/text/link-numbers.js';
import { parseArticle, parseTicker, foldLineBreaks as publicFold } from '../src/index.js';
import { sniffFormat } from '../src/input/sniff.js';
import { foldLineBreaks } from '../src/input/wrapped.js';
import { checkArticle } from './helpers/checks.js';
import { FOOTER, PARAGRAPHS, wrap } from './helpers/port-page.js';

const MENU = [
  'Home',
  'World',
  'Business',
  'Technology',
  'Sport',
  'Culture',
  'Opinion',
  'Sign in',
  'Subscribe',
];

const COMMENTS = [
  '3 Comments',
  'karim_b says:',
  '2 days ago at 07:47 am',
  'This is good news for the region but the trucks are still waiting for hours at the entrance, nobody seems to care about the drivers who sleep in their cabins.',
  'Reply',
  'sofia.m says:',
  '1 day ago at 10:02 pm',
  'I work at the port and I can tell you that the new cranes will not change anything if the booking system keeps failing every other morning as it did all summer.',
  'Reply',
];

function page(lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** A page: menu, `title`, the paragraphs, then `after` (what closes the article), the footer. */
function closedBy(title: string, after: string[]): string {
  return page([...MENU, title, ...PARAGRAPHS, ...after, ...FOOTER]);
}

/** A page whose lead is followed by `line`, then the rest of the article. */
function underLead(line: string): string {
  return page([
    'Port traffic up nine percent',
    '',
    PARAGRAPHS[0] ?? '',
    '',
    line,
    '',
    ...PARAGRAPHS.slice(1),
  ]);
}

/** The body's paragraph texts parseArticle reads in `text`. */
function bodyOf(text: string): string[] {
  return parseArticle(text).paragraphs.map((p) => p.text);
}

/** A page whose header lines stand between the menu and the paragraphs, a footer closing it. */
function pageWith(header: string[]): string {
  return page([...MENU, ...header, ...PARAGRAPHS, ...FOOTER]);
}

/** An address on the example site under `/ports/`. */
function portsUrl(slug: string): { url: string } {
  return { url: `https://news.example.com/ports/${slug}` };
}

describe('parseArticle on crawler text of a news page', () => {
  const related = [
    'Related',
    'Casablanca opens its second tramway line',
    'Rail traffic doubles on the high-speed line',
  ];
  const input = page([
    ...MENU,
    'Port traffic in Tangier up nine percent in first half',
    'By Amina Saidi',
    'Photo: Harbour cranes at dawn (Reuters)',
    ...(PARAGRAPHS.slice(0, 2) as string[]),
    ...related,
    ...(PARAGRAPHS.slice(2) as string[]),
    'Share on Facebook',
    'Share on Twitter',
    ...COMMENTS,
    ...FOOTER,
  ]);
  const a = parseArticle(input, {
    url: 'https://news.example.com/economy/port-traffic-tangier-up',
  });

  test('keeps the article paragraphs, across a related box inside the body', () => {
    expect(a.kind).toBe('article');
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
  test('leaves menus, captions, share buttons, comments and the footer out', () => {
    for (const line of [...MENU, ...COMMENTS, ...FOOTER, 'Photo: Harbour cranes at dawn (Reuters)'])
      expect(a.text).not.toContain(line);
  });
  test('finds the headline above the body, not a menu entry', () => {
    expect(a.title).toBe('Port traffic in Tangier up nine percent in first half');
    expect(a.authors).toEqual(['Amina Saidi']);
  });
  test('every span slices back to its field', () => {
    checkArticle(input, a);
  });
  test('the headline, not the deck printed under it', () => {
    const text = page([
      ...MENU,
      'Sunday, Feb 1, 2015 11:57 AM UTC',
      'Tangier port traffic up nine percent',
      'New shipping lines to West Africa and a reopened terminal drove the rise in the first half of the year',
      'Amina Saidi',
      '* Share',
      '* 0',
      'Topics: ports, shipping, Tangier',
      ...PARAGRAPHS,
    ]);
    expect(parseArticle(text).title).toBe('Tangier port traffic up nine percent');
  });
  test.each(['From: Harbour Weekly', 'Credit Amina Saidi for Harbour Weekly'])(
    'a provenance or credit line (`%s`) under the headline is not the headline',
    (line) => {
      const text = page([...MENU, 'Tangier port traffic up nine percent', line, ...PARAGRAPHS]);
      expect(parseArticle(text).title).toBe('Tangier port traffic up nine percent');
    },
  );
  test("a share menu's label glued before the headline is cut off the title and its span", () => {
    const text = page([
      ...MENU,
      'Share All sharing options for: Port traffic up nine percent',
      ...PARAGRAPHS,
    ]);
    const a = parseArticle(text);
    expect(a.title).toBe('Port traffic up nine percent');
    const span = a.spans.title;
    expect(span && text.slice(span.start, span.end)).toBe('Port traffic up nine percent');
  });
  test.each(['Tangier Herald Tangier Herald', 'The Harbour MapThe Harbour Map'])(
    'a line printed twice in a row (%s: a logo, an image and its alt) is not the headline',
    (twice) => {
      const text = page([...MENU, 'Port traffic up nine percent', twice, ...PARAGRAPHS]);
      expect(parseArticle(text).title).toBe('Port traffic up nine percent');
    },
  );
  test('a headline may start with From', () => {
    const text = page([...MENU, 'From Tangier to Dakar by container ship', ...PARAGRAPHS]);
    expect(parseArticle(text).title).toBe('From Tangier to Dakar by container ship');
  });
  test('an entry of the table of contents above the body is not the headline', () => {
    const text = page([
      ...MENU,
      'Port traffic up nine percent',
      'Contents',
      '1. 1.The figures',
      '2. 2.What the carriers say',
      '3. 3.What comes next for the port',
      ...PARAGRAPHS,
    ]);
    expect(parseArticle(text).title).toBe('Port traffic up nine percent');
  });
  test('comments longer than the article do not take the body', () => {
    const long = page([
      'A short notice',
      'The town council met on Monday and approved the budget for the coming year after a short debate.',
      'The mayor said the new library would open in the spring.',
      '12 Comments',
      ...Array.from({ length: 6 }, (_, k) => [
        `reader${k} says:`,
        `This is a long comment number ${k} by a reader who has a lot to say about the library, the budget, the council and the way the town has been run for the last twenty years, and it goes on.`,
        'Reply',
      ]).flat(),
    ]);
    const b = parseArticle(long);
    expect(b.text).toContain('approved the budget');
    expect(b.text).not.toContain('reader');
  });
  test('a thread four times as long as the article does not take the body', () => {
    const long = page([
      'Port traffic up nine percent',
      ...PARAGRAPHS,
      '18 Comments',
      ...Array.from({ length: 18 }, (_, k) => [
        `Reader ${k} · March 10, 2017 at 12:20 AM`,
        `This is a long comment number ${k} by a reader who has a lot to say about the port, the cranes, the trucks and the way the harbour has been run for the last twenty years, and it goes on.`,
      ]).flat(),
    ]);
    expect(bodyOf(long)).toEqual(PARAGRAPHS);
  });
  test('teasers under a "More stories" heading, each a headline over one full sentence, do not take a paywalled body', () => {
    const lead = PARAGRAPHS.slice(0, 2);
    const teasers = [
      'Rail link to the industrial zone opens after three years',
      'The line will carry containers from the port to the factories of the free zone, cutting the number of trucks on the coast road by a third, the operator said.',
      'Fishermen protest new sardine quotas',
      'Hundreds of boats stayed in harbour on Friday as fishermen protested against the quotas set for the season, which they say will ruin the smaller crews.',
      'A new ferry line to Algeciras',
      'The company will run four crossings a day from the spring, with a larger ship able to carry two hundred cars and forty trucks on each of its trips.',
      'Customs strike ends after a week',
      'Customs officers went back to work on Monday after the ministry agreed to review their allowances, ending a strike that had left hundreds of trucks waiting.',
      'Tourism figures beat forecasts',
      'Hotels in the north counted more nights in the summer than in any year before, helped by the new flights from Europe and a festival season that ran into October.',
      'Water cuts in three districts',
      'The utility will cut water for twelve hours on Thursday in three districts of the old town while it replaces a main that burst twice during the winter.',
    ];
    // Blank lines part every block, as Chromium and w3m print a page's paragraphs and headings.
    // A paywall's offer stands between the lead and the box, as on subscription sites.
    const paywall = [
      'Already a subscriber? Sign in',
      'Read this article now!',
      'Exclusive benefits:',
      'One premium article a month',
      'Our newsletter',
      'Digital basic',
      '3 € a month',
      'for the first 3 months',
      'Read on now',
      'cancel any time after 3 months',
      'Register',
      'free of charge',
      'E-mail:*',
      'Password:*',
      'Forgot your password?',
    ];
    const text = [
      ...MENU,
      'Port traffic up nine percent',
      ...lead,
      ...paywall,
      'More stories',
      ...teasers,
      ...FOOTER,
    ].join('\n\n');
    expect(bodyOf(text)).toEqual(lead);
  });
  test("a news agency's caption above the body, however long, is not the article's", () => {
    const caption =
      'In this Dec. 12, 2006, file photo, made available by the port authority, a crane operator lifts a container onto a ship at the east quay of Tangier Med, where two more cranes are due to enter service in the autumn, officials said.';
    const text = page([...MENU, 'Port traffic up nine percent', caption, ...PARAGRAPHS, ...FOOTER]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
  test("the site's appeals closing the body (newsletter, support) are not the article's", () => {
    const text = closedBy('Port traffic up nine percent', [
      'Wenn du per E-Mail über Aktuelles aus dem Hafen informiert werden möchtest, melde dich für unseren Newsletter an.',
      'If you value our reporting on the port and the region, please consider supporting our journalism with a monthly gift.',
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
  test('a closing sentence about signing up for something stays in the body', () => {
    const last =
      'Residents can sign up for the new ferry line on the port authority’s website until Friday.';
    const text = closedBy('Port traffic up nine percent', [last]);
    expect(bodyOf(text)).toEqual([...PARAGRAPHS, last]);
  });
  test("an author's biography ends the body, with the author's other stories under it", () => {
    const text = closedBy('Port traffic up nine percent', [
      'Amina Saidi is a Staff Writer at the Tangier Herald covering the port, transport and trade. She was formerly a reporter at a business weekly in Casablanca.',
      'Rail link to the industrial zone opens after three years of delays',
      'The line will carry containers from the port to the factories of the free zone, cutting the trucks on the coast road by a third, the operator said on Monday.',
      'Fishermen protest new quotas',
      'Hundreds of boats stayed in harbour on Friday as fishermen protested against the quotas set for the sardine season, which they say will ruin the smaller crews.',
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
  test.each([
    'Über den Autor',
    'Autoreninfo',
    'About the author',
    "À propos de l'auteur",
    'Sobre el autor',
  ])(
    "under an author heading (%s), the author's biography ends the body even without a newsroom trade",
    (heading) => {
      const text = closedBy('Port traffic up nine percent', [
        heading,
        'Amina Saidi',
        'Amina Saidi studierte Internationale Beziehungen in Dresden und Boston und leitet seit 2019 das Ressort Wirtschaft, nach langen Jahren im Ausland.',
        'Nach ihrer Rückkehr aus Indonesien und der Türkei arbeitete sie zunächst für eine Stiftung, bevor sie zur Zeitung kam.',
      ]);
      expect(bodyOf(text)).toEqual(PARAGRAPHS);
    },
  );
  test('control: an author heading in the first half of the body does not cut it (a box beside the text)', () => {
    const more = [
      'A spokesman for the authority said the figures for the third quarter would be published in October, together with the first results of the new booking system and a plan for the rail link.',
      'The carriers said they would judge the authority on the waiting times at the gates over the winter, and that they expected the booking system to be fixed before the new terminal opens to the largest ships.',
    ];
    const text = page([
      ...MENU,
      'Port traffic up nine percent',
      ...PARAGRAPHS.slice(0, 2),
      'About the author',
      ...PARAGRAPHS.slice(2),
      ...more,
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual([...PARAGRAPHS, ...more]);
  });
  test("text after the footer's rights notice (a hidden dialog) does not take the body", () => {
    const dialog = [
      'About the programme',
      'The training programme gives officer cadets a year of basic military instruction, with field exercises, leadership classes and academic courses taught by visiting lecturers from the partner academies abroad.',
      'The academy stands in the hills above the capital, on the site of a garrison founded in the nineteenth century, and its buildings were restored in the nineteen-sixties when the regiment took them over from the departing army.',
      'Cadets live on site for the whole year and return home only for two short breaks, one at Christmas and one in the summer, when the academy hosts a public open day for families and visitors.',
      'The programme has trained more than four hundred officers from eleven countries of the region since it began, and several of them now command units of their own national forces.',
      'Close',
    ];
    const text = page([
      ...MENU,
      'Port traffic up nine percent',
      ...PARAGRAPHS,
      'Contact',
      'Copyright 2025 Example Media. All Rights Reserved. Read our Privacy Policy.',
      ...dialog,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
  test.each(['-'.repeat(1000), '_'.repeat(300), '[                    ] '.repeat(12)])(
    'a rule or a row of empty fields weighs against the body however long it is',
    (line) => {
      expect(proseWeight(line)).toBeLessThan(0);
    },
  );
  test.each([
    'There are 6 comments',
    'Il y a 6 commentaires',
    'Leave a Reply Cancel reply',
    'Schreibe einen Kommentar Antworten abbrechen',
    '6 thoughts on “Port traffic up nine percent”',
    'Kommentare Schreibe einen Kommentar',
    '6 Comments. Leave new',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Bitte geben Sie Ihren Kommentar ein!',
    "S'il vous plaît entrer votre commentaire!",
  ])('a thread opened by `%s` (commenters not marked) does not take the body', (heading) => {
    const long = page([
      'Port traffic up nine percent',
      ...PARAGRAPHS,
      heading,
      ...Array.from({ length: 6 }, (_, k) => [
        `Reader ${k} · March 10, 2017 at 12:20 AM`,
        `This is a long comment number ${k} by a reader who has a lot to say about the port, the cranes, the trucks and the way the harbour has been run for the last twenty years, and it goes on.`,
      ]).flat(),
    ]);
    expect(bodyOf(long)).toEqual(PARAGRAPHS);
  });
});

describe('a list or code block one blank line under the sentence that introduces it', () => {
  test('the lines under `…In short:` and a blank line stay in the body', () => {
    const intro = 'As usual, the answer was already online, and it was a short one. In short:';
    const code = ['# .tmux.conf', 'set-option -g mouse on', 'set-option -s set-clipboard off'];
    const text = closedBy('Copy and paste in tmux', [intro, '', ...code, '']);
    expect(bodyOf(text)).toEqual([...PARAGRAPHS, intro, ...code]);
  });
  test('control: two blank lines set the lines apart from the sentence', () => {
    const intro = 'As usual, the answer was already online, and it was a short one. In short:';
    const code = ['# .tmux.conf', 'set-option -g mouse on', 'set-option -s set-clipboard off'];
    const text = closedBy('Copy and paste in tmux', [intro, '', '', ...code, '']);
    expect(bodyOf(text)).toEqual([...PARAGRAPHS, intro]);
  });
});

describe('a teaser cut short above the headline', () => {
  test("is not the article's first text: the headline under it is the title, and neither is body", () => {
    const teaser = `${PARAGRAPHS[0]?.slice(0, 140) ?? ''}…`;
    const text = page([
      ...MENU,
      teaser,
      '',
      'Port traffic up nine percent in the first half',
      'By Amina Saidi',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      ...FOOTER,
    ]);
    const a = parseArticle(text);
    expect(a.title).toBe('Port traffic up nine percent in the first half');
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    checkArticle(text, a);
  });
});

describe('the article printed twice: as paragraphs, then as a hidden copy in long cut lines', () => {
  // w3m and lynx print a page's hidden metadata block: the headline, the author, ISO stamps, an image
  // address, then the whole text again in lines cut at a fixed width, with no paragraph breaks.
  const summary =
    'Container traffic at the port of Tangier rose by nine percent in the first half. New lines to West Africa and a reopened terminal drove the growth, and more cranes arrive in the autumn.';
  const all = [summary, ...PARAGRAPHS].join(' ');
  const copy: string[] = [];
  for (let i = 0; i < all.length; i += 300) copy.push(all.slice(i, i + 300));
  const text = page([
    ...MENU,
    'Port traffic up nine percent in the first half',
    'By Amina Saidi',
    'April 16, 2025',
    '',
    '1. The figures',
    '',
    ...PARAGRAPHS.slice(0, 2).flatMap((p) => [p, '']),
    '2. The carriers',
    '',
    ...PARAGRAPHS.slice(2).flatMap((p) => [p, '']),
    'Related coverage from our port desk:',
    '* Cranes arrive at the east quay',
    '',
    'Port traffic up nine percent in the first half',
    'Amina Saidi',
    '2025-04-16T09:12:00+01:00',
    'https://static.example.com/images/port-500-250.jpg',
    ...copy,
    '',
    ...FOOTER,
  ]);
  test('the paragraphs are the body, once; the copy is not', () => {
    const body = bodyOf(text);
    expect(body.filter((p) => !p.endsWith('The figures') && !p.endsWith('The carriers'))).toEqual(
      PARAGRAPHS,
    );
  });
});

describe("an image's text printed twice in a row inside the body (w3m and lynx print its alt and title)", () => {
  const text = (glue: string) =>
    page([
      ...MENU,
      'Port traffic up nine percent in the first half',
      '',
      PARAGRAPHS[0] ?? '',
      '',
      `Cranes at the east quay${glue}Cranes at the east quay`,
      '',
      PARAGRAPHS[1] ?? '',
      '',
      `Trucks waiting at the gate of the port at dawn${glue}Trucks waiting at the gate of the port at dawn`,
      '',
      ...PARAGRAPHS.slice(2).flatMap((p) => [p, '']),
      ...FOOTER,
    ]);
  test.each([
    ['glued (w3m)', ''],
    ['a space between (lynx)', ' '],
  ])('%s: not a paragraph', (_, glue) => {
    expect(bodyOf(text(glue))).toEqual(PARAGRAPHS);
  });
  test('guard: a line that says two different things is kept', () => {
    const quay = 'Cranes at the east quay, trucks at the west gate';
    const body = bodyOf(underLead(quay));
    expect(body).toContain(quay);
  });
});

describe('list items printed behind a bullet', () => {
  const items = [
    'The authority will publish a report on waiting times.',
    'Carriers will meet the authority in September.',
  ];
  const text = (bullet: string) =>
    page([
      ...MENU,
      'Port traffic up nine percent in the first half',
      '',
      ...PARAGRAPHS.slice(0, 2).flatMap((p) => [p, '']),
      'What comes next:',
      ...items.map((i) => `  ${bullet} ${i}`),
      '',
      ...PARAGRAPHS.slice(2).flatMap((p) => [p, '']),
      ...FOOTER,
    ]);
  test.each(['*', '+', '•'])(
    '`%s item`: a list item, its text and span after the bullet',
    (bullet) => {
      const dump = text(bullet);
      const listed = parseArticle(dump).paragraphs.filter((p) => p.kind === 'list-item');
      expect(listed.map((p) => p.text)).toEqual(items);
      for (const p of listed) expect(dump.slice(p.start, p.end)).toBe(p.text);
    },
  );
  test('guard: a dialogue line opening with a dash stays a paragraph, dash and all', () => {
    const said = '- We will not wait another winter, said a driver at the gate.';
    const a = parseArticle(underLead(said));
    expect(a.paragraphs.find((p) => p.text === said)?.kind).toBe('paragraph');
  });
});

describe('a frame and a labelled related link between the paragraphs', () => {
  test.each([
    ["lynx's frame mark", 'IFRAME: https://www.youtube.com/embed/TdCh3k1-wW4'],
    ['an empty frame', 'IFRAME:'],
  ])('%s is no paragraph', (_, line) => {
    const body = bodyOf(underLead(line));
    expect(body).toEqual(PARAGRAPHS);
  });
  test.each(['Related post', 'Related article', 'Related story'])(
    '`%s: <title>` is a related link, not a paragraph',
    (label) => {
      const a = parseArticle(
        page([
          'Port traffic up nine percent',
          '',
          PARAGRAPHS[0] ?? '',
          '',
          `${label}: Cranes arrive at the east quay`,
          '',
          ...PARAGRAPHS.slice(1),
        ]),
      );
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
      expect(a.related.map((r) => r.title)).toEqual(['Cranes arrive at the east quay']);
    },
  );
  test('guard: a heading `Related articles` over teasers is no link titled `s`', () => {
    const a = parseArticle(
      page([
        'Port traffic up nine percent',
        '',
        ...PARAGRAPHS,
        '',
        'Related articles',
        'Cranes arrive at the east quay',
        'New gate opens at the port',
      ]),
    );
    expect(a.related.map((r) => r.title)).not.toContain('s');
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe('a share bar printed as one line (w3m)', () => {
  test.each([
    'Facebook Twitter WhatsApp Copier le lien',
    'Share: Facebook X LinkedIn Email',
    'Partager sur Facebook Partager sur Twitter',
  ])('`%s` is no paragraph', (bar) => {
    // Under the lead, before the rest of the article.
    const body = bodyOf(underLead(bar));
    expect(body).toEqual(PARAGRAPHS);
  });
  test('guard: a sentence naming the networks stays', () => {
    const said = 'Facebook and Twitter removed the accounts on Tuesday.';
    const body = bodyOf(underLead(said));
    expect(body).toContain(said);
  });
});

describe("short lines between the body's last paragraphs", () => {
  test("an interview's questions, each over its answer, all stay (answers shorter than a full paragraph)", () => {
    const qa = [
      'Why build a new terminal now?',
      'Because the ships are getting bigger and our customers want to come to us. We have no room left on the east quay.',
      'How much will it cost?',
      'About two billion dirhams, half of it paid by our partners in the private sector.',
      'When will it open?',
      'The first berth in 2026, the rest two years later if the works go to plan.',
    ];
    const text = page([
      ...MENU,
      'We will double the port capacity by 2030',
      'By Amina Saidi',
      'March 3, 2024',
      '',
      ...PARAGRAPHS.slice(0, 1),
      '',
      ...qa.flatMap((l) => [l, '']),
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual([PARAGRAPHS[0], ...qa]);
  });
  test("a live blog's times of day, each over its entry, all stay", () => {
    const live = [
      '14:32',
      'The port of Tangier has closed to all traffic until further notice, the port authority said.',
      '13:58',
      'Heavy rain is falling on Tetouan, where several streets in the old town are flooded.',
      '12:40',
      'Ferries between Tangier and Tarifa have been cancelled for the rest of the day, the operators said.',
    ];
    const text = page([
      ...MENU,
      'Live: storm hits the north coast',
      'By Amina Saidi',
      'March 3, 2024',
      '',
      ...PARAGRAPHS.slice(0, 1),
      '',
      ...live.flatMap((l) => [l, '']),
      ...FOOTER,
    ]);
    expect(bodyOf(text).filter((p) => !/^\d/.test(p))).toEqual([
      PARAGRAPHS[0],
      ...live.filter((l) => !/^\d/.test(l)),
    ]);
  });
  test('control: a short line after the last paragraph, nothing after it, leaves', () => {
    const text = closedBy('Port traffic up nine percent', ['What do you think?']);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
});

describe("bylines: Italian `di`, an interview's label, a lynx link number before the name", () => {
  test.each([
    ['di Marco Rossi', ['Marco Rossi']],
    ['Interview by Amina Saidi', ['Amina Saidi']],
    ['By [6]Amina Saidi', ['Amina Saidi']],
    ['Von [12]Anna Berg', ['Anna Berg']],
  ])('`%s` under the headline', (line, authors) => {
    const text = page([
      ...MENU,
      'Port traffic up nine percent in the first half',
      line,
      'March 3, 2024',
      '',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    const a = parseArticle(text);
    expect(a.title).toBe('Port traffic up nine percent in the first half');
    expect(a.authors).toEqual(authors);
    checkArticle(text, a);
  });
  test('a label before a desk with no person named (`Por Redacción`) is no author named `Por Redacción`', () => {
    const text = page([
      ...MENU,
      'Port traffic up nine percent in the first half',
      'Por Redacción',
      'March 3, 2024',
      '',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    expect(parseArticle(text).authors).not.toContain('Por Redacción');
  });
  test('guard: a headline opening with `Di` and a surname (`Di Maio incontra …`) is no byline', () => {
    const headline = 'Di Maio incontra il ministro del porto';
    const a = parseArticle(
      page([...MENU, headline, 'March 3, 2024', '', ...PARAGRAPHS, ...FOOTER]),
    );
    expect(a.authors).toEqual([]);
    expect(a.title).toBe(headline);
  });
});

describe("a list's numbers on lines of their own", () => {
  test('step numbers printed alone on their lines (`5.`) are no interface text: the short steps after the last long one stay', () => {
    const steps = [
      'Em uma vasilha grande coloque os ingredientes secos peneirados e misture bem.',
      'Misture rapidamente e junte o ovo e a manteiga em temperatura ambiente, sem parar de mexer.',
      'Mexa com uma colher bem firme ou com a ponta dos dedos até obter uma massinha homogênea que desgrude das mãos, e deixe descansar por alguns minutos na geladeira antes de continuar.',
      'Quando os biscoitos já estiverem frios, derreta o chocolate em banho-maria.',
      'Molhe apenas metade do biscoito para um acabamento mais bonito.',
      'Deixe secar em uma folha de papel manteiga até o chocolate endurecer.',
    ];
    const text = page([
      ...MENU,
      'Biscoitos de chocolate da vovó',
      'Como fazer',
      ...steps.flatMap((step, k) => [`${k + 1}.`, step]),
      '',
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(steps);
  });
});

describe('a header the body region took in', () => {
  /** The deck, a caption and a dated byline under a headline. */
  const UNDER_HEADLINE = [
    'The new terminal was built for the summer trade, and the gales of January showed how much of its traffic still depends on a single access road.',
    'A crane operator at work this month on the east quay. The storm closed the port for two days.',
    'By Amina Saidi',
    'Feb. 21, 2019',
  ];

  test('a headline ending with a stop, over a deck, a caption and a labelled byline: title and author, not body', () => {
    const text = page([
      ...MENU,
      'Supported by',
      'Cranes and Container Queues: How the Winter Storms Slowed the Port of Tangier Med.',
      'The new terminal was built for the summer trade, and the gales of January showed how much of its traffic still depends on a single access road.',
      'Image',
      'A crane operator at work this month on the east quay. The storm closed the port for two days.',
      'By Amina Saidi',
      'Feb. 21, 2019',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    const a = parseArticle(text);
    expect(a.title).toBe(
      'Cranes and Container Queues: How the Winter Storms Slowed the Port of Tangier Med.',
    );
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(PARAGRAPHS));
    expect(a.text).not.toContain('By Amina Saidi');
    checkArticle(text, a);
  });

  test.each([[[]], [['Share this article']]])(
    'short lines above that headline (a notice, a share button %j) leave the body with it',
    (extra) => {
      const headline = 'Cranes and Container Queues: How the Winter Storms Slowed Tangier Med';
      const notice = 'Supported by our readers. Thank you for switching the ad blocker off.';
      const text = pageWith([notice, ...extra, headline, ...UNDER_HEADLINE]);
      const a = parseArticle(text);
      expect(a.title).toBe(headline);
      expect(a.authors).toEqual(['Amina Saidi']);
      expect(a.text).not.toContain(notice);
      expect(a.text).not.toContain('Share this article');
      expect(a.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(PARAGRAPHS));
      checkArticle(text, a);
    },
  );

  /** A teaser of prose length over the byline the body's run took in, no sentence end (cut by the site). */
  const TEASER =
    'Container traffic at the strait’s largest port rose by nine percent in the first half of the year as new lines to West Africa opened and a terminal came back';

  test('a headline found above the body stays the title: a paragraph over the byline inside the body does not replace it', () => {
    const headline = 'Port traffic at Tangier up nine percent';
    const text = page([
      ...MENU,
      headline,
      'March 12, 2024',
      'Ports',
      TEASER,
      'By Amina Saidi',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    const a = parseArticle(text);
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('a line of prose length (over 150 characters) over the byline is no headline', () => {
    const a = parseArticle(
      page([...MENU, 'Supported by', TEASER, 'By Amina Saidi', ...PARAGRAPHS, ...FOOTER]),
    );
    expect(a.title).not.toBe(TEASER);
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('control: prose above the headline is no header junk; the body keeps it', () => {
    const lead = PARAGRAPHS[0] ?? '';
    const text = page([
      ...MENU,
      lead,
      'Cranes and Container Queues: How the Winter Storms Slowed Tangier Med',
      'The new terminal was built for the summer trade, and the gales of January showed how much of its traffic still depends on a single access road.',
      'By Amina Saidi',
      ...PARAGRAPHS.slice(1),
      ...FOOTER,
    ]);
    expect(parseArticle(text).text).toContain(lead);
  });
});

describe('bylines on web pages, taken out of the body into authors', () => {
  /** A box inside the article (a code sample), longer than a gap, and the article's rest, heavier than its lead. */
  const BOX = Array.from({ length: 14 }, (_, i) => `  "crane-${i}": { "id": ${i} },`);
  const REST = [
    ...PARAGRAPHS.slice(2),
    'A spokesman for the authority said the figures for the third quarter would be published in October, together with the first results of the new booking system and a plan for the rail link.',
    'The carriers said they would judge the authority on the waiting times at the gates over the winter, and that they expected the booking system to be fixed before the new terminal opens to the largest ships.',
  ];
  test.each([
    ['Texte : Amina Saidi', 'Amina Saidi'],
    ['Text: Amina Saidi', 'Amina Saidi'],
    ['Autor: Amina Saidi', 'Amina Saidi'],
    ['Текст: Амина Саиди · 18 марта 2024', 'Амина Саиди'],
    ['VON AMINA SAIDI am 18. März 2024', 'AMINA SAIDI'],
    ['von Amina Saidi', 'Amina Saidi'],
    ['Veröffentlicht von Amina Saidi', 'Amina Saidi'],
    ['geschrieben von Amina Saidi', 'Amina Saidi'],
    ['Por Amina Saidi Bennani', 'Amina Saidi Bennani'],
    ['Von Amina Saidi und Karim Alaoui', ['Amina Saidi', 'Karim Alaoui']],
    // A name with its date after a comma, or after a column's gap of (no-break) spaces.
    ['Amina Saidi, 21 January 2015', 'Amina Saidi'],
    ['Amina Saidi\u00a0\u00a0 \u00a0Monday, February 29, 2016 @ 11:10 PM UTC', 'Amina Saidi'],
  ])('a byline labelled in another language (%s) names the author', (line, name) => {
    const text = page([...MENU, 'Port traffic up nine percent', line, ...PARAGRAPHS, ...FOOTER]);
    const a = parseArticle(text);
    expect(a.authors).toEqual(typeof name === 'string' ? [name] : name);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
  test("a slash ends the byline's name: the date after it is the publication's, not the update's", () => {
    const a = parseArticle(
      pageWith([
        'Port traffic at Tangier up nine percent',
        'By Amina Saidi/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST',
      ]),
    );
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt).toBe('2020-06-12T09:49');
  });
  test.each(['vor einer Stunde', 'an hour ago', 'il y a une heure'])(
    'a name over a relative time in words (%s) is the author',
    (when) => {
      const a = parseArticle(
        pageWith(['Port traffic at Tangier up nine percent', 'Amina Saidi', when]),
      );
      expect(a.authors).toEqual(['Amina Saidi']);
    },
  );
  test('a name over a time of day, between the headline and the body, is the author', () => {
    const text = pageWith(['Port traffic at Tangier up nine percent', 'Amina Saidi', '1:39 PM ET']);
    expect(parseArticle(text).authors).toEqual(['Amina Saidi']);
  });
  test("a labelled byline with the author's bio in apposition names the author and leaves the body", () => {
    const byline =
      'By Amina Saidi, a senior correspondent and author of the Ports newsletter. She has covered shipping for a decade at several outlets.';
    const text = pageWith([
      'Port traffic at Tangier up nine percent',
      'The new terminal was built for the summer trade, and the gales of January showed how much of its traffic still depends on a single access road.',
      byline,
    ]);
    const a = parseArticle(text);
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.text).not.toContain('senior correspondent');
  });
  test('control: a sentence opening with By and a date or a phrase is no byline', () => {
    for (const sentence of [
      'By March, the port had grown by nine percent and the authority said the new cranes would arrive before the summer season.',
      'By Ramadan standards, the traffic was light, and the authority said the new cranes would arrive before the summer season.',
    ]) {
      const text = page([
        ...MENU,
        'Port traffic at Tangier up nine percent',
        sentence,
        ...PARAGRAPHS,
        ...FOOTER,
      ]);
      expect(parseArticle(text).authors).toEqual([]);
    }
  });
  test.each([
    [['Published Monday, November 18, 2019 8:22AM EST']],
    [['Im Wortlaut', '18 November 2019']],
    [['Zum Video', '18 November 2019']],
  ])('a stamp or a phrase shaped like a name over a date (%j) is no author', (header) => {
    const a = parseArticle(pageWith(['Port traffic at Tangier up nine percent', ...header]));
    expect(a.authors).toEqual([]);
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-18');
  });
  test('a name and its desk after a comma, between the headline and the body, is the author', () => {
    const a = parseArticle(
      pageWith(['Port traffic at Tangier up nine percent', 'Amina Saidi, Maghreb Ports Insight']),
    );
    expect(a.authors).toEqual(['Amina Saidi']);
  });
  test('control: a place and its country after a comma is no author', () => {
    const a = parseArticle(
      pageWith(['Port traffic at Tangier up nine percent', 'New York, United States']),
    );
    expect(a.authors).toEqual([]);
  });
  test('control: a dateline place before a comma and a date is no author', () => {
    const text = pageWith(['Port traffic up nine percent', 'New York, 21 January 2015']);
    expect(parseArticle(text).authors).toEqual([]);
  });
  test.each([
    'Von Berlin nach Tanger mit dem Schiff',
    'Von der Leyen besucht den Hafen von Tanger',
    'Por qué el puerto de Tánger crece tan rápido',
  ])('a headline opening with `Von` or `Por` (%s) is no byline', (headline) => {
    const a = parseArticle(page([...MENU, headline, ...PARAGRAPHS, ...FOOTER]));
    expect(a.authors).toEqual([]);
    expect(a.title).toBe(headline);
  });
  test('a section name under a labelled byline is no second author', () => {
    const text = pageWith([
      'Port traffic up nine percent',
      'By Amina Saidi March 18 at 12:22 PM',
      'Middle East',
    ]);
    expect(parseArticle(text).authors).toEqual(['Amina Saidi']);
  });
  test('a name with its date on one line, under a section label, headline and standfirst, anchors the header: title, author, date, and the lead above a box inside the article', () => {
    const text = page([
      ...MENU,
      'Grid',
      'List',
      'Site theme',
      'Black on white',
      'White on black',
      'Sign in',
      'Comment activity',
      'Sign up or login to join the discussions!',
      'Stay logged in | Having trouble?',
      'Economy —',
      'Tangier port traffic rises by nine percent in the first half',
      'New shipping lines to West Africa drive the growth.',
      '',
      'Amina Saidi - Apr 16, 2025 8:02 pm UTC',
      '',
      'Amina',
      'reader comments',
      '75 with 51 posters participating',
      'Share this story',
      'Share on Facebook',
      'Share on Twitter',
      'Share on Reddit',
      '',
      PARAGRAPHS[0] ?? '',
      '',
      PARAGRAPHS[1] ?? '',
      '',
      ...BOX,
      '',
      ...REST.flatMap((p) => [p, '']),
      ...FOOTER,
    ]);
    const a = parseArticle(text);
    expect(a.title).toBe('Tangier port traffic rises by nine percent in the first half');
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-04-16');
    expect(a.paragraphs.map((p) => p.text)).toEqual([PARAGRAPHS[0], PARAGRAPHS[1], ...REST]);
    checkArticle(text, a);
  });
  test('below the first screenful (two long promotions above), the headline over a byline is the title, not the desk line under it', () => {
    const text = page([
      ...MENU,
      'We use cookies and similar technologies to improve your experience, to show you personalised content and to analyse our traffic, as described in our policy.',
      'Sign up for a free account to save the articles you like, follow the topics that matter to you and receive our newsletter with the best stories of the week.',
      ...[
        'Health A-Z',
        'Drugs & Supplements',
        'Living Healthy',
        'Family & Pregnancy',
        'News & Experts',
        'Allergies',
        'Asthma',
        'Cancer',
        'Diabetes',
        'Eye Health',
        'Heart Disease',
        'Sleep Disorders',
        'Find a Doctor',
        'Font Size',
        'A',
        'A',
        'A',
      ],
      'Babies who eat peanuts early may avoid the allergy',
      'By Amina Saidi, MA',
      'Port Health News',
      'Reviewed by Karima Bennani-Alaoui, MD',
      '',
      `Feb. 23, 2025 -- ${PARAGRAPHS[0]}`,
      '',
      ...PARAGRAPHS.slice(1).flatMap((p) => [p, '']),
      ...FOOTER,
    ]);
    expect(parseArticle(text).title).toBe('Babies who eat peanuts early may avoid the allergy');
  });
  test("a byline's relative date with no reference day is named in the warning as written", () => {
    const text = page([
      ...MENU,
      'Port traffic up nine percent',
      'Amina Saidi 1 day ago',
      '',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    const a = parseArticle(text);
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt).toBeUndefined();
    expect(a.warnings).toContain('relative date left out (no referenceDate): 1 day ago');
  });
  test('a title with its byline right under it stays the title when share bars and teasers push the body far below', () => {
    const bar = ['SHARE', 'SHARE', 'TWEET', 'SHARE', 'EMAIL'];
    const text = page([
      ...MENU,
      'Tangier port traffic will rise again in December',
      '',
      'Port Insider',
      'Amina Saidi 1 day ago',
      ...bar,
      'Rabat tram extension opens two months early',
      ...bar,
      'Agadir hotels report record bookings',
      'Casablanca airport adds three routes',
      'Oujda fair draws record crowds?',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      ...FOOTER,
    ]);
    expect(parseArticle(text).title).toBe('Tangier port traffic will rise again in December');
  });
  test.each(['Read Later', 'Sign In'])(
    'an interface line shaped like a name (%s) is no author',
    (line) => {
      const text = page([
        ...MENU,
        'Port traffic up nine percent',
        line,
        'By Amina Saidi',
        ...PARAGRAPHS,
        ...FOOTER,
      ]);
      expect(parseArticle(text).authors).toEqual(['Amina Saidi']);
    },
  );
  const withByline = (lines: string[]) =>
    page([...MENU, 'Port traffic in Tangier up nine percent', ...lines, ...PARAGRAPHS, ...FOOTER]);
  test.each([
    ['By Amina Saidi March 18 at 3:57 PM  Follow @aminasaidi', 'Amina Saidi'],
    ['by Amina Saidi @aminasaidi February 1, 2016: 12:41 PM ET', 'Amina Saidi'],
    ['// By Amina Saidi • Nov 11, 2020', 'Amina Saidi'],
    ['by Amina Saidi22 Dec 2016651', 'Amina Saidi'],
    ['Written by Amina Saidi', 'Amina Saidi'],
    ['By June Carter Cash', 'June Carter Cash'],
  ])('`%s` gives %s', (line, name) => {
    const text = withByline(['Share', line]);
    const a = parseArticle(text);
    expect(a.authors).toEqual([name]);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    checkArticle(text, a);
  });
  test.each([
    'Amina Saidi - Apr 16, 2015 8:02 pm UTC',
    'Amina Saidi • 8h',
    'Amina Saidi 1 day ago',
    'Amina Saidi, @aminasaidi',
    'Tuesday 15 October 2019 by Amina Saidi',
    'Le Quotidien | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Amina Saidi',
  ])(
    'a name with its date, relative time or handle on one line (`%s`) is the author, not the title',
    (line) => {
      const text = withByline([line]);
      const a = parseArticle(text);
      expect(a.authors).toEqual(['Amina Saidi']);
      expect(a.title).toBe('Port traffic in Tangier up nine percent');
      checkArticle(text, a);
    },
  );
  test('a name alone under the headline, with a reading time or a date under it', () => {
    for (const after of ['14 min read', '12 August 2024']) {
      const a = parseArticle(withByline(['Amina Saidi', after]));
      expect(a.authors).toEqual(['Amina Saidi']);
    }
  });
  test('menu words and share labels are not names, nor is a headline with a lower-case word', () => {
    expect(parseArticle(withByline(['PARTAGER', '12 August 2024'])).authors).toEqual([]);
    expect(parseArticle(withByline(['Short Url', '12 August 2024'])).authors).toEqual([]);
    expect(parseArticle(withByline(['The Heroines of Chaos', '12 August 2024'])).authors).toEqual(
      [],
    );
    // A publication's name opens with an article.
    expect(parseArticle(withByline(['Le Matin', '12 August 2024'])).authors).toEqual([]);
  });
});

describe('lists the article introduces', () => {
  test('a list after a sentence ending with a colon stays in the body, and is no ticker', () => {
    const dates = [
      'June 9 -- Grand Theatre, Casablanca',
      'June 12 -- Mohammed V Theatre, Rabat',
      'June 14 -- Palais des Congrès, Marrakech',
      'June 17 -- Cap Spartel Arena, Tangier',
      'June 19 -- Théâtre de Verdure, Agadir',
      'June 21 -- Stade Olympique, Oujda',
    ];
    const text = closedBy('The orchestra announces its summer tour', [
      'The orchestra will play in six cities this summer, on these dates:',
      ...dates,
      '',
    ]);
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      ...PARAGRAPHS,
      'The orchestra will play in six cities this summer, on these dates:',
      ...dates,
    ]);
    expect(parseTicker(text)).toEqual([]);
    checkArticle(text, a);
  });
});

describe('lists the article introduces, under labels', () => {
  const items = [
    'NOT HARD',
    'Writing a short report',
    'Sending the weekly letter',
    'Calling a supplier',
    'A BIT HARDER',
    'Publishing the report',
    'Answering the press',
    'Meeting the carriers',
    'QUITE HARD',
    'Speaking at the port council',
    'Hosting the open day',
    'Presenting the yearly figures',
    'THE HARDEST',
    'Facing the unions',
    'Going on the radio',
    'Writing the annual book',
  ];
  const intro = 'For the new director, the list of tasks looked like this at the start:';
  const after = [
    'She did not start with the hardest tasks: she took the easy ones first and moved up one level at a time, month after month, until the radio no longer frightened her.',
    'Her advice to the young managers of the port is the same, and she repeats it at every meeting: start small, because nobody is watching yet, and grow with the job.',
  ];
  const text = page([
    ...MENU,
    'How the port director learned the job',
    PARAGRAPHS[0] ?? '',
    '',
    PARAGRAPHS[1] ?? '',
    '',
    intro,
    '',
    ...items,
    '',
    ...after,
    '',
    ...FOOTER,
  ]);

  test('its items (more lines than a gap allows) stay in the body and the prose after them too', () => {
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      PARAGRAPHS[0],
      PARAGRAPHS[1],
      intro,
      ...items,
      ...after,
    ]);
    checkArticle(text, a);
  });

  test('its items are no latest-news ticker', () => {
    expect(parseTicker(text)).toEqual([]);
  });

  test('as w3m prints it (a blank line around each label, bulleted items), its items stay in the body too', () => {
    const w3m = page([
      ...MENU,
      'How the port director learned the job',
      PARAGRAPHS[0] ?? '',
      '',
      PARAGRAPHS[1] ?? '',
      '',
      intro,
      '',
      ...items.flatMap((item) => (item === item.toUpperCase() ? [item, ''] : [`  * ${item}`])),
      '',
      ...after,
      '',
      ...FOOTER,
    ]);
    const body = bodyOf(w3m);
    expect(body.slice(0, 3)).toEqual([PARAGRAPHS[0], PARAGRAPHS[1], intro]);
    expect(body.slice(-2)).toEqual(after);
    expect(body).toContain('Going on the radio');
  });

  test('guard: a list a related label introduces (`Related coverage from …:`) does not carry the body over what follows', () => {
    const links = [
      'Related coverage from our port desk, all the stories:',
      '',
      ...items.slice(0, 14).map((t) => `  * ${t} at the port`),
      '',
      'Port Tangier Morocco Shipping Containers Cranes Trade Africa Economy',
      'Sponsored content from our partners, about logistics and finance, and other offers you may like this week.',
    ];
    const linked = closedBy('How the port director learned the job', ['', ...links, '']);
    const body = bodyOf(linked);
    expect(body.slice(0, PARAGRAPHS.length)).toEqual(PARAGRAPHS);
    expect(body.filter((p) => p.includes('at the port') || p.startsWith('Sponsored'))).toEqual([]);
  });
});

describe('a box splitting the article under its lead', () => {
  test('the lead right under the headline and date stays in the body across a long box of job offers; the box does not', () => {
    const jobs = [
      'Port jobs this week',
      'See all offers',
      ...[
        'Crane Operator (m/f) Tanger Med Port Authority',
        'Logistics Planner (m/f) Marsa Maroc',
        'Customs Broker (m/f) Atlas Freight',
        'Rail Dispatcher (m/f) ONCF Cargo',
        'Harbour Pilot (m/f) Tanger Med Port Authority',
        'Safety Officer (m/f) Marsa Maroc',
        'Warehouse Lead (m/f) Atlas Freight',
        'Electrical Engineer (m/f) Tanger Med Utilities',
        'Data Analyst (m/f) Port Community Systems',
        'Fleet Manager (m/f) Atlas Freight',
      ].flatMap((job, i) => [job, `${['Tangier', 'Casablanca', 'Kenitra', 'Nador'][i % 4]} Apply`]),
    ];
    const rest = [
      'What the new cranes change',
      PARAGRAPHS[2] ?? '',
      PARAGRAPHS[3] ?? '',
      'The carriers said they would judge the authority on the waiting times at the gates over the winter, and that they expected the booking system to be fixed before the new terminal opens to the largest ships.',
      'A spokesman for the authority said the figures for the third quarter would be published in October, together with the first results of the new booking system and a plan for the rail link.',
      'The unions, for their part, asked for the night shifts at the gates to be reinforced until the end of the year, when the second terminal reaches its full capacity and the queues should shrink.',
    ];
    const text = page([
      ...MENU,
      'Tangier port traffic rises by nine percent',
      '12 June 2025',
      '',
      PARAGRAPHS[0] ?? '',
      '',
      PARAGRAPHS[1] ?? '',
      '',
      ...jobs,
      ...rest,
      '',
      ...FOOTER,
    ]);
    const a = parseArticle(text);
    expect(a.title).toBe('Tangier port traffic rises by nine percent');
    const body = a.paragraphs.map((p) => p.text);
    expect(body.slice(0, 2)).toEqual([PARAGRAPHS[0], PARAGRAPHS[1]]);
    expect(body.slice(-5)).toEqual(rest.slice(1));
    expect(body.filter((p) => p.includes('(m/f)') || p.endsWith('Apply'))).toEqual([]);
    checkArticle(text, a);
  });
});

describe("a box under a header that is not the article's", () => {
  test('guard: teasers under their own heading right below a dated header are not taken for the lead', () => {
    const teasers = [
      'Fishermen in Al Hoceima protest new quotas, saying the rules announced last week will cut their catch by half before the winter season even starts.',
      'Rabat tram extension opens two months early after the contractor finished the last viaduct ahead of schedule, the city council said on Monday.',
      'Agadir hotels report record bookings for the autumn school holidays as flights from Europe return to their level before the pandemic.',
    ];
    const box = [
      'Weather',
      'More Weather',
      'School Closings',
      'Local Radars',
      'Traffic',
      'Video',
      'Contests',
      'Events',
      'Photos',
      'Podcasts',
      'Newsletters',
      'Apps',
      'Jobs',
    ];
    const story = [
      ...PARAGRAPHS,
      'The carriers said they would judge the authority on the waiting times at the gates over the winter, and that they expected the booking system to be fixed before the new terminal opens to the largest ships.',
    ];
    const text = page([
      ...MENU,
      'Morning forecast: sunshine by the end of the day',
      '12 June 2025',
      'Latest Headlines',
      '',
      ...teasers.flatMap((t) => [t, '']),
      ...box,
      '',
      'Tangier port traffic rises by nine percent',
      '',
      ...story.flatMap((p) => [p, '']),
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(story);
  });
});

describe('headings printed behind a list bullet (w3m, lynx)', () => {
  test('`* Top stories` over teasers ends the body like `Top stories`', () => {
    const teasers = [
      'Rabat tram extension opens two months early after the contractor finished the last viaduct ahead of schedule, the city council said on Monday.',
      'Agadir hotels report record bookings for the autumn school holidays as flights from Europe return to their level before the pandemic.',
    ];
    const text = page([
      ...MENU,
      'Tangier port traffic rises by nine percent',
      '12 June 2025',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      '* Top stories',
      ...teasers.flatMap((t, i) => [`Teaser headline number ${i + 1}`, t]),
      '',
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
});

describe('key points above a lead that opens with its dateline', () => {
  const points = [
    '  • La nouvelle équipe compte vingt-cinq ministres, dont huit femmes, et aucun cadre encarté des partis représentés au Parlement. En revanche, trois de ses membres sont proches du premier parti',
    '  • C’est le treizième gouvernement depuis la révolution de janvier 2011, et le troisième depuis les élections législatives de l’automne dernier, ce qui fait beaucoup',
  ];
  const lead =
    'RABAT : Le chef du gouvernement désigné a dévoilé lundi soir la composition de sa nouvelle équipe, quelques heures avant la fin du délai que lui accorde la Constitution.';
  const rest = [
    'Le président du Parlement avait demandé de retirer le portefeuille de l’Intérieur à un proche du chef de l’État, ce que le chef du gouvernement désigné a refusé.',
    'Le vote de confiance devrait avoir lieu la semaine prochaine, et les principaux partis n’ont pas encore dit comment ils voteraient.',
  ];
  const CAPTION =
    'Le chef du gouvernement désigné a dévoilé la composition de son équipe lundi à minuit. Ici, il présente sa formation au président de la République. (Photo AFP).';
  const dump = (opening: string) =>
    page([
      'Le nouveau gouvernement dévoilé à minuit',
      '',
      CAPTION,
      CAPTION,
      'Short Url',
      'Publié le Mardi 25 août 2020',
      '',
      'Le nouveau gouvernement dévoilé à minuit',
      '',
      ...points,
      '',
      opening,
      '',
      ...rest.flatMap((p) => [p, '']),
    ]);

  test('the bullets are the standfirst: the body starts at the dateline', () => {
    const text = dump(lead);
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text)).toEqual([lead, ...rest]);
    checkArticle(text, a);
  });

  test('control: bullets before a lead with no dateline stay in the body', () => {
    const plain = lead.replace('RABAT : Le', 'Le');
    // Each point is a list item, read after its bullet.
    expect(bodyOf(dump(plain))).toEqual([
      ...points.map((p) => p.trim().replace(/^• /u, '')),
      plain,
      ...rest,
    ]);
  });
});

describe("a sidebar's recent posts printed as bulleted headlines over excerpts (w3m)", () => {
  const posts = [
    [
      'Strike at the port of Algeciras enters its second week',
      'Dockers in Algeciras have kept the terminals closed for a second week, and shipping lines have begun to divert their vessels to Tangier and Valencia while talks stall.',
    ],
    [
      'Fishermen in Larache protest against falling prices',
      'Several hundred fishermen gathered in front of the wholesale market on Monday to protest against prices that have fallen by a quarter since the beginning of December.',
    ],
    [
      'New ferry line between Tarifa and Tangier announced',
      'A Spanish operator said it would open a third ferry line across the strait in the spring, with six crossings a day and a new terminal building on the Moroccan side.',
    ],
    [
      'Rail freight to the industrial zone starts next month',
      'The first freight trains between the port and the industrial zone will run next month, three years later than planned, the national rail company said on Friday.',
    ],
    [
      'Customs unveil a booking system for trucks',
      'Customs officials presented a booking system meant to cut waiting times at the gates, though drivers say the trial run last summer did little to shorten the queues.',
    ],
  ];
  const text = page([
    ...MENU,
    'Container traffic at Tangier up nine percent',
    ...PARAGRAPHS.slice(0, 2),
    '',
    ...posts.flatMap(([headline, excerpt]) => [`  * ${headline}`, `    ${excerpt}`]),
    ...FOOTER,
  ]);

  test('the article is the body, not the recent posts after it', () => {
    expect(bodyOf(text)).toEqual(PARAGRAPHS.slice(0, 2));
  });

  test('control: an article whose own list items each carry a paragraph keeps them when they are sentences', () => {
    const items = [
      '  * The authority will publish a report on waiting times before the end of the month.',
      '    It will cover every gate of the port and the hours at which queues are longest.',
      '  * Carriers will meet the authority in September.',
      '    They want the booking system changed before the winter season begins.',
    ];
    const own = page([
      ...MENU,
      'Container traffic at Tangier up nine percent',
      ...PARAGRAPHS.slice(0, 2),
      ...items,
      ...FOOTER,
    ]);
    expect(bodyOf(own)).toEqual([
      ...PARAGRAPHS.slice(0, 2),
      ...items.map((l) => l.trim().replace(/^\* /u, '')),
    ]);
  });
});

describe('a related box between the lede and the rest of the article', () => {
  const lede =
    'The port of Tangier handled more containers than ever in the first half of the year, its authority said.';
  test.each([
    [
      'Chromium',
      [
        'Related',
        'Tanger Med: a new record in 2024',
        'Logistics: Morocco bets on its Atlantic ports',
      ],
    ],
    [
      'w3m',
      [
        'Related',
        '',
        '  • Tanger Med: a new record in 2024',
        '  • Logistics: Morocco bets on its Atlantic ports',
      ],
    ],
  ])('as %s prints it, the lede stays the body’s first paragraph', (_, box) => {
    const text = page([
      ...MENU,
      'Container traffic at Tangier up nine percent',
      '14 July 2025 - 09:40',
      '',
      lede,
      '',
      ...box,
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual([lede, ...PARAGRAPHS]);
  });
  test.each([
    [
      'Related Articles',
      ['Tanger Med: a new record in 2024', 'Logistics: Morocco bets on its Atlantic ports'],
    ],
    [
      'Sur le même sujet',
      [
        'Tanger Med : un nouveau record de trafic en 2024',
        'Logistique : le Maroc mise sur ses ports',
      ],
    ],
    [
      'مواضيع ذات صلة',
      ['ديوان الزيت يحدد سعرا مرجعيا جديدا للتصدير', 'القيروان: انطلاق موسم جني الزيتون في أكتوبر'],
    ],
  ])(
    'the headlines under a related box’s heading (%s) are related links, not body',
    (heading, titles) => {
      const text = page([
        ...MENU,
        'Container traffic at Tangier up nine percent',
        '14 July 2025 - 09:40',
        ...PARAGRAPHS,
        heading,
        ...titles,
        ...FOOTER,
      ]);
      const a = parseArticle(text);
      expect(a.related.map((r) => r.title)).toEqual(titles);
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    },
  );
  test('a related box right before the footer, its heading and headlines one a line as Chromium copies them, is no latest-news ticker', () => {
    const titles = [
      'Sécurité alimentaire : Rabat accueille un forum africain en octobre',
      "OCP inaugure une usine d'engrais au Ghana",
      'Pêche : le Maroc et la Mauritanie renouvellent leur accord',
    ];
    const text = page([
      ...MENU,
      'Container traffic at Tangier up nine percent',
      '14 July 2025 - 09:40',
      ...PARAGRAPHS,
      'Dans la même rubrique',
      ...titles,
      'Mentions légales',
      '© Maroc Dépêches 2025',
    ]);
    const a = parseArticle(text);
    expect(a.related.map((r) => r.title)).toEqual(titles);
    expect(parseTicker(text)).toEqual([]);
  });
  test('control: the headlines under a most-read heading are no related links', () => {
    const titles = [
      'Tanger Med: a new record in 2024',
      'Logistics: Morocco bets on its Atlantic ports',
    ];
    const text = page([
      ...MENU,
      'Container traffic at Tangier up nine percent',
      '14 July 2025 - 09:40',
      ...PARAGRAPHS,
      'Most read',
      ...titles,
      ...FOOTER,
    ]);
    expect(parseArticle(text).related).toEqual([]);
  });
  test('control: a teaser line under the header, a box, then the article: the teaser is no lede', () => {
    const text = page([
      ...MENU,
      'Container traffic at Tangier up nine percent',
      '14 July 2025 - 09:40',
      'Casablanca opens its second tramway line to the eastern districts…',
      'Most read',
      'Tanger Med: a new record in 2024',
      'Logistics: Morocco bets on its Atlantic ports',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
});

describe('a related box printed as a bulleted list between two paragraphs (w3m, lynx)', () => {
  const box = [
    'Related',
    '  * Tanger Med: a new record in 2024',
    '  * Logistics: Morocco bets on its Atlantic ports',
  ];
  test.each([
    ['w3m', '', '  * '],
    ['lynx', '   ', '     * '],
  ])(
    'as %s prints it, the paragraph at the margin under the last item is the article’s, not that item’s excerpt',
    (_, margin, bullet) => {
      const text = page([
        ...MENU,
        'Container traffic at Tangier up nine percent',
        '',
        `${margin}The port of Tangier handled more containers than ever in the first half of the year.`,
        '',
        ...box.map((l) => l.replace('  * ', bullet)),
        '',
        ...PARAGRAPHS.slice(1).flatMap((p) => [`${margin}${p}`, '']),
        ...FOOTER,
      ]);
      expect(bodyOf(text).slice(-3)).toEqual(PARAGRAPHS.slice(1));
    },
  );
});

describe('Chinese and Japanese pages, written with no spaces', () => {
  // Synthetic Japanese: one paragraph per line, each a sentence or two ending with 。
  const paragraphs = [
    '先月、タンジェ港のコンテナ取扱量は前年同期比で九パーセント増加したと港湾当局が火曜日に発表した。',
    '当局によると、西アフリカへの新しい航路と、修理のため閉鎖されていたターミナルの再開が増加を支えた。',
    '秋には二基の新しいクレーンが稼働し、工業地帯への鉄道も三年の遅れを経てようやく完成する見込みだ。',
    '一方で、海運会社はゲートでの混雑が依然として毎日数時間の損失になっていると警告している。',
    '当局は月末までに待ち時間に関する詳しい報告書を公表し、九月に主要な船会社と協議する予定だ。',
  ];
  const title = 'タンジェ港のコンテナ取扱量が九パーセント増加';
  const text = page([
    'ホーム',
    'ニュース',
    '経済',
    'スポーツ',
    'お問い合わせ',
    'ホーム > ニュース > 経済',
    title,
    '2025.06.10',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    '関連記事',
    'カサブランカ港で新しい倉庫が完成',
    'ラバトの鉄道駅が改装へ',
    'Copyright © Example Media',
  ]);

  test('lines of prose ending with 。 are the body, not a ticker of headlines', () => {
    const a = parseArticle(text);
    expect(a.kind).toBe('article');
    expect(a.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    expect(parseTicker(text)).toEqual([]);
  });

  test('the headline is the title', () => {
    expect(parseArticle(text).title).toBe(title);
  });
});

describe('a breadcrumb trail above the body', () => {
  test('is never the title', () => {
    for (const trail of [
      'Home > World > Africa > Article',
      'Accueil » Monde » Afrique',
      '首页 > 科技频道 > 探索者 > 正文',
    ]) {
      const text = page([...MENU, trail, ...PARAGRAPHS, ...FOOTER]);
      expect(parseArticle(text).title).not.toBe(trail);
    }
  });
});

describe('a line known as something else above a headline-less body', () => {
  test('a photo credit, a share button, a form field, a caption or a stamp is never the title', () => {
    for (const line of [
      'Photo: AdobeStock/rangizzz',
      'Udostępnij na Facebooku',
      'Search for: [                    ] [Search]',
      // A picture's caption, and a publication stamp, right above the body.
      'Port director Karim Alaoui, left, and the minister of transport at the new terminal',
      'PUBLISHED: 10:48, Tue, Nov 19, 2019',
      // A skip link and joined counters.
      'Zum Inhalt springen',
      '5343 mal gelesen | 32 Kommentare',
    ]) {
      const a = parseArticle(page([...MENU, line, '', ...PARAGRAPHS, ...FOOTER]));
      expect(a.title).toBeUndefined();
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    }
  });

  test("control: a breadcrumb's last part stays the title, though the trail as a line is no headline", () => {
    const text = page([
      'Home  »  Ports • Partners  »  Tangier Med welcomes new cranes',
      '',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    expect(parseArticle(text).title).toBe('Tangier Med welcomes new cranes');
  });
});

describe('a headline over its deck, both above a date line', () => {
  const headline = 'Tangier Med welcomes its new cranes';
  // A deck little longer than the headline: a much longer one is told from the headline by its length
  // (test/text-title16.test.ts), and the address would not be what decides.
  const deck = 'Two more cranes enter service this autumn';
  const text = pageWith([headline, deck, '3 November 2021 at 15:18']);

  test('the line that spells the address is the title, not the deck nearer the date', () => {
    expect(parseArticle(text, portsUrl('tangier-med-welcomes-new-cranes')).title).toBe(headline);
  });

  test('control: with an address that spells neither, the nearer line stays the title', () => {
    expect(parseArticle(text, portsUrl('article-2041')).title).toBe(deck);
  });
});

describe('a headline far above the body', () => {
  const PORTS = [
    'Agadir',
    'Algeciras',
    'Alexandria',
    'Annaba',
    'Bejaia',
    'Bizerte',
    'Casablanca',
    'Dakhla',
    'Gabes',
    'Jorf Lasfar',
    'Kenitra',
    'Laayoune',
    'Mohammedia',
    'Nador',
    'Oran',
    'Rades',
    'Safi',
    'Sfax',
    'Skikda',
    'Sousse',
    'Tanger Med',
    'Valencia',
  ];
  const headline = 'Port traffic at Tangier up nine percent';
  const text = pageWith([
    headline,
    'Amina SaidiMore articles',
    'FIND YOUR PORT',
    'Select port',
    ...PORTS,
    'Select terminal',
  ]);

  test('a picker of 24 short lines between the headline and the body does not hide the title', () => {
    const a = parseArticle(text, portsUrl('port-traffic-tangier-up-nine-percent'));
    expect(a.title).toBe(headline);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe('publication stamps at the top of the body', () => {
  test('a published and an updated stamp between the headline and the lead are not paragraphs', () => {
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      'The port authority reports its half-year figures, driven by new shipping lines to West Africa.',
      'PUBLISHED: 10:48, Tue, Nov 19, 2019',
      '| UPDATED: 11:05, Tue, Nov 19, 2019',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    expect(bodyOf(text).filter((p) => /PUBLISHED|UPDATED/.test(p))).toEqual([]);
  });
});

describe('a recipe: ingredients under their heading', () => {
  const intro = [
    'These almond biscuits are a Tangier classic: crisp outside, soft inside, and ready in less than an hour with what most kitchens already hold.',
    'The dough keeps for three days in the fridge, so you can bake a tray whenever guests arrive.',
  ];
  const items = [
    '250 g flour',
    '150 g ground almonds',
    '120 g sugar',
    '2 eggs',
    '1 lemon, zest only',
    '1 tsp baking powder',
    '1 pinch of salt',
    '100 g butter',
    '2 tbsp orange blossom water',
    '1 tsp vanilla',
    '50 g icing sugar',
    '1 tbsp honey',
    '1 handful of sesame seeds',
  ];
  const steps = [
    'Mix the flour, the almonds, the sugar and the baking powder, then work in the butter with your fingertips until the mixture looks like sand.',
    'Add the eggs, the zest and the orange blossom water, knead briefly, shape small balls and roll them in icing sugar before baking them for twelve minutes.',
  ];
  test.each([
    ['Ingredients', items],
    ['Zutaten', items.map((i) => `  * ${i}`)],
  ])(
    'the items under "%s" stay in the body between the introduction and the steps',
    (heading, lines) => {
      const text = page([
        ...MENU,
        'Almond biscuits from Tangier',
        ...intro,
        heading,
        ...lines,
        'Preparation',
        ...steps,
        ...FOOTER,
      ]);
      const body = bodyOf(text);
      expect(body.slice(0, 2)).toEqual(intro);
      expect(body.slice(-2)).toEqual(steps);
      expect(body).toContain(lines[0]?.replace(/^ *\* /, ''));
    },
  );
});

describe("a date line the body's run took in", () => {
  test('dates the article and is no paragraph', () => {
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      'The authority reports its half-year figures, driven by new shipping lines to West Africa and a terminal reopened after repairs.',
      'By Amina Saidi, a deputy editor who has covered the ports of the Mediterranean for ten years and writes the weekly shipping newsletter of the site.',
      'Jun 7, 2023, 8:54 PM UTC|',
      'Share this story',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    const a = parseArticle(text);
    expect(a.publishedAt?.slice(0, 10)).toBe('2023-06-07');
    expect(a.paragraphs.map((p) => p.text)).not.toContain('Jun 7, 2023, 8:54 PM UTC|');
  });
});

describe('a ranked list under a heading over teasers', () => {
  test("a most-read ranking's numbered entries, headline and dek on one line, are not the article's", () => {
    const ranking = [
      '1. Dockers in Algeciras extend their strike Shipping lines divert their vessels to Tangier and Valencia while talks stall.',
      '2. Fishermen protest against falling prices Several hundred gathered in front of the wholesale market on Monday.',
      '3. A third ferry line across the strait An operator plans six crossings a day from the spring, with a new terminal.',
      '4. Rail freight to the industrial zone starts The first trains will run next month, three years later than planned.',
    ];
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      ...PARAGRAPHS.slice(0, 2),
      'Most Read',
      ...ranking,
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS.slice(0, 2));
  });
});

describe("a list of teasers under its heading, each headline with its dek on one line (Chromium's `innerText`)", () => {
  const UNITS = [
    'Dockers in Algeciras extend their strike Shipping lines divert their vessels to Tangier and Valencia while talks stall.',
    'Fishermen protest against falling prices Several hundred gathered in front of the wholesale market on Monday.',
    'A third ferry line across the strait An operator plans six crossings a day from the spring, with a new terminal.',
    'Rail freight to the industrial zone starts The first trains will run next month, three years later than planned.',
  ];
  /** Paragraphs a blank line apart, as Chromium prints `<p>`s; the list's items one under the other. */
  const blankApart = (paras: string[]): string[] => paras.flatMap((p) => [p, '']);

  test("the list's items, set right under each other, are not the article's", () => {
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      '',
      ...blankApart(PARAGRAPHS.slice(0, 3)),
      'Most Read',
      ...UNITS,
      '',
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS.slice(0, 3));
  });

  test('control: an article printed one line a paragraph, no blank lines (a WET record), goes on under a box set the same way', () => {
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      ...PARAGRAPHS.slice(0, 2),
      'Related',
      'Dockers in Algeciras extend their strike',
      'Fishermen protest against falling prices',
      ...PARAGRAPHS.slice(2),
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });

  test('control: paragraphs a blank line apart under a related box are the article going on', () => {
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      '',
      ...blankApart(PARAGRAPHS.slice(0, 2)),
      'Related',
      'Dockers in Algeciras extend their strike',
      'Fishermen protest against falling prices',
      '',
      ...blankApart(PARAGRAPHS.slice(2)),
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
});

describe('counters and invitations to follow', () => {
  test('a share or view counter inside the article is left out', () => {
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      '197 Shares',
      ...PARAGRAPHS.slice(0, 2),
      '653,817 VIEWS',
      ...PARAGRAPHS.slice(2),
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
  test('an invitation to follow the newsroom on social networks closing the article is left out', () => {
    const text = closedBy('Port traffic in Tangier up nine percent', [
      'Follow the Tangier desk on Instagram, Facebook and YouTube.',
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
});

describe('cookie-consent notices', () => {
  const consent = [
    'Soucieux de la protection de vos données personnelles, nous vous informons que sur ce site, nous et nos partenaires utilisons des cookies et autres traceurs pour mesurer l’audience, vous permettre de partager du contenu et vous proposer des publicités.',
    'En cliquant sur « OK, TOUT ACCEPTER », vous acceptez que le site et les tiers utilisent des cookies et autres traceurs pour les finalités décrites ci-dessus, pendant toute la durée de votre visite.',
    'En cliquant sur « TOUT REFUSER », vous refusez que le site et les tiers utilisent ces cookies et autres traceurs, à l’exception de ceux qui sont strictement nécessaires au fonctionnement du site.',
    'Vous pouvez également paramétrer les cookies en cliquant « PARAMÉTRER MES CHOIX » ci-dessous, et revenir sur votre choix à tout moment depuis le lien placé en bas de chaque page.',
  ];

  test('a consent dialog printed after the footer is not the body, however long', () => {
    // Footer links and no rights notice: nothing else closes the article.
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      ...PARAGRAPHS.slice(0, 2),
      ...FOOTER.slice(0, 3),
      ...consent,
      'Tout refuser',
      'OK, tout accepter',
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS.slice(0, 2));
  });

  test("a video's consent placeholder inside the article is left out, and the article goes on after it", () => {
    const notice =
      'Please accept YouTube cookies to play this video. By accepting you will be accessing content from YouTube, a service provided by an external third party.';
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      ...PARAGRAPHS.slice(0, 2),
      notice,
      ...PARAGRAPHS.slice(2),
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
});

describe('teaser cards whose date is glued to their excerpt', () => {
  // w3m prints a card's date element and its excerpt with no space between them.
  const cards = [
    [
      'Hafenausbau in Tanger',
      'Neue Kräne für den Containerhafen',
      '21.01.2022Die Hafenbehörde hat zwei neue Kräne bestellt, die im Herbst geliefert werden sollen und den Umschlag an den Terminals deutlich beschleunigen sollen.',
    ],
    [
      'Bahnverbindung',
      'Die Strecke zur Industriezone ist fertig',
      '18.01.2022Nach drei Jahren Bauzeit fährt der erste Güterzug zwischen dem Hafen und der Industriezone, wie die Bahngesellschaft am Montag mitteilte.',
    ],
    [
      'Zoll',
      'Neues Buchungssystem an den Toren',
      '11.01.2022Das neue System soll die Wartezeiten der Lastwagen an den Toren verkürzen, doch die Fahrer berichten weiterhin von Staus am frühen Morgen.',
    ],
    [
      'Fischerei',
      'Fischer klagen über sinkende Preise',
      '09.01.2022Die Fischer im alten Hafen sehen ihre Einnahmen schrumpfen, seit die Preise auf dem Großmarkt im Dezember um ein Viertel gefallen sind.',
    ],
    [
      'Tourismus',
      'Kreuzfahrtschiffe kehren zurück',
      '05.01.2022Zum ersten Mal seit zwei Jahren legen wieder Kreuzfahrtschiffe in Tanger an, und die Stadt rechnet mit mehreren tausend Besuchern im Frühjahr.',
    ],
    [
      'Energie',
      'Solaranlage auf dem Terminaldach',
      '02.01.2022Auf dem Dach des neuen Terminals entsteht eine Solaranlage, die einen Teil des Strombedarfs der Kräne und der Beleuchtung decken soll.',
    ],
    [
      'Arbeit',
      'Hafenarbeiter fordern mehr Lohn',
      '28.12.2021Die Gewerkschaft der Hafenarbeiter verlangt eine Lohnerhöhung von acht Prozent und droht mit Warnstreiks, falls die Gespräche scheitern sollten.',
    ],
    [
      'Umwelt',
      'Messstationen für die Luftqualität',
      '20.12.2021Rund um den Hafen misst die Stadt künftig an sechs Stationen die Luftqualität, nachdem Anwohner sich über Abgase beschwert hatten.',
    ],
  ];
  const article = [
    'Der Hafen von Tanger hat im ersten Halbjahr neun Prozent mehr Container umgeschlagen als im Vorjahr, getragen von neuen Linien nach Westafrika.',
    'Die Behörde erwartet, dass das Wachstum im Herbst anhält, wenn zwei weitere Kräne in Betrieb gehen und die Bahnverbindung fertig ist.',
    'Die Reedereien begrüßten die Zahlen, warnten aber vor langen Wartezeiten an den Toren.',
  ];
  const text = page([
    ...MENU,
    'Containerumschlag in Tanger steigt um neun Prozent',
    ...article,
    'Top-Artikel der Woche',
    ...cards.flatMap(([kicker, headline, excerpt]) => [
      '[160_90] [40_30]',
      kicker ?? '',
      headline ?? '',
      excerpt ?? '',
    ]),
    ...FOOTER,
  ]);

  test('the article is the body, not the cards below it', () => {
    expect(bodyOf(text)).toEqual(article);
  });
  test.each([
    ['21.01.2022Erst mit den richtigen Accessoires', true],
    ['2022-01-21Sobald die Temperatur sinkt', true],
    ['1/21/22Trailbikes bieten das fast perfekte', true],
    ['21.01.2022 Erst mit den richtigen Accessoires', false],
    ['12.5 million containers passed through the port', false],
    ['2022 was a record year for the port of Tangier', false],
  ])('a glued date opens a card: %s → %s', (line, glued) => {
    expect(datedExcerpt(line)).toBe(glued);
  });
});

describe('a counted comment heading quoting a long title', () => {
  test('`12 thoughts on “<a long title>”` starts the thread however long the title', () => {
    const title = 'Tangier port traffic rises by nine percent in the first half of the year';
    const text = page([
      ...MENU,
      title,
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      `12 thoughts on “${title}”`,
      '',
      'karim_b',
      'This is good news for the region but the trucks are still waiting for hours at the entrance, nobody seems to care about the drivers who sleep in their cabins night after night.',
      'sofia.m',
      'I work at the port and I can tell you that the new cranes will not change anything if the booking system keeps failing every other morning as it did all summer long.',
      '',
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
});

describe('tables in the body', () => {
  test("a browser-copied table's rows (cells between tabs) are no gap: the prose after a long table stays in the body", () => {
    const rows = [
      'Port\tContainers (TEU)\tChange\tRank',
      ...[
        'Tangier Med',
        'Casablanca',
        'Agadir',
        'Nador',
        'Jorf Lasfar',
        'Safi',
        'Kenitra',
        'Mohammedia',
        'Laayoune',
        'Dakhla',
        'Al Hoceima',
        'Tan-Tan',
        'Essaouira',
        'Larache',
      ].map((port, i) => `${port}\t${(900 - i * 60) * 1000}\t+${i + 1},${i}%\t${i + 1}`),
    ];
    const text = page([
      ...MENU,
      'Container traffic in Moroccan ports',
      PARAGRAPHS[0] ?? '',
      PARAGRAPHS[1] ?? '',
      ...rows,
      PARAGRAPHS[2] ?? '',
      PARAGRAPHS[3] ?? '',
      '',
      ...FOOTER,
    ]);
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      PARAGRAPHS[0],
      PARAGRAPHS[1],
      ...rows,
      PARAGRAPHS[2],
      PARAGRAPHS[3],
    ]);
    checkArticle(text, a);
  });
});

describe('an audio player’s button and a reading time under the header', () => {
  test.each(["▶ Écouter l'article 2 min", 'Listen to this article', 'استمع إلى المقال'])(
    '%s under the date line is no related headline and no paragraph',
    (line) => {
      const text = page([
        ...MENU,
        'Sfax: a new desalination plant enters service',
        'Published on 8 July 2025 at 11:32',
        line,
        ...PARAGRAPHS,
        ...FOOTER,
      ]);
      const a = parseArticle(text);
      expect(a.related).toEqual([]);
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    },
  );
});

describe('entries opening with their time code (a transcript, a live page)', () => {
  const entries = [
    '00:05 – The dyeing vats are cleaned every Monday morning.',
    '01:12 – The hides stay three weeks in lime before they are dyed.',
    '02:40 – The cooperative now sells part of its production online.',
  ];
  test('short entries under a one-word heading after the last paragraph stay in the body', () => {
    const text = page([
      ...MENU,
      'The tanners of Fez get ready for the season',
      '12 March 2025 - 18:20',
      ...PARAGRAPHS,
      'Transcript',
      ...entries,
      'Share',
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual([...PARAGRAPHS, ...entries]);
  });
  test('control: short lines without a time code after a one-word label stay out', () => {
    const lines = [
      'The dyeing vats are cleaned every Monday morning.',
      'The hides stay three weeks in lime before they are dyed.',
    ];
    const text = page([
      ...MENU,
      'The tanners of Fez get ready for the season',
      '12 March 2025 - 18:20',
      ...PARAGRAPHS,
      'Newsletter',
      ...lines,
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
});

describe('tables printed with padded columns (w3m, lynx)', () => {
  test('a row right under the headline whose cells read like a name is no author', () => {
    const text = page([
      'Netscape Navigator',
      '',
      'From the free encyclopedia',
      '',
      '               Netscape Navigator',
      ' Industry   Web browsers',
      '  Founded   October 13, 1994',
      ' Products   Netscape Communicator',
      '',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    expect(parseArticle(text).authors).toEqual([]);
  });
  const ports = [
    'Energy',
    'Agriculture and food',
    'Mechanical industries',
    'Textiles and clothing',
  ];
  const cells = (port: string, i: number) =>
    `${port.padEnd(22)}${`-${i + 1} ${120 + i * 7}`.padEnd(10)}${`-${i + 4} 480`.padEnd(10)}-1${i},5 %`;
  test.each([
    ['w3m, one line a block', '', (p: string) => [p]],
    ['lynx, wrapped', '   ', (p: string) => wrap(p, 74, '   ')],
  ])(
    "as %s prints it, the table's rows stay in the body, each its own, and so does the prose after it",
    (_, margin, lay) => {
      const rows = [
        `${margin}${'Sector'.padEnd(22)}${'H1 2024'.padEnd(10)}${'H1 2025'.padEnd(10)}Change`,
        ...ports.map((port, i) => margin + cells(port, i)),
      ];
      const text = page([
        ...MENU,
        'Container traffic in Moroccan ports',
        '',
        ...lay(PARAGRAPHS[0] ?? ''),
        '',
        ...lay(PARAGRAPHS[1] ?? ''),
        '',
        `${margin}The main items`,
        '',
        ...rows,
        '',
        ...lay(PARAGRAPHS[2] ?? ''),
        '',
        ...lay(PARAGRAPHS[3] ?? ''),
        '',
        ...FOOTER,
      ]);
      const body = bodyOf(text).map((p) => p.replace(/ +/gu, ' '));
      expect(body).toEqual([
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        'The main items',
        ...rows.map((r) => r.trim().replace(/ +/gu, ' ')),
        PARAGRAPHS[2],
        PARAGRAPHS[3],
      ]);
    },
  );
});

describe('captions and datelines', () => {
  test('a long caption closed by its credit in parentheses stays out of the body', () => {
    const caption =
      'A few hours before the end of the thirty days the law gives him to form his team, the port director presented the new terminal plan to the regional council on Monday night, together with the carriers who will use it from the autumn and the unions of the dockers and of the truck drivers who wait at its gates every morning. (Photo AFP).';
    expect(caption.length).toBeGreaterThan(300);
    const text = page([...MENU, 'Port traffic in Tangier up nine percent', caption, ...PARAGRAPHS]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
  test('a caption placing the people in the picture, right above the lead, stays out', () => {
    const caption =
      'Port director Karim Alaoui, left, and the minister of transport visit the new terminal in Tangier on Tuesday.';
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      caption,
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
  test("an image's alt text printed again by its caption under a label stays out, with the caption", () => {
    // w3m prints the image's alt, then the caption after the zoom link's label, then the credit.
    const alt = 'The new cranes on the container terminal at dawn';
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      ...PARAGRAPHS.slice(0, 2),
      alt,
      `Enlarge ${alt}`,
      '© Karim Benali / Reuters',
      ...PARAGRAPHS.slice(2),
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
  test('guard: a short line that the next one happens to end with is kept (under the length read as an alt text)', () => {
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      ...PARAGRAPHS.slice(0, 2),
      'Tangier.',
      'The first ship of the new line sailed on to Tangier.',
      ...PARAGRAPHS.slice(2),
    ]);
    expect(bodyOf(text)).toContain('Tangier.');
  });
  test.each([
    'The port director said yesterday that traffic would keep growing through the autumn.',
    'Le directeur du port a annoncé hier que le trafic continuerait de croître cet automne.',
    'وأوضح مدير الميناء أمس الاثنين أن حركة الحاويات ستواصل ارتفاعها خلال فصل الخريف.',
  ])('a short lead saying when in words (%s) is no dated caption: it stays', (lead) => {
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      lead,
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual([lead, ...PARAGRAPHS]);
  });
  test('control: a short line dated on the calendar right above the lead is a caption', () => {
    const caption = 'The new terminal in Tangier, 12 July 2025.';
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      caption,
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
  test.each(['(MAP)', '(APS)', '(TAP)'])(
    'the agency’s signature %s under the last paragraph credits the source; the paragraph stays',
    (signature) => {
      const short = [
        'RABAT - Le Maroc et le Sénégal ont signé, mercredi à Rabat, six accords de coopération dans les domaines de l’irrigation et de la recherche agronomique.',
        'Ces accords prévoient notamment l’accueil de cent techniciens sénégalais par an dans les instituts marocains, ainsi que des essais communs de semences.',
        'Les deux parties ont également convenu de créer un groupe de travail chargé de faciliter les échanges d’engrais, qui se réunira tous les six mois.',
      ];
      const a = parseArticle(
        page([
          ...MENU,
          'Le Maroc et le Sénégal signent six accords agricoles',
          'mercredi 18 juin 2025 - 14:22',
          ...short,
          signature,
          ...FOOTER,
        ]),
      );
      expect(a.paragraphs.map((p) => p.text)).toEqual(short);
      expect(a.source?.name).toBe(signature.slice(1, -1));
    },
  );
  test.each([
    [
      'one caption a line',
      [
        '1/3 The two ministers at the signing, on Wednesday in Rabat.',
        '2/3 A delegation visited the experimental farm of Marchouch.',
        '3/3 Family photo after the meeting of the joint commission.',
      ],
    ],
    [
      'the captions glued on one line (lynx)',
      [
        '1/3 The two ministers at the signing, on Wednesday in Rabat.2/3 A delegation visited the experimental farm of Marchouch.3/3 Family photo after the meeting.',
      ],
    ],
  ])(
    'a photo gallery’s numbered captions above the lead (%s) are not the article’s text',
    (_, captions) => {
      const text = page([
        ...MENU,
        'Port traffic in Tangier up nine percent',
        'Wednesday 18 June 2025 - 14:22',
        ...captions,
        ...PARAGRAPHS,
        ...FOOTER,
      ]);
      expect(bodyOf(text)).toEqual(PARAGRAPHS);
    },
  );
  test('control: a paragraph opening with a fraction stays', () => {
    const lead =
      '1/3 of the containers handled at Tangier in the first half came from West Africa, the port authority said on Tuesday in a statement.';
    const text = page([
      ...MENU,
      'Port traffic in Tangier up nine percent',
      'Wednesday 18 June 2025 - 14:22',
      lead,
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    expect(bodyOf(text)).toEqual([lead, ...PARAGRAPHS]);
  });
  test('an agency credited in parentheses closing the lead’s sentence (`… in a statement (APS).`) is the source', () => {
    const lead =
      'ALGIERS – Algeria and Tunisia agreed on Tuesday to reopen three border crossings to freight trucks from next month, the Ministry of Trade said in a statement issued on Tuesday evening (APS).';
    expect(lead.indexOf('(APS)')).toBeGreaterThan(160);
    const a = parseArticle(
      page([
        ...MENU,
        'Algeria, Tunisia agree to reopen three border crossings',
        lead,
        ...PARAGRAPHS,
        ...FOOTER,
      ]),
    );
    expect(a.source?.name).toBe('APS');
    expect(a.paragraphs[0]?.text).toBe(lead);
  });
  test('a dateline dates the article even when a title such as Dr. follows in the paragraph', () => {
    const text = page([
      'ALGIERS – Tuesday, 02 May 2023 (APS) – The President received on Tuesday the Speaker of the Shura Council, Dr. Abdullah Al-Sheikh, at the headquarters of the Presidency.',
      'The audience took place in the presence of the Speaker of the Council of the Nation and of the Chief of Staff at the Presidency of the Republic.',
    ]);
    expect(parseArticle(text).publishedAt?.slice(0, 10)).toBe('2023-05-02');
  });
});

describe("the header under a dump's title", () => {
  test('a headline ending with a quoted word after the date line is a related title; the name under it is the author', () => {
    const text = page([
      'La rentrée scolaire commence officiellement au Maroc',
      '',
      '04 septembre 2023 09:34',
      'Le gouvernement autorise les autorités locales à fermer les écoles face au "virus"',
      '',
      'Rédaction Centrale-Suivis',
      '',
      'Les cours ont commencé ce lundi matin dans tous les établissements scolaires, publics comme privés, dans une ambiance particulière.',
      '',
      'Les équipes pédagogiques se sont mobilisées dans la plupart des établissements pour accueillir les élèves dans les meilleures conditions.',
    ]);
    const a = parseArticle(text);
    expect(a.related.map((r) => r.title)).toEqual([
      'Le gouvernement autorise les autorités locales à fermer les écoles face au "virus"',
    ]);
    expect(a.authors).toEqual(['Rédaction Centrale-Suivis']);
    expect(a.paragraphs[0]?.text.startsWith('Les cours ont commencé')).toBe(true);
    checkArticle(text, a);
  });
});

describe("the header under a dump's title: a sentence broken over lines", () => {
  test('a headline-shaped line under the byline whose sentence goes on, in lower case, on the next line opens the body', () => {
    const text = page([
      'Haltet unsere Gewässer sauber!',
      'Veröffentlicht von Redaktion am 23. Februar 2020',
      'Der Plakatwettbewerb für Kinder',
      'findet in diesem Jahr bereits zum sechsten Mal statt. Kinder zwischen sechs und zwölf Jahren sind aufgerufen, mitzumachen.',
      'Gestalte ein Plakat unter dem Motto: Haltet unsere Gewässer sauber!',
      'Mach Dir Gedanken dazu und sende Deine Botschaft bis zum dritten April an die Redaktion.',
      '',
      'Kategorien: Infos',
    ]);
    const a = parseArticle(text);
    expect(a.related).toEqual([]);
    expect(a.paragraphs[0]?.text.startsWith('Der Plakatwettbewerb für Kinder')).toBe(true);
    expect(a.text).toContain('findet in diesem Jahr');
    checkArticle(text, a);
  });
});

describe('dates on web pages', () => {
  test('the date line between the headline and the body, below a sidebar of prose', () => {
    const text = page([
      ...MENU,
      'Most read',
      'The national railway operator said on Monday that ridership on the high-speed line had doubled since it opened.',
      'Two low-cost carriers will fly from Agadir to Lyon and Brussels from the spring, the airport said in a statement.',
      ...MENU,
      ...MENU,
      'Port traffic in Tangier up nine percent',
      'Amina Saidi',
      'Published 12 August 2024, 10:05',
      ...PARAGRAPHS,
      ...FOOTER,
    ]);
    const a = parseArticle(text);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-08-12');
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    checkArticle(text, a);
  });
});

/** lynx's closing list of references for a page of eight links. */
const REFERENCES = [
  'References',
  '',
  ...Array.from(
    { length: 8 },
    (_, k) => `${String(k + 1).padStart(4)}. https://www.example.com/story-${k}`,
  ),
];

describe('hard-wrapped text (lynx, mail archives)', () => {
  test('a short listing page wrapped at 80 columns (three wrapped excerpts, w3m) is read as wrapped: each excerpt is one item', () => {
    const units = [
      [
        'Bac 2025 : un taux de réussite de 68 % à la session normale',
        "Le ministère de l'Éducation nationale a publié samedi les résultats de la",
        'session normale…',
      ],
      [
        'Hôpitaux : les urgences de Casablanca sous pression cet été',
        "Les services d'urgence du CHU Ibn Rochd ont accueilli près de 600 patients par",
        'jour…',
      ],
      [
        'Écoles pionnières : 2 000 établissements de plus à la rentrée',
        'Le programme sera étendu à la moitié des écoles primaires publiques de la',
        'région…',
      ],
    ];
    const text = page([
      'Salma Idrissi',
      '',
      ...units.flatMap(([title, a, b]) => [
        title ?? '',
        '',
        'Par Salma Idrissi | 14/06/2025',
        '',
        a ?? '',
        b ?? '',
        '',
      ]),
      '© 2025 Casa Matin',
    ]);
    const a = parseArticle(text, { url: 'https://www.casamatin.ma/auteur/salma-idrissi' });
    expect(a.items?.map((i) => i.title)).toEqual(units.map((u) => u[0]));
  });

  test("lynx's numbered links and its list of references at the end (`lynx -dump` without `-nolist`): the article, not a listing", () => {
    // Addresses run past the wrap width, share links with spaces in them among them.
    const refs = Array.from({ length: 230 }, (_, k) =>
      k % 5 === 0
        ? `${String(k + 1).padStart(4)}. mailto:?subject=Shared from The Herald&body=https://www.example.com/business/471033-port-traffic-up-nine-percent-in-the-first-half-${k}`
        : `${String(k + 1).padStart(4)}. https://www.example.com/section-${k}/story-${k}?utm_source=lynx&utm_medium=dump&utm_campaign=references-${k}`,
    );
    const text = page([
      '     * [1]Home',
      '     * [2]World',
      '     * [3]Business',
      '',
      'Port traffic up nine percent in the first half',
      '',
      '   By [4]Amina Saidi - 11/19/19 06:56 AM EST',
      '',
      ...PARAGRAPHS.flatMap((p) => [...wrap(p, 76, '   '), '']),
      'References',
      '',
      ...refs,
      '',
      '   Hidden links:',
      ' 231. file://localhost/',
    ]);
    const a = parseArticle(text);
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Port traffic up nine percent in the first half');
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.paragraphs.map((p) => p.text.replace(/\s+/gu, ' '))).toEqual(PARAGRAPHS);
  });
  test("lynx's link numbers inside the text (`the [12]port authority`) are left out of every field's text, and kept in its span", () => {
    const linked = [
      'The [5]port authority of Tangier said on Tuesday that container traffic rose by nine percent in the first half of the year, driven by new shipping lines to [6]West Africa.',
      'Officials expect the growth to continue through the autumn, when two more cranes are due to enter service [7] and the rail link is completed.',
    ];
    const plain = [
      'The port authority of Tangier said on Tuesday that container traffic rose by nine percent in the first half of the year, driven by new shipping lines to West Africa.',
      'Officials expect the growth to continue through the autumn, when two more cranes are due to enter service and the rail link is completed.',
    ];
    const text = page([
      '     * [1]Home',
      '     * [2]Business',
      '',
      '[3]Port traffic up nine percent in the first half',
      '',
      '   By [4]Amina Saidi',
      '',
      ...linked.flatMap((p) => [...wrap(p, 76, '   '), '']),
      ...PARAGRAPHS.slice(2).flatMap((p) => [...wrap(p, 76, '   '), '']),
      '   Read more: [8]Cranes arrive at the east quay of the port',
      '',
      ...REFERENCES,
    ]);
    const a = parseArticle(text);
    expect(a.title).toBe('Port traffic up nine percent in the first half');
    expect(a.paragraphs.map((p) => p.text)).toEqual([...plain, ...PARAGRAPHS.slice(2)]);
    expect(a.related.map((r) => r.title)).toEqual(['Cranes arrive at the east quay of the port']);
    // The spans still cover what the dump printed, numbers included.
    const first = a.paragraphs[0];
    expect(first && text.slice(first.start, first.end).startsWith('The [5]port authority')).toBe(
      true,
    );
  });
  test.each([
    ['the [12]port authority', 'the port authority'],
    ['[6]Amina Saidi', 'Amina Saidi'],
    ['due to enter service [7] and the rail link', 'due to enter service and the rail link'],
    ['the quay.[9]', 'the quay.'],
    ['rose [1][2]sharply', 'rose sharply'],
  ])('a link number is read out of %j', (text, want) => {
    expect(dropLinkNumbers(text)).toBe(want);
  });
  test.each([
    'an array a[i] and a [ 12] gap',
    'a year [2024a] in a note',
    'six digits [123456] are no link number',
    'an empty [] pair',
  ])('control: %j has no link number and reads as written', (text) => {
    expect(dropLinkNumbers(text)).toBe(text);
  });
  test('control: numbers in brackets in a dump with no list of references stay text', () => {
    const cited = `${PARAGRAPHS[0]} Traffic had fallen the year before [1].`;
    const text = page(['Port traffic up nine percent', '', cited, '', ...PARAGRAPHS.slice(1)]);
    expect(parseArticle(text).paragraphs[0]?.text).toBe(cited);
  });
  test('control: a heading `References` over a bibliography of the text stays text', () => {
    const text = page([
      'Port traffic up nine percent',
      ...PARAGRAPHS,
      'References',
      'Alaoui, K. (2024). The ports of the strait and their trade over two centuries. Tangier: Editions du Nord.',
    ]);
    expect(parseArticle(text).paragraphs.at(-1)?.text.startsWith('Alaoui, K.')).toBe(true);
  });
  const lines = [
    '     * Home',
    '     * Economy',
    '',
    'Port traffic in Tangier up nine percent in first half',
    '',
    ...PARAGRAPHS.flatMap((p) => [...wrap(p, 76, '   '), '']),
    '   © 2025 Example Media',
  ];
  const input = lines.join('\n');
  const a = parseArticle(input);

  test('joins each wrapped paragraph back into one', () => {
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
  test('a joined paragraph spans its wrapped lines; its text is the slice with line breaks read as spaces', () => {
    const first = a.paragraphs[0];
    expect(first).toBeDefined();
    if (!first) return;
    const slice = input.slice(first.start, first.end);
    expect(slice).toContain('\n');
    expect(foldLineBreaks(slice)).toBe(first.text);
    checkArticle(input, a);
  });
  test('the headline is found and the input is not read as a listing', () => {
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Port traffic in Tangier up nine percent in first half');
  });
  test('a long list of one-line items beside the wrapped paragraphs does not hide the wrap', () => {
    // A blog's archive in the sidebar: many items whose lines stop near the width, none wrapped.
    const names = [
      'harbour master',
      'port authority',
      'customs office',
      'ferry company',
      'fishermen union',
    ];
    const archive = Array.from(
      { length: 30 },
      (_, k) =>
        `   + Feb ${String((k % 27) + 1).padStart(2, '0')}, 2020 Letter to the ${names[k % 5]} about berth ${k}${'s'.repeat(k % 7)}`,
    );
    const text = [
      'Port traffic in Tangier up nine percent in first half',
      '',
      ...PARAGRAPHS.flatMap((p) => [...wrap(p, 76, '   '), '']),
      ...archive,
    ].join('\n');
    const b = parseArticle(text);
    expect(b.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
  test('lines that run past the width with spaces in them mean the text is not wrapped', () => {
    // Two hundred entries near one length, as a padded table gives, and three one-line paragraphs.
    const short = Array.from(
      { length: 200 },
      (_, k) =>
        `   Item ${String(k).padStart(3, '0')} of a list whose entries stop near seventy col${'x'.repeat(k % 5)}`,
    );
    const long = PARAGRAPHS.slice(0, 3).map((p) => `   ${p}`);
    const mixed = [...short.slice(0, 100), ...long, ...short.slice(100)].join('\n');
    const b = parseArticle(mixed);
    for (const p of b.paragraphs) expect(mixed.slice(p.start, p.end)).toBe(p.text);
    expect(b.paragraphs.some((p) => p.text.includes('Item 1 of'))).toBe(false);
  });
  test('foldLineBreaks is public and refuses a non-string with a TypeError', () => {
    expect(publicFold).toBe(foldLineBreaks);
    expect(foldLineBreaks('a  \n   b\r\nc')).toBe('a b c');
    expect(foldLineBreaks('no break')).toBe('no break');
    expect(() => foldLineBreaks(3 as unknown as string)).toThrow(
      'foldLineBreaks: expected text to be a string, got a number',
    );
  });
  test('text written one line per paragraph is left as it is', () => {
    const plain = PARAGRAPHS.join('\n\n');
    const b = parseArticle(plain);
    for (const p of b.paragraphs) expect(plain.slice(p.start, p.end)).toBe(p.text);
  });
  test("an image's alt text echoed by its caption stays out when both are wrapped at different places", () => {
    const alt =
      'A container ship waits at the entrance of the port of Tangier on a grey morning in May';
    const text = [
      'Port traffic in Tangier up nine percent',
      '',
      ...PARAGRAPHS.slice(0, 2).flatMap((p) => [...wrap(p, 76, '   '), '']),
      ...wrap(alt, 76, '   '),
      '',
      ...wrap(`Enlarge ${alt}`, 76, '   '),
      '   © Karim Benali / Reuters',
      '',
      ...PARAGRAPHS.slice(2).flatMap((p) => [...wrap(p, 76, '   '), '']),
    ].join('\n');
    // The case itself: the alt text and the caption break their lines at different words.
    expect(wrap(alt, 76, '   ')[0]?.trim()).not.toBe(
      wrap(`Enlarge ${alt}`, 76, '   ')[0]?.trim().slice('Enlarge '.length),
    );
    expect(parseArticle(text).paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
  test('a line cut short by the long word after it is still wrapped (German compounds)', () => {
    const german = [
      'Die Stadtverwaltung von Tanger hat am Dienstag mitgeteilt, dass die Hafenverwaltung die Planung für die neuen Jahre mit der Verkehrsinfrastrukturplanungsgesellschaft des Landes überarbeiten will, nachdem die Zahl der Container deutlich gestiegen ist.',
      'Nach Angaben der Behörde sollen zwei neue Kräne im Herbst in Betrieb gehen und die Bahnverbindung zur Industriezone endlich fertiggestellt werden, die seit drei Jahren auf sich warten lässt.',
      'Die Reedereien begrüßten die Zahlen, warnten aber, dass die Wartezeiten an den Toren weiterhin Stunden kosten und das neue Buchungssystem das Problem bisher nicht gelöst habe.',
    ];
    const wrapped = german.map((p) => wrap(p, 76, '   '));
    // The case itself: inside the first paragraph, a line stops well short of the width because the next word is long.
    const first = wrapped[0] ?? [];
    const short = first.findIndex(
      (l, i) =>
        i > 0 && l.length < 76 - 15 && (first[i + 1] ?? '').trim().split(' ')[0]?.length === 41,
    );
    expect(short).toBeGreaterThan(0);
    const text = [
      '     * Startseite',
      '     * Wirtschaft',
      '',
      'Hafen von Tanger plant neue Infrastruktur',
      '',
      ...wrapped.flatMap((w) => [...w, '']),
      '   © 2025 Beispiel Medien',
    ].join('\n');
    expect(parseArticle(text).paragraphs.map((p) => p.text)).toEqual(german);
  });
  test('an Arabic page of headlines of like length over one long paragraph is not hard-wrapped (no case to tell a wrap)', () => {
    const heads = [
      'الحكومة تصادق على مشروع قانون المالية لسنة 2026',
      'ارتفاع أسعار المحروقات في محطات الوقود بالمغرب',
      'الوداد يتعاقد مع مدرب جديد لقيادة الفريق',
      'أمطار رعدية مرتقبة بعدد من مناطق المملكة',
      'ميناء طنجة المتوسط يحقق رقما قياسيا في الرواج',
    ];
    const title = 'طنجة المتوسط: ارتفاع رواج الحاويات بتسعة في المائة';
    const lede =
      'أعلنت الوكالة الخاصة طنجة المتوسط، يوم الثلاثاء، أن حجم الحاويات التي عالجها الميناء ارتفع بنسبة تسعة في المائة خلال النصف الأول من السنة الجارية، مدفوعا بخطوط بحرية جديدة نحو غرب إفريقيا وإعادة فتح محطة كانت مغلقة للإصلاح.';
    const text = page([
      'آخر الأخبار',
      ...heads,
      '',
      title,
      'الأربعاء 16 يوليوز 2025 - 10:15',
      '',
      lede,
      '',
      'جميع الحقوق محفوظة © 2025',
    ]);
    const a = parseArticle(text);
    expect(a.title).toBe(title);
    expect(a.publishedAt).toBe('2025-07-16T10:15');
    expect(a.paragraphs.map((p) => p.text)).toEqual([lede]);
  });
  test("a teaser cut with an ellipsis over the next teaser's linked headline (`[8]…`) is no wrap of it", () => {
    // lynx prints a box's excerpt and the next unit's link on consecutive lines.
    const units = [
      [
        'Subventions : ce que prévoit la loi de finances pour 2026',
        'Le texte prévoit une baisse des subventions aux carburants et au gaz…',
      ],
      [
        'Commerce : les prix des fruits et légumes en hausse',
        'Les prix ont augmenté de 12 % en un mois sur les marchés…',
      ],
    ];
    const text = [
      'Port traffic in Tangier up nine percent in first half',
      '',
      ...PARAGRAPHS.flatMap((p) => [...wrap(p, 76, '   '), '']),
      'À lire aussi',
      '',
      `   [7]${units[0]?.[0]}`,
      '',
      `   ${units[0]?.[1]}`,
      `   [8]${units[1]?.[0]}`,
      '',
      `   ${units[1]?.[1]}`,
      '',
      ...REFERENCES,
    ].join('\n');
    // The case itself: the headline's first word, with its number, would not have fitted after the excerpt.
    expect((units[0]?.[1]?.length ?? 0) + 3 + 1 + '[8]Commerce'.length).toBeGreaterThan(76 - 3);
    const a = parseArticle(text);
    expect(a.related.map((r) => r.title)).toEqual(units.map((u) => u[0]));
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
  test.each([
    ['Tags : port commerce transport', 'Tags'],
    ['Mots-clés : port, commerce', 'Mots-clés'],
    ['Étiquettes : Tanger, ports', 'Étiquettes'],
    ['© 2025 Journal du Détroit', '©'],
  ])(
    'a label line printed right under a paragraph that ends a sentence is no wrap of it (%j)',
    (label, word) => {
      // lynx prints the tags' <div> on the line under the last paragraph, with no blank line between.
      const last = `${PARAGRAPHS[3]} The carriers are expected to answer by the end of next week, the authority said on Tuesday in a statement.`;
      const lines = wrap(last, 76, '   ');
      // The case itself: the label's first word would not have fitted on the paragraph's last line.
      const end = lines.at(-1) ?? '';
      expect(end.length + 1 + word.length).toBeGreaterThan(76 - 3);
      const text = [
        '     * Accueil',
        '     * Economie',
        '',
        'Port traffic in Tangier up nine percent in first half',
        '',
        ...PARAGRAPHS.slice(0, 3).flatMap((p) => [...wrap(p, 76, '   '), '']),
        ...lines,
        `   ${label}`,
        '   Amina Saidi',
        '',
        '   © 2025 Example Media',
      ].join('\n');
      const a = parseArticle(text);
      expect(a.paragraphs.at(-1)?.text).toBe(last);
      expect(a.paragraphs.map((p) => p.text).join(' ')).not.toContain(label);
    },
  );
});

describe("a columnist's name and trade between the headline and the date", () => {
  test.each([
    ['Karim Alaoui', 'Urbaniste et chroniqueur'],
    ['Amina Saidi', 'Senior correspondent in Rabat'],
    ['Karim Alaoui', 'Journaliste'],
  ])('%s over “%s”: the headline stays the title, the name is the author', (name, trade) => {
    const a = parseArticle(
      page([
        ...MENU,
        'Opinions',
        'The summer our cities ran out of shade',
        name,
        trade,
        'Le 22 juillet 2025 à 07h00',
        ...PARAGRAPHS,
        ...FOOTER,
      ]),
    );
    expect(a.title).toBe('The summer our cities ran out of shade');
    expect(a.authors).toEqual([name]);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
  test('the name printed twice (the photo’s alt text, then the name, as w3m and lynx print them) is no repeated title', () => {
    const a = parseArticle(
      page([
        ...MENU,
        'Opinions',
        'The summer our cities ran out of shade',
        'Youssef Benkirane',
        'Youssef Benkirane',
        'Urbaniste et chroniqueur',
        'Le 22 juillet 2025 à 07h00',
        ...PARAGRAPHS,
        ...FOOTER,
      ]),
    );
    expect(a.title).toBe('The summer our cities ran out of shade');
    expect(a.authors).toEqual(['Youssef Benkirane']);
  });
  test("the author's box after the column (the name again, a biography) is not the column's text", () => {
    const bio =
      'Urbaniste, enseignant à l’École nationale d’architecture de Rabat, il tient cette chronique chaque mardi depuis 2019.';
    const a = parseArticle(
      page([
        ...MENU,
        'The summer our cities ran out of shade',
        'Youssef Benkirane',
        'Le 22 juillet 2025 à 07h00',
        ...PARAGRAPHS,
        'Youssef Benkirane',
        bio,
        'Toutes ses chroniques',
        ...FOOTER,
      ]),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(a.authors).toEqual(['Youssef Benkirane']);
  });
  test.each([
    "Les opinions exprimées dans cette chronique n'engagent que leur auteur.",
    'The views expressed in this column are the author’s own and do not necessarily reflect those of Example Media.',
    'المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع.',
  ])('the column’s disclaimer under it (%s) is not its text', (disclaimer) => {
    const a = parseArticle(
      page([
        ...MENU,
        'The summer our cities ran out of shade',
        'Le 22 juillet 2025 à 07h00',
        ...PARAGRAPHS,
        disclaimer,
        ...FOOTER,
      ]),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
  test('control: a sentence quoting a disclaimer inside a long paragraph stays', () => {
    const quoting = `${PARAGRAPHS[1]} The ministry added that the figures do not necessarily reflect the views of the carriers, who will publish their own.`;
    const a = parseArticle(
      page([
        ...MENU,
        'The summer our cities ran out of shade',
        'Le 22 juillet 2025 à 07h00',
        PARAGRAPHS[0] ?? '',
        quoting,
        ...PARAGRAPHS.slice(2),
        ...FOOTER,
      ]),
    );
    expect(a.paragraphs.map((p) => p.text)).toContain(quoting);
  });
  test('control: a name alone after the body that the header did not print stays (a poem’s or a letter’s signature)', () => {
    const a = parseArticle(
      page([
        ...MENU,
        'The summer our cities ran out of shade',
        'Le 22 juillet 2025 à 07h00',
        ...PARAGRAPHS,
        'Amina Saidi',
        PARAGRAPHS[0] ?? '',
        ...FOOTER,
      ]),
    );
    expect(a.paragraphs.map((p) => p.text)).toContain('Amina Saidi');
  });
  test('control: a headline naming a trade over a date line is still the title', () => {
    const a = parseArticle(
      page([
        ...MENU,
        'Opinions',
        'Why every newsroom needs a correspondent in Dakhla',
        'Le 22 juillet 2025 à 07h00',
        ...PARAGRAPHS,
        ...FOOTER,
      ]),
    );
    expect(a.title).toBe('Why every newsroom needs a correspondent in Dakhla');
  });
});

describe("a listing's pager", () => {
  const units = [
    'Port traffic in Tangier up nine percent',
    'The port authority said container traffic rose in the first half of the year…',
    'Casablanca opens its second tramway line',
    'The new line links the eastern districts to the city centre in twenty minutes…',
    'Rail traffic doubles on the high-speed line',
    'The national railway operator said ridership had doubled since the line opened…',
  ];
  test.each([
    'Articles plus anciens',
    '1 2 3 Suivant »',
    '« Précédent 1 2 3 Suivant »',
    'Older posts',
    '[12]Next page',
    'الصفحة التالية',
  ])('%s under the teasers is no item', (pager) => {
    const a = parseArticle(page([...units, pager, ...FOOTER]), {
      url: 'https://news.example.com/auteur/amina-saidi',
    });
    expect(a.items?.map((i) => i.title)).toEqual([units[0], units[2], units[4]]);
  });
});

describe('a short brief beside a sidebar of cut teasers (w3m and lynx print the sidebar first)', () => {
  const EXCERPT =
    'Shipping lines divert their vessels to Tangier and Valencia while the talks between the unions and the port';
  const SIDEBAR = [
    'Latest news',
    '',
    ...[
      'Dockers in Algeciras extend their strike',
      'Fishermen protest against falling prices',
      'A third ferry line across the strait',
      'Rail freight to the industrial zone starts',
      'New cranes arrive from Shanghai',
    ].flatMap((h, i) => [`  • ${h}`, '', `    ${EXCERPT.slice(0, 80 + 5 * i)}…`, '']),
  ];
  const BRIEF = PARAGRAPHS[0] ?? '';
  const brief = (header: string[]): string =>
    page([
      'Home Economy',
      '',
      ...SIDEBAR,
      'Port traffic at Tangier up nine percent',
      '',
      ...header,
      BRIEF,
      '',
      'About us · Contact',
    ]);

  test.each([[['By Amina Saidi | 12 March 2024', '']], [['12 March 2024', '']]])(
    'its one header (headline, %j, a whole paragraph) makes it an article',
    (header) => {
      const a = parseArticle(brief(header));
      expect(a.kind).toBe('article');
      expect(a.paragraphs.map((p) => p.text)).toContain(BRIEF);
    },
  );

  test('an Arabic brief beside its sidebar (`آخر الأخبار`): article, title, author, day and body', () => {
    const excerpt = 'تحول شركات الشحن سفنها نحو طنجة وفالنسيا في حين تتعثر المفاوضات بين النقابات';
    const heads = [
      'عمال الموانئ يمددون إضرابهم',
      'الصيادون يحتجون على انخفاض الأسعار',
      'خط ثالث للعبارات عبر المضيق',
    ];
    const lead =
      'أعلنت سلطة ميناء طنجة يوم الثلاثاء أن حركة الحاويات ارتفعت بنسبة تسعة في المائة خلال النصف الأول من السنة، مدفوعة بخطوط شحن جديدة نحو غرب إفريقيا.';
    const text = page([
      'آخر الأخبار',
      '',
      ...heads.flatMap((h) => [`     * ${h}`, `       ${excerpt}…`]),
      '',
      'ارتفاع حركة ميناء طنجة بنسبة تسعة في المائة',
      '',
      'بقلم أمينة السعيدي | 12 مارس 2024',
      '',
      lead,
      '',
    ]);
    const a = parseArticle(text);
    expect(a.kind).toBe('article');
    expect(a.title).toBe('ارتفاع حركة ميناء طنجة بنسبة تسعة في المائة');
    expect(a.authors).toEqual(['أمينة السعيدي']);
    expect(a.publishedAt).toBe('2024-03-12');
    expect(a.paragraphs.map((p) => p.text)).toEqual([lead]);
  });

  test('control: a listing whose units each print a headline, a date and a whole paragraph stays a listing', () => {
    const units = [
      'Dockers in Algeciras extend their strike',
      'Fishermen protest against falling prices',
      'A third ferry line across the strait',
    ].flatMap((h, i) => [h, '', `1${i} March 2024`, '', PARAGRAPHS[i] ?? '', '']);
    const a = parseArticle(page(['Home Economy', '', ...SIDEBAR, ...units, 'About us · Contact']));
    expect(a.kind).toBe('listing');
  });
});

describe('a read-more link lynx wraps across two lines', () => {
  test('`… Lire la` ⏎ `suite »` closes the excerpt: a tag page is a listing with its items', () => {
    const heads = [
      'Les dockers d’Algésiras prolongent leur grève',
      'Les pêcheurs protestent contre la chute des prix',
      'Une troisième ligne de ferry sur le détroit',
    ];
    const units = heads.flatMap((h) => [
      h,
      '',
      '   Publié le 10 mars 2024',
      '',
      '   Les compagnies maritimes détournent leurs navires tandis que les',
      '   négociations entre les syndicats et l’autorité portuaire piéti… Lire la',
      '   suite »',
      '',
    ]);
    const text = page([
      '   Accueil Économie Politique Sport',
      '',
      '                            Tag : transport maritime',
      '',
      ...units,
      '   ©',
    ]);
    const a = parseArticle(text);
    expect(a.kind).toBe('listing');
    expect((a.items ?? []).map((i) => i.title)).toEqual(heads);
    expect(readMoreSuffix('… piéti… Lire la    suite »')).toBe('… piéti… '.length);
  });
});

describe("a web listing's teaser units: headline, date, excerpt", () => {
  const AR_UNITS: Array<[string, string]> = [
    [
      'عمال الموانئ يمددون إضرابهم',
      'قرر عمال ميناء الجزيرة الخضراء تمديد إضرابهم أسبوعا آخر بعد فشل جولة جديدة من المفاوضات…',
    ],
    [
      'الصيادون يحتجون على انخفاض الأسعار',
      'تجمع مئات الصيادين أمام سوق الجملة في أكادير للمطالبة بسعر أدنى للسردين هذا الموسم…',
    ],
    [
      'خط ثالث للعبارات عبر المضيق',
      'تعتزم شركة إسبانية تشغيل ست رحلات يومية بين طريفة وطنجة ابتداء من فصل الربيع المقبل…',
    ],
    [
      'انطلاق نقل البضائع بالسكك الحديدية',
      'ستنطلق أولى القطارات نحو المنطقة الصناعية الشهر المقبل بعد ثلاث سنوات من التأخير…',
    ],
    [
      'رافعات جديدة تصل من شنغهاي',
      'وصلت رافعتان جديدتان إلى الرصيف الشرقي ومن المنتظر أن تدخلا الخدمة قبل نهاية الصيف…',
    ],
  ];

  test('every Arabic unit is an item, its date read between headline and excerpt', () => {
    const text = page([
      'الرئيسية اقتصاد سياسة',
      '',
      'اقتصاد',
      '',
      ...AR_UNITS.flatMap(([h, e]) => [h, '', '12 مارس 2024', '', e, '']),
      '©',
    ]);
    const a = parseArticle(text);
    expect(a.kind).toBe('listing');
    expect((a.items ?? []).map((i) => i.title)).toEqual(AR_UNITS.map(([h]) => h));
    expect((a.items ?? []).map((i) => i.publishedAt)).toEqual(AR_UNITS.map(() => '2024-03-12'));
  });

  test("a sidebar's headlines under the listing are no items", () => {
    const units = [
      [
        'Les dockers d’Algésiras prolongent leur grève',
        'Les dockers ont voté mardi la poursuite du mouvement après l’échec d’une nouvelle réunion avec la direction du…',
      ],
      [
        'Les pêcheurs protestent contre la chute des prix',
        'Plusieurs centaines de pêcheurs se sont rassemblés devant la halle d’Agadir pour réclamer un prix minimum de la…',
      ],
      [
        'Une troisième ligne de ferry sur le détroit',
        'Un armateur espagnol prévoit six traversées par jour entre Tarifa et Tanger à partir du printemps, avec un nouveau…',
      ],
      [
        'Le fret ferroviaire démarre enfin',
        'Les premiers trains de marchandises rouleront le mois prochain vers la zone industrielle, avec trois ans de retard sur…',
      ],
    ];
    const sidebar = ['Populaires', '', ...units.map(([h]) => `  • ${h}`), ''];
    const text = page([
      'Accueil Économie Politique Sport',
      '',
      'Économie',
      '',
      ...units.flatMap(([h, e]) => [h ?? '', '', '12 mars 2024', '', `${e} Lire la suite »`, '']),
      ...sidebar,
      '©',
    ]);
    const a = parseArticle(text);
    expect(a.kind).toBe('listing');
    expect((a.items ?? []).map((i) => i.title)).toEqual(units.map(([h]) => h));
  });
});

describe('listing pages', () => {
  const teasers = page([
    'Port traffic in Tangier up nine percent',
    'The port authority said container traffic rose in the first half of the year…',
    'Casablanca opens its second tramway line',
    'The new line links the eastern districts to the city centre in twenty minutes…',
    'Rail traffic doubles on the high-speed line',
    'The national railway operator said ridership had doubled since the line opened…',
  ]);
  test.each([
    'https://news.example.com/tag/transport',
    'https://news.example.com/category/economy/',
    'https://news.example.com/search?q=port',
    'https://news.example.com/2013/02/page/5',
    'https://news.example.com/economy?page=3',
    'https://news.example.com/author/amina-saidi',
    'https://news.example.com/columns/amina-saidi/5/2010',
    'https://news.example.com/sport/2020/05/',
    'https://news.example.com/tag/le-front-polisario',
  ])('%s is a listing: no title, date or body invented', (url) => {
    const a = parseArticle(teasers, { url });
    expect(a.kind).toBe('listing');
    expect(a.title).toBeUndefined();
    expect(a.publishedAt).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
  });
  test('the teasers become items with their spans', () => {
    const a = parseArticle(teasers, { url: 'https://news.example.com/tag/transport' });
    expect(a.items?.map((i) => i.title)).toEqual([
      'Port traffic in Tangier up nine percent',
      'Casablanca opens its second tramway line',
      'Rail traffic doubles on the high-speed line',
    ]);
    for (const item of a.items ?? []) expect(item.end).toBeGreaterThan(item.start);
  });
  test("a month's archive under a section or an author (`/columns/<author>/5/2010`) is a listing even when its first teaser reads like an article", () => {
    const text = page([
      'A regional role to look for',
      'Wednesday 26 May 2010 - 10:12',
      'The newspaper published on Saturday an article whose title raised my curiosity for two reasons: the first is that it concerned a study described as academic,',
    ]);
    const archive = parseArticle(text, {
      url: 'https://news.example.com/columns/amina-saidi/5/2010',
    });
    expect(archive.kind).toBe('listing');
    expect(archive.title).toBeUndefined();
    expect(archive.publishedAt).toBeUndefined();
    // No teaser was read as an item: the listing's language is its first lines'.
    expect(archive.lang).toBe('en');
    expect(
      parseArticle(text, {
        url: 'https://news.example.com/columns/amina-saidi/a-regional-role-to-look-for',
      }).kind,
    ).toBe('article');
  });
  test.each([
    'https://news.example.com/2019/11/18/port-traffic-up/',
    'https://news.example.com/page/index.php?id=3',
    'https://news.example.com/news_view.html?idx=8723&page=1',
    'https://news.example.com/eng/news/275221/',
    'https://news.example.com/sport/2020/05/ramadan-football-schedule',
    'https://news.example.com/ideas/archive/2020/08/port-traffic-is-rising-again/615610/',
    'https://news.example.com/category/economy/port-traffic-is-rising-again',
  ])('%s alone does not make an article page a listing', (url) => {
    const a = parseArticle(page(PARAGRAPHS), { url });
    expect(a.kind).toBe('article');
  });
  test('a web listing: kicker, headline, excerpt, byline, date and read-more per unit', () => {
    const units = [
      [
        'Port traffic in Tangier up nine percent in the first half',
        'The port authority said container traffic rose again…',
        '12 August 2024',
      ],
      [
        'Casablanca opens its second tramway line to the east',
        'The new line links the eastern districts to the centre…',
        '9 August 2024',
      ],
      [
        'Rail traffic doubles on the high-speed line this summer',
        'The railway operator said ridership had doubled since…',
        '2 August 2024',
      ],
      [
        'Agadir airport welcomes two new routes to Europe',
        'Two low-cost carriers will fly to Lyon and Brussels from…',
        '29 July 2024',
      ],
    ];
    const page = [
      'Tag: transport',
      'Stories about ports, trains and planes across the region, updated every day.',
      'Showing 1–4 of 37 articles',
      ...units.flatMap(([title, excerpt, date]) => [
        'Transport',
        title,
        excerpt,
        'By Amina Saidi',
        date,
        'Read more',
      ]),
    ].join('\n');
    const a = parseArticle(page, { url: 'https://news.example.com/tag/transport/' });
    expect(a.items?.map((i) => i.title)).toEqual(units.map((u) => u[0]));
    expect(a.items?.map((i) => i.teaser)).toEqual(units.map((u) => u[1]));
    expect(a.items?.[0]?.publishedAt).toBe('2024-08-12');
    for (const i of a.items ?? [])
      expect(page.slice(i.start, i.end).startsWith(i.title ?? '')).toBe(true);
  });
  const post = (box: string[]) =>
    page([
      ...MENU,
      'Keep our harbours clean!',
      'Posted by Harbour Blog on 23 February 2020',
      'The poster contest for children takes place for the sixth time this year.',
      'Send your poster to the club before the third of April.',
      ...box,
      ...teasers.split('\n'),
      ...FOOTER,
    ]);
  const POST_BODY = [
    'The poster contest for children takes place for the sixth time this year.',
    'Send your poster to the club before the third of April.',
  ];
  test('a short post keeps its body over a heavier box of cut teasers under a heading', () => {
    const text = post(['Related posts']);
    const a = parseArticle(text);
    expect(a.kind).toBe('article');
    expect(a.paragraphs.map((p) => p.text)).toEqual(POST_BODY);
    checkArticle(text, a);
  });
  test('an address that names one article (a slug of three words or more) makes it an article', () => {
    const text = post([]);
    // With no heading over the teasers, the text alone reads as a listing…
    expect(parseArticle(text).kind).toBe('listing');
    // …the article's address says otherwise…
    const a = parseArticle(text, { url: 'https://blog.example.org/keep-our-harbours-clean/' });
    expect(a.kind).toBe('article');
    expect(a.paragraphs[0]?.text).toBe(POST_BODY[0]);
    // …and a listing's address still wins over a slug.
    const tag = parseArticle(text, { url: 'https://blog.example.org/tag/keep-our-harbours-clean' });
    expect(tag.kind).toBe('listing');
  });
  test('an article with a sidebar of teasers is an article', () => {
    const a = parseArticle(page([...PARAGRAPHS, 'Most read', ...teasers.split('\n')]));
    expect(a.kind).toBe('article');
    expect(a.text).not.toContain('tramway');
  });
});

describe('a tag page as `lynx -dump` prints it (link numbers, references)', () => {
  const units = [
    [
      'Tanger Med : le trafic de conteneurs bondit de 9 % au premier semestre',
      '16/07/2025',
      [
        'Le port a traité plus de 4,5 millions de conteneurs entre janvier et',
        "juin, porté par les nouvelles lignes vers l'Afrique de l'Ouest…",
      ],
    ],
    [
      'Port de Nador West Med : les premiers navires attendus en 2026',
      '12/07/2025',
      [
        'Le chantier du nouveau port de la Méditerranée orientale entre dans sa',
        "dernière phase, a annoncé l'agence chargée du projet…",
      ],
    ],
    [
      "Logistique : le Maroc mise sur ses ports de l'Atlantique",
      '08/07/2025',
      [
        "Le plan national prévoit d'investir dans les ports de Kénitra, Dakhla",
        "et Safi d'ici à 2030, selon le ministère de l'Équipement…",
      ],
    ],
  ] as const;
  const lines = [
    '     * [1]Accueil',
    '     * [2]Économie',
    '',
    '                            Étiquette : Tanger Med',
    '',
  ];
  let n = 3;
  for (const [title, day, excerpt] of units) {
    lines.push(
      `[${n++}]${title}`,
      '',
      `   ${day}`,
      '',
      ...excerpt.map((l) => `   ${l}`),
      `   [${n++}]Lire la suite`,
      '',
    );
  }
  lines.push(
    'References',
    '',
    ...Array.from({ length: n - 1 }, (_, k) => `   ${k + 1}. https://www.example.ma/a/${k}`),
  );
  const a = parseArticle(page(lines));
  test('a listing of every unit, read-more links and numbers out of the teasers', () => {
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => i.title)).toEqual(units.map((u) => u[0]));
    for (const item of a.items ?? []) expect(item.teaser?.endsWith('…')).toBe(true);
    expect(a.items?.map((i) => i.publishedAt)).toEqual(['2025-07-16', '2025-07-12', '2025-07-08']);
  });
});

describe('a labelled box of related headlines printed as a list (w3m, lynx)', () => {
  test.each(['*', '•'])(
    '`%s <headline>` under `Read also:`: the headline, its span after the bullet',
    (bullet) => {
      const heads = [
        'Cranes arrive at the east quay of the port',
        'A new gate opens for trucks at the port',
      ];
      const text = page([
        'Port traffic up nine percent',
        '',
        PARAGRAPHS[0] ?? '',
        '',
        'Read also:',
        ...heads.map((h) => `   ${bullet} ${h}`),
        '',
        ...PARAGRAPHS.slice(1),
      ]);
      const a = parseArticle(text);
      expect(a.related.map((r) => r.title)).toEqual(heads);
      for (const r of a.related) expect(text.slice(r.start, r.end)).toBe(r.title);
    },
  );
  test.each(['Articles similaires', 'Sur le même sujet', 'Related articles', 'مقالات ذات صلة'])(
    'a box headed `%s` under the article: its headlines are related links',
    (label) => {
      const heads = [
        'Blé dur : hausse des prix de cession aux minoteries',
        'Agriculture : lancement de la campagne labours-semailles',
      ];
      const text = page([
        'Port traffic up nine percent',
        '',
        ...PARAGRAPHS,
        '',
        label,
        ...heads,
        '',
        '© 2025 Example Media',
      ]);
      const a = parseArticle(text);
      expect(a.related.map((r) => r.title)).toEqual(heads);
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    },
  );
  test('a labelled box of teasers, each a headline over its excerpt: every headline is a link, no excerpt is body', () => {
    const units = [
      [
        'Subventions : ce que prévoit la loi de finances 2026',
        'Le texte prévoit une baisse des subventions aux carburants…',
      ],
      [
        'Commerce : les prix des fruits et légumes en hausse',
        'Les prix ont augmenté de 12 % en un mois sur les marchés…',
      ],
      [
        'Port de Tanger : deux nouvelles grues en service',
        'Les deux grues portent la capacité du terminal à un million de conteneurs…',
      ],
    ];
    const text = page([
      'Port traffic up nine percent',
      '',
      ...PARAGRAPHS,
      '',
      'À lire aussi',
      ...units.flat(),
      'Les plus lus',
      '1. Le MCA rejoint la finale',
    ]);
    const a = parseArticle(text);
    expect(a.related.map((r) => r.title)).toEqual(units.map((u) => u[0]));
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
  test("guard: after one teaser under the label, a sub-heading over the article's next paragraph stays in the body", () => {
    const text = page([
      'Port traffic up nine percent',
      '',
      ...PARAGRAPHS.slice(0, 2),
      'À lire aussi',
      'Subventions : ce que prévoit la loi de finances 2026',
      'Le texte prévoit une baisse des subventions aux carburants…',
      'What the carriers want',
      ...PARAGRAPHS.slice(2),
    ]);
    const a = parseArticle(text);
    expect(a.related.map((r) => r.title)).toEqual([
      'Subventions : ce que prévoit la loi de finances 2026',
    ]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      ...PARAGRAPHS.slice(0, 2),
      'What the carriers want',
      ...PARAGRAPHS.slice(2),
    ]);
  });
});

describe('sniffing and glued pages', () => {
  test('prose that mentions a tag stays text', () => {
    const text =
      'How to use <noun>.js in a page\nThe library reads <div class="story"> blocks and keeps the rest, the author explained in a post on Monday.';
    expect(sniffFormat(text)).toBe('text');
    const a = parseArticle(text);
    for (const p of a.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
  test("crawler text printing a noscript block's escaped markup on a few lines stays text", () => {
    const noscript = '<div><img src="https://stats.example.com/pixel.gif?c=1&amp;d=2" /></div>';
    const branding = '<span class=firstTabBranding>Harbour News</span> '.repeat(6);
    const text = [
      noscript,
      ...MENU,
      branding,
      'Port traffic up nine percent',
      ...PARAGRAPHS,
      '<div><a href="https://ads.example.com/jump"><img alt="" src="https://ads.example.com/ad.gif"></a></div>',
      ...FOOTER,
    ].join('\n');
    expect(sniffFormat(text)).toBe('text');
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
  });
  test("a page opened by a server's warnings in markup, over its first 8 kB, is HTML", () => {
    const warning =
      '<br />\n<b>Deprecated</b>:  Assigning the return value of new by reference is deprecated in <b>/www/htdocs/wp-settings.php</b> on line <b>520</b><br />\n';
    expect(
      sniffFormat(
        `${warning.repeat(60)}<!DOCTYPE html><html><head><title>x</title></head><body><p>y</p></body></html>`,
      ),
    ).toBe('html');
  });
  test('a page that starts with markup, or is made of it, is HTML', () => {
    expect(sniffFormat('<!doctype html><title>x</title>')).toBe('html');
    expect(sniffFormat('  <div class="a"><p>x</p></div>')).toBe('html');
    const fragment = `Header text ${'<p><a href="/x">x</a></p><div><span>y</span></div>'.repeat(4)}`;
    expect(sniffFormat(fragment)).toBe('html');
  });
  test('WET records glued into one string get a warning', () => {
    const record = (n: number) =>
      `WARC/1.0\nWARC-Type: conversion\nWARC-Target-URI: https://news.example.com/${n}\nContent-Length: 120\n\n${PARAGRAPHS[0]}\n\n`;
    const a = parseArticle([1, 2, 3].map(record).join(''));
    expect(
      a.warnings.some((w) => w.startsWith('several pages in one input: 3 crawl records')),
    ).toBe(true);
  });
  test('two HTML documents in one string get a warning', () => {
    const doc = '<!doctype html><html><body><p>One page.</p></body></html>';
    expect(parseArticle(doc + doc).warnings.some((w) => w.includes('2 HTML documents'))).toBe(true);
  });
  test('one page gets no such warning', () => {
    expect(parseArticle(page(PARAGRAPHS)).warnings.join(' ')).not.toContain('several pages');
  });
});

describe('the truncation warning', () => {
  const truncated = (text: string): boolean =>
    parseArticle(text).warnings.some((w) => w.startsWith('truncated'));

  test('a browser copy ending on its footer without a final newline is not called cut', () => {
    // innerText has no trailing newline; the last line is a footer link, not a cut sentence.
    const text = [
      ...MENU,
      'Container traffic at Tangier up nine percent',
      ...PARAGRAPHS,
      ...FOOTER.slice(0, 3),
    ].join('\n');
    expect(text.endsWith('Privacy Policy')).toBe(true);
    expect(bodyOf(text)).toEqual(PARAGRAPHS);
    expect(truncated(text)).toBe(false);
  });

  test('control: a text cut inside the body still says so', () => {
    const cut = PARAGRAPHS[2]?.slice(0, 120) ?? '';
    const text = [
      ...MENU,
      'Container traffic at Tangier up nine percent',
      ...PARAGRAPHS.slice(0, 2),
      cut,
    ].join('\n');
    expect(cut.endsWith(' ')).toBe(false);
    expect(truncated(text)).toBe(true);
  });
});
