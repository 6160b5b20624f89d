import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, planBrowser } from './test/helpers/chromium.js';

// Browser tests run in whatever Chromium this machine has (see test/helpers/chromium.ts):
// none found leaves the browser project out with one line on stderr, unless
// DEPECHE_BROWSER=required (CI) makes that a failure.
// Asking for the browser project alone (`npm run test:browser`) requires a browser too.
const argv = process.argv;
const projects = argv.flatMap((a, i) =>
  a.startsWith('--project=')
    ? [a.slice('--project='.length)]
    : a === '--project' && argv[i + 1]
      ? [argv[i + 1] ?? '']
      : [],
);
const onlyBrowser = projects.length > 0 && projects.every((p) => p === 'browser');
// Asking for the Node project alone needs no browser (unless required), and no line about one.
const onlyNode = projects.length > 0 && projects.every((p) => p === 'node');
const browser = planBrowser(
  onlyBrowser && !process.env.DEPECHE_BROWSER
    ? { ...process.env, DEPECHE_BROWSER: 'required' }
    : process.env,
);
if (!browser.run && (!onlyNode || browser.fail)) {
  process.stderr.write(`${browser.reason}\n`);
  if (browser.fail) process.exit(1);
}

const nodeProject: TestProjectInlineConfiguration = {
  test: {
    name: 'node',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // vitest's 5 s default is for a quiet machine: on one shared by other jobs a test of a few hundred
    // milliseconds once ran past it. Heavy tests still carry their own, larger timeouts.
    testTimeout: 20_000,
  },
};

// Same tests in Chromium, except the Node-only ones (the CLI's, the playground's).
const browserProjects: TestProjectInlineConfiguration[] = browser.run
  ? [
      {
        optimizeDeps: { include: ['parse5'] },
        test: {
          name: 'browser',
          testTimeout: 20_000,
          // All test files share one page, as a user's tab shares one load of the library (the core holds
          // no state between calls beyond lazily built tables). Each file in its own iframe spent about
          // 5 minutes of a run loading the library 346 times for 13 s of tests, and the long run was where
          // headless Chromium sometimes closed its connection.
          isolate: false,
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.node.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
            // Tests are text in, typed objects out: a page screenshot says nothing (and `test.fails` known gaps would leave one each).
            screenshotFailures: false,
          },
        },
      },
    ]
  : [];

export default defineConfig({
  test: {
    // .ci/run reads the totals from this report.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [nodeProject, ...browserProjects],
  },
});
