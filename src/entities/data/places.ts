// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Place names that `Intl.DisplayNames` does not produce, and overrides of its choices.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 */

import { namesByCode } from '../../util/tables.js';

/**
 * Place names → ISO 3166-1 alpha-2 code (`''` for continents, seas, regions and disputed or non-ISO areas),
 * written code by code: each code's names in one string, separated by `|`, over lines that `+` joins
 * (each line but the last ends with `|`). A code's names are sorted by code unit and prefix-coded
 * (`prefixWords`: `Tanger|6 Med` is Tanger, Tanger Med); the lexicon keys them into one map, so their
 * order within a code is free. To add a name, write its code's names again with `prefixCode(names.sort(), '|')`.
 */
export const PLACES: Readonly<Record<string, string>> = /* @__PURE__ */ namesByCode({
  MA:
    'Abda|1gadir|2dal|1in Chock|1kka|1l Haouz|4oceima|7ïma|1mizmiz|1nfa|2ti-Atlas|1ousserd|1silah|2ni|' +
    '2sa-Zag|1tlas|1zilal|2rou|1ïn Sebaâ|2t Melloul|Ben Guerir|3guerir|3slimane|2rkane|3rechid|' +
    '1ir Gandouz|1ouarfa|3jdour|3lemane|3regreg|3skoura|3znika|1éni Mellal|9al-Khénifra|Cabo Negro|2sa|' +
    '4blanca|9a-Settat|1haouia|2efchaouen|2ichaoua|2touka Aït Baha|Dakhla|6 Atlantique|6-Oued Eddahab|' +
    '1erb Sultan|1oukkala|1riouch|2âa|4-Tafilalet|El Guerguerat|3Jadida|3Kelâa des Sraghna|1rfoud|' +
    '2rachidia|1ssaouira|Fez|1iguig|1nideq|1oum Zguid|1quih Ben Salah|1ès|3-Meknès|Gharb|1uelmim|' +
    '7-Oued Noun|3rcif|4guerat|Had Soualem|2ouz|2ut Atlas|2y Hassani|4Riad|Ifrane|1ghil|1mlil|2zouren|' +
    '1nezgane|Jerada|1orf Lasfar|Kasba Tadla|1elâat Sraghna|1houribga|2émisset|3nifra|1sar El Kébir|' +
    '1énitra|7 Atlantic Free Zone|Laayoune|2lla Mimouna|2rache|2âyoune|8-Sakia El Hamra|1ixus|1oukkos|' +
    'M\'diq|1ahbès|2rrakech|9-Safi|7sh|3til|2zagan|1echouar|2hdia|2knès|2lloussa|2rzouga|1idelt|1ogador|' +
    '2hammedia|2ulay Bousselham|8rahim|4ouya|2yen Atlas|1édiouna|Nador|5 West Med|1ouaceur|Oriental|' +
    '1uarzazate|3zzane|2ed Eddahab|5Zem|2irgane|2jda|2m Er-Rbia|Provinces du Sud|Rabat|5-Salé-Kénitra|1if|' +
    '2ssani|1oyaume du Maroc|Safi|2hara marocain|2kia El Hamra|2lé|2ïdia|3ss|1ebou|2frou|2ttat|' +
    '1idi Bernoussi|5Ifni|5Kacem|5Moumen|5Slimane|1khirat|1mara|2ir|1ouissi|3k El Arbaa|3ss|5-Massa|Tadla|' +
    '2filalet|2hannaout|2lat N\'Yaaqoub|2mesna|2n-Tan|3ger|6 Med|7Tech|6-Tétouan-Al Hoceima|4ier|7 Med|' +
    '3tan|2ounate|2rfaya|3oudant|2ta|2za|1ensift|2tuan|1inerhir|3ghir|2znit|1oubkal|3r Hassan|1émara|' +
    '2touan|Volubilis|Youssoufia|Zagora|1enata',
  ES:
    'Algeciras|3ésiras|1ndalousie|5usia|Barcelona|8e|Cadix|2naries|5y Islands|2talogne|6nia|1euta|Grenade|' +
    'Madrid|2laga|1elilla|Sebta|1éville|Tarifa|Valence|6ia|Îles Canaries',
  '':
    'Africa|4que|7 australe|8centrale|8de l\'Est|9e l\'Ouest|9u Nord|8sub-saharienne|9ubsaharienne|1l-Qods|' +
    '1mérique|8 du Nord|9du Sud|9latine|1ntarctique|1rab world|2ctic|5que|1sia|3e|4 centrale|5du Sud-Est|' +
    '1tlantic|7que|Balkans|1lack Sea|Cachemire|2ucase|1orne de l\'Afrique|Détroit|7 d\'Ormuz|9e Gibraltar|' +
    'East Africa|1urope|Golfe|5 de Guinée|6persique|1ulf|Hormuz|3n of Africa|Indian Ocean|Jérusalem|' +
    'Kashmir|1urdistan|Latin America|1evant|MENA|1achrek|2ghreb|1editerranean|2r Méditerranée|4Noire|' +
    '4Rouge|1iddle East|1onde arabe|2yen-Orient|1éditerranée|Nil|1orth Africa|7merica|Océan Atlantique|' +
    '6Indien|5ie|1rmuz|Pacific|6que|1ersian Gulf|1roche-Orient|Red Sea|Sahara|3el|1omaliland|2uth America|' +
    '5east Asia|1ub-Saharan Africa|URSS|1nion soviétique|West Africa',
  DZ:
    'Adrar|1lger|3iers|1nnaba|1rzew|1urès|1ïn Defla|4Témouchent|Bab El Oued|5zzouar|2raki|2tna|1erkine|' +
    '1irkhadem|2skra|1lida|1ordj Badji Mokhtar|7ou Arréridj|2uira|3merdès|1échar|2jaïa|2ni Abbès|Cheraga|' +
    '2lef|1onstantine|Dely Ibrahim|1janet|2elfa|2urdjura|El Bayadh|3Harrach|3Mouradia|3Oued|3Tarf|' +
    'Gara Djebilet|1hardaia|6ïa|1uelma|Hamma Bouziane|2ssi Berkine|6Messaoud|6R\'Mel|1oggar|1ydra|Illizi|' +
    '1n Amenas|3Guezzam|3Salah|Jijel|Kabylie|1henchela|1ouba|Laghouat|M\'Sila|1ila|2tidja|1ostaganem|1édéa|' +
    'Naâma|Oran|1uargla|2m El Bouaghi|Palais d\'El Mouradia|Relizane|1ouiba|Sahara algérien|2ïda|' +
    '1idi Abdellah|5Bel Abbès|1kikda|1ouk Ahras|1taouéli|1étif|Tamanghasset|5rasset|2ssili|7 n\'Ajjer|' +
    '1iaret|2mimoun|2ndouf|2paza|2ssemsilt|2zi Ouzou|1lemcen|1ouggourt|1ébessa|Zéralda',
  TN:
    'Agareb|1in Draham|1riana|Bardo|1en Arous|4Guerdane|2rges du Lac|1izerte|1éja|Cap Bon|2rthage|1haambi|' +
    '2ebba|Dhehiba|1jerba|1ouz|El Jem|3Menzah|1nfidha|2nasr|Gabès|2fsa|2mmarth|1hardimaou|1rand Tunis|' +
    'Hammam-Lif|6et|Jebeniana|2mmal|2ndouba|2rba|Kairouan|2sserine|1erkennah|1sar Hellal|1ébili|2libia|' +
    'La Goulette|3Marsa|2c de Tunis|1e Bardo|3Kef|Mahdia|2nouba|2tmata|1dhilla|1oknine|2nastir|2rnag|' +
    '2ularès|1saken|1édenine|2tlaoui|Nabeul|1efta|Oum Larayes|Palais de Carthage|Rades|3ès|2s Jedir|' +
    '1edeyef|2mada|Sahel tunisien|1beitla|1fax|1idi Bou Saïd|8zid|2liana|1khira|1ousse|Tabarka|2taouine|' +
    '1ozeur|1unis|Zaghouan|2rzis',
  MR:
    'Akjoujt|1leg|1tar|Bir Moghrein|Chami|2inguetti|Kaédi|1iffa|Nouadhibou|4kchott|1éma|Ouadane|Rosso|' +
    'Sélibaby|Tidjikja|Zouerate|3érate',
  LY:
    'Ajdabiya|Benghazi|1rega|Derna|Ghadamès|Khoms|1oufra|1ufra|Misrata|Ras Lanouf|Sabratha|1ebha|1irte|' +
    '1yrte|Tarhouna|1obrouk|4uk|1ripoli|Zaouïa|2wiya|1liten',
  EG:
    'Alexandria|9e|Cairo|2nal de Suez|1harm el-Cheikh|Le Caire|Sharm el-Sheikh|1inaï|1uez|4 Canal',
  SN: 'Dakar',
  CI: 'Abidjan|Ivory Coast',
  ML: 'Bamako|Kidal|Tombouctou',
  NE: 'Agadez|Niamey',
  BF: 'Ouagadougou',
  TG: 'Lomé',
  BJ: 'Cotonou',
  GH: 'Accra',
  NG: 'Abuja|Lagos',
  GN: 'Conakry',
  TD: 'N\'Djamena',
  CM: 'Douala|Yaoundé',
  GA: 'Libreville',
  CG: 'Brazzaville',
  CD: 'Kinshasa|RDC|1épublique démocratique du Congo|Zaïre',
  CF: 'Bangui|Centrafrique|RCA',
  SD: 'Darfour|Khartoum',
  SS: 'Sud-Soudan',
  ET: 'Addis Ababa|5-Abeba',
  SO: 'Mogadiscio',
  KE: 'Nairobi',
  RW: 'Kigali',
  ZW: 'Zimbabwe',
  KM: 'Iles Comores',
  ZA: 'Cape Town|Johannesburg|Le Cap|Pretoria',
  SZ: 'Swaziland',
  FR: 'Corse|Hexagone|Lyon|Marseille|2tignon|Paris|Quai d\'Orsay|Élysée|Île-de-France',
  PT: 'Lisbon|6ne',
  IT: 'Lampedusa|Milan|Rome|Sicile',
  BE: 'Brussels|3xelles',
  CH: 'Davos|Geneva|3ève|Zurich',
  GB:
    'Angleterre|Britain|Downing Street|England|Grande-Bretagne|London|4res|Scotland|U.K.|1K|Écosse',
  DE: 'Allemagne|Berlin|Francfort|4kfurt|Germany',
  NL: 'Amsterdam|La Haye|The Hague',
  AT: 'Vienna|5e',
  CZ: 'République tchèque',
  GR: 'Athènes',
  RS: 'Serbia|5e',
  VA: 'Saint-Siège|Vatican',
  UA: 'Crimea|4ée|Donbas|6s|Kiev|1yiv',
  RU: 'Fédération de Russie|Kremlin|Moscou|5w',
  TR: 'Ankara|Istanbul',
  AZ: 'Bakou|3u',
  US:
    'Boston|Capitol Hill|7e|1hicago|Etats-Unis d\'Amérique|Los Angeles|Maison Blanche|New York|Pentagon|8e|' +
    'San Diego|4Francisco|4Jose|1eattle|1ilicon Valley|U.S.|1S|2A|Wall Street|2shington|1hite House',
  CA: 'Montréal|Ottawa|Québec',
  BR: 'Rio de Janeiro',
  AR: 'Buenos Aires',
  CU: 'Havana|La Havane',
  CN: 'Beijing|Pékin|Shanghai|Xinjiang',
  HK: 'Hong Kong',
  MO: 'Macao',
  JP: 'Tokyo',
  KR: 'Séoul',
  KP: 'Pyongyang',
  IN: 'Delhi|Mumbai|New Delhi',
  PK: 'Islamabad',
  AF: 'Kaboul|3ul',
  IR: 'République islamique d\'Iran|Tehran|1éhéran',
  IQ: 'Bagdad|3hdad',
  SY: 'Alep|4po|Damas|5cus|Golan',
  LB: 'Beirut|2yrouth',
  JO: 'Amman',
  PS:
    'Bande de Gaza|Cisjordanie|Etat de Palestine|Gaza|4 Strip|Jérusalem-Est|Palestine|Rafah|2mallah|' +
    'Territoires palestiniens occupés|West Bank',
  IL: 'Tel-Aviv',
  QA: 'Doha',
  AE: 'Abou Dhabi|2u Dhabi|Dubaï|EAU|1mirats|UAE',
  SA: 'Djeddah|Jeddah|KSA|La Mecque|Mecca|3que|Riyad|5h',
  OM: 'Mascate|1uscat',
  BH: 'Manama',
  YE: 'Aden|Sanaa|Yémen',
  VN: 'Vietnam|2êt Nam',
  MM: 'Birmanie|1urma|Myanmar',
  EH: 'Bir Lahlou|Tifariti',
});

/**
 * Place names written exactly like a common word that opens sentences (`Réunion du
 * bureau…`, a meeting; `Sale of…`, not Salé). Matched on the exact surface, accents and
 * capitals included: at a sentence start such a word is a place only with the evidence an
 * unknown word needs (a cue, or the word capitalised inside a sentence elsewhere).
 */
export const COMMON_WORD_PLACES: readonly string[] = ['Réunion', 'Jersey', 'Sale', 'Casa', 'Oriental'];
