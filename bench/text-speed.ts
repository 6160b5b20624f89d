/**
 * Speed of the text path on the textified benchmark pages, one build per
 * process: CPU time of three passes over every page of one renderer (a first
 * pass warms up). Run it once per build to compare builds without one
 * build's type feedback and caches colouring the other's, which
 * bench/ab-text.ts's alternation in one process does not avoid:
 *
 *   npx esbuild src/index.ts --bundle --platform=neutral --format=esm --outfile=/tmp/cur.mjs
 *   npx tsx bench/text-speed.ts /tmp/cur.mjs chromium
 *
 * Prints the CPU seconds and M characters/s.
 */
import { importBuild, RENDERERS, type Renderer, TEXT_SETS, textPages } from './textified-corpus.js';

const [build, renderer] = process.argv.slice(2);
const lib = await importBuild('text-speed', '<build as one ESM file> [chromium|w3m|lynx]', build);
const renderers = RENDERERS.filter((r) => renderer === undefined || r === (renderer as Renderer));
const pages = renderers.flatMap((r) => TEXT_SETS.flatMap((s) => textPages(r, s)));
let chars = 0;
for (const p of pages) chars += p.text.length;
const run = (): void => {
  for (const p of pages) lib.parseArticle(p.text, p.url ? { url: p.url } : {});
};
run();
const PASSES = 3;
const start = process.cpuUsage();
for (let i = 0; i < PASSES; i++) run();
const used = process.cpuUsage(start);
const seconds = (used.user + used.system) / 1e6;
console.log(
  `${renderers.join('+')}: ${pages.length} pages, ${chars} characters, ${seconds.toFixed(2)} s CPU for ${PASSES} passes, ${((chars * PASSES) / seconds / 1e6).toFixed(2)} M characters/s`,
);
