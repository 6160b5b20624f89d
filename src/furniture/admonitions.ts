/**
 * An admonition's label: the one word a documentation page or a guide prints
 * over a boxed paragraph (`Note`, `Tip`, `Warning`, `Hinweis`, `Remarque`,
 * `ملاحظة`), alone on its line, with or without a colon. The paragraph under
 * it is the page's own text, however short, even where it closes the page.
 * Words are data, matched on folded text.
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Admonition labels (folded below), in the languages of the pages read. */
const LABELS: ReadonlySet<string> = new Set(
  /* @__PURE__ */ phrases(
    'note|notes|tip|tips|hint|info|important|warning|caution|danger|attention|' +
      'remarque|astuce|avertissement|à noter|bon à savoir|' +
      'hinweis|tipp|warnung|achtung|wichtig|' +
      'nota|consejo|advertencia|importante|' +
      'ملاحظة|تنبيه|تحذير',
  ).map(fold),
);

/** Longest label read (`Bon à savoir :`). */
const LABEL_MAX = 16;

/** Whether a line is an admonition's label alone (`Note`, `Tip:`, `Hinweis`). */
export function isAdmonitionLabel(text: string): boolean {
  if (text.length > LABEL_MAX) return false;
  const colon = text.endsWith(':') ? text.slice(0, -1).trimEnd() : text;
  return LABELS.has(fold(colon));
}
