/** Function words that tell French from English. Data only. */

import { words } from '../util/tables.js';

/** Frequent French function words (lower case, no elision). */
export const FRENCH_WORDS: ReadonlySet<string> = new Set(
  /* @__PURE__ */ words(
    'le la les de des du un une et en au aux à dans sur pour par avec sans sous entre vers chez qui que quoi ' +
      'dont est sont été être avoir ont ne pas plus se son sa ses leur leurs ce cette ces il elle ils elles ' +
      'nous vous on face après avant contre selon depuis lors mais ou où comme fait très quand aussi même tout ' +
      'tous toute toutes nouveau nouvelle annonce',
  ),
);

/** Frequent English function words (lower case). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  /* @__PURE__ */ words(
    'the of and to in on at for with by from is are was were be been has have had it its this that these ' +
      'those as an not but or will would can could after before over into against until despite set refuses ' +
      'says said new amid about his her their they he she we who which up out than more heavy',
  ),
);
