/**
 * The HTML side-by-side of `npm run bench`, run in a process of its own: a
 * bare `parse5.parse`, depeche's `parseArticle` and Readability on linkedom
 * take turns over ScrapingHub's pages, round after round, each keeping its
 * fastest pass (wall clock). In the bench's own process, after the text
 * sections, the heap they leave slowed parse5's allocations far more than
 * depeche's (1.04× one day, 0.75× alone the same hour): a fresh process
 * measures each tool on a clean heap. Prints `parse5=<ms> depeche=<ms>
 * readability=<ms>`; `--quick` runs two rounds instead of six.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse } from 'parse5';
import { htmlPages, lib } from './bench-inputs.js';

const pages = htmlPages();
const rounds = process.argv.includes('--quick') ? 2 : 6;
const runAll = (fn: (html: string) => void) => () => {
  for (const p of pages) fn(p);
};
// The three take turns, round after round, and each keeps its fastest pass: a slow spell of the machine or a
// collection of another tool's garbage does not land on one tool only.
const contenders = [
  runAll((h) => parse(h)),
  runAll((h) => lib.parseArticle(h, { format: 'html' })),
  runAll((h) => {
    const { document } = parseHTML(h);
    new Readability(document as unknown as Document).parse();
  }),
];
const fastest = contenders.map(() => Number.POSITIVE_INFINITY);
for (const run of contenders) run(); // warm up
for (let round = 0; round < rounds; round++)
  contenders.forEach((run, i) => {
    const t0 = performance.now();
    run();
    fastest[i] = Math.min(fastest[i] ?? Number.POSITIVE_INFINITY, performance.now() - t0);
  });
const [p5 = 0, dp = 0, rd = 0] = fastest;
console.log(`parse5=${p5} depeche=${dp} readability=${rd}`);
