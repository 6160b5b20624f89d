/**
 * The country a text is about, from cheap cues, to resolve `dinars`: the
 * dinar countries' names, demonyms, cities (from the place lexicon), `DA` and
 * `DT`. The country with the most cues wins; a tie gives no hint.
 */
import { stems } from './arabic/clitics.js';
import { arLexicon, nisbaOf } from './arabic/lexicon.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/** Countries whose currency is a dinar, with its ISO 4217 code. */
export const DINARS: Readonly<Record<string, string>> = {
  DZ: 'DZD',
  TN: 'TND',
  LY: 'LYD',
  JO: 'JOD',
  IQ: 'IQD',
  KW: 'KWD',
  BH: 'BHD',
  RS: 'RSD',
  MK: 'MKD',
};

const CUES: ReadonlyMap<string, string> = new Map([
  ['da', 'DZ'],
  ['dt', 'TN'],
  ['dzd', 'DZ'],
  ['tnd', 'TN'],
  ['lyd', 'LY'],
  ['الجزائر', 'DZ'],
  ['تونس', 'TN'],
  ['ليبيا', 'LY'],
]);

/** The country an Arabic word names or qualifies (`تونس`, `والجزائر`, `الجزائري`, `التونسية`). */
function arabicCountry(t: Token): string | undefined {
  const known = COUNTRY_OF.get(t.text);
  if (known !== undefined) return known || undefined;
  const lex = arLexicon();
  let code = '';
  for (const s of stems(t)) {
    const name = lex.names.get(s.k);
    if (name?.type === 'location' && name.country) code = name.country;
    else code = nisbaOf(lex, s.k)?.country ?? '';
    if (code) break;
  }
  if (COUNTRY_OF.size < 65536) COUNTRY_OF.set(t.text, code);
  return code || undefined;
}

/** {@link arabicCountry} remembered per written word (`''`: none). */
const COUNTRY_OF = new Map<string, string>();

/** The ISO 3166 code of the dinar country the text's cues point to; undefined when none or a tie. */
export function countryHint(tokens: readonly Token[], lex: Lexicon): string | undefined {
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word' || t.text.length > 24) continue;
    let code = CUES.get(t.f);
    if (code === undefined && t.cap) {
      const next = tokens[i + 1];
      // `Sidi Bel Abbès`, `El Oued`: try the two-word name first.
      code =
        (next?.cap && next.spaceBefore && lex.prefixes.has(t.k)
          ? lex.places.get(`${t.k} ${next.k}`)
          : undefined) ??
        lex.places.get(t.k) ??
        lex.demonyms.get(t.k);
    }
    // `le gouvernement algérien`: lower-case adjectives count too.
    if (code === undefined && !t.cap) code = lex.demonyms.get(t.k);
    // Arabic: country names and nisbas, proclitics aside (`بالجزائر`, `التونسية`).
    if (code === undefined && t.ar) code = arabicCountry(t);
    if (code && DINARS[code]) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | undefined;
  let top = 0;
  let tie = false;
  for (const [code, n] of counts) {
    if (n > top) {
      best = code;
      top = n;
      tie = false;
    } else if (n === top) tie = true;
  }
  return tie ? undefined : best;
}
