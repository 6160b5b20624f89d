// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Capitalised demonyms and group names (MISC), every inflected form spelled out.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 */

import { namesByCode } from '../../util/tables.js';

/**
 * Capitalised demonyms (French nouns in all four forms, English adjectives and plurals) → ISO country code
 * (`''` for supranational or ethnic groups), written code by code: each code's names in one string,
 * separated by `|`, over lines that `+` joins (each line but the last ends with `|`).
 */
export const DEMONYMS: Readonly<Record<string, string>> = /* @__PURE__ */ namesByCode({
  MA:
    'Marocain|Marocaine|Marocains|Marocaines|Rifain|Rifaine|Rifains|Rifaines|Moroccan|Moroccans|' +
    'Marocains résidant à l\'étranger|Marocains du monde',
  DZ: 'Algérien|Algérienne|Algériens|Algériennes|Kabyle|Kabyles|Algerian|Algerians',
  TN: 'Tunisien|Tunisienne|Tunisiens|Tunisiennes|Tunisian|Tunisians|Tunisiens résidant à l\'étranger',
  MR: 'Mauritanien|Mauritanienne|Mauritaniens|Mauritaniennes|Mauritanian|Mauritanians',
  LY: 'Libyen|Libyenne|Libyens|Libyennes|Libyan|Libyans',
  EG: 'Égyptien|Égyptienne|Égyptiens|Égyptiennes|Egyptian|Egyptians',
  EH: 'Sahraoui|Sahraouie|Sahraouis|Sahraouies|Sahrawi|Sahrawis',
  SD: 'Soudanais|Soudanaise|Soudanaises|Sudanese',
  TD: 'Tchadien|Tchadienne|Tchadiens|Tchadiennes|Chadian|Chadians',
  NE: 'Nigérien|Nigérienne|Nigériens|Nigériennes|Nigerien|Nigeriens',
  NG: 'Nigérian|Nigériane|Nigérians|Nigérianes|Nigerian|Nigerians',
  ML: 'Malien|Malienne|Maliens|Maliennes|Malian|Malians',
  SN: 'Sénégalais|Sénégalaise|Sénégalaises|Senegalese',
  GN: 'Guinéen|Guinéenne|Guinéens|Guinéennes|Guinean|Guineans',
  CI: 'Ivoirien|Ivoirienne|Ivoiriens|Ivoiriennes|Ivorian|Ivorians',
  BF: 'Burkinabè|Burkinabès|Burkinabe',
  GH: 'Ghanéen|Ghanéenne|Ghanéens|Ghanéennes|Ghanaian|Ghanaians',
  TG: 'Togolais|Togolaise|Togolaises|Togolese',
  BJ: 'Béninois|Béninoise|Béninoises|Beninese',
  CM: 'Camerounais|Camerounaise|Camerounaises|Cameroonian|Cameroonians',
  GA: 'Gabonais|Gabonaise|Gabonaises|Gabonese',
  CD: 'Congolais|Congolaise|Congolaises|Congolese',
  CF: 'Centrafricain|Centrafricaine|Centrafricains|Centrafricaines',
  ET: 'Éthiopien|Éthiopienne|Éthiopiens|Éthiopiennes|Ethiopian|Ethiopians',
  SO: 'Somalien|Somalienne|Somaliens|Somaliennes|Somali|Somalis',
  KE: 'Kényan|Kényane|Kényans|Kényanes|Kenyan|Kenyans',
  UG: 'Ougandais|Ougandaise|Ougandaises',
  RW: 'Rwandais|Rwandaise|Rwandaises|Rwandan|Rwandans',
  TZ: 'Tanzanien|Tanzanienne|Tanzaniens|Tanzaniennes',
  ZA: 'Sud-Africain|Sud-Africaine|Sud-Africains|Sud-Africaines|South African|South Africans',
  KM: 'Comorien|Comorienne|Comoriens|Comoriennes|Comorian|Comorians',
  SA: 'Saoudien|Saoudienne|Saoudiens|Saoudiennes|Saudi|Saudis',
  AE: 'Émirati|Émiratie|Émiratis|Émiraties|Emirati|Emiratis',
  QA: 'Qatari|Qatarie|Qataris|Qataries',
  KW: 'Koweïtien|Koweïtienne|Koweïtiens|Koweïtiennes|Kuwaiti|Kuwaitis',
  YE: 'Yéménite|Yéménites|Yemeni|Yemenis',
  IQ: 'Irakien|Irakienne|Irakiens|Irakiennes|Iraqi|Iraqis',
  SY: 'Syrien|Syrienne|Syriens|Syriennes|Syrian|Syrians',
  LB: 'Libanais|Libanaise|Libanaises|Lebanese',
  JO: 'Jordanien|Jordanienne|Jordaniens|Jordaniennes|Jordanian|Jordanians',
  PS: 'Palestinien|Palestinienne|Palestiniens|Palestiniennes|Palestinian|Palestinians',
  IL: 'Israélien|Israélienne|Israéliens|Israéliennes|Israeli|Israelis',
  IR: 'Iranien|Iranienne|Iraniens|Iraniennes|Iranian|Iranians',
  TR: 'Turc|Turque|Turcs|Turques|Turkish|Turk|Turks',
  AF: 'Afghan|Afghane|Afghans|Afghanes',
  PK: 'Pakistanais|Pakistanaise|Pakistanaises|Pakistani|Pakistanis',
  IN: 'Indien|Indienne|Indiens|Indiennes|Indian|Indians',
  CN: 'Chinois|Chinoise|Chinoises|Chinese',
  JP: 'Japonais|Japonaise|Japonaises|Japanese',
  KR:
    'Coréen|Coréenne|Coréens|Coréennes|Sud-Coréen|Sud-Coréenne|Sud-Coréens|Sud-Coréennes|Korean|Koreans|' +
    'South Korean|South Koreans',
  KP: 'Nord-Coréen|Nord-Coréenne|Nord-Coréens|Nord-Coréennes|North Korean|North Koreans',
  VN: 'Vietnamien|Vietnamienne|Vietnamiens|Vietnamiennes',
  ID: 'Indonésien|Indonésienne|Indonésiens|Indonésiennes|Indonesian|Indonesians',
  AU: 'Australien|Australienne|Australiens|Australiennes|Australian|Australians',
  FR: 'Français|Française|Françaises|French|Frenchman|Frenchmen',
  ES: 'Espagnol|Espagnole|Espagnols|Espagnoles|Spanish|Spaniard|Spaniards',
  PT: 'Portugais|Portugaise|Portugaises|Portuguese',
  IT: 'Italien|Italienne|Italiens|Italiennes|Italian|Italians',
  DE: 'Allemand|Allemande|Allemands|Allemandes|German|Germans',
  BE: 'Belge|Belges|Belgian|Belgians',
  CH: 'Suisse|Suisses|Swiss',
  NL: 'Néerlandais|Néerlandaise|Néerlandaises|Hollandais|Hollandaise|Hollandaises|Dutch',
  GB: 'Britannique|Britanniques|Anglais|Anglaise|Anglaises|British|Briton|Britons|English',
  IE: 'Irlandais|Irlandaise|Irlandaises|Irish',
  AT: 'Autrichien|Autrichienne|Autrichiens|Autrichiennes|Austrian|Austrians',
  PL: 'Polonais|Polonaise|Polonaises|Polish',
  CZ: 'Tchèque|Tchèques|Czech|Czechs',
  HU: 'Hongrois|Hongroise|Hongroises|Hungarian|Hungarians',
  RO: 'Roumain|Roumaine|Roumains|Roumaines|Romanian|Romanians',
  GR: 'Grec|Grecque|Grecs|Grecques|Greek|Greeks',
  RS: 'Serbe|Serbes|Serbian|Serbians|Serb|Serbs',
  XK: 'Kosovar|Kosovare|Kosovars|Kosovares',
  UA: 'Ukrainien|Ukrainienne|Ukrainiens|Ukrainiennes|Ukrainian|Ukrainians',
  RU: 'Russe|Russes|Russian|Russians',
  SE: 'Suédois|Suédoise|Suédoises|Swedish|Swede|Swedes',
  NO: 'Norvégien|Norvégienne|Norvégiens|Norvégiennes|Norwegian|Norwegians',
  DK: 'Danois|Danoise|Danoises|Danish',
  FI: 'Finlandais|Finlandaise|Finlandaises|Finnish',
  US: 'Américain|Américaine|Américains|Américaines|American|Americans',
  CA: 'Canadien|Canadienne|Canadiens|Canadiennes|Québécois|Québécoise|Québécoises|Canadian|Canadians',
  MX: 'Mexicain|Mexicaine|Mexicains|Mexicaines|Mexican|Mexicans',
  BR: 'Brésilien|Brésilienne|Brésiliens|Brésiliennes|Brazilian|Brazilians',
  AR: 'Argentin|Argentine|Argentins|Argentines|Argentinian|Argentinians',
  VE: 'Vénézuélien|Vénézuélienne|Vénézuéliens|Vénézuéliennes|Venezuelan|Venezuelans',
  '':
    'Africain|Africaine|Africains|Africaines|Subsaharien|Subsaharienne|Subsahariens|Subsahariennes|' +
    'Maghrébin|Maghrébine|Maghrébins|Maghrébines|Européen|Européenne|Européens|Européennes|Asiatique|' +
    'Asiatiques|Arabe|Arabes|Berbère|Berbères|Amazigh|Amazighe|Amazighs|Amazighes|Touareg|Touaregs|Kurde|' +
    'Kurdes|Occidental|Occidentale|Occidentaux|Occidentales|Juif|Juive|Juifs|Juives|European|Europeans|' +
    'African|Africans|Sub-Saharan|Maghrebi|Maghrebis|Asian|Asians|Arab|Arabs|Berber|Berbers|Kurd|Kurds|' +
    'Kurdish|Muslim|Muslims|Jewish|Jew|Jews|Western|Westerner|Westerners',
  CU: 'Cuban|Cubans',
  BH: 'Bahraini|Bahrainis',
  OM: 'Omani|Omanis',
});

/** Acronyms of population groups annotated as MISC → ISO country code. */
export const GROUP_ACRONYMS_MISC: Readonly<Record<string, string>> = {
  MRE: 'MA', TRE: 'TN',
};
