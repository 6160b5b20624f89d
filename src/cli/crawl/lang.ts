/** Language codes in crawl headers (ISO 639-3, `fra,eng`) to the BCP 47 tags depeche uses. */

/** ISO 639-3 / 639-2 codes that have a two-letter form, for the languages news crawls carry most. */
const THREE_TO_TWO: Record<string, string> = {
  ara: 'ar',
  fra: 'fr',
  fre: 'fr',
  eng: 'en',
  spa: 'es',
  deu: 'de',
  ger: 'de',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  dut: 'nl',
  rus: 'ru',
  tur: 'tr',
  zho: 'zh',
  chi: 'zh',
  jpn: 'ja',
  kor: 'ko',
  pol: 'pl',
  fas: 'fa',
  per: 'fa',
  heb: 'he',
  hin: 'hi',
  urd: 'ur',
  ind: 'id',
  swe: 'sv',
  ces: 'cs',
  cze: 'cs',
  ell: 'el',
  gre: 'el',
  ukr: 'uk',
  ron: 'ro',
  rum: 'ro',
  hun: 'hu',
  dan: 'da',
  fin: 'fi',
  nor: 'no',
  cat: 'ca',
  vie: 'vi',
  tha: 'th',
  ber: 'ber',
  kab: 'kab',
  zgh: 'zgh',
};

/** `fra,eng` → `['fr', 'en']`; two-letter and unknown codes are kept, lower-cased. */
export function normaliseLangs(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const raw of value.split(',')) {
    const code = raw.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (code === '') continue;
    const tag = THREE_TO_TWO[code] ?? code;
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}
