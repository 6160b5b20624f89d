/**
 * French typography in a text dump: a no-break space before `:`, `;`, `!`,
 * `?` and `»`, after `«`, inside numbers (`1 200`, U+202F) and after a label
 * (`Par`, `Publié le`), as editors type it and a browser's `innerText` keeps
 * it. Every dump fixture, so typed, reads as it reads with plain spaces, and
 * the fields keep the spaces the input prints (their spans slice back).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const ROOT = join(import.meta.dirname, 'fixtures', 'dumps');

/** The dump as a French editor types it. */
function typeset(text: string): string {
  return text
    .replace(/ ([:;!?»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .replace(/(\d) (\d{3})(?!\d)/g, '$1\u202f$2')
    .replace(/\b(Par|Publié le|Source) /g, '$1\u00a0');
}

/** What a reader compares: the fields, their odd spaces plain. */
function fields(text: string) {
  const a = parseArticle(text);
  const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');
  return {
    kind: a.kind,
    title: plain(a.title),
    authors: a.authors.map(plain),
    publishedAt: a.publishedAt,
    source: plain(a.source?.name),
    paragraphs: a.paragraphs.map((p) => plain(p.text)),
  };
}

const dumps = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(ROOT, d.name))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `${d.name}/${f}`),
  )
  .filter((name) => {
    const text = readFileSync(join(ROOT, name), 'utf8');
    return typeset(text) !== text;
  });

/** A news page's header: a standfirst of two bullets over a dateline (`TUNIS : Le ministre…`). */
const BULLETS_OVER_DATELINE = [
  'Tunisie : le gouvernement dévoile son plan pour les ports du Sud',
  '',
  'Le plan prévoit la modernisation de trois ports et la création d’une zone franche, a annoncé mardi le ministre du Transport lors d’une conférence de presse à Tunis.',
  'Le plan prévoit la modernisation de trois ports et la création d’une zone franche, a annoncé mardi le ministre du Transport lors d’une conférence de presse à Tunis.',
  'Short Url',
  'Publié le Mardi 25 août 2020',
  '',
  'Tunisie : le gouvernement dévoile son plan pour les ports du Sud',
  '',
  '  • Le financement sera assuré pour moitié par des bailleurs étrangers. En revanche, les collectivités locales ne participeront pas.',
  '  • Les travaux doivent commencer avant la fin de l’année prochaine',
  '',
  'TUNIS : Le ministre du Transport a présenté mardi le plan de modernisation des ports de Gabès, Sfax et Zarzis, attendu depuis plusieurs années par les entreprises de la région.',
  '',
  'Le plan prévoit la modernisation de trois ports et la création d’une zone franche, a annoncé mardi le ministre du Transport lors d’une conférence de presse à Tunis.',
  '',
  'Selon le ministère, le trafic de marchandises dans les ports du Sud a doublé en dix ans, alors que leurs quais n’ont pas été agrandis depuis le début des années 1990.',
  '',
].join('\n');

describe('no-break spaces where French typography puts them', () => {
  test('a dateline typed `TUNIS\u00a0: Le…` opens the body as `TUNIS : Le…` does', () => {
    const plain = fields(BULLETS_OVER_DATELINE);
    expect(plain.paragraphs[0]).toMatch(/^TUNIS : Le ministre/);
    expect(fields(typeset(BULLETS_OVER_DATELINE))).toEqual(plain);
  });

  test('the fixtures hold such places (the test reads something)', () => {
    expect(dumps.length).toBeGreaterThan(20);
  });

  test.each(dumps)('%s reads as with plain spaces', (name) => {
    const text = readFileSync(join(ROOT, name), 'utf8');
    expect(fields(typeset(text))).toEqual(fields(text));
  });

  test.each(dumps)('%s: the fields keep the spaces as printed', (name) => {
    const input = typeset(readFileSync(join(ROOT, name), 'utf8'));
    const a = parseArticle(input);
    const title = a.spans.title;
    if (a.title !== undefined && title) expect(input.slice(title.start, title.end)).toBe(a.title);
    for (const p of a.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
  });
});
