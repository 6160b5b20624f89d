import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { trimLineEnds } from '../src/input/line-ends.js';
import { checkArticle } from './helpers/checks.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE, wrap } from './helpers/port-page.js';

/** The port story hard-wrapped at 72 columns behind `indent`, as a mail archive (no indent) or lynx (three spaces) prints it. */
function wrappedLines(indent: string): string[] {
  return [
    ...MENU.map((m) => indent + m),
    '',
    indent + TITLE,
    '',
    `${indent}By Karim Benali`,
    `${indent}14 January 2025`,
    '',
    ...PARAGRAPHS.flatMap((p) => [...wrap(p, 72, indent), '']),
    ...FOOTER.map((f) => indent + f),
  ];
}

/** What a reader compares between two copies of one page. */
function fields(input: string) {
  const a = parseArticle(input);
  return {
    kind: a.kind,
    title: a.title,
    authors: a.authors,
    publishedAt: a.publishedAt,
    paragraphs: a.paragraphs.map((p) => p.text),
  };
}

describe('a hard-wrapped text whose lines end with more than their text', () => {
  for (const indent of ['', '   ']) {
    const lines = wrappedLines(indent);
    const plain = lines.join('\n');
    const indented = indent ? 'with a three-space margin' : 'with no margin';

    it(`reads an archive padded to 80 columns as without the padding (${indented})`, () => {
      expect(fields(plain).paragraphs).toEqual(PARAGRAPHS);
      const padded = lines.map((l) => l.padEnd(80)).join('\n');
      expect(fields(padded)).toEqual(fields(plain));
      checkArticle(padded, parseArticle(padded));
    });

    it(`reads CRLF line ends as LF, every span in the CRLF input (${indented})`, () => {
      const crlf = lines.join('\r\n');
      expect(fields(crlf)).toEqual(fields(plain));
      const a = parseArticle(crlf);
      checkArticle(crlf, a);
      const title = a.spans.title;
      expect(title && crlf.slice(title.start, title.end)).toBe(TITLE);
    });

    it(`reads mail sent format=flowed (a space before each soft break) as without it (${indented})`, () => {
      const flowed = lines.map((l) => (l ? `${l} ` : l)).join('\n');
      expect(fields(flowed)).toEqual(fields(plain));
      checkArticle(flowed, parseArticle(flowed));
    });
  }
});

describe('trimLineEnds', () => {
  it('takes out trailing spaces, tabs and the CR of CRLF, and maps offsets back', () => {
    const input = 'one  \r\ntwo\t\nthree\rfour \r\nfive  ';
    const t = trimLineEnds(input);
    expect(t.text).toBe('one\ntwo\nthree\nfour\nfive  ');
    for (const word of ['one', 'two', 'three', 'four', 'five']) {
      const at = t.text.indexOf(word);
      const start = t.toInput(at);
      const end = t.toInput(at + word.length);
      expect(input.slice(start, end)).toBe(word);
    }
    expect(t.toInput(t.text.length)).toBe(input.length);
  });

  it('leaves a text with bare line ends as it is', () => {
    const input = 'one\ntwo\n\nthree';
    const t = trimLineEnds(input);
    expect(t.text).toBe(input);
    expect(t.toInput(6)).toBe(6);
  });
});
