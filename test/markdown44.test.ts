/**
 * Markdown as the crawlers of the language-model era store pages (Jina Reader, Firecrawl, html2text; issue 10,
 * session 44). Read as plain text, a link's address broke every sentence it sat in and `**`, `_`, `#` stayed in
 * the fields: the benchmarks' pages converted by html2text read 0.33 / 0.37 (ScrapingHub / trafilatura). Sniffed
 * as Markdown (or `format: 'markdown'`), the text is read through a view without its markup
 * (`input/markdown-view.ts`): fields hold the text a browser shows, their spans cover the markup, a related link
 * and a listing's item take their link's address.
 *
 * Pages are synthetic, written for these tests in test/fixtures/markdown44/ (README there).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { looksLikeMarkdown, markdownView } from '../src/input/markdown-view.js';

const files = import.meta.glob('./fixtures/markdown44/*.{md,txt}', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/markdown44/${name}`] ?? '';

/** Markup a field of a Markdown page must not hold. */
const MARKUP = ['](', '**', '![', '# ', '> '];

describe('a news article in one-line-a-paragraph Markdown (Jina Reader, Firecrawl)', () => {
  const input = read('jina-fr-port.md');
  const a = parseArticle(input);

  test('header fields without markup, spans on the printed words', () => {
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Le port de Tanger Med dépasse les neuf millions de conteneurs');
    expect(a.authors).toEqual(['Salma Bennani']);
    const author = a.spans.authors?.[0];
    expect(author && input.slice(author.start, author.end)).toBe('Salma Bennani');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-03-14');
  });

  test('the body: links, emphasis, the quote mark and the heading marks out; furniture out', () => {
    expect(a.paragraphs[0]?.text).toBe(
      "Le complexe portuaire Tanger Med a traité plus de neuf millions de conteneurs EVP en 2025, selon le bilan publié jeudi par l'Autorité portuaire. Une hausse de 8,4 % sur un an, portée par le transbordement vers l'Afrique de l'Ouest.",
    );
    expect(
      a.paragraphs[1]?.text.startsWith('Le directeur général, Mehdi Tazi Riffi, a salué'),
    ).toBe(true);
    expect(a.paragraphs.map((p) => p.text.slice(0, 24))).toEqual([
      'Le complexe portuaire Ta',
      'Le directeur général, Me',
      '« Nous avons gagné des p',
      'Le trafic de camions TIR',
      'Des investissements prév',
      "L'autorité prévoit d'inv",
    ]);
    for (const p of a.paragraphs) for (const mark of MARKUP) expect(p.text).not.toContain(mark);
    for (const word of ['Partager', 'Météo', 'Mentions', 'Accueil', 'Image'])
      expect(a.text).not.toContain(word);
  });

  test("a paragraph's span covers its markup, first word to last", () => {
    const first = a.paragraphs[0];
    const printed = first ? input.slice(first.start, first.end) : '';
    expect(printed.startsWith('Le complexe portuaire **Tanger Med** a traité')).toBe(true);
    expect(printed).toContain(
      "l'[Autorité portuaire](https://www.exemple-maroc.ma/tag/autorite-portuaire/).",
    );
    expect(printed.endsWith("vers l'Afrique de l'Ouest.")).toBe(true);
  });

  test('the "Lire aussi" link is a related link with its address', () => {
    expect(a.related.map((r) => [r.title, r.url])).toEqual([
      [
        'Nador West Med : les premiers navires attendus fin 2026',
        'https://www.exemple-maroc.ma/economie/nador-west-med-premiers-navires/',
      ],
    ]);
    const r = a.related[0];
    expect(r && input.slice(r.start, r.end)).toBe(
      'Nador West Med : les premiers navires attendus fin 2026',
    );
  });

  test("format: 'text' reads the markup as text", () => {
    const plain = parseArticle(input, { format: 'text' });
    expect(plain.text).toContain('**Tanger Med**');
    expect(parseArticle(input, { format: 'markdown' })).toEqual(a);
  });
});

