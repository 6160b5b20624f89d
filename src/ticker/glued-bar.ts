/**
 * Recogniser: a headline bar printed on one line with nothing between its
 * headlines (`Trending Rabat to host … Casablanca tramway line 4 opens in
 * March …`), as Chromium's `innerText`, w3m and lynx print a bar of inline
 * links: a bar's label first, no colon, then headlines and no sentence. Its
 * length makes it read as prose, yet it is the page's frame; where one
 * headline ends cannot be told, so it gives no ticker items (a bar with
 * marks between its headlines is `bar-line.ts`'s).
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';
import { BREAKING } from './latest-news.js';

/** Labels of a bar of headlines printed before the page's header (folded): a trend's or a box's word. */
const BAR_LABELS: readonly string[] = /* @__PURE__ */ [
  ...phrases(
    'trending|trending now|tendances|tendance|a la une|en ce moment|les plus lus|most read|top stories|' +
      'hot topics|tendencias|الأكثر قراءة|الأكثر مشاهدة|الأكثر تداولا|رائج',
  ).map(fold),
  ...BREAKING,
];

/** Fewest words after the label: two headlines at least. */
const MIN_WORDS = 8;
/** Longest bar read (a few headlines). */
const MAX_LENGTH = 600;
/** A sentence's stop: at the end, or before a space. */
const SENTENCE_STOP = /[.!?؟](?: |$)/u;
/** A headline's first character: a capital, a digit, an Arabic letter. */
const HEADLINE_OPENING = /^[\p{Lu}\d\u0600-\u06ff]/u;

/** Whether `text` is a bar's label glued to its headlines: `<label> <Headline> <Headline> …`, no colon, no sentence. */
export function isGluedBar(text: string): boolean {
  if (text.length > MAX_LENGTH || SENTENCE_STOP.test(text)) return false;
  const f = fold(text);
  for (const label of BAR_LABELS) {
    if (!f.startsWith(label) || f.charCodeAt(label.length) !== 0x20) continue;
    const words = text.split(' ');
    const labelWords = label.split(' ').length;
    return words.length - labelWords >= MIN_WORDS && HEADLINE_OPENING.test(words[labelWords] ?? '');
  }
  return false;
}
