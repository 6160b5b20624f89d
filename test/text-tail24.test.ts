/**
 * The end of a text page's body (issue 10, session 24): a post's meta footer
 * (where the theme files the entry, its tags) ends the article; the blog's
 * sidebar and the site's teasers under it are not the article's. Pages are
 * synthetic, written here, laid out as a browser's `innerText` prints a post.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const POST = [
  'We drove up to the lake before sunrise, when the water was still as glass and the only sound was a heron lifting off from the reeds near the old boathouse.',
  'By eight the first swimmers had come down the path with their towels, and the kiosk opened its shutters. The owner told us the season had started late this year.',
  'We stayed until noon, ate the last two sandwiches on the jetty and promised ourselves to come back in autumn, when the birches turn yellow and the crowds are gone.',
];

/** What a blog's sidebar prints under the post: the blogger's presentation, written as prose. */
const ABOUT = [
  'About this blog',
  'I am a teacher from the north who has been writing about small trips by bike and by train since 2011. Every Sunday there is a new story here, with photos and a map.',
  'Recent posts',
  'A Weekend on the Islands',
  'Three Bridges in One Day',
];

/** A post under its headline and date, then `footer` (lines), then the sidebar. */
function post(footer: readonly string[], about: readonly string[] = ABOUT): string {
  return [
    'Small Trips',
    'Home',
    'About',
    '',
    'A Quiet Morning at the Lake',
    'June 3, 2021',
    '',
    ...POST.flatMap((p) => [p, '']),
    ...footer,
    '',
    ...about,
  ].join('\n');
}

/** The sidebar's presentation, which the article never holds. */
const BLURB = ABOUT[1] ?? '';

describe("a post's meta footer ends its body", () => {
  test.each([
    [
      'the footer of an English theme',
      ['This entry was posted in Travel and tagged lake, swimming. Bookmark the permalink.'],
    ],
    [
      'the footer of a German theme',
      [
        'Dieser Eintrag wurde veröffentlicht in Ausflüge und getaggt als See, Baden. Fügen Sie den Permalink zu Ihren Favoriten hinzu.',
      ],
    ],
    [
      'a date before the filing',
      [
        'Erstellt am Donnerstag 3. Juni 2021 um 18:30 und abgelegt unter Ausflüge, Sommer. Kommentare zu diesem Eintrag im RSS 2.0 Feed.',
      ],
    ],
    ['a filing label over its categories', ['Filed under: Travel, Summer | Tags: lake, swimming']],
    ['an Italian theme', ['Questa voce è stata pubblicata in Viaggi e contrassegnata con lago.']],
  ])('%s: the post is whole, the sidebar left out', (_, footer) => {
    const a = parseArticle(post(footer));
    expect(a.kind).toBe('article');
    for (const p of POST) expect(a.text).toContain(p);
    expect(a.text).not.toContain(BLURB);
    expect(a.text).not.toContain(footer[0]);
  });

  test("a tag list's label ends the body with the site's teasers under it", () => {
    const teasers = [
      'Anna Berg',
      'Editor',
      '02.06.2021 - Travel: Night trains are back on the northern line, and the first tickets sold out within hours of going on sale.',
      '28.05.2021 - Travel: The ferry to the islands will run every hour from July, the operator said on Friday after a long dispute.',
    ];
    const a = parseArticle(post(['Topics: lake, swimming, summer, day trips'], teasers));
    for (const p of POST) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Night trains are back');
    expect(a.text).not.toContain('The ferry to the islands');
  });
});

describe('controls: the footer does not end what it does not close', () => {
  test('a filing line above the post leaves the post whole', () => {
    const page = [
      'Small Trips',
      '',
      'A Quiet Morning at the Lake',
      'Posted in Travel',
      '',
      ...POST.flatMap((p) => [p, '']),
    ].join('\n');
    const a = parseArticle(page);
    for (const p of POST) expect(a.text).toContain(p);
  });

  test('an article telling what was tagged or filed keeps its paragraphs', () => {
    const story = [
      ...POST.slice(0, 2),
      'The rangers tagged forty herons that summer and filed under a new programme for the lake, which the council agreed to fund for another five years.',
      'Next year they hope to tag the swans too, if the money comes through before the spring and the volunteers sign up again in time for the nesting season.',
    ];
    const page = [
      'Small Trips',
      '',
      'A Quiet Morning at the Lake',
      'June 3, 2021',
      '',
      ...story.flatMap((p) => [p, '']),
    ].join('\n');
    const a = parseArticle(page);
    for (const p of story) expect(a.text).toContain(p);
  });
});
