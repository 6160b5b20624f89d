/**
 * Words an Arabic news sentence opens with, joined to it by `و` or `ف`: verbs
 * of saying and reporting in the perfect, masculine and feminine (`وأوضح`,
 * `وأشارت`, `فقال`), and the auxiliaries and connectives that open a sentence
 * going on from the one before (`وقد`, `وكان`, `وحسب`, `ويرتقب`, `كما`). A
 * headline holds none of them after its first words. Folded. Data only.
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** The verbs of saying' stems, masculine (the feminine adds `ت`). */
const SAYING = /* @__PURE__ */ phrases(
  'قال|أكد|أوضح|أضاف|أشار|كشف|ذكر|أفاد|صرح|أعلن|تابع|شدد|أبرز|اعتبر|لفت|سجل|أورد|نقل',
);

/** Auxiliaries and connectives opening a sentence that goes on from the one before, as written. */
const CONNECTIVES = /* @__PURE__ */ phrases(
  'كما|وقد|وكان|وكانت|وحسب|وبحسب|ووفق|ووفقا|ويرتقب|ويتوقع|ويذكر|وتأتي|ويأتي|ويعد|وتعد|ويشار|وتجدر',
);

/** The words, folded. */
export const ARABIC_SENTENCE_OPENERS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  [...SAYING.flatMap((v) => [v, `${v}ت`]).flatMap((v) => [`و${v}`, `ف${v}`]), ...CONNECTIVES].map(
    fold,
  ),
);

/**
 * Two-word openers of an Arabic sentence going on from the one before (`من جهته،`, `ومن جهتها`, `وفي سياق متصل`,
 * `وفي هذا الصدد`, `وعلى صعيد آخر`): the first word, folded, and the second words' beginnings, folded (`جهت` reads
 * `جهته`, `جهتها`, `جهتهم`). `وفي` or `من` alone open headlines' phrases too; with the word after them, only a sentence.
 */
const ARABIC_OPENING_PAIRS: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ new Map(
  (
    [
      ['من', 'جهت|ناحيت|جانب'],
      ['ومن', 'جهت|جهة|ناحيت|ناحية|جانب'],
      ['وفي', 'سياق|السياق|هذا|نفس|المقابل'],
      ['وعلى', 'صعيد'],
    ] as const
  ).map(([first, seconds]) => [fold(first), phrases(seconds).map(fold)]),
);

/** Whether folded words `first` and `second` (its trailing comma aside) open an Arabic sentence together. */
export function opensArabicSentence(first: string, second: string): boolean {
  const seconds = ARABIC_OPENING_PAIRS.get(first);
  if (seconds === undefined) return false;
  const bare = second.endsWith('،') || second.endsWith(',') ? second.slice(0, -1) : second;
  return seconds.some((s) => bare.startsWith(s));
}
