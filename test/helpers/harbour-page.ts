/**
 * The synthetic harbour story the HTML body tests build on (an invented town
 * council vote): its address, four paragraphs, and the HTML path's reading of
 * a page at that address. Written here; no third-party text.
 */
import { parseArticle } from '../../src/article/parse-article.js';

/** The article's address. */
export const HARBOUR_URL = 'https://www.example.org/news/2026/harbour-plan-4711.html';

/** `page` read by the HTML path at {@link HARBOUR_URL}. */
export const html = (page: string): ReturnType<typeof parseArticle> =>
  parseArticle(page, { format: 'html', url: HARBOUR_URL });

/** The article's four paragraphs. */
export const HARBOUR_PARAS = [
  'The council voted seven to two on Tuesday evening for the harbour plan, after more than a year of argument over its cost and its route along the old quay, which fishermen, shop owners and the sailing club had all fought over in public meetings since the spring.',
  'Opponents said the plan would cut the old quay off from the town, while the mayor called it the most important decision of her term and promised that the works would be finished before the summer season of the following year, whatever the weather.',
  'Work on the first section is due to begin next spring, once the regional authority has signed off on the budget and the tender, and the contractor has moved its machines from the motorway site it is finishing twenty kilometres to the north.',
  'The harbour master said boats would keep their moorings during the works, although the ferry to the islands will leave from the north pier for about six months, and passengers will be taken there by a shuttle bus from the station every half hour.',
];
