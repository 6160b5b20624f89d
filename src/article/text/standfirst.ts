/**
 * The standfirst of a text page: the deck printed between the headline and
 * the body, which the body leaves out. The header's reader marks every free
 * line it passes there `standfirst`; the first that reads as a deck is taken.
 */
import type { Block } from '../../input/block.js';
import { deckLike } from '../recognisers/deck.js';
import type { TextDoc } from './doc.js';

/**
 * The first line marked `standfirst` between the title's block and the body's
 * first block (both exclusive) that reads as a deck; undefined when none does.
 */
export function standfirstBlock(
  doc: TextDoc,
  titleIndex: number,
  bodyIndex: number,
): Block | undefined {
  for (let k = titleIndex + 1; k < bodyIndex; k++) {
    const b = doc.blocks[k];
    if (b && doc.roles.get(k) === 'standfirst' && deckLike(b.text)) return b;
  }
  return undefined;
}
