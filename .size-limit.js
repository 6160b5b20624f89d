// Bundle-size budgets (`npm run size`, gzip). size-limit bundles each entry with
// its own esbuild, whose default writes every non-ASCII letter (the Arabic tables)
// as a six-character \uXXXX escape; `charset: 'utf8'` keeps them as UTF-8 bytes,
// as depeche's own dist does (tsup.config.ts) and as Rollup-based bundlers emit.
// The budgets catch an accident (a dependency pulled in, a table bundled twice), not the
// growth of the multilingual phrase tables the rules read: session 24 added about 3.4 kB of
// them (post meta footers, teaser headings, comment forms, weekdays, salutations, interface
// lines) and the whole library reached 215.2 kB against 215, so the three budgets that hold
// the article code rose by 5 kB each (215 → 220, 185 → 190, 165 → 170). Session 27 packed the
// phrase tables (−0.86 kB) and then added the blind rounds' readers (paywall offers, wire tails,
// gallery slides, post meta bylines, dated headlines: +1.7 kB); the whole library reached 220.24 kB
// and its budget rose by 1 kB (220 → 221), the others still fitting theirs. Session 28 folded
// code written twice (−0.3 kB, no more to win that way: gzip already absorbs near copies) and added the
// fourth blind round's readers and the trafilatura body's lede and author-box rules (timed tickers,
// ranked and signed listing units, programme grids, Hijri date lines, lede over a box, +2.1 kB in all):
// 222.63 / 191.32 / 171.54 kB, and the three budgets rose by 3 kB (221 → 224, 190 → 193, 170 → 173).
// Session 29 prefix-coded the first names and the entity stop words (−0.89 kB whole, −0.81 kB for
// parseArticle alone) and added three blind rounds' readers and the body-end rules (+1.2 kB): 224.01 /
// 192.75 / 172.93 kB, and the whole library's budget rose by 1 kB (224 → 225), the others still fitting.
// Session 30 packed the tables again (−1.35 kB whole) and the sixth blind round's readers took it back:
// 223.45 / 192.25 / 172.96 kB, 40 bytes under the parseArticle budget. Session 31 raised the three article
// budgets by 1 kB (225 → 226, 193 → 194, 173 → 174) for the next readers: table packing has run out, and the
// one lever left (about 2.3 kB of parse5 never run, kept because parse5 declares no `sideEffects`) is upstream's.
// The session's rules (two blind rounds, their known failures, shop boxes and caption repeats: about 1.2 kB) and
// the split of `readParts` into named readers (0.35 kB: context objects whose property names a minifier keeps) took
// `parseArticle` alone to 174.6 kB: the three article budgets rose by 1 kB again (226 → 227, 194 → 195, 174 → 175).
// Session 32 meant to win bytes before adding readers and found none to win without a change of output
// (the tables are packed; the property names a minifier keeps cost little once gzipped; parse5's dead 2.3 kB
// is upstream's): the eighth blind round, the short breaking bars, the contents-entry title rule and the
// recipe and table rules took `parseArticle` alone to 175.42 kB (+0.48), whole 225.92 and without parse5
// 194.67 still fitting theirs, so only the `parseArticle` budget rose (175 → 176).
// Session 33 split text-article.ts into modules (the role markers, the body's read: +0.17 kB, the code moved as it
// was, gzip finding it in another order) and added the ninth blind round's readers (quote rows, a table's closing
// paragraph, error pages, initials bylines), the listing items' dates and bylines, page counters and shop boxes
// inside the body's run: 226.83 / 195.57 / 176.30 kB; a blind round had dropped a 26-byte rule to fit, so the three
// article budgets rose by 1 kB (227 → 228, 195 → 196, 176 → 177). The blind round of pages that are not one
// article (video and gallery indexes, WET listings' item facts) took them to 227.23 / 195.99 / 176.73 kB (10 bytes
// left); then tbytes33 read once what was written twice (month rows, weekday and share-target tables, six helpers),
// output identical, and readParts' split saved 10 bytes: 226.91 / 195.62 / 176.51 kB; three more-articles links
// as teaser headings: 226.93 / 195.64 / 176.53 kB at the session's end. gzip's figure moves with the order of the modules in the
// bundle (an import added elsewhere moved one bundle of the sources by +394 B and size-limit's by −34 B):
// judge a byte change by size-limit's own figures. Session 34 (tbytes34) found the tables written twice more than
// gzip's 32 kB window apart (the Arabic dateline cities 230 kB from the Arabic places, the body wall's gate, the
// Arabic agency names, the interviewer's label) and wrote each beside its first copy, dropped entries the
// lexicons held twice and packed the entity cue tables: 227.42 / 196.15 / 177.00 → 226.69 / 195.43 / 176.73 kB,
// output identical. With the session's rules merged (two blind rounds' readers, the tag page's full post, bare
// headlines over a pager, relative times closing units, a byline after the date, the WET listing's wrap test, the cut
// stub, three speed memos; then round 34c's two byline rules): 227.23 / 195.99 / 177.27 kB, so only the
// `parseArticle` budget rose (177 → 178).
// Session 35 added three rounds' readers (blind round 35: print margins 0.30 kB, a live page's pager, a dateline's
// time, key events, a cache notice, a writer's note, an Arabic column's title; round 35b: an author box under its
// heading, recipe cards, a list between paragraphs, German wraps, trial buttons; padded separators, decomposed text,
// the ellipsis stop) and tspeed35's per-block facts (+0.12 kB): 229.13 / 197.89 / 179.03 kB, and the three article
// budgets rose by 2 kB (228 → 230, 196 → 198, 178 → 180): the tables are packed (sessions 30–34), and what the rounds
// add is what the held-out pages will ask for.
// Then the decomposed-text and invisible-characters views, CR-only line ends, and two short rounds (round 35c's list
// heading; round 35b's known failures: a glued related label, a forum thread's posts, 0.30 kB): 229.62 / 198.34 /
// 179.48 kB, so the budget without parse5 rose by 1 kB more (198 → 199).
// Session 36 merged three rounds' readers and one round's known failures: round 35c's (a share bar ends a headline
// run, an admonition's label, a contents box's copies, three title rules, a job title's gender marker: +0.80 kB),
// round 36's web pages (short lists, drop caps, pull quotes joining two sentences, gallery links and strips: +0.59),
// round 36d's dumps (line-ups, a player's labels, a video article, a statement's lead-in and signature, a headline
// naming its day, error and paywall phrases, prayer times, weather: +1.65), the quoting conventions and the banner
// over the menu, and the text path's phases moved into modules of their own (about +0.1 together): 232.79 / 201.51 /
// 182.67 kB, and the three article budgets rose by 4 kB (230 → 234, 199 → 203, 180 → 184), leaving about 1.2 kB for
// the next rounds.
// Session 37 merged three blind rounds' readers and a speed pass: round 37's (w3m's file-name marks over captions,
// Polish and Russian closing credits, a list archive's message address: +0.2 kB), round 37g's (paywall offers the
// article resumes under, Q&A answers, lynx related lines under a paragraph, a headline under a menu spelling the
// address: +0.6), round 37d's (name-and-role author pairs, a menu row over the date line, labels over two names, desk
// bylines, Arabic co-authors, date | name | category lines: +0.7), CJK stops, a lede printed twice, tspeed37's
// by-name table reads (+0.1): 234.56 / 203.27 / 184.45 kB at that merge, and the three article budgets rose by 3 kB
// (234 → 237, 203 → 206, 184 → 187). Round 37h's readers (read-also labels in six more languages, newsletter and
// promotion boxes, an author box named by the meta line, cookie notices, `(Name / Paper)` captions: +0.8) and the
// rounds' known failures (a live page's first entry, an introduced word list, a mail sender line, a place-and-date
// line: +0.5) took them to 235.92 / 204.64 / 185.81 kB at the session's end, about 1.1 kB left on each.
// Session 38 merged the Maghreb rounds' header readers (view counters closing a meta line, bar menus, `place - name`
// bylines, a dispatch's closing code: +0.4), round 38's (promotion and membership boxes, shop reviews, a short
// opening sentence, a glossary's letter bar: +0.35), tqa38's Q&A and forum readers (+0.85) and tcjk38's CJK wraps and
// reporters' bylines (+1.05): 238.76 / 207.36 / 188.65 kB, over the budgets; the three article budgets rose by 5 kB
// (237 → 242, 206 → 211, 187 → 192) for those and the session's last merges: round 38d's one-line breaking bars
// and box ends (+0.65), round 38b's labels and sign-up pitches (+0.25) and tknown38's episode lines, pin buttons and
// alt-text captions (+0.3) took them to 240.08 / 208.59 / 189.86 kB, and round 38e's Arabic related boxes, date labels
// and headlines broken over two lines and the lead's last rounds (+0.5) to 240.56 / 209.07 / 190.31 kB at the session's end, about 1.7 kB left.
// Session 39 merged the Maghreb rounds' readers (glued headline bars, bare sign-up pitches, titles before names,
// short caseless wraps: +0.3), tknown39's folds and CJK breaks (+0.15), round 39's headed lists, lone headings and
// slug titles (+0.5) and round 39d's listing items, desk bylines, masthead tickers and section addresses (+1.25):
// 242.97 / 211.55 / 192.74 kB, over the budgets; the three article budgets rose by 3 kB (242 → 245, 211 → 214,
// 192 → 195). Round 39b's lists above the body and one-word list headings (+0.33) took them to 243.30 / 211.84 /
// 193.08 kB at the session's end, about 1.8 kB left.
// Session 40 merged round 40's introduced lines, quotes and whole interface words (+0.2), the views' slice-fold
// mends, platform headers, place segments and section menus (+0.2), tprobe40's narrowed refiners with the reader's
// words of an appeal (+0.7), round 40d's script lines, Arabic titles and listing readers (+1.15) and tfold40's folds
// (+0.06): 246.00 / 214.61 / 195.72 kB, over the budgets; the three article budgets rose by 3 kB (245 → 248,
// 214 → 217, 195 → 198).
// Session 41 merged tlist41's glued list items, round 41d's Arabic sentence openers, network slugs and spaced ticker,
// tspeed41's speed steps (+0.23 to +0.34 kB alone, measured by its helper), the lead's five render rounds (read
// counters, `<place>: <name>`, guest trades, elided articles in menu rows, two-word Arabic openers, thirteen first
// names) and round 41e's contributor credits and bare wire credits: 246.00 / 214.61 / 195.72 → 247.97 / 216.49 /
// 197.78 kB (the other merges were not measured one by one), 30 bytes under the first budget; the three article
// budgets rose by 2 kB (248 → 250, 217 → 219, 198 → 200) for the next rounds.
// Session 42 (rounds 42d, 42r, 42e, tsilver42's title rules, the lead's home words, listing addresses, summary
// units, the listing's masthead): 247.97 / 216.49 / 197.78 → 249.88 / 218.38 / 199.54 kB; its last rule, the media
// and toolbar buttons' labels as whole interface lines (a `Voir la vidéo` line taken for the title), took the first
// budget over by 78 bytes (250.08 / 218.57 / 199.72 kB): the three article budgets rose by 2 kB (250 → 252,
// 219 → 221, 200 → 202). What the rounds add is rules, not data; a packing pass is the next session's to try first.
// Session 43's packing pass (tpack43), output identical: the build writes the modules in the order gzip packs
// smallest (bench/bundle-order.ts: phrase tables and code sharing words had stood further apart than gzip's 32 KiB
// window) and the Arabic titles once: 250.01 / 218.51 / 199.72 / 64.70 → 247.46 / 216.13 / 197.57 / 64.34 kB,
// the budgets left as they were. Run bench/bundle-order.ts again after merges that add or move modules.
// Session 43's end (rounds 43ar and 43w, the lead's listing, wrap and elinks readers, tspeed43), the order
// regenerated: 249.99 / 218.66 / 200.04 / 64.36 kB, about the session's start: the order paid for the rules.
// Session 44 added a new input format and a new layout reader, which no packing pays for: Markdown read through a
// view without its markup (input/markdown-view.ts, reader-header.ts: about 2.4 kB), layout columns side by side in
// wrapped text (tcols44: wrapped-columns.ts, column-view.ts, about 2.0 kB), framed headings and lone lines past a
// converter's width (trend44, 0.55 kB), blind round 44k's listing readers (0.70 kB) and tspeed44's gates (0.07 kB):
// 249.94 / 218.63 / 199.97 → 255.86 / 224.61 / 206.02 / 64.39 kB with the order regenerated, and the three article
// budgets rose by 6 kB (252 → 258, 221 → 227, 202 → 208).

/** @param {import('esbuild').BuildOptions} config */
const utf8 = (config) => ({ ...config, charset: 'utf8' });

export default [
  {
    name: 'depeche (with parse5)',
    path: 'dist/index.js',
    import: '{ parseArticle, parseTicker, extractEntities }',
    gzip: true,
    limit: '258 kB',
    modifyEsbuildConfig: utf8,
  },
  {
    name: 'depeche (without parse5)',
    path: 'dist/index.js',
    import: '{ parseArticle, parseTicker, extractEntities }',
    ignore: ['parse5'],
    gzip: true,
    limit: '227 kB',
    modifyEsbuildConfig: utf8,
  },
  {
    name: 'parseArticle alone (with parse5)',
    path: 'dist/index.js',
    import: '{ parseArticle }',
    gzip: true,
    limit: '208 kB',
    modifyEsbuildConfig: utf8,
  },
  {
    name: 'depeche/entities',
    path: 'dist/entities.js',
    import: '{ extractEntities }',
    gzip: true,
    limit: '80 kB',
    modifyEsbuildConfig: utf8,
  },
];
