/** Multipliers, currencies and unit symbols for value entities. Data only. */
import { phrases } from '../util/tables.js';

/** Words that multiply the number before them (folded forms). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  mille: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  mrd: 1e9,
  mrds: 1e9,
  mds: 1e9,
  md: 1e9,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  thousand: 1e3,
  bn: 1e9,
  mn: 1e6,
  mln: 1e6,
  ألف: 1e3,
  الف: 1e3,
  مليون: 1e6,
  ملايين: 1e6,
  مليار: 1e9,
  مليارات: 1e9,
  // More Arabic forms (folded: hamza seats and harakat dropped): plurals, accusatives, Maghreb `ملايير`.
  الاف: 1e3,
  الفا: 1e3,
  مليونا: 1e6,
  مليارا: 1e9,
  ملايير: 1e9,
  بليون: 1e9,
  بلايين: 1e9,
  تريليون: 1e12,
  تريليونات: 1e12,
};

/** A currency word: its ISO code (`DINAR` is resolved from the text's country) and a built-in multiplier. */
export interface CurrencyWord {
  code: string;
  times?: number;
}

/** Marker for dinars, whose country the text decides. */
export const DINAR = 'DINAR';

/** Currency words and abbreviations after a number (folded, singular and plural). */
export const CURRENCY_WORDS: Readonly<Record<string, CurrencyWord>> = {
  dirham: { code: 'MAD' },
  dirhams: { code: 'MAD' },
  dh: { code: 'MAD' },
  dhs: { code: 'MAD' },
  mad: { code: 'MAD' },
  mmdh: { code: 'MAD', times: 1e9 },
  mrddh: { code: 'MAD', times: 1e9 },
  mdh: { code: 'MAD', times: 1e6 },
  mdhs: { code: 'MAD', times: 1e6 },
  euro: { code: 'EUR' },
  euros: { code: 'EUR' },
  eur: { code: 'EUR' },
  '€': { code: 'EUR' },
  dollar: { code: 'USD' },
  dollars: { code: 'USD' },
  usd: { code: 'USD' },
  $: { code: 'USD' },
  dinar: { code: DINAR },
  dinars: { code: DINAR },
  da: { code: 'DZD' },
  dzd: { code: 'DZD' },
  dt: { code: 'TND' },
  tnd: { code: 'TND' },
  mdt: { code: 'TND', times: 1e6 },
  mda: { code: 'DZD', times: 1e6 },
  fcfa: { code: 'XOF' },
  cfa: { code: 'XOF' },
  ouguiya: { code: 'MRU' },
  ouguiyas: { code: 'MRU' },
  livre: { code: 'GBP' },
  livres: { code: 'GBP' },
  '£': { code: 'GBP' },
  gbp: { code: 'GBP' },
  yuan: { code: 'CNY' },
  yuans: { code: 'CNY' },
  yen: { code: 'JPY' },
  yens: { code: 'JPY' },
  riyal: { code: 'SAR' },
  riyals: { code: 'SAR' },
  rial: { code: 'SAR' },
  rials: { code: 'SAR' },
  درهم: { code: 'MAD' },
  دراهم: { code: 'MAD' },
  دولار: { code: 'USD' },
  دولارات: { code: 'USD' },
  يورو: { code: 'EUR' },
  دينار: { code: DINAR },
  دنانير: { code: DINAR },
  دينارا: { code: DINAR },
  درهما: { code: 'MAD' },
  دولارا: { code: 'USD' },
  اورو: { code: 'EUR' },
  جنيه: { code: 'EGP' },
  جنيها: { code: 'EGP' },
  جنيهات: { code: 'EGP' },
  ريال: { code: 'SAR' },
  ريالا: { code: 'SAR' },
  ريالات: { code: 'SAR' },
  ليرة: { code: 'TRY' },
  اوقية: { code: 'MRU' },
};

/**
 * A currency word's country adjective (folded, deep Arabic folding: ة as ه)
 * settles its code: `دينار جزائري` DZD, `ريال قطري` QAR, `درهم إماراتي` AED.
 * Keys are `family:adjective`; the family is the currency's default code.
 */
export const CURRENCY_ADJECTIVES: Readonly<Record<string, string>> = {
  'DINAR:جزائري': 'DZD',
  'DINAR:تونسي': 'TND',
  'DINAR:ليبي': 'LYD',
  'DINAR:كويتي': 'KWD',
  'DINAR:اردني': 'JOD',
  'DINAR:عراقي': 'IQD',
  'DINAR:بحريني': 'BHD',
  'SAR:سعودي': 'SAR',
  'SAR:قطري': 'QAR',
  'SAR:عماني': 'OMR',
  'SAR:يمني': 'YER',
  'MAD:مغربي': 'MAD',
  'MAD:اماراتي': 'AED',
  'EGP:مصري': 'EGP',
  'EGP:سوداني': 'SDG',
  'EGP:استرليني': 'GBP',
  'TRY:تركيه': 'TRY',
  'TRY:لبنانيه': 'LBP',
  'TRY:سوريه': 'SYP',
  'USD:امريكي': 'USD',
  'USD:اميركي': 'USD',
  'USD:كندي': 'CAD',
};

/** Unit symbols kept as written (folded keys). */
export const UNIT_SYMBOLS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'km|m|cm|mm|kg|g|t|mt|ha|km2|m2|m3|mw|gw|kw|kwh|mwh|gwh|twh|mwp|l|hl|mbj|bpd|mb|gb|tb|bcm|tep|ktep|mtep|' +
      'kt|kv|kva|mva|mbps|gbps|mwc|gwc|kwc|qx',
  ),
);
