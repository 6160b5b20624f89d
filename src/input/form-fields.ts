/**
 * Form fields as a renderer prints them: an empty text field (w3m `[    ]`,
 * lynx `____`) or lynx's button label (`(BUTTON)`). A line holding one is a
 * form's line, never prose.
 */

/** Marks of a form copied by a renderer, in one pattern. */
const FIELD_MARKS = /\[ {4}|_{4}|\((?:BUTTON|button)\)/;

/** Whether `text` holds a form field's mark. */
export function holdsFormField(text: string): boolean {
  return FIELD_MARKS.test(text);
}
