/**
 * Labels before a date that is not the article's publication: a member's
 * registration (a forum's profile box: `Registriert: 18.09.2008`, `Joined:`,
 * `Member since`, `Inscrit le`), a birth, the clock (`Aktuelle Zeit`). Read by
 * the HTML and text paths alike.
 */

/** Such a label closing the text before a date (folded or as written), its colon after the word too (`Inscrit le :`). */
const NOT_PUBLISHED =
  /(?:registriert|registered|joined|member since|mitglied seit|inscrit|inscription|dabei seit|geboren|born|né le|née le|aktuelle zeit|current time)[\s:]{0,3}(?:(?:le|am|on|seit|since)[\s:]{1,3})?$/i;

/** Longest stretch before a date read for such a label. */
const LABEL_REACH = 30;

/** Whether the date at `at` in `text` follows a label that says it is no publication date. */
export function notPublishedAt(text: string, at: number): boolean {
  return NOT_PUBLISHED.test(text.slice(Math.max(0, at - LABEL_REACH), at));
}
