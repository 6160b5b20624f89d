/**
 * What the fifth blind round's Arabic, English and cross-family dumps
 * (test/fixtures/dumps-blind29b/) found, each checked again on a page of its
 * own, with a guard where the fix could misfire: the site's day over its menu
 * on a page of headlines only, a headline led by its kicker over a deck of its
 * length, a latest-news box printed again at the page's foot, an author's box
 * (name, then a biography opening with the trade) over the header, an Arabic
 * column's disclaimer opening with `ولا`, and a share button's label under a
 * related box.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const LEAD_EN =
  'The port authority said on Monday that container traffic rose by a fifth in the first half of the year, driven by transhipment to West African ports.';
const SECOND_EN =
  'Officials expect the new terminal, due to open next spring, to add capacity for another million containers a year once both quays are working.';
const LEAD_AR =
  'أعلنت وزارة الفلاحة، أمس الإثنين، عن برنامج جديد لدعم صغار الفلاحين في المناطق الجبلية، يشمل توزيع البذور المختارة وتمويل مشاريع الري بالتنقيط.';
const SECOND_AR =
  'وأوضحت الوزارة أن البرنامج سيستفيد منه أزيد من عشرين ألف فلاح خلال السنتين المقبلتين، مع إعطاء الأولوية للتعاونيات النسائية.';
const HEADLINES_EN = [
  'Rail operator adds night trains between the two capitals',
  'Football federation names new coach for the under-20 side',
  'Wheat harvest forecast cut after a dry spring in the plains',
  'City council approves plan for a second ring road',
  'Tourism receipts reach a record for the month of May',
];

describe("the site's day over its menu, on a page of headlines only", () => {
  const page = (day: string) =>
    ['Harbour Times', day, 'Home', 'Politics', 'Business', 'Sport', 'Latest', ...HEADLINES_EN].join(
      '\n',
    );
  test('no title is taken over it, and it dates nothing', () => {
    const a = parseArticle(page('Wednesday 18 June 2025'));
    expect(a.title).toBeUndefined();
    expect(a.publishedAt).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
    expect(parseTicker(page('Wednesday 18 June 2025')).map((i) => i.text)).toEqual(HEADLINES_EN);
  });
  test("an article's own date line over its text still dates it", () => {
    const a = parseArticle(
      [
        'Harbour Times',
        'Home',
        'Business',
        'Port traffic climbs by a fifth as transhipment grows',
        'Wednesday 18 June 2025',
        LEAD_EN,
        SECOND_EN,
      ].join('\n'),
    );
    expect(a.title).toBe('Port traffic climbs by a fifth as transhipment grows');
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-06-18');
  });
  test("a dump opening with the headline: its date over the menu or a share bar is the article's", () => {
    const page = (headline: string, under: string[]) =>
      [headline, 'June 3, 2025', ...under, LEAD_EN, SECOND_EN].join('\n');
    const menu = parseArticle(
      page('Port traffic climbs by a fifth as transhipment grows', ['Home', 'Business', 'Sport']),
    );
    expect(menu.publishedAt?.slice(0, 10)).toBe('2025-06-03');
    const share = parseArticle(page('Port strike ends', ['Facebook', 'Twitter', 'WhatsApp']));
    expect(share.publishedAt?.slice(0, 10)).toBe('2025-06-03');
  });
});

describe('a headline led by its kicker over a deck of its length', () => {
  const page = (headline: string, deck: string) =>
    ['Home', 'Economy', headline, deck, 'By Nadia Karimi', 'June 3, 2025', LEAD_EN, SECOND_EN].join(
      '\n',
    );
  test('the kicker-led line is the title, the line under it no headline', () => {
    const a = parseArticle(
      page(
        "Analysis: 'The ports are winning the race the railways lost'",
        'Why shipping lines keep choosing the coast over the inland hubs',
      ),
    );
    expect(a.title).toBe("Analysis: 'The ports are winning the race the railways lost'");
    expect(a.authors).toEqual(['Nadia Karimi']);
  });
  test('a headline with no kicker over a line of its length: the line over the byline, as before', () => {
    const a = parseArticle(
      page(
        'Shipping lines keep choosing the coast over the inland hubs',
        'Port traffic climbs by a fifth as transhipment grows again',
      ),
    );
    expect(a.title).toBe('Port traffic climbs by a fifth as transhipment grows again');
  });
});

describe('a latest-news box printed at the top of the page and again at its foot', () => {
  const box = ['Latest news', ...HEADLINES_EN];
  const page = [
    'Harbour Times',
    'Home',
    'Business',
    ...box,
    'Business',
    'Port traffic climbs by a fifth as transhipment grows',
    'By Nadia Karimi',
    'June 3, 2025',
    LEAD_EN,
    SECOND_EN,
    ...box,
    'About us',
    'Contact',
  ].join('\n');
  test('its headlines are the ticker, each once, and none is the title or the text', () => {
    expect(parseTicker(page).map((i) => i.text)).toEqual(HEADLINES_EN);
    const a = parseArticle(page);
    expect(a.title).toBe('Port traffic climbs by a fifth as transhipment grows');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_EN, SECOND_EN]);
  });
});

describe("an author's box over the header: the name, then a biography opening with the trade", () => {
  const page = (bio: string) =>
    [
      'Home',
      'Opinion',
      'Samir Haddad',
      bio,
      'All articles by this author',
      'Opinion',
      'Small towns are the missing link in our regional plans',
      'June 3, 2025',
      LEAD_EN,
      SECOND_EN,
    ].join('\n');
  test('the name is the author', () => {
    const a = parseArticle(
      page(
        'Journalist and essayist, he has written on local government and public services for twenty years.',
      ),
    );
    expect(a.authors).toEqual(['Samir Haddad']);
    expect(a.title).toBe('Small towns are the missing link in our regional plans');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_EN, SECOND_EN]);
  });
  test('in Arabic, a trade opening the biography with no name in it', () => {
    const a = parseArticle(
      [
        'الرئيسية',
        'رأي',
        'سعاد المنصوري',
        'كاتبة وباحثة في قضايا التنمية القروية، تكتب عمودا شهريا.',
        'رأي',
        'الجبل ينتظر سياسة فلاحية تراعي خصوصياته',
        '3 يونيو 2025',
        LEAD_AR,
        SECOND_AR,
      ].join('\n'),
    );
    expect(a.authors).toEqual(['سعاد المنصوري']);
  });
  test('a name over a sentence that opens with no trade is no author', () => {
    const a = parseArticle(
      page('Born in Fes, he moved to the capital after his studies and never left it again.'),
    );
    expect(a.authors).toEqual([]);
  });
});

describe("an Arabic column's disclaimer under the text", () => {
  test('`… ولا تعبر بالضرورة عن رأي الموقع` is no paragraph', () => {
    const disclaimer =
      'المقالات المنشورة في هذا الركن تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الجريدة.';
    const a = parseArticle(
      [
        'رأي',
        'الجبل ينتظر سياسة فلاحية تراعي خصوصياته',
        '3 يونيو 2025',
        LEAD_AR,
        SECOND_AR,
        disclaimer,
        'تابعونا',
      ].join('\n'),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_AR, SECOND_AR]);
  });
});

describe("a share button's label under a related box", () => {
  test('`Related interviews` heads the box; `Share this interview` is no headline of it', () => {
    const a = parseArticle(
      [
        'Interviews',
        'A harbour master on the busiest summer in a decade',
        'By Nadia Karimi',
        'June 3, 2025',
        LEAD_EN,
        SECOND_EN,
        'Related interviews',
        'A fisherman from Essaouira on quotas and prices',
        'Share this interview',
      ].join('\n'),
    );
    expect(a.related.map((r) => r.title)).toEqual([
      'A fisherman from Essaouira on quotas and prices',
    ]);
  });
});
