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

const HAY = [
  'Good hay is the staple food of our horses, and haylage has a worse name as feed. Why that is, and whether it is deserved, is what we asked two vets this winter.',
  'Critics say haylage upsets the balance in the horse’s gut. That is not quite true, the vets told us, as long as the bales are sealed well and opened within a few days.',
  'For horses with allergies or asthma, haylage can even be the better choice, since it holds far less dust than dry hay does after a long winter in the barn.',
  'Mould can grow in haylage too when the wrap is torn, so a look at every bale before it is opened is always worth the minute it takes.',
];

/** A magazine's article; its last paragraph is another article's teaser, printed again in that article's card below. */
function magazinePage(teaser: string, card: string): string {
  return [
    'Home',
    'Feeding',
    'Training',
    '',
    'Haylage: better than its name?',
    '',
    'Published on 03.02.2022 by Sarah Miller',
    '',
    ...HAY.flatMap((p) => [p, '']),
    teaser,
    '',
    'Sample issue: the perfect dinner',
    '',
    'Hay: harvest it, store it, feed it right',
    '',
    card,
    '',
    'read more →',
    '',
    'Next article',
    'Terms',
    'Privacy',
  ].join('\n');
}

describe('the body’s closing paragraphs printed again outside it', () => {
  test('a teaser whose excerpt its card prints again below leaves the body', () => {
    const teaser =
      'Hay is the basis of good horse feeding, but many bales hold dust and mould. What you must watch for when you feed it, and when soaking helps, we explain here.';
    const card =
      'Hay is the basis of good horse feeding. But many bales hold dust and mould, so it pays to look closely before a bale goes into the stable.';
    const a = parseArticle(magazinePage(teaser, card));
    for (const p of HAY) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Hay is the basis of good horse feeding');
  });

  test('a closing paragraph that opens otherwise than the card stays', () => {
    const closing =
      'Both vets agree on one thing: whatever you feed, a look at every bale before it is opened is worth far more than any rule of thumb about hay.';
    const card =
      'Hay is the basis of good horse feeding. But many bales hold dust and mould, so it pays to look closely before a bale goes into the stable.';
    const a = parseArticle(magazinePage(closing, card));
    expect(a.text).toContain(closing);
  });
});

/** The bakery post with `tail` under its last paragraph, then the footer. */
function postWithTail(tail: string): string {
  return [
    'Home',
    'Money',
    '',
    'How I planned my bakery’s week',
    '',
    'By Jane Doe',
    '',
    ...POST.flatMap((p) => [p, '']),
    tail,
    '',
    'Privacy Policy',
    'Terms',
  ].join('\n');
}

describe('a short line closed by a colon at the body’s end', () => {
  test('a label over a box the body left out is no paragraph of it', () => {
    const a = parseArticle(postWithTail('Related coverage from The Bakery Guide: Money:'));
    for (const p of POST) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Related coverage from');
  });

  test('a closing paragraph of the article that ends with a colon stays', () => {
    const closing =
      'When I asked the other bakers on our street what they would tell a newcomer, all of them said the same thing, and it is the best advice I can pass on:';
    const a = parseArticle(postWithTail(closing));
    expect(a.text).toContain(closing);
  });
});
