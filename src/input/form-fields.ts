/**
 * Form fields as a renderer prints them: an empty text field (w3m `[    ]`,
 * lynx `____`) or lynx's button label (`(BUTTON)`). A line holding one is a
 * form's line, never prose.
 */

/**
 * Whether `text` holds a form field's mark: `[` and four spaces, four `_`, or
 * `(BUTTON)` in either case. Four native substring searches scan faster than
 * one pattern with these alternatives (the line of every line pair is asked).
 */
export function holdsFormField(text: string): boolean {
  return (
    text.includes('____') ||
    text.includes('[    ') ||
    text.includes('(BUTTON)') ||
    text.includes('(button)')
  );
}
