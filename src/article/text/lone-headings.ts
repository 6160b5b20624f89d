/**
 * Refiner: a one-word heading inside the article (`Fazit`, `Summary`,
 * `Beobachtungstipp`). The body reader leaves a lone word out as a menu's
 * entry; inside the chosen body, set apart by blank lines between two
 * paragraphs of prose, it is the article's own subheading and is kept.
 * So is a short line of any shape the paragraph above introduces with a colon
 * (`… the board read:` ⏎ `3-1`), set the same way between two paragraphs;
 * so are a survey's results its text introduces (`… ainsi :` ⏎ `Oui` ⏎ `38 %`),
 * and a recipe card's one-word heading between the card's kept lines
 * (`Préparation` between the last ingredient and the first step; Chromium
 * prints it with no blank line around it).
 */

import { startsWithBullet } from '../../text/chars.js';
import type { Paragraph } from '../../types.js';
import type { BodyParts } from './body-refiners.js';
import { isFurnitureText, type Region, weightOf } from './body-region.js';
import { isChartCell } from './chart-cells.js';
import type { TextDoc } from './doc.js';
import { isRecipeHeading } from './recipe.js';

/** Longest lone word the body reader leaves out (read-body.ts's menu-entry test). */
const LONE_WORD = 22;

/**
 * Whether a line is one word opening with a letter, no space and no sentence's
 * stop, not all in capitals: a credit or a label shouts (`TEDMED` under a
 * video's caption, `GETTY`), a subheading is written as a word.
 */
function loneWord(text: string, longest = LONE_WORD): boolean {
  return text.length <= longest && /^\p{L}[^\s.!?؟]*$/u.test(text) && /\p{Ll}/u.test(text);
}

/** Longest word read as a list's item. */
const LIST_WORD = 40;

/** Whether block `k` is a paragraph of prose the body kept whole. */
function keptProse(doc: TextDoc, kept: ReadonlySet<number>, k: number): boolean {
  const b = doc.blocks[k];
  return b !== undefined && kept.has(k) && weightOf(doc, b) > 0;
}

/** Longest answer of a survey (`Non, pas du tout`). */
const ANSWER = 30;

/**
 * The lines of a survey's results under kept paragraph `intro`, which introduces them (`… se répartissent ainsi :`):
 * each answer over its figure (`Oui` ⏎ `38 %`), two pairs or more, a kept paragraph right under the last; those the
 * body left out (a lone word read as a menu's entry, a figure with no letter).
 */
function surveyLines(doc: TextDoc, kept: ReadonlySet<number>, intro: number): number[] {
  const out: number[] = [];
  let k = intro + 1;
  if (doc.blocks[intro]?.text.endsWith(':'))
    for (; k < doc.blocks.length; k++) {
      const t = doc.blocks[k]?.text ?? '';
      // Answers at odd places, their figures at even ones.
      if (t.length > ANSWER || isChartCell(t) !== ((k - intro) % 2 === 0)) break;
      if (!kept.has(k)) out.push(k);
    }
  return (k - intro) % 2 === 1 && k - intro >= 5 && kept.has(k) ? out : [];
}

/** Most items of a list of lone words its text introduces. */
const MAX_WORD_ITEMS = 12;

/**
 * The lines of a list of single words under kept paragraph `intro`, which introduces them (`… Ziele:` ⏎
 * `Versorgungssicherheit` ⏎ `Preisgünstigkeit` …, as Chromium prints a list with no bullets): two lone words or
 * more one a line with no blank line between, a kept paragraph of prose right under the last after a blank line;
 * those the body left out (a lone word read as a menu's entry).
 */
