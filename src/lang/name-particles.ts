/**
 * Lower-case words that stand inside personal names (`Jong de`, `Abdelkader
 * ben Ali`, `Ludwig van Beethoven`, `García y Pérez`): a name's other words
 * are capitalised. Shared by the HTML and text bylines.
 */
import { phrases } from '../util/tables.js';
export const NAME_PARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'de|du|des|la|le|van|von|der|den|zu|da|di|dos|das|del|al|el|bin|ibn|ben|ter|y|e',
  ),
);
