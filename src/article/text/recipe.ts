/**
 * Recogniser: a recipe card in crawler text. Food pages print the story, then
 * the card: an ingredients heading over its list (`Ingredients`, `Zutaten`,
 * `Ingrédients`, `المكونات`), a method heading (`Directions`, `Zubereitung`,
 * `Préparation`, `طريقة التحضير`) over numbered or bulleted steps. The
 * card's lines are short and cut from the story by the card's furniture
 * (servings, times, a print button), so the body's run leaves them out,
 * though they are the page's text.
 */
import { isPlaceholderLine } from '../../furniture/credits.js';
import type { Block } from '../../input/block.js';
import { countWords } from '../../lang/function-words.js';
import { startsWithBullet, startsWithOrderedNumber } from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import { isFormatCode } from '../../text/invisibles.js';
import { phrases } from '../../util/tables.js';

/** Ingredients headings, folded (accents and case dropped). */
const INGREDIENTS: readonly string[] = /* @__PURE__ */ phrases(
  'ingredients|ingredientes|ingredienti|ingredienten|zutaten|المكونات|مكونات|المقادير|مقادير',
);

/** Method headings, folded: searched only under an ingredients heading. */
const METHOD: readonly string[] = /* @__PURE__ */ phrases(
  'directions|instructions|method|preparation|steps|how to make it|etapes|zubereitung|anleitung|' +
    'preparacion|elaboracion|instrucciones|modo de preparo|modo de preparacion|como fazer|preparo|' +
    'preparazione|procedimento|bereiding|طريقة التحضير|طريقة العمل|التحضير|الطريقة',
);

/** Longest heading line: the word and a few more (`Zutaten für 4 Personen`). */
const MAX_HEADING = 40;
/** Most blocks from the ingredients heading to the method heading: the list and its group labels. */
const MAX_INGREDIENTS = 60;
/** Longest ingredient line. */
const MAX_INGREDIENT = 200;
/** Lines allowed between the method heading and the first step (times, difficulty, a print button). */
const MAX_LEAD = 3;
/** Most blocks of steps. */
const MAX_STEPS = 80;
/** Shortest step written out as a sentence on its own line (not a list item). */
const MIN_STEP = 40;

/** Whether `text` is a heading of `words`: one of them, alone or with a few words after it, a colon allowed. */
function headingOf(text: string, words: readonly string[]): boolean {
  if (text.length > MAX_HEADING) return false;
  let t = fold(startsWithBullet(text) ? text.slice(2) : text).trim();
  if (t.endsWith(':')) t = t.slice(0, -1).trimEnd();
  for (const w of words)
    if (t === w || (t.startsWith(w) && t.charAt(w.length) === ' ')) return true;
  return false;
}

/** First letters of the ingredients headings (lower case): a line opening otherwise is not folded. */
const INGREDIENTS_OPENINGS = new Set(INGREDIENTS.map((w) => w.charAt(0)));

/** Whether block `b` is a recipe's ingredients heading. */
export function isIngredientsHeading(b: Block): boolean {
  const t = b.text;
  const first = (startsWithBullet(t) ? t.charAt(2) : t.charAt(0)).toLowerCase();
  return INGREDIENTS_OPENINGS.has(first) && headingOf(t, INGREDIENTS);
}

/** Whether `text` is a recipe card's heading: its ingredients' or its method's (`Ingredients`, `Préparation`). */
export function isRecipeHeading(text: string): boolean {
  return headingOf(text, INGREDIENTS) || headingOf(text, METHOD);
}

/** A list number alone (`3`, `3.`, `* 3`), as cards print a step's number over its text. */
function stepNumber(text: string): boolean {
  const t = startsWithBullet(text) ? text.slice(2) : text;
  return /^\d{1,2}[.)]?$/.test(t);
}

/** Whether `text` is a line of a recipe's steps. */
function stepLine(text: string, endsSentence: (text: string) => boolean): boolean {
  return (
    startsWithBullet(text) ||
    startsWithOrderedNumber(text) ||
    stepNumber(text) ||
    (text.length >= MIN_STEP && endsSentence(text))
  );
}

/** `text` without the invisible format characters at its ends (`Stir well.\u2063`, `\u2063[picture]`). */
function trimFormat(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && isFormatCode(text.charCodeAt(from))) from++;
  while (to > from && isFormatCode(text.charCodeAt(to - 1))) to--;
  return text.slice(from, to);
}

/** Fewest words of a step shorter than {@link MIN_STEP} (`Stir for one minute.`). */
const SHORT_STEP_WORDS = 3;

/**
 * Whether block `b` (its text `text`, invisible characters trimmed) goes on
 * the steps as a short sentence: set right under the step above, no blank
 * line between, three words or more closed by a stop (`Stir for one
 * minute.`). A label after the card (`Notes`, `Enjoy!`) is none.
 */
function shortStep(b: Block, text: string, endsSentence: (text: string) => boolean): boolean {
  return b.blankBefore === 0 && endsSentence(text) && countWords(text).words >= SHORT_STEP_WORDS;
}

/**
 * The recipe card whose ingredients heading stands at block `at`: from that
 * heading to its last step, when a method heading (block `method`) follows
 * the ingredients and at least one step follows it. `endsSentence` tells a
 * step written as a sentence.
 */
export function recipeAt(
  blocks: readonly Block[],
  at: number,
  endsSentence: (text: string) => boolean,
): { first: number; last: number; method: number } | undefined {
  let method = -1;
  for (let k = at + 1; k < blocks.length && k <= at + MAX_INGREDIENTS; k++) {
    const b = blocks[k];
    if (!b || b.text.length > MAX_INGREDIENT) return undefined;
    if (headingOf(b.text, METHOD)) {
      method = k;
      break;
    }
  }
  if (method < at + 2) return undefined;
  let last = -1;
  let lead = 0;
  for (let k = method + 1; k < blocks.length && k <= method + MAX_STEPS; k++) {
    const b = blocks[k];
    if (!b) break;
    // Invisible separators a post copied from a social network carries (after a step's stop, alone on a line) are no text.
    const text = trimFormat(b.text);
    if (
      stepLine(text, endsSentence) ||
      (last >= 0 && (!text || isPlaceholderLine(text) || shortStep(b, text, endsSentence)))
    )
      last = k;
    else if (last < 0 && lead < MAX_LEAD) lead++;
    else break;
  }
  return last < 0 ? undefined : { first: at, last, method };
}
