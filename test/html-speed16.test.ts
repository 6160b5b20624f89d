import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import { rawRegions } from '../src/html/raw-regions.js';

const skipped = (html: string): string[] => rawRegions(html).map(([s, e]) => html.slice(s, e));

describe('HTML reading: what the tokenizer may skip', () => {
  test('the content of a drawing-only inline svg is skipped', () => {
    const icon =
      '<svg viewBox="0 0 24 24" class="icon"><g fill=none><path d="M12 2L2 7l10 5 10-5-10-5z"/><circle cx=12 cy=12 r="3"></circle></g></svg>';
    expect(skipped(`<p>Share ${icon} this</p>`)).toEqual([
      '<g fill=none><path d="M12 2L2 7l10 5 10-5-10-5z"/><circle cx=12 cy=12 r="3"></circle></g>',
    ]);
  });
  test('an end tag inside a quoted value does not end the svg', () => {
    const inner = '<path d="M0 0" data-x="</svg>"/>';
    expect(skipped(`<svg>${inner}</svg><p>Text</p>`)).toEqual([inner]);
  });
  test('a comment inside a drawing is skipped with it', () => {
    const inner = '<!-- icon: share --><path d="M0 0"/><!---->';
    expect(skipped(`<svg>${inner}</svg>`)).toEqual([inner]);
  });
  test("an icon's own title is skipped with its drawing", () => {
    const inner = '<title>Share on Facebook</title><path d="M0 0h8v8H0z"/>';
    expect(skipped(`<a href="/share"><svg>${inner}</svg></a>`)).toEqual([inner]);
  });
  test("a page whose only <title> is an icon's is not titled by it", () => {
    const html =
      '<html><body><div class="share"><svg role="img"><title>Share on Facebook</title><path d="M0 0h8v8H0z"/></svg></div><article><p>The port handled more containers this spring than in any spring before, its director said on Monday.</p></article></body></html>';
    expect(parseArticle(html, { format: 'html' }).title).not.toBe('Share on Facebook');
  });
  test('an svg holding text, a link, a comment the tokenizer ends early or odd markup is read', () => {
    for (const inner of [
      '<text x="1">42 %</text>',
      '<a href="/x"><path d="M0 0"/></a>',
      '<!-- a --!><p>Text</p><!-- b --><path d="M0 0"/>',
      '<!--->Text<path d="M0 0"/>',
      '<path d=M0"0/>',
      '<svg><path d="M0 0"/></svg>',
    ])
      expect(skipped(`<div><svg width="10">${inner}</svg></div>`).join('|')).not.toContain(inner);
    expect(skipped('<div><svg/><path d="M0 0"/></svg></div>')).toEqual([]);
    expect(skipped('<div><svg><path d="M0 0"/></div>')).toEqual([]);
  });
  test('a page with icons reads the same text as without them', () => {
    const body =
      '<h1>Port traffic rises again</h1><p>The port handled more containers this spring than in any spring before, its director said on Monday.</p><p>Most of the growth came from transshipment, which doubled in two years, according to the figures.</p>';
    const icons = body.replace(
      '</h1>',
      '</h1><div class="share"><svg viewBox="0 0 8 8"><path d="M1 1h6v6H1z"/></svg></div>',
    );
    const plain = parseArticle(`<html><body><article>${body}</article></body></html>`, {
      format: 'html',
    });
    const withIcons = parseArticle(`<html><body><article>${icons}</article></body></html>`, {
      format: 'html',
    });
    expect(withIcons.paragraphs.map((p) => p.text)).toEqual(plain.paragraphs.map((p) => p.text));
    expect(withIcons.title).toBe('Port traffic rises again');
  });
});
