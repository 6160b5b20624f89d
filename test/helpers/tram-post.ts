/**
 * The synthetic blog post the HTML date tests build on (an invented city
 * council story): a site header, the post's headline, one line under it (the
 * date line being tested), the post's paragraphs and a footer. Written here;
 * no third-party text.
 */

/** The post's paragraphs, as HTML. */
export const TRAM_PARAGRAPHS = [
  '<p>The city council voted on the new tram line after a long debate, and the works are to start in the spring of the coming year.</p>',
  '<p>Residents of the northern districts had asked for the line for a decade, and several of them came to hear the vote in the council hall.</p>',
  '<p>The line will run from the station to the hospital, with eleven stops, and the first trams are expected to carry passengers within three years.</p>',
];

/** How the post is marked up. */
export interface TramPostShape {
  /** The page's language (`<html lang>`); `en` by default. */
  lang?: string;
  /** The headline's element, opening tag and name: `h2 class="title"` by default. */
  headline?: string;
  /** The line's opening tag's inside: `p class="small"` by default. */
  line?: string;
  /** How many of {@link TRAM_PARAGRAPHS} the post holds; two by default. */
  paragraphs?: number;
}

/** The post with `line` under its headline. */
export function tramPost(line: string, shape: TramPostShape = {}): string {
  const { lang = 'en', headline = 'h2 class="title"', paragraphs = 2 } = shape;
  const lineTag = shape.line ?? 'p class="small"';
  const close = (tag: string) => tag.split(' ')[0];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A tram for the north</title></head><body>
  <div id="header"><a href="/">City Notes</a></div>
  <div id="content"><div class="post">
    <${headline}>A tram line for the northern districts</${close(headline)}>
    <${lineTag}>${line}</${close(lineTag)}>
    <div class="entry">
      ${TRAM_PARAGRAPHS.slice(0, paragraphs).join('\n      ')}
    </div>
  </div></div>
  <div id="footer">City Notes, a blog about the city</div>
  </body></html>`;
}
