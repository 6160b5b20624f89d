/**
 * Recogniser for an engagement counter standing alone on its line: how many
 * times the page was shared, viewed, liked or read (`197 Shares`, `1.2K
 * shares`, `653,817 VIEWS`, `1 234 vues`, `12 Aufrufe`). A share bar's or a
 * page header's number, never the article's text. Words are data, matched on
 * folded text.
 */

/** What is counted (folded, singular and plural). */
const COUNTED = new Set([
  'share',
  'shares',
  'view',
  'views',
  'like',
  'likes',
  'read',
  'reads',
  'partage',
  'partages',
  'vue',
  'vues',
  'lecture',
  'lectures',
  "j'aime",
  'aufruf',
  'aufrufe',
  'mal geteilt',
  'mal gelesen',
  'compartido',
  'compartidos',
  'vista',
  'vistas',
  'visualizzazioni',
  'condivisioni',
  'مشاهدة',
  'مشاهدات',
  'مشاركة',
]);

/** A count as written: digits with `,` `.` or spaces inside, and a `k`/`m` suffix. */
const COUNT = /^\d[\d.,\u00a0 ]{0,12}[km]? /u;

/** Longest line read as a counter. */
const MAX = 40;

/** True when a folded line is a number of shares, views, likes or reads alone. */
export function isEngagementCounter(folded: string): boolean {
  if (folded.length > MAX) return false;
  const c = folded.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return false;
  const m = COUNT.exec(folded);
  return m !== null && COUNTED.has(folded.slice(m[0].length).trim());
}
