/**
 * The token stream of an HTML string, read by parse5's tokenizer (the part of
 * parse5 that parse5-sax-parser builds on): start tags with attributes and
 * their source ranges, end tags, and text with its source range, character
 * references decoded. Raw-text elements (`<script>`, `<style>`, `<title>`…)
 * switch the tokenizer the way the HTML standard's tree builder does.
 */
import { type Token, type TokenHandler, Tokenizer, TokenizerMode } from 'parse5';
import { type Range, rawRegions } from './raw-regions.js';
import { skippableRanges } from './skippable.js';
import { RAW_TEXT } from './tags.js';

/** An attribute of a start tag. */
export interface Attr {
  name: string;
  value: string;
}

/** Source ranges of a start tag's attributes, read on demand (few are ever needed). */
export interface AttrLocs {
  /** The range of attribute `name` (name, `=` and value) in the input. */
  get(name: string): { startOffset: number; endOffset: number } | undefined;
}

/** Receives the tokens of a page, in order. */
export interface TokenSink {
  /**
   * A start tag; `start`/`end` bound the tag itself in the input. `attrLocs`
   * are in the tokenizer's stream: {@link AttrLocs} turns them into input offsets.
   */
  startTag(
    tag: string,
    attrs: readonly Attr[],
    selfClosing: boolean,
    start: number,
    end: number,
    attrLocs: AttrLocs | undefined,
  ): void;
  /** An end tag starting at `start`. */
  endTag(tag: string, start: number): void;
  /** A run of text (decoded), with the source range it was read from; `space` when it is only whitespace. */
  text(chars: string, start: number, end: number, space: boolean): void;
  /** True while the current node is SVG or MathML, where `<![CDATA[` is text and `/>` closes. */
  inForeign(): boolean;
}

const MODE = {
  rcdata: TokenizerMode.RCDATA,
  rawtext: TokenizerMode.RAWTEXT,
  script: TokenizerMode.SCRIPT_DATA,
  plaintext: TokenizerMode.PLAINTEXT,
} as const;

/**
 * Maps offsets of a stream (a string less some of its ranges) back to that
 * string, and on through `next` when that string is itself a stream. Offsets
 * mostly arrive in order, so a cursor walks the cuts; an offset before the
 * last one is searched for.
 */
class OffsetMap {
  /** Stream offset at which each cut sits, and the length skipped up to and including it. */
  private readonly at: number[] = [];
  private readonly skipped: number[] = [];
  /** Cuts that sit before the last offset asked for, and that offset. */
  private cursor = 0;
  private last = 0;

  constructor(
    cuts: readonly Range[],
    private readonly next?: OffsetMap,
  ) {
    let total = 0;
    for (const [start, end] of cuts) {
      this.at.push(start - total);
      total += end - start;
      this.skipped.push(total);
    }
  }

  /** The input offset of stream offset `o`; `end` offsets that touch a cut stay before it. */
  toInput(o: number, end: boolean): number {
    const { at } = this;
    let lo = this.cursor;
    if (o < this.last) {
      // Binary search: the number of cuts before `o`.
      lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((at[mid] ?? 0) < o) lo = mid + 1;
        else hi = mid;
      }
    } else while (lo < at.length && (at[lo] ?? 0) < o) lo++;
    this.cursor = lo;
    this.last = o;
    // A start offset passes the cuts at `o` (touching cuts sit at one offset).
    if (!end) while (at[lo] === o) lo++;
    const mapped = lo === 0 ? o : o + (this.skipped[lo - 1] ?? 0);
    return this.next ? this.next.toInput(mapped, end) : mapped;
  }
}

/** {@link AttrLocs} of one start tag: its attributes' ranges in the stream, mapped when asked for (one object a tag). */
class AttrSpans implements AttrLocs {
  constructor(
    private readonly raw: Record<string, { startOffset: number; endOffset: number }>,
    private readonly map: OffsetMap,
  ) {}

  get(name: string): { startOffset: number; endOffset: number } | undefined {
    const l = this.raw[name];
    return (
      l && {
        startOffset: this.map.toInput(l.startOffset, false),
        endOffset: this.map.toInput(l.endOffset, true),
      }
    );
  }
}

/** `input` less the ranges `cuts` (sorted, not overlapping). */
function cutOut(input: string, cuts: readonly Range[]): string {
  // One string: written piece by piece, the tokenizer's buffer would be copied again for every piece.
  const pieces: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    pieces.push(input.slice(from, start));
    from = end;
  }
  pieces.push(input.slice(from));
  return pieces.join('');
}

/**
 * What the tokenizer reads of `input`: the input less its raw regions and,
 * when `lean`, less the {@link skippableRanges} of the stream they leave;
 * with the map of its offsets back to the input.
 */
function streamOf(input: string, lean: boolean): { text: string; map: OffsetMap } {
  const raw = rawRegions(input);
  const text = raw.length === 0 ? input : cutOut(input, raw);
  const map = new OffsetMap(raw);
  const cuts = lean ? skippableRanges(text) : [];
  return cuts.length === 0
    ? { text, map }
    : { text: cutOut(text, cuts), map: new OffsetMap(cuts, map) };
}

/**
 * Feeds the tokens of `input` to `sink`. Linear in the input; never throws on
 * a string. `lean` false skips the raw regions only (a reference for tests).
 */
export function tokenize(input: string, sink: TokenSink, lean = true): void {
  let tokenizer: Tokenizer | undefined;
  const { text, map } = streamOf(input, lean);
  const onText = (t: Token.CharacterToken, space: boolean): void => {
    const loc = t.location;
    sink.text(
      t.chars,
      map.toInput(loc?.startOffset ?? 0, false),
      map.toInput(loc?.endOffset ?? 0, true),
      space,
    );
  };
  const handler: TokenHandler = {
    onStartTag(t) {
      const loc = t.location;
      const raw =
        loc && 'attrs' in loc
          ? (loc.attrs as Record<string, { startOffset: number; endOffset: number }> | undefined)
          : undefined;
      sink.startTag(
        t.tagName,
        t.attrs,
        t.selfClosing,
        map.toInput(loc?.startOffset ?? 0, false),
        map.toInput(loc?.endOffset ?? 0, true),
        raw && new AttrSpans(raw, map),
      );
      if (!tokenizer) return;
      const foreign = sink.inForeign();
      tokenizer.inForeignNode = foreign;
      const mode = foreign ? undefined : RAW_TEXT.get(t.tagName);
      if (mode) tokenizer.state = MODE[mode];
    },
    onEndTag(t) {
      sink.endTag(t.tagName, map.toInput(t.location?.startOffset ?? 0, false));
      if (tokenizer) tokenizer.inForeignNode = sink.inForeign();
    },
    onCharacter: (t) => onText(t, false),
    onWhitespaceCharacter: (t) => onText(t, true),
    onNullCharacter() {},
    onComment() {},
    onDoctype() {},
    onEof() {},
    onParseError: null,
  };
  tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(text, true);
}
