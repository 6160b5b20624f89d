/**
 * The playground page's script: reads the pasted or dropped page, runs the three
 * functions, and shows the article, the ticker and the body with every entity
 * marked at its span. Bundled with the library into one file by build.ts; it
 * touches no network. Everything the user pasted is shown through textContent.
 */
import {
  type Article,
  type Entity,
  type EntityType,
  extractEntities,
  type ParseArticleOptions,
  parseArticle,
  parseTicker,
  type TickerItem,
} from '../src/index.js';

/** The bundled sample dump (samples/maghress-fr.txt), set by build.ts. */
declare const __SAMPLE__: string;

/** Entity types in the legend's order, with their legend label. */
const TYPES: ReadonlyArray<readonly [EntityType, string]> = [
  ['person', 'Person'],
  ['organization', 'Organisation'],
  ['location', 'Place'],
  ['misc', 'Misc'],
  ['money', 'Money'],
  ['percent', 'Percent'],
  ['date', 'Date'],
  ['quantity', 'Quantity'],
];

/** The element with `id`, of the given class; the page is ours, so a missing one is a bug. */
function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof kind)) throw new Error(`playground: #${id} is missing`);
  return el;
}

/** A new element with optional text and attributes. */
function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** An entity's value in words, for the tooltip: `1200000000 MAD`, `2025-03-03`. */
function valueText(e: Entity): string {
  switch (e.type) {
    case 'money':
      return `${e.value.amount.toLocaleString('en')}${e.value.currency ? ` ${e.value.currency}` : ''}`;
    case 'percent':
      return `${e.value.value} %`;
    case 'quantity':
      return `${e.value.value.toLocaleString('en')} ${e.value.unit}`;
    case 'date': {
      const v = e.value;
      const base = v.iso ?? (v.start || v.end ? `${v.start ?? '?'} to ${v.end ?? '?'}` : '');
      return base ? `${base}${v.mod ? ` (${v.mod.toLowerCase()})` : ''}` : 'not fixed by the text';
    }
    case 'location':
    case 'misc':
      return e.value ? `country ${e.value.country}` : '';
    default:
      return '';
  }
}

/** A `<mark>` for one entity: colour by type, value on hover (title) and on focus (CSS). */
function mark(e: Entity): HTMLElement {
  const value = valueText(e);
  const label = [e.type, value, e.expansion ? `= ${e.expansion}` : ''].filter(Boolean).join(': ');
  return el('mark', e.text, {
    'data-type': e.type,
    'data-value': label,
    title: label,
    tabindex: '0',
  });
}

/** A paragraph's text with the entities inside [from, from + text.length) of `entities` marked. */
function markedParagraph(text: string, from: number, entities: Entity[], tag: string): HTMLElement {
  const p = el(tag, undefined, { dir: 'auto' });
  let at = 0;
  for (const e of entities) {
    const start = e.start - from;
    const end = e.end - from;
    if (start < at || end > text.length) continue;
    if (start > at) p.append(text.slice(at, start));
    p.append(mark(e));
    at = end;
  }
  p.append(text.slice(at));
  return p;
}

/** The body: each paragraph with its entities, read once from `article.text` so acronyms carry over. */
function renderBody(article: Article, entities: Entity[]): HTMLElement {
  const body = el('div', undefined, { id: 'body' });
  let from = 0;
  let k = 0;
  for (const p of article.paragraphs) {
    const end = from + p.text.length;
    const inside: Entity[] = [];
    while (k < entities.length && (entities[k]?.start ?? end) < end) {
      const e = entities[k];
      if (e && e.start >= from) inside.push(e);
      k++;
    }
    const tag =
      p.kind === 'heading'
        ? 'h3'
        : p.kind === 'list-item'
          ? 'li'
          : p.kind === 'quote'
            ? 'blockquote'
            : 'p';
    body.append(markedParagraph(p.text, from, inside, tag));
    from = end + 2; // paragraphs are joined by a blank line in article.text
  }
  if (article.paragraphs.length === 0)
    body.append(el('p', '(no body paragraphs found)', { class: 'empty' }));
  return body;
}

/** One `<dt>`/`<dd>` pair, left out when the value is empty. */
function field(dl: HTMLElement, name: string, value: string | undefined): void {
  if (!value) return;
  dl.append(el('dt', name), el('dd', value, { dir: 'auto' }));
}

