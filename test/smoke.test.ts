import { expect, test } from 'vitest';
import nbsp from './fixtures/toolchain/nbsp.txt?raw';

// Fixtures are read with `?raw` so the same test runs in Node and in Chromium.
test('a ?raw fixture keeps its non-breaking spaces', () => {
  expect(nbsp).toBe('a\u00a0\u00a0\u00a0\u00a0b');
  expect([...nbsp].map((c) => c.codePointAt(0))).toEqual([0x61, 0xa0, 0xa0, 0xa0, 0xa0, 0x62]);
});
