import { delimiter } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planBrowser } from './helpers/chromium.js';

const only =
  (...paths: string[]) =>
  (p: string): boolean =>
    paths.includes(p);

describe('the browser tests find a Chromium or say how to get one', () => {
  test('CHROMIUM_PATH wins over the other places', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome', DEPECHE_BROWSER_SEARCH: '/usr/bin/chromium' };
    expect(planBrowser(env, only('/opt/chrome', '/usr/bin/chromium'))).toEqual({
      run: true,
      executablePath: '/opt/chrome',
    });
  });
  test('the first place that holds a browser is used', () => {
    const env = { DEPECHE_BROWSER_SEARCH: ['/a/chrome', '/b/chromium'].join(delimiter) };
    expect(planBrowser(env, only('/b/chromium'))).toEqual({
      run: true,
      executablePath: '/b/chromium',
    });
  });
  test('no browser: skipped, with one line naming the three ways to get one', () => {
    const plan = planBrowser({ DEPECHE_BROWSER_SEARCH: '' }, only());
    expect(plan).toMatchObject({ run: false, fail: false });
    const reason = plan.run ? '' : plan.reason;
    expect(reason).not.toContain('\n');
    expect(reason).toContain('browser tests skipped');
    expect(reason).toContain('npx playwright install chromium');
    expect(reason).toContain('apt-get install chromium');
    expect(reason).toContain('CHROMIUM_PATH=');
  });
  test('a CHROMIUM_PATH that does not exist is named, not silently replaced', () => {
    const plan = planBrowser({ CHROMIUM_PATH: '/nonexistent' }, only('/usr/bin/chromium'));
    expect(plan).toMatchObject({ run: false, fail: false });
    expect(plan.run ? '' : plan.reason).toContain('CHROMIUM_PATH=/nonexistent does not exist');
  });
  test('DEPECHE_BROWSER=required turns a missing browser into a failure', () => {
    const plan = planBrowser({ DEPECHE_BROWSER: 'required', DEPECHE_BROWSER_SEARCH: '' }, only());
    expect(plan).toMatchObject({ run: false, fail: true });
    expect(plan.run ? '' : plan.reason).toContain('browser tests cannot run');
  });
  test('DEPECHE_BROWSER=skip skips even when a browser is there', () => {
    const env = { DEPECHE_BROWSER: 'skip', CHROMIUM_PATH: '/opt/chrome' };
    expect(planBrowser(env, only('/opt/chrome'))).toMatchObject({ run: false, fail: false });
  });
  test('an unknown DEPECHE_BROWSER value is an error, not a guess', () => {
    expect(planBrowser({ DEPECHE_BROWSER: 'yes' }, only())).toMatchObject({
      run: false,
      fail: true,
    });
  });
});
