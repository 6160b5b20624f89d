/**
 * The `depeche` command: reads a dump or an HTML page from a file or stdin
 * and prints parseArticle, parseTicker and extractEntities results as JSON.
 * The only module that may use `node:` APIs.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractEntities, parseArticle, parseTicker } from '../index.js';
import { runCli } from './run.js';

const io = {
  argv: process.argv.slice(2),
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
};

runCli(io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`depeche: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