/** The article's single-valued fields. */
function renderFields(article: Article): HTMLElement {
  const dl = el('dl', undefined, { id: 'fields' });
  field(dl, 'Title', article.title);
  field(
    dl,
    'Source',
    article.source
      ? `${article.source.name}${article.source.url ? ` (${article.source.url})` : ''}`
      : undefined,
  );
  field(
    dl,
    'Site',
    article.site
      ? `${article.site.name}${article.site.url ? ` (${article.site.url})` : ''}`
      : undefined,
  );
  field(dl, 'Published', article.publishedAt);
  field(dl, 'Authors', article.authors.join(', '));
  field(dl, 'Language', article.lang);
  field(dl, 'Kind', article.kind);
  field(dl, 'Section', article.section);
  field(dl, 'Tags', article.tags?.join(', '));
  field(dl, 'Description', article.description);
  field(dl, 'Image', article.image);
  field(dl, 'Canonical URL', article.canonicalUrl);
  field(dl, 'Paragraphs', String(article.paragraphs.length));
  field(dl, 'Related', article.related.map((r) => r.title).join(' · '));
  field(dl, 'Listing items', article.items?.length ? String(article.items.length) : undefined);
  field(dl, 'Warnings', article.warnings.join(' · '));
  return dl;
}

/** The ticker's headlines, one list item each. */
function renderTicker(items: TickerItem[]): HTMLElement {
  const ol = el('ol', undefined, { id: 'ticker' });
  for (const [i, item] of items.entries()) {
    const li = el('li', undefined, { dir: 'auto', 'data-index': String(i) });
    if (item.kicker) li.append(el('span', item.kicker, { class: 'kicker' }), ' ');
    li.append(item.text);
    const notes = [
      item.lang,
      item.duplicateOf !== undefined ? `repeats #${item.duplicateOf + 1}` : '',
      item.truncated ? 'cut' : '',
    ].filter(Boolean);
    if (notes.length) li.append(' ', el('small', notes.join(', ')));
    ol.append(li);
  }
  if (items.length === 0) ol.append(el('li', '(no ticker found)', { class: 'empty' }));
  return ol;
}

/** The legend: a swatch per type with its count in the body. */
function renderLegend(entities: Entity[]): HTMLElement {
  const ul = el('ul', undefined, { id: 'legend', 'aria-label': 'Entity types' });
  for (const [type, label] of TYPES) {
    const n = entities.filter((e) => e.type === type).length;
    const li = el('li');
    li.append(el('mark', label, { 'data-type': type }), ` ${n}`);
    ul.append(li);
  }
  return ul;
}

/** Reads the form, runs depeche, and replaces the output. */
function update(): void {
  const input = byId('input', HTMLTextAreaElement).value;
  const url = byId('url', HTMLInputElement).value.trim();
  const format = byId('format', HTMLSelectElement).value;
  const options: ParseArticleOptions = {};
  if (url) options.url = url;
  if (format === 'text' || format === 'html') options.format = format;
  const out = byId('output', HTMLElement);
  const status = byId('status', HTMLElement);
  if (input.trim() === '') {
    out.replaceChildren();
    status.textContent = 'Paste or drop a page to read it.';
    return;
  }
  const article = parseArticle(input, options);
  const ticker = parseTicker(input);
  const entities = extractEntities(
    article.text,
    article.lang ? { lang: langOf(article.lang) } : {},
  );
  const title = el('h2', article.title ?? '(no title)', { id: 'title', dir: 'auto' });
  out.replaceChildren(
    title,
    renderFields(article),
    el('h2', 'Body'),
    renderLegend(entities),
    renderBody(article, entities),
    el('h2', `Ticker (${ticker.length})`),
    renderTicker(ticker),
  );
  status.textContent = `${article.paragraphs.length} paragraphs, ${entities.length} entities, ${ticker.length} ticker headlines.`;
}

/** The article's language when extractEntities reads it, else undefined (let it sniff). */
function langOf(lang: string): string | undefined {
  const primary = lang.slice(0, 2).toLowerCase();
  return primary === 'fr' || primary === 'en' || primary === 'ar' ? primary : undefined;
}

/** Wires the form: typing, pasting and dropping a file all update the output. */
function start(): void {
  const input = byId('input', HTMLTextAreaElement);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(update, 150);
  };
  input.addEventListener('input', later);
  byId('url', HTMLInputElement).addEventListener('input', later);
  byId('format', HTMLSelectElement).addEventListener('change', update);
  byId('sample', HTMLButtonElement).addEventListener('click', () => {
    input.value = __SAMPLE__;
    byId('url', HTMLInputElement).value = 'https://www.maghress.com/fr/quotidiendusud/123456';
    update();
  });
  input.addEventListener('dragover', (event) => event.preventDefault());
  input.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void file.text().then((text) => {
      input.value = text;
      update();
    });
  });
  update();
}

start();
