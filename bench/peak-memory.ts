/**
 * Peak memory of parseArticle on a text dump of the given size, in a fresh
 * process: prints `peak=<bytes> input=<bytes>` where peak is the growth of the
 * process's peak resident set while parsing. Used by bench.ts.
 */
import { dumpCorpus, lib, repeatTo } from './bench-inputs.js';

const { parseArticle } = lib;

const size = Number(process.argv[2] ?? 16 * 1024 * 1024);
const input = repeatTo(`${dumpCorpus()}\n`, size);
const inputBytes = Buffer.byteLength(input, 'utf8');
// Warm up on a small slice first, so compiled code and lexicon tables are not counted as the input's cost.
parseArticle(input.slice(0, 65536), { format: 'text' });
const before = process.resourceUsage().maxRSS * 1024;
// Under --trace-gc, the heap sizes V8 prints after this marker show the heap's peak while parsing.
console.log(`start heapBefore=${process.memoryUsage().heapUsed}`);
const article = parseArticle(input, { format: 'text' });
const after = process.resourceUsage().maxRSS * 1024;
console.log(
  `peak=${Math.max(0, after - before)} input=${inputBytes} paragraphs=${article.paragraphs.length}`,
);
