/** Every text fixture's path, for the Node tests that read all of them (`*.node.test.ts`: the browser cannot list files). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.txt` file under `dir`. */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

/** Every `.txt` under `test/fixtures`, dumps and renders alike. */
export const TEXT_FIXTURES: readonly string[] = textFiles(
  join(import.meta.dirname, '..', 'fixtures'),
);
