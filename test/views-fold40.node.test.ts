/**
 * The slice-fold contract (`foldLineBreaks(input.slice(start, end)) === text` for every field of a text dump) on
 * real-layout text seen through the text path's views at once: hard-wrapped lines with Windows or old-Mac line ends,
 * decomposed letters (NFD), invisible characters anywhere (soft hyphens, zero-width spaces, word joiners, byte-order
 * marks), no-break and narrow no-break spaces, drop caps on a line of their own. The fuzzer's random strings rarely
 * hold a wrapped paragraph, a two-line title or a ticker; the project's own fixtures, transformed, do.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';
import { foldLineBreaks } from '../src/input/wrapped.js';
import { checkArticle, checkTicker } from './helpers/checks.js';
import { TEXT_FIXTURES } from './helpers/fixture-files.js';

const INVISIBLES = ['\u00ad', '\u200b', '\u2060', '\ufeff'];

/** A tiny deterministic generator (the transforms' choices follow the case's seed). */
function generator(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return s / 4294967296;
  };
}

/** Each line cut at spaces to at most `width` characters, as a mail archive or `lynx -dump` does. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const word of line.split(' ')) {
        if (cur && cur.length + 1 + word.length > width) {
          out.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

type Transform = (text: string, rnd: () => number) => string;

const TRANSFORMS: Record<string, Transform> = {
  wrap: (t, rnd) => hardWrap(t, 60 + Math.floor(rnd() * 20)),
  crlf: (t) => t.replaceAll('\n', '\r\n'),
  cr: (t) => t.replaceAll('\n', '\r'),
  nfd: (t) => t.normalize('NFD'),
  invisibles: (t, rnd) => {
    let out = '';
    for (const ch of t) {
      out += ch;
      if (ch !== '\n' && rnd() < 0.02) out += INVISIBLES[Math.floor(rnd() * INVISIBLES.length)];
    }
    return out;
  },
  nbsp: (t, rnd) =>
    t.replace(/ /g, () => (rnd() < 0.1 ? (rnd() < 0.5 ? '\u00a0' : '\u202f') : ' ')),
  dropCaps: (t) => t.replace(/\n\n(\p{Lu})(\p{Ll}[^\n]{80})/gu, '\n\n$1\n$2'),
};

/** The transforms in the order a text meets them: the page's characters first, its line ends last. */
const ORDER = ['dropCaps', 'wrap', 'nfd', 'nbsp', 'invisibles', 'crlf', 'cr'];

function transformed(file: string, names: readonly string[], seed: number): string {
  const rnd = generator(seed);
  let text = readFileSync(file, 'utf8');
  for (const name of ORDER) if (names.includes(name)) text = TRANSFORMS[name]?.(text, rnd) ?? text;
  return text;
}

/**
 * Whether the fixture as written keeps the contract: the documented exceptions (a `lynx -dump` whose links are
 * numbered drops the numbers from its fields; a known agency's code is named in its usual spelling, `و م ع` as
 * `ومع`) are no view's doing, and are left out of the transforms' property.
 */
const asWritten = new Map<string, boolean>();
function holdsAsWritten(file: string): boolean {
  let holds = asWritten.get(file);
  if (holds === undefined) {
    const input = readFileSync(file, 'utf8');
    const a = parseArticle(input);
    const read = (s: { start: number; end: number }) => foldLineBreaks(input.slice(s.start, s.end));
    holds =
      a.paragraphs.every((p) => read(p) === p.text) &&
      a.related.every((r) => read(r) === r.title) &&
      (!a.spans.source || read(a.spans.source) === a.source?.name);
    asWritten.set(file, holds);
  }
  return holds;
}

const RUNS = Number(process.env.VIEWS_RUNS ?? 300);
/** Each case parses one fixture of up to a few hundred kB (a few ms); margin for a loaded CI machine. */
const HEAVY = 180_000;

