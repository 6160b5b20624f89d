import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

// A lynx dump of a blog post whose text did not render: the footer's credit wraps, `by` opening its second line.
const footerOnly = `The Harbour Gazette

   Menu
     * About / Licences
     * Privacy policy

A collective bid for the chair of the council

   Jane Doe Local politics 20 January 2020 0 Comment

Follow us

   Jane Doe
   @janedoe

   Copyright © 2020 The Harbour Gazette. Powered
   by WordPress and ThemeGrill.
`;

describe('a footer crediting the site software is no byline', () => {
  test('`Powered` ⏎ `by WordPress and …` names no author', () => {
    const a = parseArticle(footerOnly);
    expect(a.authors).not.toContain('WordPress and ThemeGrill.');
    expect(a.authors.some((n) => n.includes('WordPress'))).toBe(false);
  });

  test('a byline naming a person still signs', () => {
    const page = `Harbour reopens after the storm

By Jane Doe

The harbour reopened on Monday after a week of repairs to the outer wall, the port authority said in a statement.

Fishing boats were the first to leave, and the ferry to the islands resumes its timetable on Wednesday morning.
`;
    expect(parseArticle(page).authors).toEqual(['Jane Doe']);
  });
});
