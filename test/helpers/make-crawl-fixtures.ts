/**
 * Writes the crawl fixtures under test/fixtures/crawl/ (all content made up by
 * test/helpers/crawl-writer.ts). Rerun after changing the writer:
 *
 *   npx tsx test/helpers/make-crawl-fixtures.ts
 *
 * The expected counts in test/batch.node.test.ts follow from the lists here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  arabicText,
  cp1252Bytes,
  englishText,
  frenchHtml,
  frenchText,
  gzipMembers,
  httpResponse,
  recordId,
  warcExchange,
  warcinfo,
  warcRecord,
  wetConversion,
} from './crawl-writer.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'crawl');
const good = join(root, 'good');
const bad = join(root, 'bad');
mkdirSync(good, { recursive: true });
mkdirSync(bad, { recursive: true });

// good/news.warc.wet.gz: warcinfo + 6 conversion records, one gzip member each.
writeFileSync(
  join(good, 'news.warc.wet.gz'),
  gzipMembers([
    warcinfo('news.warc.wet.gz'),
    wetConversion('https://www.example.ma/fr/marche-0', frenchText(0), 'fra'),
    wetConversion('https://www.example.ma/ar/souq-1', arabicText(1), 'ara'),
    wetConversion('https://news.example.com/market-2', englishText(2), 'eng'),
    wetConversion('https://www.example.ma/fr/marche-3', frenchText(3), 'fra'),
    wetConversion(
      'https://blog.example.org/marche-4',
      frenchText(4),
      'fra,eng',
      '2025-01-15T08:00:00Z',
    ),
    // Same text as record 2 (the first conversion) under another address.
    wetConversion('https://mirror.example.net/marche-0', frenchText(0), 'fra'),
  ]),
);

// good/news.warc.gz: warcinfo, 7 request/response pairs, a metadata record.
const win = cp1252Bytes(frenchHtml(5, 'windows-1252'));
writeFileSync(
  join(good, 'news.warc.gz'),
  gzipMembers([
    warcinfo('news.warc.gz'),
    ...warcExchange('https://www.example.ma/fr/page-0', httpResponse(frenchHtml(0))),
    ...warcExchange(
      'https://www.example.ma/fr/page-1',
      httpResponse(frenchHtml(1), { chunked: true, encoding: 'gzip' }),
    ),
    ...warcExchange(
      'https://www.example.ma/fr/page-2',
      httpResponse(frenchHtml(2), { encoding: 'deflate' }),
    ),
    ...warcExchange(
      'https://www.example.ma/fr/page-3',
      httpResponse(frenchHtml(3), { encoding: 'br', chunked: true }),
    ),
    ...warcExchange(
      'https://www.example.ma/fr/page-5',
      httpResponse(win, { contentType: 'text/html; charset=windows-1252' }),
    ),
    ...warcExchange('https://www.example.ma/old', httpResponse('', { status: 301 })),
    ...warcExchange(
      'https://www.example.ma/logo.jpg',
      httpResponse(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), { contentType: 'image/jpeg' }),
    ),
    warcRecord(
      {
        'WARC-Type': 'metadata',
        'WARC-Target-URI': 'https://www.example.ma/fr/page-0',
        'WARC-Date': '2025-02-03T10:00:00Z',
        'WARC-Record-ID': recordId(),
        'Content-Type': 'application/warc-fields',
      },
      'fetchTimeMs: 120\r\n',
    ),
  ]),
);

// good/pages.jsonl and good/more.jsonl.gz
const jsonl = [
  { url: 'https://www.example.ma/fr/j-0', html: frenchHtml(6) },
  { url: 'https://www.example.ma/fr/j-1', text: frenchText(7), date: '2025-02-07', lang: 'fr' },
  { id: 'j-2', url: 'https://www.example.ma/ar/j-2', text: arabicText(8) },
];
writeFileSync(join(good, 'pages.jsonl'), `${jsonl.map((o) => JSON.stringify(o)).join('\n')}\n`);
writeFileSync(
  join(good, 'more.jsonl.gz'),
  gzipSync(`${JSON.stringify({ url: 'https://www.example.ma/fr/j-3', text: frenchText(9) })}\n\n`),
);

// good/page.txt, good/page-win.html (windows-1252), good/page2.txt.gz
writeFileSync(join(good, 'page.txt'), frenchText(10));
writeFileSync(join(good, 'page-win.html'), cp1252Bytes(frenchHtml(11, 'windows-1252')));
writeFileSync(join(good, 'page2.txt.gz'), gzipSync(frenchText(12)));

// bad/truncated.warc.wet.gz: three members, the last cut short.
const wet3 = gzipMembers([
  wetConversion('https://www.example.ma/fr/t-0', frenchText(13)),
  wetConversion('https://www.example.ma/fr/t-1', frenchText(14)),
  wetConversion('https://www.example.ma/fr/t-2', frenchText(15)),
]);
writeFileSync(join(bad, 'truncated.warc.wet.gz'), wet3.subarray(0, wet3.length - 40));

// bad/short-length.warc: the second record's Content-Length is 10 bytes short.
const ok = wetConversion('https://www.example.ma/fr/l-0', frenchText(16));
const liar = Buffer.from(
  wetConversion('https://www.example.ma/fr/l-1', frenchText(17))
    .toString('latin1')
    .replace(/Content-Length: (\d+)/, (_, n: string) => `Content-Length: ${Number(n) - 10}`),
  'latin1',
);
writeFileSync(join(bad, 'short-length.warc'), Buffer.concat([ok, liar]));

// bad/garbage-after.warc: one good record, then bytes that are not WARC.
writeFileSync(
  join(bad, 'garbage-after.warc'),
  Buffer.concat([
    wetConversion('https://www.example.ma/fr/g-0', frenchText(18)),
    Buffer.from('<html>not a record\r\n'),
  ]),
);

// bad/bad-http.warc.gz: a good response and one whose payload is not HTTP.
writeFileSync(
  join(bad, 'bad-http.warc.gz'),
  gzipMembers([
    ...warcExchange('https://www.example.ma/fr/h-0', httpResponse(frenchHtml(19))),
    ...warcExchange(
      'https://www.example.ma/fr/h-1',
      Buffer.from('this is not an HTTP response at all'),
    ),
    ...warcExchange(
      'https://www.example.ma/fr/h-2',
      httpResponse(frenchHtml(20), { encoding: 'gzip', chunked: false }).subarray(0, 300),
    ),
  ]),
);

// bad/bad.jsonl: one good line, then a broken line, an array and an object with no page.
writeFileSync(
  join(bad, 'bad.jsonl'),
  [
    JSON.stringify({ url: 'https://www.example.ma/fr/b-0', text: frenchText(21) }),
    '{"url": "https://www.example.ma/fr/b-1", "text": "cut',
    '[1, 2, 3]',
    JSON.stringify({ url: 'https://www.example.ma/fr/b-3', body: 'no html or text field' }),
  ].join('\n'),
);

// bad/corrupt.txt.gz: a gzip member with its middle overwritten.
const corrupt = Buffer.from(gzipSync(frenchText(22).repeat(3)));
corrupt.fill(0x55, 30, 60);
writeFileSync(join(bad, 'corrupt.txt.gz'), corrupt);

console.log(`fixtures written under ${root}`);
