/**
 * The body of a text page (issue 10, session 23). Pages are synthetic,
 * written here, laid out as w3m or a browser's `innerText` prints a blog post.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const POST = [
  'We drove up to the lake before sunrise, when the water was still as glass and the only sound was a heron lifting off from the reeds near the old boathouse.',
  'By eight the first swimmers had come down the path with their towels, and the kiosk opened its shutters. We stayed until noon and promised ourselves to come back in autumn.',
];

/** A short post under its headline, then a comment form whose lines come in pairs shaped like a listing's units. */
function formPage(): string {
  return [
    'Home',
    'Trips',
    'About us',
    '',
    'A Quiet Morning at the Lake',
    '',
    POST[0],
    '',
    'The old boathouse at dawn',
    '',
    POST[1],
    '',
    'Share this post with your friends',
    '------------------------------------------------------------------------',
    'Join the conversation below',
    'Fill in your details below or click an icon to sign in and leave your comment:',
    '',
    'Email (required) (Address never made public)',
    'You are commenting using your Blogsite account. ( Sign Out / Change ) Google photo',
    'You are commenting using your Google account. ( Sign Out / Change ) Twitter picture',
    'You are commenting using your Twitter account. ( Sign Out / Change ) Facebook photo',
    'You are commenting using your Facebook account. ( Sign Out / Change ) Cancel',
    '',
    'Follow the blog on these sites',
    '[facebook.png] [twitter.png] [youtube.png] [itunes.png] [rss.png] [mail.png]',
  ].join('\n');
}

describe('a short post over a comment form is no listing', () => {
  test('the post is read as an article with its paragraphs', () => {
    const a = parseArticle(formPage());
    expect(a.kind).toBe('article');
    for (const p of POST) expect(a.text).toContain(p);
  });
});

/** A short report, then a subscription box whose offer is a bulleted list of long items. */
function offerPage(): string {
  return [
    'News',
    'Region',
    '',
    'Students Still Looking for Rooms',
    '',
    POST[0],
    '',
    'The old boathouse at dawn',
    '',
    POST[1],
    '',
    'Subscribe now and read on',
    '* Read every subscriber article on our website and in the app',
    '* The newsroom’s evening letter with the most important news of the region',
    '* The printed paper of the day as an electronic edition on your tablet',
    '* Cancel at any time after the first three months without giving a reason',
  ].join('\n');
}

/** A tag page: three headlines, each over its excerpt cut short by the site, no address given. */
function tagPage(): string {
  return [
    'Lakeside Weekly',
    'Home',
    'Region',
    'Sport',
    '',
    'Swimming Season Opens at the North Lake',
    'The town council decided on Tuesday that the beach at the north shore will open a week earlier this year, because the water has warmed faster than in any spring the lifeguards can remember, and the',
    '',
    'New Boathouse Gets Its Roof Before Winter',
    'Builders have worked through the summer on the wooden boathouse that the rowing club lost in the storm two years ago, and the club hopes to store its eight boats there again before the first frost comes to',
    '',
    'Heron Colony Counted by Volunteers',
    'Forty volunteers walked the reeds around both lakes on Sunday morning and counted more grey herons than in any year since the counts began, most of them in the quiet bay behind the old mill where the',
  ].join('\n');
}

describe('a listing’s units are spread over distinct excerpts', () => {
  test('items of one bulleted list are no headline over its excerpt', () => {
    const a = parseArticle(offerPage());
    expect(a.kind).toBe('article');
    for (const p of POST) expect(a.text).toContain(p);
  });

  test('a tag page of headlines over cut excerpts is still a listing', () => {
    const a = parseArticle(tagPage());
    expect(a.kind).toBe('listing');
    expect(a.items?.length).toBe(3);
  });
});

/** A short post, its comment form, then the sidebar's column of teasers cut with `[…]`. */
function sidebarPage(): string {
  return [
    'Lakeside Diary',
    '',
    'A Quiet Morning at the Lake',
    '',
    POST[0],
    '',
    'The old boathouse at dawn',
    '',
    POST[1],
    '',
    'Previous Post',
    'Next Post',
    'Leave a Reply',
    'You must be logged in to post a comment.',
    'From the diary',
    'Autumn plans for the rowing club',
    'Sometimes readers ask me why we row in the cold months at all, and the answer is […]',
    'The heron count, one year on',
    'I want to tell you about the colony behind the old mill and how it has grown […]',
    'Notes from the kiosk',
    'The kiosk has a new owner this summer, and she has kept the old ice cream […]',
  ].join('\n');
}

describe('teasers printed after the comment form are the sidebar’s', () => {
  test('a short post over a comment form and a column of teasers is an article', () => {
    const a = parseArticle(sidebarPage());
    expect(a.kind).toBe('article');
    for (const p of POST) expect(a.text).toContain(p);
  });
});

/** A short post, then a box of offers: each a name over its description printed as a list's item. */
function offersBoxPage(): string {
  return [
    'Lakeside Diary',
    '',
    'A Quiet Morning at the Lake',
    '',
    POST[0],
    '',
    'The old boathouse at dawn',
    '',
    POST[1],
    '',
    'A weekend at the lakeside hotel',
    '* Two nights for two with breakfast, a boat trip and a late checkout on Sunday',
    'Summer concerts on the north shore',
    '* Three evenings of music on the water with seats on the terrace every night',
    'Rowing lessons for beginners',
    '* Four lessons on Saturday mornings with the club’s trainers and all the gear',
  ].join('\n');
}

describe('a listing’s excerpt is no list’s item', () => {
  test('names over bulleted descriptions under a short post are no listing', () => {
    const a = parseArticle(offersBoxPage());
    expect(a.kind).toBe('article');
    for (const p of POST) expect(a.text).toContain(p);
  });
});
