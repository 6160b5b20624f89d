/**
 * An HTML page dated only by a relative date in its header (`3 hours ago`), read
 * without `referenceDate`: no date, and a warning that says which words were left
 * out, as the text path says it. Synthetic page written for these tests.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (
  stamp: string,
  head = '',
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port</title>${head}</head><body>
<main><article><h1>Port traffic rises again this spring</h1>
<div class="meta"><span class="author">By Jane Ross</span> · <span class="date">${stamp}</span></div>
<p>The port handled more containers than ever this spring, its authority said on Monday, citing new lines to West Africa.</p>
<p>Dockers welcomed the news but asked for more hires before the summer peak, when traffic usually doubles.</p>
</article></main></body></html>`;

const WARNING = 'relative date left out (no referenceDate): 3 hours ago';

test('without a reference day: no date, and a warning naming the relative date', () => {
  const a = parseArticle(page('3 hours ago'), { format: 'html' });
  expect(a.publishedAt).toBeUndefined();
  expect(a.warnings).toContain(WARNING);
});

test('with a reference day: the date, and no warning', () => {
  const a = parseArticle(page('3 hours ago'), { format: 'html', referenceDate: '2026-12-04' });
  expect(a.publishedAt).toBe('2026-12-04');
  expect(a.warnings).not.toContain(WARNING);
});

test('a page dated otherwise says nothing of its relative line', () => {
  const a = parseArticle(
    page('3 hours ago', '<meta property="article:published_time" content="2026-11-20T08:00:00Z">'),
    { format: 'html' },
  );
  expect(a.publishedAt).toBe('2026-11-20T08:00:00Z');
  expect(a.warnings.some((w) => w.startsWith('relative date left out'))).toBe(false);
});
