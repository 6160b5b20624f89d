/**
 * extractEntities speed on real-like news text: French and Arabic paragraphs
 * generated from templates with varied names, places and numbers (no corpus
 * text in the repository), measured per call on ~1 KB paragraphs, per call on
 * whole articles (~6 KB), as throughput on 1 MB of each language, and as growth
 * from 1 MB to 64 MB (time per doubling; linear is 2). `src/entities.ts` is
 * bundled by esbuild first, as the package ships it. Times are CPU time of
 * this process (`process.cpuUsage`), so a busy machine slows them less.
 *
 *   npx tsx bench/entities-speed.ts            # everything, 64 MB growth included
 *   npx tsx bench/entities-speed.ts --quick    # up to 8 MB
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { AR, FR, type Lang, paragraph, prng, text } from './entities-speed-text.js';

type Extract = (text: string, options?: { lang?: string }) => unknown[];

const quick = process.argv.includes('--quick');

async function load(): Promise<Extract> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [resolve(process.cwd(), 'src/entities.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild gave no output');
  const dir = mkdtempSync(join(tmpdir(), 'depeche-speed-'));
  const file = join(dir, 'entities.mjs');
  writeFileSync(file, code);
  const mod = (await import(pathToFileURL(file).href)) as { extractEntities: Extract };
  rmSync(dir, { recursive: true, force: true });
  return mod.extractEntities;
}

/** CPU milliseconds of this process (user + system): other processes sharing the machine do not count. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Median CPU milliseconds per call of `fn`, over batches of calls that each
 * last at least 20 ms, for at least `ms` in all (after a warm-up of 20 calls).
 */
function perCall(fn: () => void, ms = 1000): number {
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  const t0 = cpuMs();
  while (cpuMs() - t0 < ms || samples.length < 5) {
    const s = cpuMs();
    let calls = 0;
    do {
      fn();
      calls++;
    } while (cpuMs() - s < 20);
    samples.push((cpuMs() - s) / calls);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const extract = await load();
  const langs: Array<[string, Lang]> = [
    ['French', FR],
    ['Arabic', AR],
  ];
  console.log('## extractEntities on generated news text (bench/entities-speed.ts)\n');
  console.log('Warm calls, `lang` given (as a pipeline that knows its language does); CPU time.\n');
  console.log('| text | per call | chars/s |');
  console.log('|---|---|---|');
  for (const [name, l] of langs) {
    const paras = Array.from({ length: 64 }, (_, i) => paragraph(l, prng(100 + i), 1000));
    const lang = l === FR ? 'fr' : 'ar';
    let k = 0;
    const para = perCall(() => {
      extract(paras[k++ % paras.length] ?? '', { lang });
    });
    const avg = paras.reduce((s, p) => s + p.length, 0) / paras.length;
    console.log(
      `| ${name} paragraph (~${Math.round(avg)} chars) | ${para.toFixed(3)} ms | ${(((avg / para) * 1000) / 1e6).toFixed(2)} M |`,
    );
    const articles = Array.from({ length: 16 }, (_, i) => text(l, 500 + i, 6000));
    k = 0;
    const art = perCall(() => {
      extract(articles[k++ % articles.length] ?? '', { lang });
    });
    const alen = articles.reduce((s, p) => s + p.length, 0) / articles.length;
    console.log(
      `| ${name} article (~${Math.round(alen)} chars) | ${art.toFixed(2)} ms | ${(((alen / art) * 1000) / 1e6).toFixed(2)} M |`,
    );
    const mb = text(l, 7, 1024 * 1024);
    const whole = perCall(() => {
      extract(mb, { lang });
    }, 3000);
    console.log(
      `| ${name} 1 MB (${mb.length} chars, one call) | ${whole.toFixed(0)} ms | ${(((mb.length / whole) * 1000) / 1e6).toFixed(2)} M |`,
    );
  }
  console.log('\n### Growth (one call on N MB, French and Arabic paragraphs interleaved)\n');
  console.log('| size | time | ratio to the previous size |');
  console.log('|---|---|---|');
  let previous = 0;
  const top = quick ? 8 : 64;
  for (let size = 1; size <= top; size *= 2) {
    const half = text(FR, size, (size * 1024 * 1024) / 2);
    const input = `${half}\n\n${text(AR, size + 1, (size * 1024 * 1024) / 2)}`;
    const t0 = cpuMs();
    extract(input);
    const ms = cpuMs() - t0;
    console.log(
      `| ${size} MB | ${ms.toFixed(0)} ms | ${previous ? (ms / previous).toFixed(2) : '-'} |`,
    );
    previous = ms;
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
