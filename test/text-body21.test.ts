/**
 * The body of a text page (issue 10, session 21): where the article ends.
 * Pages are synthetic, written here, laid out as a browser's `innerText`
 * prints a blog post.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const POST = [
  'Running a small bakery taught me more about planning than any course I ever took, because every morning the ovens have to be hot before the first customer walks in.',
  'The first year was hard: we baked too much bread on quiet days and too little on busy ones, and every loaf we threw away was money we would never see again.',
  'So we started writing down what sold each day, and after a few months the numbers told us which days were busy, which breads people wanted and when to bake them.',
  'Now you know how a simple notebook can turn guesswork into a plan that grows with your business and your customers.',
];

/** A post whose author's box stands under its tags, as blog themes print it. */
function taggedPost(tags: string[]): string {
  return [
    'Home',
    'Blog',
    'Workshops',
    '',
    'What a Bakery Taught Me About Planning',
    '',
    'By Jane Doe',
    '',
    ...POST.flatMap((p) => [p, '']),
    '197 Shares',
    'Share',
    'Tweet',
    'Email',
    ...tags,
    'Jane Doe',
    'Jane Doe is a baker, an author and the founder of the Morning Loaf school, where she teaches small shops to plan their week. See all her posts.',
    '',
    'Jane Doe',
    '',
    'Pick your free workshop and let us get started today!',
    'Privacy Policy',
    'Terms',
  ].join('\n');
}

describe('the lines a cut leaves at the body’s end', () => {
  test('tags between the article and the author’s box stay out with the box', () => {
    const a = parseArticle(taggedPost(['Small Business, Planning', 'bakery life, notebooks']));
    for (const p of POST) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Jane Doe is a baker');
    expect(a.text).not.toContain('Small Business, Planning');
    expect(a.text).not.toContain('bakery life, notebooks');
    expect(a.text.trimEnd().endsWith('your customers.')).toBe(true);
  });

  test('a closing sentence of the article above the box stays', () => {
    const closing = 'Thanks for reading, and happy baking!';
    const a = parseArticle(taggedPost([closing]));
    expect(a.text).toContain(closing);
    expect(a.text).not.toContain('Jane Doe is a baker');
  });
});
