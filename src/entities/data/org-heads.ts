// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Head words, legal suffixes and titles that type capitalised multi-word names.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 */

import { phrases, prefixWords, words } from '../../util/tables.js';

/** Capitalised head nouns that make a capitalised multi-word name an organisation. */
export const ORG_HEAD_WORDS: readonly string[] = /* @__PURE__ */ phrases(
  'Académie|Academy|Administration|Agence|Agency|Alliance|Assemblée|Assembly|Association|Autorité|' +
  'Authority|Banque|Bank|Bourse|Exchange|Caisse|Cabinet|Centre|Center|Centrale|Chambre|Chamber|Club|' +
  'Collège|Comité|Committee|Commission|Commissariat|Haut-Commissariat|Compagnie|Company|Confédération|' +
  'Conseil|Council|Coopérative|Cour|Court|Délégation|Département|Department|Direction|Directorate|École|' +
  'School|Faculté|Fédération|Fondation|Foundation|Fonds|Fund|Forces|Front|Gendarmerie|Groupe|Group|Holding|' +
  'Hôpital|Hospital|Institut|Institute|Institution|Laboratoire|Lycée|Mairie|Médiateur|Ministère|Ministry|' +
  'Mission|Mouvement|Movement|Network|Réseau|Observatoire|Observatory|Office|Ordre|Organisation|' +
  'Organization|Parti|Party|Parlement|Parliament|Parquet|Police|Présidence|Presidency|Régie|Secrétariat|' +
  'Service|Services|Société|Syndicat|Union|Tribunal|Université|University|Airlines|Airways|Telecom|' +
  'Assurance|Assurances|Insurance|Capital|Energy|Énergie|Industries|Finance|Media|Médias|Press|Presse|' +
  'Équipe|Sélection|Armée|Army|Navy|Sûreté|Douane|Douanes|Sénat|Senate|Ambassade|Embassy|Consulat|' +
  'Consulate|Instance|Brigade|Groupement|Inspection|Établissement|Entreprise|Conservatoire|Bibliothèque|' +
  'Radio|Télévision|Bureau|Haute Autorité|Agence nationale|Conseil supérieur|' +
  'Cour suprême|Haut Conseil|Haute Cour|Haut Comité|Haute Instance'
);

/** Legal-form and club tokens that end an organisation name. */
export const ORG_SUFFIXES: readonly string[] = /* @__PURE__ */ words(
  'SA S.A. SARL SAS SASU SNC SCA SE B.V. BV N.V. NV Inc. Inc Ltd Ltd. Limited LLC LLP GmbH AG KG PLC Group ' +
  'Groupe Holding Holdings Corp. Corp Corporation Co. Cie SpA S.p.A. SRL AB A/S Pty JSC PJSC FZE EPE FC CF ' +
  'SC AC CA AS Club International Bank Airlines Airways Petroleum Motors Steel Mining Pharma Technologies ' +
  'Logistics Solutions Systems Electric Energies Oil Gas Ciments Cement Partners Ventures Automotive ' +
  'Aerospace Shipping Lines Foods Chemicals Resources Minerals Invest Investments Properties Immobilier ' +
  'Telecom Telecoms Media TV FM'
);

/** Capitalised heads that make a name a location (facility or geographic feature); lowercase heads are excluded by the guidelines. */
export const LOC_HEAD_WORDS: readonly string[] = /* @__PURE__ */ phrases(
  'Stade|Stadium|Grand Stade|Complexe|Complex|Arena|Salle|Palais|Palace|Palais royal|Kasbah|Ksar|Médina|' +
  'Port|Aéroport|Airport|Gare|Station|Terminal|Place|Square|Avenue|Boulevard|Rue|Street|Autoroute|Corniche|' +
  'Pont|Bridge|Barrage|Dam|Porte|Mont|Mount|Montagne|Djebel|Jbel|Oued|Lac|Lake|Golfe|Gulf|Baie|Bay|Détroit|' +
  'Strait|Canal|Cap|Cape|Île|Îles|Island|Islands|Plage|Beach|Côte|Coast|Mer|Sea|Océan|Fleuve|Rivière|River|' +
  'Vallée|Valley|Plaine|Plateau|Désert|Oasis|Forêt|Parc|Park|Jardin|Jardins|Région|Province|Préfecture|' +
  'Wilaya|Gouvernorat|Governorate|Territoire|District|Quartier|Cité|Zone|Zone franche|Technopole|' +
  'Parc industriel|Marina|Tour|Tower|Mosquée|Mosque|Cathédrale|Cathedral|Église|Mausolée|Zaouïa|Musée|' +
  'Museum|Théâtre|Hôtel|Usine|Plant|Mine|Base|Camp|Prison'
);

/** Capitalised heads of events, competitions, laws, programmes, operations and awards. */
export const MISC_HEAD_WORDS: readonly string[] = /* @__PURE__ */ phrases(
  'Coupe|Cup|Championnat|Championnats|Championship|Championships|Ligue|League|Jeux|Games|Olympiades|' +
  'Festival|Forum|Salon|Sommet|Summit|Conférence|Congrès|Colloque|Symposium|Séminaire|Assises|Rencontres|' +
  'Journées|Exposition|Expo|Exhibition|Foire|Fair|Biennale|Rallye|Rally|Marathon|Semi-marathon|Tournoi|' +
  'Tournament|Trophée|Trophy|Open|Masters|Grand Prix|Meeting|Classique|Derby|Gala|Fête|Loi|Law|Act|Bill|' +
  'Projet de loi|Décret|Decree|Dahir|Code|Charte|Charter|Constitution|Traité|Treaty|Accord|Accords|' +
  'Agreement|Pacte|Pact|Convention|Déclaration|Protocole|Protocol|Résolution|Plan|Programme|Program|' +
  'Stratégie|Strategy|Vision|Initiative|Projet|Project|Opération|Exercice|Exercise|Campagne|Campaign|Prix|' +
  'Prize|Award|Awards|Médaille|Ballon|Mondial|Révolution|Guerre|War|Bataille|Battle|Printemps|Marche|' +
  'Accord-cadre|Concours|Challenge|Super Coupe|Supercoupe|Super Cup'
);

