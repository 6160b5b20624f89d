import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { sniffFormat } from '../src/input/sniff.js';
import { checkArticle } from './helpers/checks.js';

/** A tutorial post as a browser copies it: prose, then a whole HTML page quoted as a code sample, then prose. */
const SAMPLE_PAGE = [
  '<!DOCTYPE html>',
  '<html>',
  '<head>',
  '  <meta charset="utf-8">',
  '  <title>Harness</title>',
  '  <link rel="stylesheet" href="vendor/runner.css">',
  '</head>',
  '<body>',
  '  <div id="runner"></div>',
  '  <div id="fixtures"></div>',
  '  <script src="vendor/runner.js"></script>',
  '  <script src="vendor/assert.js"></script>',
  '  <script src="src/parser.js" data-cover></script>',
  '  <script src="test/parser_test.js"></script>',
  '  <script>runner.start();</script>',
  '</body>',
  '</html>',
];

const PROSE_BEFORE = [
  'Measuring test coverage in the browser',
  '',
  'Coverage tools for code that runs in the browser used to be hard to set up, and most teams simply went without them for years.',
  '',
  'The tool we tried this week instruments the files you name on the page and reports which lines the tests reached when they finish.',
  '',
  'We had put it off for two years: the last tool we tried needed a build step of its own and broke whenever the bundler changed.',
  '',
  'This one asks for nothing of the kind, which is why we gave it an afternoon and, in the end, kept it.',
  '',
  'It reads the files as the browser loads them, adds its counters on the fly and keeps the numbers in memory until the run ends.',
  '',
  'Nothing is sent anywhere: the report is drawn on the same page, under the list of tests that passed and failed.',
  '',
  'The one thing to know is that the page must be served over HTTP, not opened from the disk, or the browser blocks the files.',
  '',
  'Setting it up takes one page: load the runner, the assertion library and the tool, then mark the sources to measure with an attribute.',
  '',
  'Here is the whole page we used for the examples below, with the test runner and two scripts under test:',
  '',
];
const PROSE_AFTER = [
  '',
  'Open the page in any browser and the report appears under the test results, with every line the tests never reached marked in red.',
  '',
  'The first run showed that a third of the parser was never reached, most of it in the code that reads dates written in words.',
  '',
  'We wrote six more tests that afternoon, one for each way a date can be printed, and the share of lines reached went up to nine in ten.',
  '',
  'Two branches stayed red: both handle input that no page we have seen prints, and we left them as they were, with a note.',
  '',
  'The report can also be written to a file, which lets the build fail when the share of lines reached drops below a set figure.',
  '',
  'We set that figure at eighty per cent for now and will raise it once the old modules have tests of their own.',
  '',
  'Next week we look at the same tool on the server side, where it needs a different adapter and a little more setup.',
  '',
  'Until then, the whole example, with the page above and the tests, is in the repository linked at the top of this post.',
  '',
  'Questions and corrections are welcome in the comments below, as always.',
];

describe('a text that quotes a whole HTML page as a code sample', () => {
  const text = [...PROSE_BEFORE, ...SAMPLE_PAGE, ...PROSE_AFTER].join('\n');

  it('stays text: the quoted page comes after the prose, it does not open the input', () => {
    expect(sniffFormat(text)).toBe('text');
  });

  it('stays text with its lines ended by a carriage return alone (an old Mac file), as with CRLF', () => {
    expect(sniffFormat(text.replaceAll('\n', '\r'))).toBe('text');
    expect(sniffFormat(text.replaceAll('\n', '\r\n'))).toBe('text');
    const a = parseArticle(text.replaceAll('\n', '\r'));
    expect(a.paragraphs.map((p) => p.text)).toContain(PROSE_BEFORE[4]);
  });

  it("is read as text: the post's paragraphs slice back out of the input", () => {
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text)).toContain(PROSE_BEFORE[4]);
    for (const p of a.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    checkArticle(text, a);
  });

  it('still reads a page behind a few lines of transfer headers as HTML', () => {
    const headers = [
      'HTTP/1.1 200 OK',
      'Content-Type: text/html; charset=utf-8',
      'Server: nginx',
      'Cache-Control: max-age=60',
      '',
    ];
    expect(sniffFormat([...headers, ...SAMPLE_PAGE].join('\n'))).toBe('html');
  });

  it('still reads a page behind a line of stray text and a server notice as HTML', () => {
    const before = [
      'Notice: Undefined index: lang in /var/www/html/index.php on line 12',
      'Warning: Cannot modify header information - headers already sent by (output started at /var/www/html/index.php:12) in /var/www/html/lib/session.php on line 40',
    ];
    expect(sniffFormat([...before, ...SAMPLE_PAGE].join('\n'))).toBe('html');
  });
});
