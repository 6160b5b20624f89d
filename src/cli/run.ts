/** The CLI's logic, with its I/O passed in so tests can drive it without a process. */
import type { parseArgs as ParseArgs } from 'node:util';
import type { extractEntities, parseArticle, parseTicker } from '../index.js';

/** What the CLI needs from its surroundings. */
export interface CliIo {
  argv: string[];
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  stdout(s: string): void;
  stderr(s: string): void;
  parseArgs: typeof ParseArgs;
  api: {
    parseArticle: typeof parseArticle;
    parseTicker: typeof parseTicker;
    extractEntities: typeof extractEntities;
  };
}

export const HELP = `Usage: depeche [options] <file | ->

Parses a news page (a crawler's text dump or the page's HTML) and prints JSON:
{ "article": …, "ticker": […], "entities": […] }. Entities are read from the
article's body text, so their offsets point into "article.text"; all other
offsets point into the input.

Arguments:
  <file>             a UTF-8 file to read; "-" reads standard input

Options:
  --url <url>        the page's own address: names the site; dates and network
                     source names in the address are read (see parseArticle's url)
  --only <part>      print one part alone: article, ticker or entities
  --compact          one line of JSON instead of indented output
  -h, --help         show this help

Examples:
  depeche samples/maghress-fr.txt
  depeche --only ticker --url https://www.maghress.com/fr/x/1 page.txt
  curl -s https://example.com/news | depeche --only article -
`;

const PARTS = new Set(['article', 'ticker', 'entities']);

/** Runs the CLI; resolves to the process exit code. */
export async function runCli(io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(io);
  } catch (error) {
    io.stderr(`depeche: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`depeche: expected one file name or "-", got ${positionals.length}\n\n${HELP}`);
    return 2;
  }
  if (values.only !== undefined && !PARTS.has(values.only)) {
    io.stderr(`depeche: --only takes article, ticker or entities, not "${values.only}"\n`);
    return 2;
  }
  const path = positionals[0] ?? '-';
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    io.stderr(`depeche: cannot read ${path}: ${why}\n`);
    return 1;
  }
  let input: string;
  try {
    input = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    io.stderr(`depeche: ${path} is not valid UTF-8 text\n`);
    return 1;
  }
  const options = values.url ? { url: values.url } : undefined;
  const article = io.api.parseArticle(input, options);
  const result = {
    article,
    ticker: io.api.parseTicker(input),
    entities: io.api.extractEntities(article.text),
  };
  const out = values.only ? result[values.only as keyof typeof result] : result;
  io.stdout(`${JSON.stringify(out, null, values.compact ? undefined : 2)}\n`);
  return 0;
}

function parseCliArgs(io: CliIo) {
  return io.parseArgs({
    args: io.argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      only: { type: 'string' },
      compact: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
