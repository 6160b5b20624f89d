import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { dumpFixtures } from './helpers/fixtures.js';
import { seed, seedGold, seedMissing } from './helpers/shared.js';

describe.skipIf(seedMissing)('parseArticle on the seed page (../shared/seeds)', () => {
  const input = seed ?? '';
  const gold = seedGold;
  const article = parseArticle(input, { url: gold?.url ?? '' });

  test('title, source, date, language and kind', () => {
    expect(article.title).toBe(gold?.title);
    expect(article.source).toEqual({ name: 'Maroc Diplomatique' });
    expect(article.publishedAt).toBe('2025-05-14');
    expect(article.lang).toBe('fr');
    expect(article.kind).toBe('article');
    expect(article.warnings).toEqual([]);
  });
  test('the site the page was taken from, from the URL', () => {
    expect(article.site?.name).toBe('maghress.com');
  });
  test('eleven body paragraphs spanning the gold body, with no ticker, dialog, related or footer text', () => {
    expect(article.paragraphs).toHaveLength(11);
    expect(article.paragraphs[0]?.text.startsWith(gold?.body_first_words ?? '?')).toBe(true);
    expect(article.paragraphs.at(-1)?.text.endsWith(gold?.body_last_words ?? '?')).toBe(true);
    expect(article.paragraphs[0]?.start).toBe(gold?.body_span_chars[0]);
    expect(article.paragraphs.at(-1)?.end).toBe(gold?.body_span_chars[1]);
    for (const b of gold?.boilerplate ?? []) expect(article.text).not.toContain(b);
    expect(article.text).not.toContain('Lire aussi');
    expect(article.text).not.toContain('\u00a0\u00a0');
  });
  test('the Lire aussi line is a related link', () => {
    expect(article.related.map((r) => r.title)).toEqual([
      "Alibaba s'implante au Maroc, entre opportunités et risques",
    ]);
  });
  test('every span slices the input back to its field', () => {
    for (const p of article.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
    for (const r of article.related) expect(input.slice(r.start, r.end)).toBe(r.title);
    const { title, source, publishedAt } = article.spans;
    expect(title && input.slice(title.start, title.end)).toBe(article.title);
    expect(source && input.slice(source.start, source.end)).toBe('Maroc Diplomatique');
    expect(publishedAt && input.slice(publishedAt.start, publishedAt.end)).toBe('14 - 05 - 2025');
  });
  test('text is the paragraphs joined by a blank line', () => {
    expect(article.text).toBe(article.paragraphs.map((p) => p.text).join('\n\n'));
  });
});

describe('parseArticle on the aggregator fixtures', () => {
  for (const { name, input, expected } of dumpFixtures) {
    test(`${name}: title, source, date, body and related as a reader sees them`, () => {
      const a = parseArticle(input, expected.url ? { url: expected.url } : undefined);
      expect(a.title).toBe(expected.title);
      expect(a.source?.name).toBe(expected.source);
      expect(a.publishedAt).toBe(expected.date);
      expect(a.lang).toBe(expected.lang);
      expect(a.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs ?? []);
      expect(a.related.map((r) => r.title)).toEqual(expected.related ?? []);
      if (expected.kind) expect(a.kind).toBe(expected.kind);
      for (const p of a.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
    });
  }
  test('ticker-only dumps give no title, source or date, and say so', () => {
    const tickerOnly = dumpFixtures.filter((f) => f.name.startsWith('ticker-'));
    expect(tickerOnly.length).toBeGreaterThanOrEqual(4);
    for (const { input } of tickerOnly) {
      const a = parseArticle(input);
      expect(a.title).toBeUndefined();
      expect(a.source).toBeUndefined();
      expect(a.publishedAt).toBeUndefined();
      expect(a.kind).toBe('unknown');
      expect(a.warnings.join(' ')).toMatch(/ticker only/);
    }
  });
});

describe('parseArticle, source lines', () => {
  test('the Arabic source line gives source and date, Arabic-Indic digits included', () => {
    const input =
      'عنوان المقال هنا\nنشر في جريدة الصباح يوم ٠٣ - ١١ - ٢٠٢٥\n\nفقرة أولى من المقال طويلة بما يكفي لتكون فقرة حقيقية في النص، وتنتهي بنقطة.';
    const a = parseArticle(input);
    expect(a.title).toBe('عنوان المقال هنا');
    expect(a.source?.name).toBe('جريدة الصباح');
    expect(a.publishedAt).toBe('2025-11-03');
    expect(a.lang).toBe('ar');
  });
  test('`نشر في` (published on) before a date is a date line, not a source line crediting the date', () => {
    const body = [
      'وأوضح المندوب الجهوي للفلاحة، خلال ندوة صحفية عقدها بمقر الولاية، أن الأمطار ساعدت على تحسن الإنتاج في أغلب المعتمديات.',
      'وأضاف أن المندوبية وضعت برنامجا لمتابعة الموسم يشمل توفير اليد العاملة ومراقبة أسعار الجني في كامل الجهة.',
    ];
    const a = parseArticle(
      [
        'الرئيسية',
        'جهات',
        'صفاقس: صابة الزيتون تتجاوز 340 ألف طن هذا الموسم',
        'نشر في 14 جويلية 2025 - 09:40',
        '',
        ...body,
      ].join('\n'),
    );
    expect(a.source).toBeUndefined();
    expect(a.publishedAt).toBe('2025-07-14T09:40');
    expect(a.paragraphs.map((p) => p.text)).toEqual(body);
  });
  test('an impossible date in the source line is not invented, and a warning says so', () => {
    const a = parseArticle(
      "Titre\nPublié dans Le Matin le 31 - 02 - 2025\n\nUn paragraphe du corps de l'article, assez long pour compter comme tel.",
    );
    expect(a.source?.name).toBe('Le Matin');
    expect(a.publishedAt).toBeUndefined();
    expect(a.warnings).toContain('source line date is not a calendar day: 31 - 02 - 2025');
  });
  test('a bare Lire aussi label takes the next line as the related title', () => {
    const input =
      'Titre de test\nPublié dans Le Matin le 01 - 02 - 2025\n\nPremier paragraphe du corps, assez long pour être un vrai paragraphe.\nLire aussi\nUn autre article du site\nDernier paragraphe du corps, lui aussi assez long pour compter.';
    const a = parseArticle(input);
    expect(a.related.map((r) => r.title)).toEqual(['Un autre article du site']);
    expect(a.paragraphs).toHaveLength(2);
  });
  test('an Arabic related label inside a collapsed paragraph is cut out as a related link', () => {
    const input =
      'عنوان المقال عن الاقتصاد الوطني\n\nقال وزير الاقتصاد إن النمو سيرتفع هذا العام بفضل الاستثمارات الجديدة في قطاع الطاقة والبنية التحتية في مختلف جهات المملكة. اقرأ أيضا: الحكومة تعلن عن خطة جديدة للتشغيل. وأضاف الوزير أن الحكومة ستواصل دعم المقاولات الصغرى والمتوسطة خلال السنوات المقبلة من أجل خلق فرص الشغل.\n';
    const a = parseArticle(input);
    expect(a.related.map((r) => r.title)).toEqual(['الحكومة تعلن عن خطة جديدة للتشغيل.']);
    expect(a.text).not.toContain('اقرأ أيضا');
    expect(a.paragraphs.at(-1)?.text.startsWith('وأضاف الوزير')).toBe(true);
  });
  test('a site that is not in any table is named by its host', () => {
    expect(parseArticle('x', { url: 'https://WWW.Example.org/a/b?c=1' }).site).toEqual({
      name: 'example.org',
      url: 'https://www.example.org/',
    });
  });
});

describe('parseArticle, the source slug of an aggregator URL', () => {
  const body =
    "Le port de Tanger Med a traité 10 millions de conteneurs cette année, un record salué par l'autorité portuaire. Les opérateurs prévoient une nouvelle hausse.";
  test('names the source of a body-only dump', () => {
    expect(
      parseArticle(body, { url: 'https://www.maghress.com/fr/lavieeco/412876' }).source,
    ).toEqual({ name: 'La Vie éco' });
  });
  test('an unknown slug is reported as written', () => {
    expect(parseArticle(body, { url: 'https://www.turess.com/fr/journalx/1' }).source).toEqual({
      name: 'journalx',
    });
  });
  test('is not used for a ticker-only dump', () => {
    const ticker = ['Un', 'Deux titres', 'Trois titres ici'].join('\u00a0'.repeat(4));
    expect(
      parseArticle(ticker, { url: 'https://www.maghress.com/fr/lematin/1' }).source,
    ).toBeUndefined();
  });
  test('when the page credits another source, the page wins and a warning names both', () => {
    const page = `Titre\nPublié dans Le Quotidien du Sud le 03 - 11 - 2025\n\n${body}`;
    const same = parseArticle(page, { url: 'https://www.maghress.com/fr/quotidiendusud/1' });
    expect(same.source?.name).toBe('Le Quotidien du Sud');
    expect(same.warnings.filter((w) => w.startsWith('source differs'))).toEqual([]);
    const other = parseArticle(page, { url: 'https://www.maghress.com/fr/lematin/1' });
    expect(other.source?.name).toBe('Le Quotidien du Sud');
    expect(other.warnings).toContain(
      'source differs: the page credits "Le Quotidien du Sud", the URL names "Le Matin"',
    );
  });
  test('a site outside the network has no slug source', () => {
    expect(
      parseArticle(body, { url: 'https://www.example.com/news/2019/123' }).source,
    ).toBeUndefined();
  });
});

describe('parseArticle, credit lines', () => {
  const body =
    "Le port de Tanger Med a traité 10 millions de conteneurs cette année, un record salué par l'autorité portuaire.";
  test('a credit line names the source and stays out of the body, and an aggregator URL naming another is reported', () => {
    const a = parseArticle(`Titre du port\n\n${body}\n\nContinue Reading on Le Matin`, {
      url: 'https://www.maghress.com/fr/lavieeco/1',
    });
    expect(a.source?.name).toBe('Le Matin');
    expect(a.text).not.toContain('Continue Reading');
    expect(a.warnings).toContain(
      'source differs: the page credits "Le Matin", the URL names "La Vie éco"',
    );
  });

  // Each opening of the credit line's pattern (its first characters gate it), and an agency alone in brackets.
  test.each([
    ['Continue Reading on Le Matin', 'Le Matin'],
    ['Continue reading on Le Matin', 'Le Matin'],
    ['Lire la suite sur Le Matin', 'Le Matin'],
    ['Read more on Le Matin', 'Le Matin'],
    ['Via Le Matin', 'Le Matin'],
    ['via Le Matin', 'Le Matin'],
    ['Source: Le Matin', 'Le Matin'],
    ['Source : Le Matin', 'Le Matin'],
    ['المصدر: هسبريس', 'هسبريس'],
    ['(APS)', 'APS'],
  ])('the credit line `%s` names %s', (line, name) => {
    const a = parseArticle(`Titre du port\n\n${body}\n\n${line}`);
    expect(a.source?.name).toBe(name);
    expect(a.text).not.toContain(line);
  });

  test('a line that only holds a credit line further in credits nobody', () => {
    const a = parseArticle(`Titre du port\n\n${body}\n\nNotre avis. Source : Le Matin`);
    expect(a.source).toBeUndefined();
  });
});
