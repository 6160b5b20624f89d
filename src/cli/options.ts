/** Command-line parsing shared by `depeche` and `depeche batch`: short messages, suggestions. */
import type { parseArgs as ParseArgs, ParseArgsConfig } from 'node:util';

type ParsedResults<C extends ParseArgsConfig> = ReturnType<typeof ParseArgs<C>>;

import { UsageError } from './analyse.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with mistakes turned into a short {@link UsageError} naming the closest option. */
export function parseCommandLine<T extends Options>(
  parseArgs: typeof ParseArgs,
  args: string[],
  options: T,
  command: string,
): ParsedResults<{ args: string[]; options: T; allowPositionals: true; strict: true }> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const name = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const near = closest(name.replace(/^-+/, ''), Object.keys(options));
      const hint = near ? `; did you mean --${near}?` : '';
      throw new UsageError(`unknown option ${name}${hint} (${command} --help lists the options)`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`${name || 'an option'} needs a value (${command} --help)`);
    throw new UsageError(message);
  }
}

/** The option name nearest to `typed` (prefix, or at most two edits), if any. */
function closest(typed: string, names: string[]): string | undefined {
  if (typed === '') return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const n of names) {
    if (n.startsWith(typed) || typed.startsWith(n)) return n;
    const d = distance(typed.slice(0, 40), n);
    if (d < bestDistance) {
      bestDistance = d;
      best = n;
    }
  }
  return best;
}

/** Levenshtein distance of two short strings. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