describe('fields fold back from their spans through every view at once', () => {
  test('random fixtures, random transforms', { timeout: HEAVY }, () => {
    expect(TEXT_FIXTURES.filter(holdsAsWritten).length).toBeGreaterThan(900);
    fc.assert(
      fc.property(
        fc.constantFrom(...TEXT_FIXTURES),
        fc.subarray(ORDER.filter((n) => n !== 'cr')),
        fc.boolean(),
        fc.nat(),
        (file, names, oldMac, seed) => {
          if (!holdsAsWritten(file)) return;
          const input = transformed(file, oldMac ? [...names, 'cr'] : names, seed);
          checkArticle(input, parseArticle(input));
          checkTicker(input, parseTicker(input));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** `input`'s field at `span` folded, as a user checks it. */
const folded = (input: string, span: { start: number; end: number }) =>
  foldLineBreaks(input.slice(span.start, span.end));

describe('the cases the transforms found (each failed before session 40)', () => {
  test('a hard-wrapped paragraph in decomposed letters gives its letters as the input prints them', () => {
    const input = transformed('test/fixtures/renders-blind38s/fr-diaporama.lynx.txt', ['nfd'], 1);
    const a = parseArticle(input);
    const p = a.paragraphs.find((x) => x.text.startsWith('La 60e'));
    expect(p?.text).toContain('e\u0301dition');
    expect(p && folded(input, p)).toBe(p?.text);
  });
  test('a zero-width space in a wrapped line’s indentation goes with the line break', () => {
    const input = readFileSync(
      'test/fixtures/renders-blind39p/fr-entretien-qr.lynx.txt',
      'utf8',
    ).replace("\n   d'une même famille.", "\n \u200b  d'une même famille.");
    expect(input).toContain('\u200b');
    const a = parseArticle(input);
    const p = a.paragraphs.find((x) => x.text.includes('trois générations'));
    expect(p?.text).toContain("trois générations d'une même famille.");
    expect(p && folded(input, p)).toBe(p?.text);
  });
  test('a zero-width space after a drop cap goes with its line break, in either reading', () => {
    const tail =
      'he harbour ferry will run every hour from Monday, the port authority said on Tuesday after a winter of delays.';
    const opening = `Harbour ferry to run every hour\n\nT\u200b\n${tail}\n\n`;
    const input = `${opening}${'Officials said the new timetable would hold until the spring, when a second boat joins. '.repeat(2)}\n`;
    const a = parseArticle(input);
    const p = a.paragraphs.find((x) => x.text.includes('harbour ferry will'));
    expect(p?.text.startsWith('The harbour ferry will')).toBe(true);
    expect(p && folded(input, p)).toBe(p?.text);
  });
  test('a ticker wrapped over Windows line ends reads each break as one space', () => {
    const input = transformed(
      'test/fixtures/dumps-holdout/net-ticker-fr-turess-cut-after-separator.txt',
      ['wrap', 'crlf'],
      1,
    );
    const items = parseTicker(input);
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) {
      expect(item.text).not.toContain('  ');
      expect(folded(input, item)).toBe(item.text);
    }
  });
  test('a title over two lines ends where its second line does, with Windows line ends', () => {
    const input = transformed(
      'test/fixtures/dumps-blind38e/ar-tn-unwan-satrayn-madina-kaatib-hijri-w3m.txt',
      ['crlf'],
      1,
    );
    const a = parseArticle(input);
    expect(a.title?.endsWith('112 صوتا')).toBe(true);
    expect(a.spans.title && folded(input, a.spans.title)).toBe(a.title);
  });
  test('a title over two lines keeps its no-break spaces, as the input prints them', () => {
    const input = transformed(
      'test/fixtures/dumps-blind38e/ar-tn-unwan-satrayn-madina-kaatib-hijri-w3m.txt',
      [],
      1,
    ).replace('على مشروع', 'على\u00a0مشروع');
    const a = parseArticle(input);
    expect(a.title).toContain('على\u00a0مشروع');
    expect(a.spans.title && folded(input, a.spans.title)).toBe(a.title);
  });
  test('a source name in hard-wrapped text keeps its narrow no-break space', () => {
    const input = hardWrap(
      readFileSync('samples/maghress-fr.txt', 'utf8').replace(
        'Le Quotidien du Sud',
        'Le\u202fQuotidien du Sud',
      ),
      70,
    );
    const a = parseArticle(input);
    expect(a.source?.name).toBe('Le\u202fQuotidien du Sud');
    expect(a.spans.source && folded(input, a.spans.source)).toBe(a.source?.name);
  });
});
