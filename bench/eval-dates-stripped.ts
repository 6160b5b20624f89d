/**
 * Publication day on pages with some of their dates stripped: the machine
 * dates (`<meta>`, JSON-LD, microdata), `<time datetime>` values, or the date
 * in the address (see `bench/strip-dates.ts`). Most benchmark pages carry a
 * machine date, so the full pages rarely test the lower steps of the date
 * cascade (dates printed near the title, script keys, the last guesses); the
 * stripped pages do.
 *
 *   npx tsx bench/eval-dates-stripped.ts --strip=machine           # meta,jsonld,micro
 *   npx tsx bench/eval-dates-stripped.ts --strip=url --split=tune
 *   npx tsx bench/eval-dates-stripped.ts --strip=machine,time,url --only=htmldate
 *   npx tsx bench/eval-dates-stripped.ts --strip=machine --split=tune --show=wrong   # wrong | absent | all
 *   npx tsx bench/eval-dates-stripped.ts --strip=machine --dump=out.jsonl
 *
 * `--strip`: a comma list of `meta`, `jsonld`, `micro`, `time`, `url`, or
 * `machine` (= `meta,jsonld,micro`); none scores the full pages.
 * `--split`: tune | check | all (default), the same split as `bench/eval-html.ts`.
 * `--only`: htmldate, scrapinghub, trafilatura (default these three), readability
 * (only when named: its gold is Readability's own reading of the page's meta dates,
 * so with `machine` stripped it scores agreement with a value no longer on the page).
 *
 * Gold: htmldate's pages have their gold day, Readability's test pages the day
 * of their expected `publishedTime` (where it has one). ScrapingHub's and trafilatura's
 * have none, so they use a silver day: the day the full page yields, when one
 * of its machine dates (the `<meta>`, JSON-LD and microdata values that
 * `machine` removes) names that day. Pages without one are not scored.
 * A row prints right / wrong / absent and the day F1 as eval-html scores
 * htmldate: precision = right / (right + wrong), recall = right / (right + absent).
 * `--show` lists the pages and, for a date read from the page, the 60
 * characters either side of its span in the stripped HTML.
 */
import { writeFileSync } from 'node:fs';
import { parseArticle } from '../src/article/parse-article.js';
import {
  corpusRoot,
  htmldate,
  type Page,
  readabilityPages,
  scrapinghub,
  trafilatura,
} from './html-corpus.js';
import { dayOf, f1 } from './html-metrics.js';
import { type Split, splitOf } from './html-split.js';
import { machineDays, parseStripKinds, stripDates } from './strip-dates.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const kinds = parseStripKinds(opt('strip') ?? '');
const split = (opt('split') ?? 'all') as Split;
if (!['tune', 'check', 'all'].includes(split)) {
  console.error(`--split must be tune, check or all, not ${split}`);
  process.exit(2);
}
const only = opt('only')?.split(',');
const show = opt('show');
const dumpPath = opt('dump');

interface Dated {
  day?: string;
  span?: { start: number; end: number };
  guess: boolean;
}

function dateOf(html: string, url: string | undefined): Dated {
  const a = parseArticle(html, url ? { url, format: 'html' } : { format: 'html' });
  const day = dayOf(a.publishedAt);
  const guess = a.warnings.some((w) => w.startsWith('publication date guessed'));
  return {
    ...(day ? { day } : {}),
    ...(a.spans.publishedAt ? { span: a.spans.publishedAt } : {}),
    guess,
  };
}

/** A page with the day it should yield. */
interface Scored {
  set: string;
  page: Page<unknown>;
  want: string;
}

const want = (name: string): boolean => !only || only.includes(name);
const inSplit = <G>(pages: Array<Page<G>>): Array<Page<G>> =>
  split === 'all' ? pages : pages.filter((p) => splitOf(p.id) === split);

function silver(set: string, pages: Array<Page<unknown>>): Scored[] {
  const out: Scored[] = [];
  for (const page of pages) {
    const full = dateOf(page.html, page.url).day;
    if (full && machineDays(page.html).has(full)) out.push({ set, page, want: full });
  }
  return out;
}

const scored: Scored[] = [
  ...(want('htmldate')
    ? inSplit(htmldate()).map((page) => ({ set: 'htmldate', page, want: page.gold }))
    : []),
  ...(want('scrapinghub') ? silver('scrapinghub', inSplit(scrapinghub())) : []),
  ...(want('trafilatura') ? silver('trafilatura', inSplit(trafilatura())) : []),
  ...(only?.includes('readability')
    ? inSplit(readabilityPages()).flatMap((page) => {
        const day = dayOf(page.gold.publishedTime);
        return day ? [{ set: 'readability', page, want: day }] : [];
      })
    : []),
];

interface Tally {
  right: number;
  wrong: number;
  absent: number;
}
const tallies = new Map<string, Tally>();
const total: Tally = { right: 0, wrong: 0, absent: 0 };
const shown: string[] = [];
const dumpLines: string[] = [];
const t0 = performance.now();
for (const s of scored) {
  const st = stripDates(s.page.html, s.page.url, kinds);
  const got = dateOf(st.html, st.url);
  const verdict = got.day === s.want ? 'right' : got.day ? 'wrong' : 'absent';
  const t = tallies.get(s.set) ?? { right: 0, wrong: 0, absent: 0 };
  t[verdict]++;
  total[verdict]++;
  tallies.set(s.set, t);
  const context = got.span
    ? st.html
        .slice(Math.max(0, got.span.start - 60), got.span.end + 60)
        .replace(/\s+/g, ' ')
        .trim()
    : '';
  if (show === 'all' || show === verdict)
    shown.push(
      `${verdict.padEnd(6)} ${s.set.padEnd(11)} ${s.page.id.slice(0, 40).padEnd(40)} got ${got.day ?? '-'}${got.guess ? ' (guess)' : ''} want ${s.want}${context ? `\n         … ${context} …` : ''}`,
    );
  if (dumpPath)
    dumpLines.push(
      JSON.stringify({
        set: s.set,
        id: s.page.id,
        split: splitOf(s.page.id),
        want: s.want,
        got: got.day ?? null,
        guess: got.guess,
        verdict,
        context,
      }),
    );
}
const ms = performance.now() - t0;

const line = (label: string, t: Tally): string => {
  const given = t.right + t.wrong;
  const n = given + t.absent;
  const score = f1(t.right / Math.max(1, given), t.right / Math.max(1, t.right + t.absent));
  return `  ${label.padEnd(14)}${String(n).padStart(6)}${String(t.right).padStart(8)}${String(t.wrong).padStart(8)}${String(t.absent).padStart(8)}${score.toFixed(3).padStart(8)}`;
};
console.log(
  `eval-dates-stripped — ${corpusRoot}/html, strip ${kinds.join(',') || 'nothing'}, split ${split}`,
);
console.log(
  `  ${'set'.padEnd(14)}${'pages'.padStart(6)}${'right'.padStart(8)}${'wrong'.padStart(8)}${'absent'.padStart(8)}${'F1'.padStart(8)}`,
);
for (const [set, t] of tallies) console.log(line(set, t));
console.log(line('all', total));
console.log(`  (${scored.length} stripped pages in ${(ms / 1000).toFixed(1)} s)`);
for (const l of shown) console.log(l);
if (dumpPath) writeFileSync(dumpPath, `${dumpLines.join('\n')}\n`);
