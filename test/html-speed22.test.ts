import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import { buildTree, type TreeSink } from '../src/html/nesting.js';
import { commentEnd, skippableRanges } from '../src/html/skippable.js';

const skipped = (s: string): string[] => skippableRanges(s).map(([a, b]) => s.slice(a, b));

/** Attributes the tokenizer is allowed to skip. */
const UNREAD = /^(?:data-.+|src|srcset|sizes|alt|on[a-z]+)$/;

/**
 * Every tree event of `input`, read with the skippable ranges skipped or not,
 * as the walk reads them: attributes other than the unread ones with their
 * source ranges, texts with theirs, and of a whitespace run only where it
 * starts (and, inside svg or math, where a title keeps it whole, its text).
 */
function events(input: string, lean: boolean): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  let foreign = 0;
  let space: { start: number; end: number; chars: string } | undefined;
  const flush = (): void => {
    if (space)
      out.push(
        foreign > 0
          ? `S ${space.start} ${space.end} ${JSON.stringify(space.chars)}`
          : `S ${space.start}`,
      );
    space = undefined;
  };
  const sink: TreeSink = {
    open(tag, attrs, start, end, locs) {
      flush();
      const kept = attrs.filter((a) => !UNREAD.test(a.name));
      const spans = kept.map((a) => locs?.get(a.name));
      out.push(`O ${tag} ${start} ${end} ${JSON.stringify(kept)} ${JSON.stringify(spans)}`);
      stack.push(tag);
      if (tag === 'svg' || tag === 'math') foreign++;
    },
    close(at) {
      flush();
      out.push(`C ${at}`);
      const tag = stack.pop();
      if (tag === 'svg' || tag === 'math') foreign--;
    },
    text(chars, start, end, isSpace) {
      if (isSpace) {
        if (space) {
          space.end = end;
          space.chars += chars;
        } else space = { start, end, chars };
        return;
      }
      flush();
      out.push(`T ${JSON.stringify(chars)} ${start} ${end}`);
    },
  };
  buildTree(input, sink, lean);
  flush();
  return out;
}

