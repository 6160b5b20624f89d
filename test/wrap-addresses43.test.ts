/**
 * A hard-wrapped dump may hold lines longer than its wrap width that no
 * wrapper could have broken: an image's or a link's address alone on its
 * line (links2 prints them under the picture, `[IMG]` aside). Measured with
 * the text's lines, a few of them on a short page pushed the wrap width past
 * the address's length, and no paragraph was joined. Such one-word lines say
 * nothing about the width; Chinese and Japanese lines, written without spaces
 * and broken anywhere, still do.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { PARAGRAPHS, TITLE, wrap } from './helpers/port-page.js';

const picture = (name: string) =>
  `    https://www.example-media.test/wp-content/uploads/sites/6/2026/11/${name}-1200x800.jpg`;

const PAGE = [
  '   Example Media',
  '',
  picture('logo-example-media-header'),
  '',
  TITLE,
  '',
  picture('tangier-port-cranes-container-terminal'),
  '',
  ...PARAGRAPHS.flatMap((p) => [...wrap(p, 76, '    '), '']),
  '    Share this story',
  '',
  picture('share-button-facebook-example-media'),
  picture('share-button-whatsapp-example-media'),
  '',
  '    © 2026 Example Media',
].join('\n');

describe('addresses alone on their lines in a hard-wrapped page', () => {
  test('the paragraphs are joined whole', () => {
    const a = parseArticle(PAGE);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});
