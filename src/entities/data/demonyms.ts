// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Capitalised demonyms and group names (MISC), every inflected form spelled out.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 */

import { namesByCode } from '../../util/tables.js';

/**
 * Capitalised demonyms (French nouns in all four forms, English adjectives and plurals) → ISO country code
 * (`''` for supranational or ethnic groups), written code by code: each code's names in one string,
 * separated by `|`, over lines that `+` joins (each line but the last ends with `|`), prefix-coded in their
 * order (`prefixWords`: `Marocain|8e|8s|8es` is the four forms of Marocain). To add a name, write its code's
 * names again with `prefixCode(names, '|')`.
 */
export const DEMONYMS: Readonly<Record<string, string>> = /* @__PURE__ */ namesByCode({
  MA:
    'Marocain|8e|8s|8es|Rifain|6e|6s|6es|Moroccan|8s|1arocains résidant à l\'étranger|9 du monde',
  DZ: 'Algérien|8ne|8s|8nes|Kabyle|6s|Algerian|8s',
  TN: 'Tunisien|8ne|8s|8nes|6an|8s|6ens résidant à l\'étranger',
  MR: 'Mauritanien|9enne|9ens|9ennes|9an|9ans',
  LY: 'Libyen|6ne|6s|6nes|4an|6s',
  EG: 'Égyptien|8ne|8s|8nes|Egyptian|8s',
  EH: 'Sahraoui|8e|8s|8es|5wi|7s',
  SD: 'Soudanais|9e|9es|1udanese',
  TD: 'Tchadien|8ne|8s|8nes|Chadian|7s',
  NE: 'Nigérien|8ne|8s|8nes|3erien|8s',
  NG: 'Nigérian|8e|8s|8es|3erian|8s',
  ML: 'Malien|6ne|6s|6nes|4an|6s',
  SN: 'Sénégalais|9se|9ses|1enegalese',
  GN: 'Guinéen|7ne|7s|7nes|4ean|7s',
  CI: 'Ivoirien|8ne|8s|8nes|3rian|7s',
  BF: 'Burkinabè|9s|8e',
  GH: 'Ghanéen|7ne|7s|7nes|4aian|8s',
  TG: 'Togolais|8e|9s|5ese',
  BJ: 'Béninois|8e|9s|1eninese',
  CM: 'Camerounais|9ise|9ises|6onian|9ans',
  GA: 'Gabonais|8e|9s|5ese',
  CD: 'Congolais|9e|9es|6ese',
  CF: 'Centrafricain|9caine|9cains|9caines',
  ET: 'Éthiopien|9ne|9s|9nes|Ethiopian|9s',
  SO: 'Somalien|8ne|8s|8nes|6|6s',
  KE: 'Kényan|6e|6s|6es|1enyan|6s',
  UG: 'Ougandais|9e|9es',
  RW: 'Rwandais|8e|9s|6n|7s',
  TZ: 'Tanzanien|9ne|9s|9nes',
  ZA: 'Sud-Africain|9aine|9ains|9aines|1outh African|9icans',
  KM: 'Comorien|8ne|8s|8nes|6an|8s',
  SA: 'Saoudien|8ne|8s|8nes|2udi|5s',
  AE: 'Émirati|7e|7s|7es|Emirati|7s',
  QA: 'Qatari|6e|6s|6es',
  KW: 'Koweïtien|9ne|9s|9nes|1uwaiti|7s',
  YE: 'Yéménite|8s|1emeni|6s',
  IQ: 'Irakien|7ne|7s|7nes|3qi|5s',
  SY: 'Syrien|6ne|6s|6nes|4an|6s',
  LB: 'Libanais|8e|9s|1ebanese',
  JO: 'Jordanien|9ne|9s|9nes|7an|9s',
  PS: 'Palestinien|9enne|9ens|9ennes|9an|9ans',
  IL: 'Israélien|9ne|9s|9nes|4eli|7s',
  IR: 'Iranien|7ne|7s|7nes|5an|7s',
  TR: 'Turc|3que|3cs|3ques|3kish|4|4s',
  AF: 'Afghan|6e|6s|6es',
  PK: 'Pakistanais|9ise|9ises|8i|9s',
  IN: 'Indien|6ne|6s|6nes|4an|6s',
  CN: 'Chinois|7e|8s|4ese',
  JP: 'Japonais|8e|9s|3anese',
  KR: 'Coréen|6ne|6s|6nes|Sud-Coréen|9nne|9ns|9nnes|Korean|6s|South Korean|9eans',
  KP: 'Nord-Coréen|9enne|9ens|9ennes|3th Korean|9eans',
  VN: 'Vietnamien|9nne|9ns|9nnes',
  ID: 'Indonésien|9nne|9ns|9nnes|5esian|9ns',
  AU: 'Australien|9nne|9ns|9nnes|8an|9ns',
  FR: 'Français|8e|9s|2ench|6man|7en',
  ES: 'Espagnol|8e|8s|8es|Spanish|5ard|8s',
  PT: 'Portugais|9e|9es|6uese',
  IT: 'Italien|7ne|7s|7nes|5an|7s',
  DE: 'Allemand|8e|8s|8es|German|6s',
  BE: 'Belge|5s|4ian|7s',
  CH: 'Suisse|6s|1wiss',
  NL: 'Néerlandais|9ise|9ises|Hollandais|9se|9ses|Dutch',
  GB: 'Britannique|9ues|Anglais|7e|8s|British|4on|6s|English',
  IE: 'Irlandais|9e|9es|2ish',
  AT: 'Autrichien|9nne|9ns|9nnes|2strian|8s',
  PL: 'Polonais|8e|9s|3ish',
  CZ: 'Tchèque|7s|Czech|5s',
  HU: 'Hongrois|8e|9s|1ungarian|9s',
  RO: 'Roumain|7e|7s|7es|2manian|8s',
  GR: 'Grec|4que|4s|4ques|3ek|5s',
  RS: 'Serbe|5s|4ian|7s|4|4s',
  XK: 'Kosovar|7e|7s|7es',
  UA: 'Ukrainien|9ne|9s|9nes|7an|9s',
  RU: 'Russe|5s|4ian|7s',
  SE: 'Suédois|7e|8s|1wedish|4e|5s',
  NO: 'Norvégien|9ne|9s|9nes|3wegian|9s',
  DK: 'Danois|6e|7s|3ish',
  FI: 'Finlandais|9se|9ses|3nish',
  US: 'Américain|9e|9s|9es|2erican|8s',
  CA: 'Canadien|8ne|8s|8nes|Québécois|9e|9es|Canadian|8s',
  MX: 'Mexicain|8e|8s|8es|6n|7s',
  BR: 'Brésilien|9ne|9s|9nes|2azilian|9s',
  AR: 'Argentin|8e|8s|8es|8ian|9ans',
  VE: 'Vénézuélien|9enne|9ens|9ennes|1enezuelan|9ns',
  '':
    'Africain|8e|8s|8es|Subsaharien|9enne|9ens|9ennes|Maghrébin|9e|9s|9es|Européen|8ne|8s|8nes|Asiatique|' +
    '9s|1rabe|5s|Berbère|7s|Amazigh|7e|7s|7es|Touareg|7s|Kurde|5s|Occidental|9le|9ux|9les|Juif|3ve|3fs|' +
    '3ves|European|8s|African|7s|Sub-Saharan|Maghrebi|8s|Asian|5s|1rab|4s|Berber|6s|Kurd|4s|4ish|Muslim|' +
    '6s|Jewish|3|3s|Western|7er|9s',
  CU: 'Cuban|5s',
  BH: 'Bahraini|8s',
  OM: 'Omani|5s',
});

/** Acronyms of population groups annotated as MISC → ISO country code. */
export const GROUP_ACRONYMS_MISC: Readonly<Record<string, string>> = {
  MRE: 'MA', TRE: 'TN',
};
