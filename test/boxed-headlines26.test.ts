/**
 * The body of a text page (issue 10, session 26): a box of other articles'
 * headlines set inside the article under its heading (`DON'T MISS`,
 * `Related`), one headline a line with no blank line between them, is no
 * part of the body, however long its headlines; the article's prose that
 * comes back under the box is. Pages are synthetic, written here, laid out
 * as a browser's `innerText` prints them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const ABOVE = [
  'The harbour authority closed the northern quay on Monday after inspectors found cracks in the concrete under two of its cranes, stopping the loading of container ships for at least a week and sending their crews to the other side of the bay.',
  'Shipping lines were told to move their calls to the southern terminal, where the queue of vessels waiting for a berth had already grown to eleven by the evening, according to the port’s own figures published late on Monday night.',
  'The quay was rebuilt only six years ago, and the engineers who signed off the work said they would cooperate with the inquiry that the regional government announced on Tuesday morning after a meeting with the mayors of the coast.',
];
const BELOW = [
  'Dock workers’ unions asked for guarantees that no shifts would be lost while the repairs last, and the port’s director promised that crews would be moved to the southern terminal rather than sent home.',
  'Exporters of fruit, who ship most of their produce in the coming weeks, warned that every day of delay costs them perishable cargo and asked the authority for a timetable of the repairs.',
  'The inspectors’ full report is due at the end of the month and will be published on the authority’s website, the director said.',
];
const HEADLINES = [
  'Ferry operator cancels winter crossings as fuel costs climb again [VIDEO]',
  'New customs software blamed for week of delays at the border posts',
  'Fishermen protest quotas outside the ministry in the capital [PICTURES]',
];

/** A news site's article with a box of headlines under `heading` between its paragraphs. */
function page(heading: string, headlines: readonly string[]): string {
  return [
    'Coast Daily',
    'News',
    'Cracks close northern quay as inspectors order repairs',
    'By Ana Ribeiro',
    'March 4, 2024',
    '',
    ...ABOVE.flatMap((p) => [p, '']),
    heading,
    '',
    ...headlines,
    '',
    ...BELOW.flatMap((p) => [p, '']),
    '© 2024 Coast Daily',
  ].join('\n');
}

describe('a box of headlines inside the body', () => {
  test('its headlines are left out, the prose on both sides kept', () => {
    const a = parseArticle(page("DON'T MISS", HEADLINES));
    for (const p of [...ABOVE, ...BELOW]) expect(a.text).toContain(p);
    for (const h of HEADLINES) expect(a.text).not.toContain(h);
  });

  test('under a heading with no blank line after it', () => {
    const input = page('Related', HEADLINES).replace('Related\n\n', 'Related\n');
    const a = parseArticle(input);
    for (const p of [...ABOVE, ...BELOW]) expect(a.text).toContain(p);
    for (const h of HEADLINES) expect(a.text).not.toContain(h);
  });

  test('a sentence of the article right under such a heading stays', () => {
    const prose = [
      'The authority said the northern quay would reopen in stages, the first crane by the end of next week.',
      'Its engineers will check the other quays too, starting with the oldest ones.',
    ];
    const a = parseArticle(page("DON'T MISS", prose));
    for (const p of [...ABOVE, ...BELOW, ...prose]) expect(a.text).toContain(p);
  });

  test('a headline asking a question is one of the box’s', () => {
    const asked = [
      ...HEADLINES.slice(0, 2),
      'Will the new terminal be ready before the summer season?',
    ];
    const a = parseArticle(page('Related', asked));
    for (const p of [...ABOVE, ...BELOW]) expect(a.text).toContain(p);
    for (const h of asked) expect(a.text).not.toContain(h);
  });

  test('under a box’s label alone on its line (`Read also:`), its section names and headlines are left out', () => {
    const box = [
      'Economy',
      'Ferry operator cancels winter crossings as fuel costs climb again',
      'Politics',
      'New customs software blamed for week of delays at the border posts',
    ];
    const a = parseArticle(page('Read also:', box).replace('Read also:\n\n', 'Read also:\n'));
    for (const p of [...ABOVE, ...BELOW]) expect(a.text).toContain(p);
    for (const h of box) expect(a.text).not.toContain(h);
  });

  test('a subheading under one link printed after its label (`See also: <title>`) stays', () => {
    const input = page('See also: Ferry operator cancels winter crossings', [
      'Repairs and costs',
    ]).replace(
      'See also: Ferry operator cancels winter crossings\n\n',
      'See also: Ferry operator cancels winter crossings\n',
    );
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toContain('Repairs and costs');
    for (const p of [...ABOVE, ...BELOW]) expect(a.text).toContain(p);
  });

  test('a page of one short line keeps it', () => {
    const line = 'Harbour works resume on the northern quay next week, the authority says';
    expect(parseArticle(line).text).toBe(line);
  });
});
