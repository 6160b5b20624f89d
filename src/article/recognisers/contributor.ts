/**
 * Recogniser for a contributor's credit that names no author: a translator's
 * or an editor's line (`ترجمة: X`, `Translated by X`, `Traduction : X`,
 * `Edited by X`). Printed right under the writer's byline, it signs nothing
 * and is neither the title nor body. The labels are data.
 */
import { phrases } from '../../util/tables.js';
import { nameLike } from './byline.js';

/** Labels a colon follows (`ترجمة: X`, `Translation : X`). */
const COLON_LABELS = /* @__PURE__ */ phrases(
  'ترجمة|تعريب|مراجعة|تدقيق|Translation|Translator|Traduction|Traductrice|Traducteur|Übersetzung|' +
    'Traducción|Tradução|Traduzione|Editor|Edition|Édition|Révision|Relecture',
);

/** Labels a name follows after a space (`Translated by X`, `Traduit par X`). */
const NAME_LABELS = /* @__PURE__ */ phrases(
  'Translated by|Translation by|Edited by|Editing by|Traduit par|Traduit de l’anglais par|' +
    "Traduit de l'anglais par|Édité par|Edité par|Übersetzt von|Traducido por|Traduzido por|Tradotto da",
);

/** Longest line read as a contributor's credit. */
const MAX = 70;

/** The text after `label` opening `text` (and a colon when `colon`), or undefined. */
function after(text: string, label: string, colon: boolean): string | undefined {
  if (!text.startsWith(label)) return undefined;
  let rest = text.slice(label.length);
  if (colon) {
    if (rest.startsWith(' ')) rest = rest.slice(1);
    if (!rest.startsWith(':')) return undefined;
    rest = rest.slice(1);
  } else if (!rest.startsWith(' ')) return undefined;
  return rest.trim();
}

/** Whether `text` is a contributor's credit: a label of the tables, then a name-shaped rest with no stop. */
export function contributorLine(text: string): boolean {
  if (text.length > MAX) return false;
  for (const [labels, colon] of [
    [COLON_LABELS, true],
    [NAME_LABELS, false],
  ] as const)
    for (const label of labels) {
      const rest = after(text, label, colon);
      if (rest !== undefined) return nameLike(rest) && !/[.!?؟،;]/u.test(rest);
    }
  return false;
}