describe('GitHub-flavoured Markdown by pandoc, raw <div> lines kept, wrapped at 72 columns', () => {
  const input = read('pandoc-gfm-en-solar.md');
  const a = parseArticle(input);

  test('read as Markdown although tags open it and fill many lines: the body without tags or markup', () => {
    expect(a.title).toBe('Algeria opens bids for three solar plants in the south');
    expect(a.paragraphs[0]?.text).toBe(
      "ALGIERS — Algeria's energy ministry on Monday opened tenders for three solar power plants with a combined capacity of 1,200 megawatts, part of a plan to produce 15,000 megawatts from renewable sources by 2035, the ministry said in a statement.",
    );
    expect(a.paragraphs).toHaveLength(6);
    for (const p of a.paragraphs) {
      expect(p.text).not.toContain('<');
      for (const mark of MARKUP) expect(p.text).not.toContain(mark);
    }
  });

  test("the related list's items wrapped under their `-` marks, with their addresses", () => {
    expect(a.related.map((r) => [r.title, r.url])).toEqual([
      ["Morocco's Noor Midelt enters its second phase", '/energy/morocco-noor-midelt-phase-two/'],
      ['Tunisia names winners of its wind tender', '/business/tunisia-wind-tender-results/'],
    ]);
  });
});

describe("a reader service's header over the Markdown (Jina Reader)", () => {
  const input = read('jina-header-fr-port.md');
  const a = parseArticle(input);

  test('its address names the site, its time dates the page, the headline stays the title', () => {
    expect(a.site).toEqual({ name: 'exemple-maroc.ma', url: 'https://www.exemple-maroc.ma/' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-03-14');
    const day = a.spans.publishedAt;
    expect(day && input.slice(day.start, day.end).startsWith('2026-03-14T10:32')).toBe(true);
    expect(a.title).toBe('Le port de Tanger Med dépasse les neuf millions de conteneurs');
    for (const line of ['Title:', 'URL Source', 'Published Time', 'Markdown Content'])
      expect(a.text).not.toContain(line);
  });

  test("the caller's url wins", () => {
    const b = parseArticle(input, { url: 'https://miroir.example/x' });
    expect(b.site?.name).toBe('miroir.example');
  });
});

describe('Markdown hard-wrapped by its converter (html2text, 78 columns)', () => {
  const input = read('html2text-en-solar.md');
  const a = parseArticle(input, { url: 'https://desertwire.example/energy/algeria-solar-bids/' });

  test('header fields', () => {
    expect(a.title).toBe('Algeria opens bids for three solar plants in the south');
    expect(a.authors).toEqual(['Karim Haddad']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-03-09');
  });

  test("wrapped lines joined into paragraphs, a link's address wrapped over two lines taken out", () => {
    expect(a.paragraphs[0]?.text).toBe(
      "ALGIERS -- Algeria's energy ministry on Monday opened tenders for three solar power plants with a combined capacity of 1,200 megawatts, part of a plan to produce 15,000 megawatts from renewable sources by 2035, the ministry said in a statement.",
    );
    expect(a.paragraphs.map((p) => p.text.slice(0, 20))).toEqual([
      "ALGIERS -- Algeria's",
      'The plants, to be bu',
      '"We expect the first',
      'Gas savings',
      'Analysts say every m',
      'Earlier programmes s',
    ]);
    expect(a.paragraphs[4]?.text.endsWith('roughly half of its output.')).toBe(true);
    for (const p of a.paragraphs) for (const mark of MARKUP) expect(p.text).not.toContain(mark);
    expect(a.text).not.toContain('Share');
    expect(a.text).not.toContain('Desert Wire');
  });

  test('the related list keeps its addresses', () => {
    expect(a.related.map((r) => [r.title, r.url])).toEqual([
      ["Morocco's Noor Midelt enters its second phase", '/energy/morocco-noor-midelt-phase-two/'],
      ['Tunisia names winners of its wind tender', '/business/tunisia-wind-tender-results/'],
    ]);
  });
});

describe('an Arabic tag page in Markdown', () => {
  const a = parseArticle(read('jina-ar-tag.md'), { url: 'https://www.mithal-news.ma/tag/falaha/' });

  test('a listing: nothing invented, three items with headline, date and address', () => {
    expect(a.kind).toBe('listing');
    expect(a.title).toBeUndefined();
    expect(a.publishedAt).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
    expect((a.items ?? []).map((i) => [i.title, i.publishedAt, i.url])).toEqual([
      [
        'انطلاق الموسم الفلاحي بجهة سوس ماسة وسط آمال بتساقطات مطرية',
        '2026-11-12',
        'https://www.mithal-news.ma/iqtisad/mawsim-falahi-sous/',
      ],
      [
        'ارتفاع صادرات الطماطم نحو الأسواق الإفريقية',
        '2026-11-10',
        'https://www.mithal-news.ma/iqtisad/saderat-tamatim/',
      ],
      [
        'برنامج جديد لدعم الشباب القروي في مجال المقاولة الفلاحية',
        '2026-11-07',
        'https://www.mithal-news.ma/iqtisad/barnamaj-chabab/',
      ],
    ]);
  });
});

describe('crawler text is not Markdown', () => {
  test('a text quoting one Markdown link in its prose is read as text, markup and all', () => {
    const input = read('plain-one-link.txt');
    expect(looksLikeMarkdown(input)).toBe(false);
    const a = parseArticle(input);
    expect(a).toEqual(parseArticle(input, { format: 'text' }));
    expect(a.text).toContain('[le site du projet](https://projet.example.tn)');
  });

  test("lynx's numbered links and a hashtag are no Markdown", () => {
    const lynx =
      '   [1]Accueil [2]Politique [3]Sport\n\n#Maroc #Economie\n\n   Le texte de la page.\n\nReferences\n\n   1. https://a.example/\n';
    expect(looksLikeMarkdown(lynx)).toBe(false);
  });
});

describe('the Markdown view', () => {
  const view = (s: string) => markdownView(s)?.text ?? s;

  test('links, images, nested brackets', () => {
    expect(view('Voir [le rapport](https://a.example/r "Le rapport") ici.')).toBe(
      'Voir le rapport ici.',
    );
    expect(view('[![logo](/logo.png)](/)Accueil')).toBe('Accueil');
    expect(view('![photo](/p.jpg)\nTexte')).toBe('\nTexte');
    expect(view('[a [b] c](/u)')).toBe('a [b] c');
    expect(view('[1] et [pas un lien](sans fin')).toBe('[1] et [pas un lien](sans fin');
    expect(view('[Wiki](https://x.example/Rabat_(ville)) fin')).toBe('Wiki fin');
    expect(view(`![](data:image/png;base64,${'QUJD'.repeat(2000)}=)\nTexte`)).toBe('\nTexte');
  });

  test('emphasis as CommonMark pairs it; underscores inside words and list bullets stay', () => {
    expect(view('**Rabat** et _Salé_ et *Témara*')).toBe('Rabat et Salé et Témara');
    expect(view('la variable my_var_name et __init__')).toBe('la variable my_var_name et init');
    expect(view('* un\n* deux\n\n* * *')).toBe('* un\n* deux\n\n* * *');
    expect(view('5 * 3 = 15')).toBe('5 * 3 = 15');
    expect(view('\\*pas\\* en gras')).toBe('*pas* en gras');
  });

  test("a raw HTML block's lone tag lines go; a list's `-` reads as a text browser's `*`", () => {
    expect(view('<div class="menu">\n\n[Accueil](/)\n\n</div>\nFin')).toBe('\n\nAccueil\n\n\nFin');
    expect(view('- un\n+ deux\n---\n-5 degrés')).toBe('* un\n* deux\n---\n-5 degrés');
  });

  test('heading and quote marks at a line start; a hashtag stays', () => {
    expect(view('## Titre\n> « Citation »\n#Maroc')).toBe('Titre\n« Citation »\n#Maroc');
  });

  test('offsets go back to the input', () => {
    const v = markdownView('## Titre [lien](/u) fin');
    expect(v?.text).toBe('Titre lien fin');
    expect(v?.toInputAfter(0)).toBe(3);
    expect(v?.toInputAfter(6)).toBe(10);
    expect(v?.toInput(10)).toBe(14);
  });

  test('brackets, parentheses and delimiters by the hundred thousand: read, no throw', () => {
    const hostile = `${'['.repeat(100_000)}${'](x'.repeat(50_000)}${'](data:'.repeat(50_000)}${'**a_'.repeat(50_000)}`;
    expect(markdownView(`${hostile}\n\n**fin**`)?.text.endsWith('\n\nfin')).toBe(true);
    const a = parseArticle(`# t\n\n[a](b) [c](d) [e](f)\n\n${hostile}`);
    expect(Array.isArray(a.warnings)).toBe(true);
  }, 60_000);
});