/**
 * Titles, honorifics and functions written before a person name, kept outside the person span. Read as a set:
 * sorted by code unit and prefix-coded (`prefixWords` with `|`: `prince|6 héritier|6sse` is prince, prince
 * héritier, princesse). To add a title, write the table again with `prefixCode([...PERSON_TITLES, title].sort(), '|')`.
 */
export const PERSON_TITLES: readonly string[] = /* @__PURE__ */ prefixWords(
  'Actor|1griculture Minister|1mbassador|2ir Al Mouminine|1uthor|CEO|1apt.|4ain|1entral Bank Governor|1hair|' +
  '5man|3ncellor|1ol.|1rown Prince|1ulture Minister|DG|1ame|1efence Minister|5der|5se Minister|2puty|' +
  '6 Prime Minister|1irector|8-General|1r|2.|Economy Minister|1ducation Minister|1nergy Minister|2voy|' +
  'Finance Minister|1oreign Minister|2under|Gen.|1oalkeeper|2v.|3ernor|8|HM|1RH|1ealth Minister|2r Majesty|' +
  '1is Excellency|4Majesty|Industry Minister|2terior Minister|Journalist|1udge|2stice Minister|King|Lady|' +
  '1ord|1t.|M|1.|1M.|1ayor|1e|1gr|1idfielder|2nister|1lle|1me|3s|1r|2.|2s|3.|1s|2.|P-DG|1DG|1ope|1r|2.|' +
  '2emier ministre|3sident-elect|2ime Minister|3ncess|2of|4.|4essor|Queen|Rep.|S.A.R.|2E.|2M.|1AR|1M|' +
  '1a Majesté|1ecretary|9 of State|9-General|2n.|3ator|1gt.|1inger|2r|1on Altesse Royale|4Excellence|' +
  '2uverain|1pecial Envoy|2okesman|1triker|Tourism Minister|1rade Minister|3nsport Minister|Vice President|' +
  '4-President|acteur|3iviste|3ress|4ice|1dministrateur|1ilier|1mbassadeur|8rice|2iral|1nalyste|2cien|6ne|' +
  '2imateur|1rbitre|2rière|2tiste|1thlète|2taquant|1uteur|3rice|1vant-centre|2ocat|1yatollah|boxeur|5se|' +
  '1uteur|1âtonnier|candidat|8e|2pitaine|3tain|2rdinal|2ïd|1hairman|5woman|3mpion|8ne|3ncelier|8ère|4teur|' +
  '7se|2ef|4 de la diplomatie|6u gouvernement|4fe|6 du gouvernement|3ikh|6a|3rcheur|2ief executive|' +
  '9cutive officer|2roniqueur|1inéaste|1oach|5|2fondateur|2lonel|2mmandant|4issaire|9re européen|3édien|' +
  '2nseiller|8ère|4ul|2rrespondant|2ureur|1ycliste|defender|1iplomate|2recteur|9 général|6or|6rice|' +
  '9e générale|3igeant|1octeur|2yen|1éfenseur|3unt|2puté|6-maire|6e|entraîneur|2voyé|6 personnel|7spécial|1x|' +
  '2pert|femme d\'affaires|2u|1ilmmaker|1ondateur|6rice|2otballeur|9use|2rmer|3ward|gardien|1oalkeeper|' +
  '2uverneur|1énéral|7 d\'armée|9e corps d\'armée|2rant|hadj|2j|2ut représentant|4-commissaire|1istorien|' +
  '1omme d\'affaires|1umoriste|imam|1nspecteur|jeune|1oueur|5se|3rnaliste|1uge|late|3éral|2uréat|7e|' +
  '1e Souverain|3roi|2ader|1ieutenant|9t-colonel|9t-général|1égende|magistrat|3nat|2ire|2nager|7|2rathonien|' +
  '3échal|1idfielder|2lieu|6 de terrain|4tant|3liardaire|2nistre|8 d\'État|9délégué|8-conseiller|1ufti|' +
  '2sicien|1édecin|nageur|5se|1ovelist|officier|1pposant|5ition leader|pacha|2pe|2rlementaire|2tron|' +
  '1hotographe|1ilote|1layer|1olitologue|2rte-parole|4ier|2ète|1remier secrétaire|2ince|6 héritier|6sse|' +
  '2ocureur|9 général|3ducer|6teur|3fesseur|2éfet|3sentateur|4ident|9-directeur général|9e|rabbin|2pper|5ur|' +
  '1ecteur|2gretté|2ine|2porter|3résentant|2sponsable|1oi|2mancier|1éalisateur|secrétaire|9e d\'Etat|' +
  '9e d\'État|9e général|1heikh|1inger|1ociologue|1pokesperson|6woman|1triker|1ultan|1yndicaliste|' +
  '1électionneur|2nateur|5rice|tennisman|6woman|universitaire|vice-ministre|5président|wali|1inger|1riter|' +
  'économiste|2rivain|1ditorialiste|1lu|3e|1mir|3ssaire',
  '|',
);
