/**
 * Arabic verbs of saying and reporting in the perfect, masculine and
 * feminine, with the `و` or `ف` that joins them to the sentence before
 * (`وأوضح`, `وأشارت`, `فقال`): an Arabic news sentence opens so, a headline
 * never holds one. Folded. Data only.
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** The verbs' stems, masculine (the feminine adds `ت`). */
const STEMS = /* @__PURE__ */ phrases(
  'قال|أكد|أوضح|أضاف|أشار|كشف|ذكر|أفاد|صرح|أعلن|تابع|شدد|أبرز|اعتبر|لفت|سجل|أورد|نقل',
);

/** The joined forms (`وقال`, `وقالت`, `فقال`, `فقالت`), folded. */
export const JOINED_SAYING_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  STEMS.flatMap((v) => [v, `${v}ت`])
    .flatMap((v) => [`و${v}`, `ف${v}`])
    .map(fold),
);