function listedWords(doc: TextDoc, kept: ReadonlySet<number>, intro: number): number[] {
  if (!doc.blocks[intro]?.text.endsWith(':') || !keptProse(doc, kept, intro)) return [];
  const out: number[] = [];
  let k = intro + 1;
  for (; k <= intro + MAX_WORD_ITEMS; k++) {
    const b = doc.blocks[k];
    // (A long word, `Verbraucherfreundlichkeit`, was kept: it is an item all the same.)
    if (!b || !loneWord(b.text, LIST_WORD) || b.blankBefore !== (k === intro + 1 ? 1 : 0)) break;
    if (!kept.has(k)) out.push(k);
  }
  const after = doc.blocks[k];
  return k - intro >= 3 && after !== undefined && after.blankBefore > 0 && keptProse(doc, kept, k)
    ? out
    : [];
}

/**
 * Whether block `k` is a word of furniture alone on its line, left out of the body: an ad slot's label
 * (`Anzeige`, `Publicidad`), a card's button (`Print`); no text of the article's, nor a gap in it.
 */
function furnitureWord(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return (
    b !== undefined &&
    doc.roles.get(k) === 'boilerplate' &&
    loneWord(b.text) &&
    isFurnitureText(b.text)
  );
}

/**
 * Puts back, in place, the lone words inside the region that stand a blank
 * line apart between two kept paragraphs of prose, the one under not a list's
 * item, and that no furniture list knows (`Advertisement`, `Share`); and a
 * recipe card's heading (`Instructions`, `Zubereitung`) between two kept blocks.
 */
export function keepLoneHeadings(doc: TextDoc, body: BodyParts, region: Region | undefined): void {
  if (!region || body.owners.length < 2) return;
  const kept = new Set(body.owners);
  const found: number[] = [];
  for (let i = 1; i < body.owners.length; i++) {
    const prev = body.owners[i - 1] ?? -1;
    const next = body.owners[i] ?? -1;
    // One block between two kept ones, the heading; or a word of furniture over it (`Anzeige` ⏎ `Nebenwirkungen`).
    if (next - prev !== 2 && !(next - prev === 3 && furnitureWord(doc, prev + 1))) continue;
    const k = next - 1;
    const b = doc.blocks[k];
    const under = doc.blocks[next];
    if (!b || !under || doc.roles.get(k) !== 'boilerplate') continue;
    if (region.bridge && k >= region.bridge.first && k <= region.bridge.last) continue;
    // A line the paragraph above introduces (`… but it made no difference to the board:` ⏎ `3-1`): the text's,
    // whatever its shape (a score, a figure, a code); the checks below (prose around it, blank lines) hold for it too.
    const introduced = b.text.length <= LONE_WORD && doc.blocks[prev]?.text.endsWith(':') === true;
    if (!introduced && !loneWord(b.text)) continue;
    // A recipe card's heading between its kept lines (the last ingredient, the first step) is the card's.
    if (isRecipeHeading(b.text)) {
      found.push(k);
      continue;
    }
    // (Under an ad's label, Chromium may print the heading with no blank line.)
    if (
      (b.blankBefore < 1 && k === prev + 1) ||
      under.blankBefore < 1 ||
      startsWithBullet(under.text)
    )
      continue;
    if (!keptProse(doc, kept, prev) || !keptProse(doc, kept, next)) continue;
    if (isFurnitureText(b.text)) continue;
    found.push(k);
  }
  for (const owner of body.owners)
    found.push(...surveyLines(doc, kept, owner), ...listedWords(doc, kept, owner));
  if (found.length === 0) return;
  found.sort((x, y) => x - y);
  const paragraphs: Paragraph[] = [];
  const owners: number[] = [];
  let f = 0;
  body.owners.forEach((owner, i) => {
    for (let k = found[f]; k !== undefined && k < owner; k = found[++f]) {
      const b = doc.blocks[k];
      if (!b) continue;
      // (A lone heading stands a blank line apart, a card's may not; a survey's lines run on.)
      const kind = b.blankBefore || isRecipeHeading(b.text) ? 'heading' : 'paragraph';
      paragraphs.push({ text: b.text, start: b.start, end: b.end, kind });
      owners.push(k);
      doc.roles.set(k, 'body');
    }
    const p = body.paragraphs[i];
    if (p) paragraphs.push(p);
    owners.push(owner);
  });
  body.paragraphs = paragraphs;
  body.owners = owners;
}
