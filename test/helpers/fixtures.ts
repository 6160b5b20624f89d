/** The project's own fixtures with their hand-written expectations, for Node and Chromium alike. */
const dumps = import.meta.glob(['../fixtures/aggregator/*.txt', '../../samples/*.txt'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const expected = import.meta.glob(
  ['../fixtures/aggregator/*.expected.json', '../../samples/*.expected.json'],
  { import: 'default', eager: true },
) as Record<string, Expected>;

/** What a careful reader expects of a fixture (written by hand, never from the code's output). */
export interface Expected {
  url?: string;
  title?: string;
  source?: string;
  date?: string;
  lang?: string;
  kind?: string;
  paragraphs?: string[];
  related?: string[];
  ticker?: string[];
  tickerLang?: string[];
  tickerKickers?: Array<string | null>;
  tickerDuplicates?: Array<[number, number]>;
  tickerTruncatedLast?: boolean;
}

/** A dump fixture: its name, text and expectations. */
export interface DumpFixture {
  name: string;
  input: string;
  expected: Expected;
}

/** Every dump fixture that has an `.expected.json`. */
export const dumpFixtures: DumpFixture[] = Object.entries(dumps).flatMap(([path, input]) => {
  const exp = expected[path.replace(/\.txt$/, '.expected.json')];
  return exp ? [{ name: path.split('/').pop() ?? path, input, expected: exp }] : [];
});
