/**
 * Kicker recognisers: the short lead of a headline (`CAN 2025 : …`, `يورو 2024| …`).
 * Each recogniser returns the kicker's end offset within the headline, or -1.
 */

/** Longest lead, in characters, still read as a kicker. */
export const MAX_KICKER_LENGTH = 45;

const OPENING_QUOTES = new Set(['«', '“', '‹']);
const CLOSING_QUOTES = new Set(['»', '”', '›']);

/** True when `text[0, end)` leaves a quotation open (the colon is inside a quote). */
function insideQuote(text: string, end: number): boolean {
  let depth = 0;
  let straight = 0;
  for (let i = 0; i < end; i++) {
    const ch = text[i] ?? '';
    if (OPENING_QUOTES.has(ch)) depth++;
    else if (CLOSING_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') straight++;
  }
  return depth > 0 || straight % 2 === 1;
}

/** `Topic : headline` or `Topic: headline` (a space or NBSP after the colon). */
function colonKicker(text: string): number {
  const limit = Math.min(text.length - 1, MAX_KICKER_LENGTH + 2);
  for (let i = 1; i <= limit; i++) {
    const ch = text[i];
    // `Sport | Botola : …`: a pipe before the colon ends the kicker (the rubric's label).
    if (ch === '|') return -1;
    if (ch !== ':' && ch !== '：') continue;
    const next = text.charCodeAt(i + 1);
    // A colon ends a cut headline (`Tourisme :`): still the kicker's end.
    if (next !== 0x20 && next !== 0xa0 && i + 1 < text.length) continue;
    return insideQuote(text, i) ? -1 : i;
  }
  return -1;
}

/** `Topic| headline` or `Topic | headline`. */
function pipeKicker(text: string): number {
  const limit = Math.min(text.length - 2, MAX_KICKER_LENGTH + 2);
  for (let i = 1; i <= limit; i++) {
    if (text[i] === '|') return insideQuote(text, i) ? -1 : i;
  }
  return -1;
}

/** The Arabic "breaking" label: `عاجل/`, `عاجل:`, `عاجل - `, `عاجل..`, `عاجل |`. */
const URGENT = /^عاجل(?=\s?[/:|]|\s[-–]\s|\s?\.\.)/u;
function urgentKicker(text: string): number {
  const m = URGENT.exec(text);
  return m ? m[0].length : -1;
}

/** `Tunisie – headline`: a short lead before an en or em dash (a hyphen is too common inside names). */
function dashKicker(text: string): number {
  const limit = Math.min(text.length - 3, 26);
  for (let i = 2; i <= limit; i++) {
    const ch = text[i];
    if ((ch === '–' || ch === '—') && text[i - 1] === ' ' && text[i + 1] === ' ')
      return insideQuote(text, i) ? -1 : i;
  }
  return -1;
}

const RECOGNISERS: ReadonlyArray<(text: string) => number> = [
  urgentKicker,
  colonKicker,
  pipeKicker,
  dashKicker,
];

/** Returns the kicker of a headline, trimmed, or undefined when it has none. */
export function findKicker(text: string): string | undefined {
  for (const recognise of RECOGNISERS) {
    const at = recognise(text);
    if (at <= 0) continue;
    const kicker = text.slice(0, at).trimEnd();
    if (kicker.length > 0 && kicker.length <= MAX_KICKER_LENGTH) return kicker;
  }
  return undefined;
}
