/**
 * The playground page (docs/playground/index.html) in Chromium: built fresh, opened
 * from disk with every network request refused, the bundled sample pasted in.
 * Skipped like the other browser tests when no Chromium is found (see
 * helpers/chromium.ts); `DEPECHE_BROWSER=required` makes that a failure.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPlayground } from '../playground/build.js';
import { CHROMIUM_ARGS, planBrowser } from './helpers/chromium.js';

const plan = planBrowser();
/** Building the page and starting Chromium: seconds alone, with margin for a loaded machine. */
const HEAVY = 120_000;

const sample = readFileSync(new URL('../samples/maghress-fr.txt', import.meta.url), 'utf8');

describe.skipIf(!plan.run)('the playground page', () => {
  let dir = '';
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (!plan.run) return;
    dir = mkdtempSync(join(tmpdir(), 'depeche-playground-'));
    const { path } = await buildPlayground(join(dir, 'index.html'));
    browser = await chromium.launch({ executablePath: plan.executablePath, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(path).href);
  }, HEAVY);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test(
    'the pasted sample shows its title, paragraphs, ticker and marked entities',
    async () => {
      await page.fill('#url', 'https://www.maghress.com/fr/quotidiendusud/123456');
      await page.fill('#input', sample);
      await page.waitForSelector('#title');
      expect(await page.textContent('#title')).toBe(
        "L'ONP lance un plan de 1,2 milliard de dirhams pour moderniser les halles au poisson du Sud",
      );
      const fields = await page.$$eval('#fields dt, #fields dd', (els) =>
        els.map((e) => e.textContent ?? ''),
      );
      expect(fields).toEqual(expect.arrayContaining(['Source', 'Le Quotidien du Sud']));
      expect(fields).toEqual(expect.arrayContaining(['Published', '2025-11-03']));
      // Seven body paragraphs (README): no ticker, dialog, "Lire aussi" or footer text.
      const paragraphs = await page.$$eval('#body p', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(paragraphs).toHaveLength(7);
      expect(paragraphs[0]).toMatch(/^L'Office National des Pêches \(ONP\) a dévoilé/);
      expect(paragraphs.join(' ')).not.toContain('Lire aussi');
      // The first paragraph's entities, as the README lists them, each at its span.
      const marks = await page.$$eval('#body p:first-child mark', (ms) =>
        ms.map((m) => ({
          type: m.getAttribute('data-type'),
          text: m.textContent,
          title: m.getAttribute('title'),
          focusable: m.getAttribute('tabindex') === '0',
        })),
      );
      expect(marks.slice(0, 5)).toEqual([
        {
          type: 'organization',
          text: 'Office National des Pêches',
          title: 'organization',
          focusable: true,
        },
        {
          type: 'organization',
          text: 'ONP',
          title: 'organization: = Office National des Pêches',
          focusable: true,
        },
        { type: 'date', text: '31 octobre', title: 'date: XXXX-10-31', focusable: true },
        { type: 'location', text: 'Dakhla', title: 'location: country MA', focusable: true },
        {
          type: 'money',
          text: '1,2 milliard de dirhams',
          title: 'money: 1,200,000,000 MAD',
          focusable: true,
        },
      ]);
      // Every type present has its own colour.
      const colours = await page.$$eval('#body mark', (ms) =>
        ms.map((m) => [m.getAttribute('data-type') ?? '', getComputedStyle(m).backgroundColor]),
      );
      const byType = new Map(colours.map(([type, colour]) => [type, colour]));
      expect(byType.size).toBeGreaterThan(4);
      expect(new Set(byType.values()).size).toBe(byType.size);
      expect(
        await page.$$eval('#legend mark', (ms) => ms.map((m) => m.getAttribute('data-type'))),
      ).toEqual([
        'person',
        'organization',
        'location',
        'misc',
        'money',
        'percent',
        'date',
        'quantity',
      ]);
      const ticker = await page.$$eval('#ticker li', (lis) => lis.length);
      expect(ticker).toBeGreaterThan(10);
    },
    HEAVY,
  );

  test(
    'a mark shows its value when it has the focus',
    async () => {
      await page.focus('#body mark[data-type="money"]');
      const after = await page.$eval(
        '#body mark[data-type="money"]',
        (m) => getComputedStyle(m, '::after').content,
      );
      expect(after).toBe('"money: 1,200,000,000 MAD"');
    },
    HEAVY,
  );

  test(
    'Arabic text is shown right to left',
    async () => {
      await page.selectOption('#format', 'text');
      await page.fill('#url', '');
      await page.fill(
        '#input',
        'أعلنت الحكومة المغربية يوم الاثنين عن خطة جديدة لدعم الصيد التقليدي في جهة الداخلة.\n\nوقال الوزير إن الخطة ستكلف مليار درهم على مدى ثلاث سنوات، وستشمل بناء موانئ صغيرة جديدة.',
      );
      await page.waitForFunction(() => document.querySelectorAll('#body p').length === 2);
      const directions = await page.$$eval('#body p', (ps) =>
        ps.map((p) => getComputedStyle(p).direction),
      );
      expect(directions).toEqual(['rtl', 'rtl']);
    },
    HEAVY,
  );

  test('the console stayed clean and nothing was fetched', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });
});
