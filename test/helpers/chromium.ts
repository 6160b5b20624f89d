/**
 * Finds a Chromium for the browser tests (vitest's browser project and the
 * playground test), so that `npm test` runs on any machine.
 *
 * Looked for, in order: `CHROMIUM_PATH`; Playwright's own browser (after
 * `npx playwright install chromium`); the usual system paths. `DEPECHE_BROWSER`
 * says what a missing browser means: unset or `auto` skips the browser tests with
 * one line on stderr, `required` (CI) makes it a failure, `skip` skips them even
 * when a browser is there. `DEPECHE_BROWSER_SEARCH` (a path list) replaces
 * Playwright's browser and the system paths, to check the no-browser case on a
 * machine that has one.
 */
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import { chromium } from 'playwright-core';

/** Where a Chromium is usually installed, besides Playwright's own. */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The flags the browser tests launch Chromium with (headless, no sandbox for root in CI). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What the browser tests will do. */
export type BrowserPlan =
  | { run: true; executablePath: string }
  | { run: false; reason: string; fail: boolean };

/** Playwright's own browser path, when playwright-core knows one (it may not be installed). */
function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The paths looked at after `CHROMIUM_PATH`, in order. */
function candidates(env: NodeJS.ProcessEnv): string[] {
  const search = env.DEPECHE_BROWSER_SEARCH;
  if (search !== undefined) return search.split(delimiter).filter((p) => p !== '');
  const own = playwrightChromium();
  return own ? [own, ...SYSTEM_PATHS] : SYSTEM_PATHS;
}

/** The one line printed when no browser is found. */
export function missingBrowserLine(detail: string, fail: boolean): string {
  return (
    `depeche: browser tests ${fail ? 'cannot run' : 'skipped'}: ${detail}. Get one with \`npx playwright install chromium\` ` +
    '(or `apt-get install chromium`), or point CHROMIUM_PATH=/path/to/chrome at one; ' +
    'DEPECHE_BROWSER=required makes this an error, DEPECHE_BROWSER=skip silences it.'
  );
}

/** Decides whether the browser tests run, and with which executable. */
export function planBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): BrowserPlan {
  const mode = env.DEPECHE_BROWSER ?? 'auto';
  if (mode !== 'auto' && mode !== 'required' && mode !== 'skip') {
    return {
      run: false,
      fail: true,
      reason: `depeche: DEPECHE_BROWSER must be auto, required or skip, got ${JSON.stringify(mode)}`,
    };
  }
  if (mode === 'skip') {
    return {
      run: false,
      fail: false,
      reason: 'depeche: browser tests skipped (DEPECHE_BROWSER=skip)',
    };
  }
  const fail = mode === 'required';
  const given = env.CHROMIUM_PATH;
  if (given !== undefined && given !== '') {
    if (exists(given)) return { run: true, executablePath: given };
    return {
      run: false,
      fail,
      reason: missingBrowserLine(`CHROMIUM_PATH=${given} does not exist`, fail),
    };
  }
  const found = candidates(env).find((p) => exists(p));
  if (found) return { run: true, executablePath: found };
  return { run: false, fail, reason: missingBrowserLine('no Chromium found', fail) };
}
