#!/usr/bin/env node
// The `depeche` command. In the published package it runs the build (dist/cli). In a
// clone of the repository, which has src/ and no build until `npm run build`, it runs
// the same code from src/ through tsx (a devDependency), so `npm ci && npx depeche …`
// works with no install script and never runs a stale build.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/index.ts', import.meta.url);
const built = new URL('../dist/cli/index.js', import.meta.url);

if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(built.href);
}
