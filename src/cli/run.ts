/** The single-file command's logic, with its I/O passed in so tests can drive it without a process. */
import type { parseArgs as ParseArgs } from 'node:util';
import {
  type AnalyseOptions,
  type Api,
  analyse,
  parseIsoDay,
  parseParts,
  parsePositiveInt,
  parseTypes,
  UsageError,
} from './analyse.js';
import { bytesToText } from './decode-bytes.js';
import { parseCommandLine } from './options.js';

/** What the CLI needs from its surroundings. */
export interface CliIo {
  argv: string[];
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  stdout(s: string): void;
  stderr(s: string): void;
  parseArgs: typeof ParseArgs;
  api: Api;
  /** The package's version, for `--version`. */
  version?: string;
}

export const HELP = `Usage: depeche [options] <file | -> [file…]
       depeche batch [options] <input…>   (crawl files: WET, WARC, JSONL; see depeche batch --help)

Parses a news page (a crawler's text dump or the page's HTML) and prints JSON:
{ "article": …, "ticker": […], "entities": […] }. Entities are read from the
article's body text, so their offsets point into "article.text"; all other
offsets point into the input. Several files give one line of JSON per file,
with its name in "file".

Arguments:
  <file>                 a file to read (gzip is unpacked; HTML in any declared
                         charset is decoded); "-" reads standard input

Options:
  --url <url>            the page's own address: names the site; dates and
                         network source names in the address are read
  --only <parts>         compute and print only these: article, ticker, entities
                         (comma-separated; one part alone is printed bare)
  --format <f>           read the input as text, html or markdown instead of sniffing it
  --reference-date <d>   YYYY-MM-DD that relative dates resolve against
                         (default for entities: the article's own date)
  --lang <tag>           language of the text for entities (fr, en, ar)
  --types <list>         entity types kept, e.g. person,organization,money
  --max-input-length <n> longest input read, in UTF-16 code units
  --compact              one line of JSON instead of indented output
  -v, --version          print the version
  -h, --help             show this help

Examples:
  depeche samples/maghress-fr.txt
  depeche --only ticker --url https://www.maghress.com/fr/x/1 page.txt
  curl -s https://example.com/news | depeche --only article -
  depeche --compact pages/*.html.gz > pages.jsonl
`;

const OPTIONS = {
  url: { type: 'string' },
  only: { type: 'string' },
  format: { type: 'string' },
  'reference-date': { type: 'string' },
  lang: { type: 'string' },
  types: { type: 'string' },
  'max-input-length': { type: 'string' },
  compact: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs the CLI; resolves to the process exit code. */
export async function runCli(io: CliIo): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  let options: AnalyseOptions;
  try {
    ({ values, positionals } = parse(io));
    options = analyseOptions(values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`depeche: ${error.message}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${io.version ?? 'unknown'}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr('depeche: expected a file name or "-" (depeche --help shows usage)\n');
    return 2;
  }
  const several = positionals.length > 1;
  let status = 0;
  for (const path of positionals) {
    const input = await readInput(io, path);
    if (input === undefined) {
      status = 1;
      continue;
    }
    const { unprinted: _, ...result } = analyse(io.api, input, options);
    const only = options.only;
    if (several) {
      io.stdout(`${JSON.stringify({ file: path, ...result })}\n`);
    } else {
      const out = only?.length === 1 && only[0] ? result[only[0]] : result;
      io.stdout(`${JSON.stringify(out, null, values.compact ? undefined : 2)}\n`);
    }
  }
  return status;
}

function parse(io: CliIo) {
  return parseCommandLine(io.parseArgs, io.argv, OPTIONS, 'depeche');
}

function analyseOptions(values: ReturnType<typeof parse>['values']): AnalyseOptions {
  const format = values.format;
  if (format !== undefined && format !== 'text' && format !== 'html' && format !== 'markdown')
    throw new UsageError(`--format takes text, html or markdown, not "${format}"`);
  const only = parseParts(values.only);
  const referenceDate = parseIsoDay('--reference-date', values['reference-date']);
  const types = parseTypes(values.types);
  const max = parsePositiveInt('--max-input-length', values['max-input-length']);
  return {
    ...(only && { only }),
    ...(values.url !== undefined && { url: values.url }),
    ...(format !== undefined && { format }),
    ...(referenceDate !== undefined && { referenceDate }),
    ...(values.lang !== undefined && { lang: values.lang }),
    ...(types && { types }),
    ...(max !== undefined && { maxInputLength: max }),
  };
}

/** Reads and decodes one input; prints why and returns undefined when it cannot. */
async function readInput(io: CliIo, path: string): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    io.stderr(`depeche: cannot read ${path}: ${why(error)}\n`);
    return undefined;
  }
  try {
    return bytesToText(bytes);
  } catch (error) {
    io.stderr(`depeche: cannot unpack ${path}: ${why(error)}\n`);
    return undefined;
  }
}

/** A short reason for a file-system or zlib error. */
export function why(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'Z_BUF_ERROR') return 'truncated gzip data';
  if (code === 'Z_DATA_ERROR') return 'corrupt gzip data';
  return error instanceof Error ? error.message : String(error);
}
