/**
 * Recogniser: a cell of a chart's data, as a renderer prints an inline chart
 * or infographic inside an article (`$263`, `’17`, `40 %`, `2023`, `1.2k`):
 * one short line that is a number with at most a unit's letters. A chart
 * prints dozens of them between two paragraphs of the article; they are no
 * gap in the page's prose (a menu or a box of teasers is).
 */

/** Longest line read as a chart's cell. */
const MAX_CELL = 12;
/** Most letters beside the number (`bn`, `Q3`, `km`). */
const MAX_LETTERS = 2;

/** Whether `text` reads as one cell of a chart's data. */
export function isChartCell(text: string): boolean {
  if (text.length === 0 || text.length > MAX_CELL) return false;
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c > 0x7f ? /\p{L}/u.test(text.charAt(i)) : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)
      letters++;
  }
  return digits > 0 && letters <= MAX_LETTERS;
}
