/**
 * Consent-dialog headings and browser notices are the site's interface, but a news headline may open with the
 * same words (`Your privacy…`, `Votre vie privée…`, `Your browser…`): only the dialog's and the notice's own
 * phrasing is interface text.
 */
import { describe, expect, test } from 'vitest';
import { isInterfaceLine } from '../src/furniture/interface.js';
import { parseArticle } from '../src/index.js';

const BODY = [
  'The regulator published its annual report on Tuesday and found that most large websites still share data with dozens of companies.',
  'Its chair told reporters that fines would follow for the sites that ignore the rules after a last warning this spring.',
].join('\n\n');

describe('headlines that open like a dialog or a notice', () => {
  test.each([
    'Your privacy is worth less than a coffee, regulator finds',
    'Votre vie privée vaut moins qu’un café, selon le régulateur',
    'Ihre Privatsphäre im Netz: Was das neue Gesetz ändert',
    'Your browser knows more about you than your bank',
  ])('`%s` is the title', (headline) => {
    const a = parseArticle(`${headline}\n\n${BODY}\n`);
    expect(a.title).toBe(headline);
  });

  test.each([
    'We value your privacy',
    'Nous respectons votre vie privée',
    'Your browser is out of date and cannot display this page.',
    'Votre navigateur ne prend pas en charge la lecture de cette vidéo.',
    'Please enable JavaScript to view this page.',
  ])('guard: `%s` is interface text', (line) => {
    expect(isInterfaceLine(line)).toBe(true);
  });
});