describe('HTML reading: markup the tokenizer may skip (issue 14)', () => {
  test('attributes nothing reads are skipped, read ones are kept', () => {
    expect(
      skipped(
        '<img class="photo" src="/a.jpg" srcset="/a.jpg 1x, /b.jpg 2x" sizes=100vw alt="A dog" data-lazy="1" onload="go()" id=x>',
      ),
    ).toEqual([
      'src="/a.jpg"',
      'srcset="/a.jpg 1x, /b.jpg 2x"',
      'sizes=100vw',
      'alt="A dog"',
      'data-lazy="1"',
      'onload="go()"',
    ]);
    expect(skipped('<a href="/story" data-track="nav" title="Story">Story</a>')).toEqual([
      'data-track="nav"',
    ]);
  });
  test('an attribute after a `/` is kept: without it the tag would close itself', () => {
    expect(skipped('<div/data-x="1"><p>Text</p></div>')).toEqual([]);
  });
  test('a name with its value written apart is skipped whole', () => {
    expect(skipped('<div data-x = "1" class=a></div>')).toEqual(['data-x = "1"']);
  });
  test('indentation keeps one character; a run between words is kept', () => {
    expect(skippableRanges('<ul>\n    <li>One  two</li>\n  </ul>')).toEqual([
      [5, 9],
      [27, 29],
    ]);
  });
  test('a comment after a tag or a space is skipped, one inside a word is not', () => {
    expect(skipped('<p><!-- ad -->Text <!-- x -->more</p>')).toEqual(['<!-- ad -->', '<!-- x -->']);
    expect(skipped('<p>Te<!-- x -->xt</p>')).toEqual([]);
  });
  test('comments end where the tokenizer ends them', () => {
    expect(commentEnd('<!-->x', 0)).toBe(5);
    expect(commentEnd('<!--->x', 0)).toBe(6);
    expect(commentEnd('<!-- a --!> b -->', 0)).toBe(11);
    expect(commentEnd('<!-- a --> b --!>', 0)).toBe(10);
    expect(commentEnd('<!---!> b -->', 0)).toBe(13);
    expect(commentEnd('<!-- open', 0)).toBe(9);
    // Told where the first `-->` is, as the scan tells it (comments ended by `--!>` do not search again).
    expect(commentEnd('<!-- a --!> b -->', 0, 14)).toBe(11);
    expect(commentEnd('<!-- a --> b', 0, 7)).toBe(10);
  });
  test('nothing is skipped in the text of a title, a textarea or a JSON-LD script', () => {
    const page =
      '<title>A  <b data-x=1>bold</b>  title</title><textarea>  <i data-y=2>x</i>  </textarea><script type="application/ld+json">{"a":  "<b data-z=3>"}</script><p data-w=4>x</p>';
    expect(skipped(page)).toEqual(['data-w=4']);
  });
  test('inside svg, whitespace is kept, and a title holding markup stops the skipping', () => {
    expect(
      skipped('<svg data-a=1>\n  <title>Icon  name</title>\n  <p data-b=2>x</p></svg>'),
    ).toEqual(['data-a=1', 'data-b=2']);
    expect(skipped('<svg><title><b>x</b></title></svg><p data-b=2>x</p>')).toEqual([]);
  });
  test('a comment after a space is kept where skipping it would move the next text', () => {
    // parse5 starts a text after a space at a reference's end, and reads `</>` as nothing.
    for (const html of ['\f<!-- c -->&amp;', ' <!---></>=', ' <!-- a --><!-- b -->&amp; x']) {
      expect(events(html, true)).toEqual(events(html, false));
    }
  });
  test('the tree the walk reads is the same with the skipped markup as without', () => {
    const piece = fc.constantFrom(
      '<div class="a" data-x="1">',
      '</div>',
      '<p>',
      '</p>',
      '<span data-a=b id=s>',
      '</span>',
      '<a href="/x" onclick="f()">',
      '</a>',
      '<img src=/a.png alt="A > B" data-src=\'x\'/>',
      '<img/data-x=1>',
      '<br data-x>',
      '<i data-x =y>',
      '<i data-x= "y"class=c>',
      '<b alt=x/>',
      '<svg data-v="1">',
      '</svg>',
      '<math>',
      '</math>',
      '<title>',
      '</title>',
      '<textarea>',
      '</textarea>',
      '<script type="application/ld+json">',
      '<script>',
      '</script>',
      '<style>',
      '</style>',
      '<noscript>',
      '</noscript>',
      '<plaintext>',
      '<!-- c -->',
      '<!-->',
      '<!--->',
      '<!-- a --!>',
      '<!--',
      '-->',
      '<!DOCTYPE html>',
      '<![CDATA[ x ]]>',
      '<?php x ?>',
      '</>',
      '</ x>',
      '<',
      '>',
      '&amp;',
      '&#32;',
      '&not',
      'in;',
      'word',
      'Two words',
      ' ',
      '  ',
      '\n    ',
      '\r\n\t',
      '\f',
      '\u00a0',
      '"',
      "'",
      '=',
      '/',
      '&#x41;',
      '&nbsp;',
      '\0',
      '<3',
      '<DIV DATA-X=1 Class=k>',
      '<SCRIPT>',
      '</SCRIPT>',
      '<Title>',
      '<div\ndata-a="1"\n>',
      '<img data-src=\'a\'data-b="c">',
      '<!---->',
      '<!--!>',
      '<svg><title>',
      '<math><mi>',
      '<![CDATA[',
      ']]>',
      '<!DOCTYPE',
      ' PUBLIC "-//W3C',
      '<!',
      '<!-',
      '<?',
      '<svg/>',
      '<math/>',
      '</svg >',
      '<style>a</style>',
      '<title>a &amp; b</title>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        expect(events(html, true)).toEqual(events(html, false));
      }),
      { numRuns: 3000 },
    );
  });
  test('an article reads the same with unread attributes, indentation and comments as without', () => {
    const body =
      'The port handled more containers this spring than in any spring before, its director said on Monday, and the new cranes arrive in June.';
    const plain = `<html><head><title>Port record</title></head><body><article><h1>Port record</h1><p>${body}</p><p>${body}</p></article></body></html>`;
    const noisy = `<html>\n  <head>\n    <title>Port record</title>\n  </head>\n  <body data-page="1">\n    <!-- main -->\n    <article data-id="42">\n      <h1 data-x>Port record</h1>\n      <img src="/p.jpg" srcset="/p.jpg 2x" alt="Cranes" onload="f()">\n      <p data-n=1>${body}</p>\n      <p>${body}</p>\n    </article>\n  </body>\n</html>`;
    const a = parseArticle(plain, { format: 'html' });
    const b = parseArticle(noisy, { format: 'html' });
    expect(b.title).toBe(a.title);
    expect(b.paragraphs.map((p) => p.text)).toEqual(a.paragraphs.map((p) => p.text));
    expect(b.paragraphs.map((p) => noisy.slice(p.start, p.end))).toEqual(
      b.paragraphs.map((p) => p.text),
    );
  });
});
