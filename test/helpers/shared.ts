/**
 * The founding seed page and its gold, read from `../shared/seeds` (third-party
 * text stays outside the repository). Empty when that folder is absent, so
 * tests can say they were skipped for that reason.
 */
const texts = import.meta.glob('../../../shared/seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const golds = import.meta.glob('../../../shared/seeds/*.gold.json', {
  import: 'default',
  eager: true,
}) as Record<string, SeedGold>;

/** The seed's gold labels (the fields the tests use). */
export interface SeedGold {
  url: string;
  ticker: string[];
  ticker_lang: string[];
  ticker_kickers: Array<string | null>;
  ticker_near_duplicates: Array<[number, number]>;
  title: string;
  source: string;
  date: string;
  related: string[];
  body_span_chars: [number, number];
  body_first_words: string;
  body_last_words: string;
  boilerplate: string[];
}

const textPath = Object.keys(texts)[0];
const goldPath = Object.keys(golds)[0];

/** The seed dump, or undefined when `../shared/seeds` is not beside the repository. */
export const seed: string | undefined = textPath ? texts[textPath] : undefined;
/** The seed's gold, or undefined when absent. */
export const seedGold: SeedGold | undefined = goldPath ? golds[goldPath] : undefined;
/** Why seed tests are skipped, for the test names. */
export const seedMissing = seed === undefined || seedGold === undefined;
