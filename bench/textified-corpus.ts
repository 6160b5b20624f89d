/**
 * Reads the benchmark pages rendered to crawler text in
 * `../shared/corpus/textified` (or `$DEPECHE_CORPUS/textified`): one folder per
 * renderer (Chromium `innerText`, `w3m -dump`, `lynx -dump`), one per data set,
 * each with a `manifest.json` mapping the benchmark's page key to its text file.
 * The gold stays with the HTML pages (bench/html-corpus.ts), under the same keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusRoot } from './html-corpus.js';

/** The renderers the corpus holds, in the order reports print them. */
export const RENDERERS = ['chromium', 'w3m', 'lynx'] as const;
/** One of {@link RENDERERS}. */
export type Renderer = (typeof RENDERERS)[number];

/** The data sets rendered, by their folder names. */
export const TEXT_SETS = ['scrapinghub', 'trafilatura', 'readability'] as const;
/** One of {@link TEXT_SETS}. */
export type TextSet = (typeof TEXT_SETS)[number];

/** A rendered page: its benchmark key, its text and the page address when the manifest has a real one. */
export interface TextPage {
  key: string;
  text: string;
  url?: string;
}

interface Manifest {
  pages: Record<string, { file: string; url: string | null }>;
}

/** The folder holding the renders. */
export const textifiedRoot = join(corpusRoot, 'textified');

/** Every page of one data set as one renderer wrote it (empty when the folder is missing). */
export function textPages(renderer: Renderer, set: TextSet): TextPage[] {
  const dir = join(textifiedRoot, renderer, set);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  return Object.entries(manifest.pages).flatMap(([key, entry]) => {
    const path = join(dir, entry.file);
    if (!existsSync(path)) return [];
    const text = readFileSync(path, 'utf8');
    const url = entry.url && /^https?:\/\//.test(entry.url) ? entry.url : undefined;
    return [url ? { key, text, url } : { key, text }];
  });
}

/**
 * A fixed split of page keys, so rules are tuned on one part and checked on
 * the other: FNV-1a of the key, one page in three goes to `check`.
 */
export function splitOf(key: string): 'tune' | 'check' {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 3 === 0 ? 'check' : 'tune';
}

/** What a speed harness calls in a build of depeche bundled as one ESM file. */
export interface TextBuild {
  parseArticle: (text: string, options?: { url?: string; format?: 'text' | 'html' }) => unknown;
}

/**
 * Loads a build of depeche bundled as one ESM file for a speed harness, after
 * checking that it and the textified corpus are there; exits with `usage` (or
 * the missing corpus) when not.
 */
export async function importBuild(
  tool: string,
  usage: string,
  path: string | undefined,
): Promise<TextBuild> {
  if (!path || !existsSync(path)) {
    console.error(`usage: npx tsx bench/${tool}.ts ${usage}`);
    process.exit(2);
  }
  if (!existsSync(textifiedRoot)) {
    console.error(`${tool}: no textified corpus at ${textifiedRoot} (set DEPECHE_CORPUS)`);
    process.exit(2);
  }
  return (await import(pathToFileURL(resolve(path)).href)) as TextBuild;
}
