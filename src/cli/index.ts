/**
 * The `depeche` command: reads dumps or HTML pages from files or stdin and
 * prints parseArticle, parseTicker and extractEntities results as JSON;
 * `depeche batch` streams whole crawl files to JSONL on every core.
 * `src/cli/` is the only place that may use `node:` APIs.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractEntities, parseArticle, parseTicker } from '../index.js';
import { runCli } from './run.js';

/** The package's version, read from the package.json two folders up (dist/cli or src/cli). */
function packageVersion(): string {
  try {
    const pkg: unknown = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    const v = (pkg as { version?: unknown }).version;
    return typeof v === 'string' ? v : 'unknown';
  } catch {
    return 'unknown';
  }
}

// A reader that goes away (`depeche … | head`) ends the command quietly, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const argv = process.argv.slice(2);

async function main(): Promise<number> {
  if (argv[0] === 'batch') {
    const { runBatchCommand } = await import('./batch.js');
    return runBatchCommand(argv.slice(1), packageVersion());
  }
  return runCli({
    argv,
    readFile: (path: string) => readFile(path),
    readStdin: async (): Promise<Uint8Array> => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdout: (s: string) => process.stdout.write(s),
    stderr: (s: string) => process.stderr.write(s),
    parseArgs,
    api: { parseArticle, parseTicker, extractEntities },
    version: packageVersion(),
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`depeche: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
