// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Place names that `Intl.DisplayNames` does not produce, and overrides of its choices.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 */

import { namesByCode } from '../../util/tables.js';

/**
 * Place names → ISO 3166-1 alpha-2 code (`''` for continents, seas, regions and disputed or non-ISO areas),
 * written code by code: each code's names in one string, separated by `|`, over lines that `+` joins
 * (each line but the last ends with `|`).
 */
export const PLACES: Readonly<Record<string, string>> = /* @__PURE__ */ namesByCode({
  MA:
    'Rabat|Salé|Casablanca|Casa|Mohammedia|Tanger|Tangier|Tétouan|Tetuan|Fès|Fez|Meknès|Marrakech|' +
    'Marrakesh|Agadir|Oujda|Kénitra|Laâyoune|Dakhla|El Jadida|Nador|Al Hoceima|Taroudant|Tiznit|Ouarzazate|' +
    'Zagora|Errachidia|Ifrane|Khénifra|Béni Mellal|Khouribga|Settat|Safi|Essaouira|Larache|Asilah|' +
    'Chefchaouen|Taza|Berkane|Saïdia|Fnideq|Benguerir|Al Haouz|Guelmim|Tan-Tan|Smara|Boujdour|' +
    'El Guerguerat|Tarfaya|Figuig|Tinghir|Tanger Med|Souss-Massa|Souss|Rif|Haut Atlas|Moyen Atlas|' +
    'Anti-Atlas|Atlas|Oriental|Casablanca-Settat|Rabat-Salé-Kénitra|Tanger-Tétouan-Al Hoceima|Fès-Meknès|' +
    'Marrakech-Safi|Béni Mellal-Khénifra|Drâa-Tafilalet|Guelmim-Oued Noun|Laâyoune-Sakia El Hamra|' +
    'Dakhla-Oued Eddahab|Sakia El Hamra|Oued Eddahab|Sahara marocain|Provinces du Sud|Royaume du Maroc|' +
    'Toubkal|Tour Hassan|Azilal|Midelt|Chichaoua|Benslimane|Berrechid|Khémisset|Sidi Kacem|Sidi Slimane|' +
    'Youssoufia|Sefrou|Ouazzane|Guercif|Driouch|Boulemane|Sidi Ifni|Assa-Zag|Aousserd|Skhirat|Témara|' +
    'Bouznika|Martil|M\'diq|Imzouren|Tamesna|Had Soualem|Saïss|Gharb|Chaouia|Doukkala|Abda|Haouz|Tadla|' +
    'Tafilalet|Drâa|Loukkos|Sebou|Oum Er-Rbia|Moulouya|Bouregreg|Tensift|Jorf Lasfar|Melloussa|Zenata|' +
    'Aïn Sebaâ|Sidi Bernoussi|Hay Hassani|Ain Chock|Derb Sultan|Agdal|Hay Riad|Souissi|Mechouar|Médiouna|' +
    'Nouaceur|Bouskoura|El Kelâa des Sraghna|Kelâat Sraghna|Fquih Ben Salah|Kasba Tadla|Oued Zem|' +
    'Ben Guerir|Tantan|Chtouka Aït Baha|Inezgane|Aït Melloul|Taounate|Al Hoceïma|Jerada|Bouarfa|Tinerhir|' +
    'Rissani|Erfoud|Merzouga|Azrou|Imlil|Amizmiz|Ighil|Talat N\'Yaaqoub|Moulay Brahim|Asni|Tahannaout|' +
    'Ouirgane|Smir|Cabo Negro|Lixus|Volubilis|Mazagan|Mogador|Anfa|Tanger Tech|Nador West Med|' +
    'Kénitra Atlantic Free Zone|Dakhla Atlantique|Laayoune|Tangier Med|Sidi Moumen|Ksar El Kébir|' +
    'Souk El Arbaa|Mehdia|Moulay Bousselham|Lalla Mimouna|Tata|Akka|Foum Zguid|Bir Gandouz|Mahbès|' +
    'Guerguerat',
  ES:
    'Ceuta|Sebta|Melilla|Canaries|Îles Canaries|Canary Islands|Madrid|Barcelone|Barcelona|Séville|Valence|' +
    'Valencia|Malaga|Algésiras|Algeciras|Tarifa|Cadix|Grenade|Andalousie|Andalusia|Catalogne|Catalonia',
  '':
    'Détroit de Gibraltar|Détroit|Nil|Somaliland|Cachemire|Kashmir|Jérusalem|Al-Qods|Sahara|Sahel|Maghreb|' +
    'Machrek|Moyen-Orient|Middle East|Proche-Orient|MENA|Afrique du Nord|North Africa|' +
    'Afrique subsaharienne|Afrique sub-saharienne|Sub-Saharan Africa|Afrique de l\'Ouest|West Africa|' +
    'Afrique de l\'Est|East Africa|Afrique centrale|Afrique australe|Corne de l\'Afrique|Horn of Africa|' +
    'Afrique|Africa|Europe|Asie|Asia|Amérique|Amérique latine|Latin America|Amérique du Nord|North America|' +
    'Amérique du Sud|South America|Océanie|Antarctique|Arctique|Arctic|Asie centrale|Asie du Sud-Est|' +
    'Southeast Asia|Balkans|Caucase|Levant|Monde arabe|Arab world|Golfe|Gulf|Golfe persique|Persian Gulf|' +
    'Golfe de Guinée|Méditerranée|Mediterranean|Mer Méditerranée|Atlantique|Atlantic|Océan Atlantique|' +
    'Océan Indien|Indian Ocean|Pacifique|Pacific|Mer Rouge|Red Sea|Mer Noire|Black Sea|Détroit d\'Ormuz|' +
    'Ormuz|Hormuz|Kurdistan|Union soviétique|URSS',
  DZ:
    'Alger|Algiers|Oran|Constantine|Annaba|Blida|Sétif|Tlemcen|Béjaïa|Tizi Ouzou|Batna|Biskra|Ouargla|' +
    'Hassi Messaoud|Ghardaïa|Tamanrasset|Tindouf|Béchar|El Tarf|Mostaganem|Chlef|Sidi Bel Abbès|El Oued|' +
    'Adrar|In Amenas|Tébessa|Kabylie|Hoggar|El Mouradia|Palais d\'El Mouradia|Arzew|Skikda|Djelfa|M\'Sila|' +
    'Médéa|Tiaret|Jijel|Guelma|Souk Ahras|Boumerdès|Tipaza|Bouira|Bordj Bou Arréridj|Khenchela|Mila|' +
    'Relizane|Saïda|Naâma|El Bayadh|Laghouat|Illizi|Hassi R\'Mel|Touggourt|Timimoun|Baraki|Bab Ezzouar|' +
    'Berkine|Hydra|Bab El Oued|Cheraga|Dely Ibrahim|Rouiba|Zéralda|Sidi Abdellah|Tamanghasset|Aïn Defla|' +
    'Aïn Témouchent|Tissemsilt|Oum El Bouaghi|Ghardaia|Béni Abbès|In Salah|Djanet|Bordj Badji Mokhtar|' +
    'In Guezzam|Gara Djebilet|Hassi Berkine|Aurès|Mitidja|Djurdjura|Tassili|Tassili n\'Ajjer|' +
    'Sahara algérien|Hamma Bouziane|El Harrach|Kouba|Birkhadem|Staouéli',
  TN:
    'Tunis|Sfax|Sousse|Kairouan|Bizerte|Gabès|Monastir|Nabeul|Hammamet|Djerba|Jerba|Zarzis|Tozeur|Gafsa|' +
    'Carthage|La Marsa|Béja|Jendouba|Le Kef|Kasserine|Sidi Bouzid|Mahdia|Médenine|Tataouine|Tabarka|' +
    'Ben Guerdane|Ras Jedir|Enfidha|Cap Bon|Radès|Palais de Carthage|Métlaoui|Redeyef|Moularès|Skhira|' +
    'Siliana|Zaghouan|Manouba|Ariana|Ben Arous|Kébili|Douz|Sbeitla|Kélibia|Hammam-Lif|La Goulette|Mornag|' +
    'Sidi Bou Saïd|Gammarth|Ghardimaou|Ain Draham|Msaken|Ksar Hellal|Moknine|Jemmal|El Jem|Chebba|' +
    'Kerkennah|Agareb|Jebeniana|Mdhilla|Oum Larayes|Nefta|Matmata|Dhehiba|Remada|Chaambi|Sahel tunisien|' +
    'Grand Tunis|Lac de Tunis|Berges du Lac|El Menzah|Ennasr|Le Bardo|Bardo|Rades',
  MR:
    'Nouakchott|Nouadhibou|Zouérate|Zouerate|Atar|Rosso|Kiffa|Néma|Kaédi|Aleg|Sélibaby|Akjoujt|Tidjikja|' +
    'Chami|Bir Moghrein|Ouadane|Chinguetti',
  LY:
    'Tripoli|Benghazi|Misrata|Syrte|Sirte|Tobrouk|Tobruk|Derna|Zaouïa|Zawiya|Sabratha|Ghadamès|Sebha|' +
    'Koufra|Kufra|Tarhouna|Ajdabiya|Ras Lanouf|Brega|Zliten|Khoms',
  EG:
    'Le Caire|Cairo|Alexandrie|Alexandria|Charm el-Cheikh|Sharm el-Sheikh|Suez|Canal de Suez|Suez Canal|' +
    'Sinaï',
  SN: 'Dakar',
  CI: 'Abidjan|Ivory Coast',
  ML: 'Bamako|Kidal|Tombouctou',
  NE: 'Niamey|Agadez',
  BF: 'Ouagadougou',
  TG: 'Lomé',
  BJ: 'Cotonou',
  GH: 'Accra',
  NG: 'Lagos|Abuja',
  GN: 'Conakry',
  TD: 'N\'Djamena',
  CM: 'Yaoundé|Douala',
  GA: 'Libreville',
  CG: 'Brazzaville',
  CD: 'Kinshasa|RDC|République démocratique du Congo|Zaïre',
  CF: 'Bangui|Centrafrique|RCA',
  SD: 'Khartoum|Darfour',
  SS: 'Sud-Soudan',
  ET: 'Addis-Abeba|Addis Ababa',
  SO: 'Mogadiscio',
  KE: 'Nairobi',
  RW: 'Kigali',
  ZW: 'Zimbabwe',
  KM: 'Iles Comores',
  ZA: 'Pretoria|Johannesburg|Le Cap|Cape Town',
  SZ: 'Swaziland',
  FR: 'Paris|Marseille|Lyon|Corse|Île-de-France|Hexagone|Élysée|Matignon|Quai d\'Orsay',
  PT: 'Lisbonne|Lisbon',
  IT: 'Rome|Milan|Sicile|Lampedusa',
  BE: 'Bruxelles|Brussels',
  CH: 'Genève|Geneva|Zurich|Davos',
  GB: 'Londres|London|Downing Street|Angleterre|England|Écosse|Scotland|Grande-Bretagne|Britain|UK|U.K.',
  DE: 'Berlin|Francfort|Frankfurt|Allemagne|Germany',
  NL: 'Amsterdam|La Haye|The Hague',
  AT: 'Vienne|Vienna',
  CZ: 'République tchèque',
  GR: 'Athènes',
  RS: 'Serbie|Serbia',
  VA: 'Vatican|Saint-Siège',
  UA: 'Kiev|Kyiv|Donbass|Donbas|Crimée|Crimea',
  RU: 'Moscou|Moscow|Kremlin|Fédération de Russie',
  TR: 'Istanbul|Ankara',
  AZ: 'Bakou|Baku',
  US:
    'New York|Washington|Los Angeles|San Francisco|San Diego|San Jose|Seattle|Boston|Chicago|' +
    'Silicon Valley|Maison Blanche|White House|Pentagone|Pentagon|Capitole|Capitol Hill|Wall Street|' +
    'Etats-Unis d\'Amérique|USA|U.S.|US',
  CA: 'Montréal|Québec|Ottawa',
  BR: 'Rio de Janeiro',
  AR: 'Buenos Aires',
  CU: 'La Havane|Havana',
  CN: 'Pékin|Beijing|Shanghai|Xinjiang',
  HK: 'Hong Kong',
  MO: 'Macao',
  JP: 'Tokyo',
  KR: 'Séoul',
  KP: 'Pyongyang',
  IN: 'New Delhi|Delhi|Mumbai',
  PK: 'Islamabad',
  AF: 'Kaboul|Kabul',
  IR: 'Téhéran|Tehran|République islamique d\'Iran',
  IQ: 'Bagdad|Baghdad',
  SY: 'Damas|Damascus|Alep|Aleppo|Golan',
  LB: 'Beyrouth|Beirut',
  JO: 'Amman',
  PS:
    'Jérusalem-Est|Palestine|Etat de Palestine|Territoires palestiniens occupés|Gaza|Bande de Gaza|' +
    'Gaza Strip|Cisjordanie|West Bank|Ramallah|Rafah',
  IL: 'Tel-Aviv',
  QA: 'Doha',
  AE: 'Dubaï|Abou Dhabi|Abu Dhabi|Emirats|EAU|UAE',
  SA: 'Riyad|Riyadh|Djeddah|Jeddah|La Mecque|Mecque|Mecca|KSA',
  OM: 'Mascate|Muscat',
  BH: 'Manama',
  YE: 'Sanaa|Aden|Yémen',
  VN: 'Viêt Nam|Vietnam',
  MM: 'Myanmar|Birmanie|Burma',
  EH: 'Tifariti|Bir Lahlou',
});

/**
 * Place names written exactly like a common word that opens sentences (`Réunion du
 * bureau…`, a meeting; `Sale of…`, not Salé). Matched on the exact surface, accents and
 * capitals included: at a sentence start such a word is a place only with the evidence an
 * unknown word needs (a cue, or the word capitalised inside a sentence elsewhere).
 */
export const COMMON_WORD_PLACES: readonly string[] = ['Réunion', 'Jersey', 'Sale', 'Casa', 'Oriental'];
