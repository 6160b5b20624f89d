// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Head words, legal suffixes and titles that type capitalised multi-word names.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 */

import { phrases, words } from '../../util/tables.js';

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
  'Radio|Télévision|Television|Ministère|Ministry|Bureau|Haute Autorité|Agence nationale|Conseil supérieur|' +
  'Cour suprême|Front|Haut Conseil|Haute Cour|Haut Comité|Haute Instance|Haut Commissariat'
);

/** Legal-form and club tokens that end an organisation name. */
export const ORG_SUFFIXES: readonly string[] = /* @__PURE__ */ words(
  'SA S.A. SARL SAS SASU SNC SCA SE B.V. BV N.V. NV Inc. Inc Ltd Ltd. Limited LLC LLP GmbH AG KG PLC Group ' +
  'Groupe Holding Holdings Corp. Corp Corporation Co. Cie SpA S.p.A. SRL AB A/S Pty JSC PJSC FZE EPE FC CF ' +
  'SC AC CA AS Club International Bank Airlines Airways Petroleum Motors Steel Mining Pharma Technologies ' +
  'Logistics Solutions Systems Electric Energies Oil Gas Ciments Cement Partners Ventures Automotive ' +
  'Aerospace Shipping Lines Foods Chemicals Resources Minerals Invest Investments Properties Immobilier ' +
  'Holdings Telecom Télécom Telecoms Media TV FM'
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

/** Titles, honorifics and functions written before a person name, kept outside the person span. */
export const PERSON_TITLES: readonly string[] = /* @__PURE__ */ phrases(
  'M.|M|Mme|Mmes|Mlle|MM.|Dr|Dr.|Pr|Pr.|Me|Mgr|Sa Majesté|S.M.|SM|SAR|S.A.R.|Son Altesse Royale|' +
  'Son Excellence|S.E.|Amir Al Mouminine|le Souverain|Souverain|roi|le roi|reine|prince|princesse|' +
  'prince héritier|émir|sultan|cheikh|cheikha|sheikh|imam|ayatollah|pape|cardinal|rabbin|mufti|hadj|haj|' +
  'feu|défunt|regretté|président|présidente|vice-président|président-directeur général|ministre|' +
  'ministre délégué|ministre d\'État|Premier ministre|chef du gouvernement|secrétaire|secrétaire général|' +
  'secrétaire d\'État|haut-commissaire|commissaire|chancelier|chancelière|député|députée|sénateur|' +
  'sénatrice|parlementaire|élu|élue|conseiller|conseillère|porte-parole|wali|gouverneur|maire|pacha|caïd|' +
  'préfet|consul|ambassadeur|ambassadrice|diplomate|chef de la diplomatie|envoyé|envoyé spécial|émissaire|' +
  'représentant|candidat|dirigeant|leader|chef|patron|opposant|militant|activiste|syndicaliste|' +
  'homme d\'affaires|femme d\'affaires|milliardaire|magnat|général|colonel|lieutenant|lieutenant-colonel|' +
  'commandant|capitaine|maréchal|amiral|officier|inspecteur|procureur|procureur général|juge|magistrat|' +
  'avocat|bâtonnier|PDG|P-DG|CEO|DG|directeur|directrice|directeur général|directrice générale|' +
  'administrateur|fondateur|fondatrice|cofondateur|gérant|responsable|expert|économiste|analyste|' +
  'politologue|sociologue|historien|chercheur|professeur|docteur|universitaire|médecin|journaliste|' +
  'chroniqueur|éditorialiste|correspondant|reporter|photographe|animateur|présentateur|chanteur|chanteuse|' +
  'acteur|actrice|comédien|humoriste|réalisateur|cinéaste|producteur|artiste|musicien|rappeur|écrivain|' +
  'romancier|poète|auteur|autrice|coach|entraîneur|sélectionneur|manager|footballeur|footballeuse|joueur|' +
  'joueuse|attaquant|avant-centre|buteur|défenseur|arrière|latéral|milieu|milieu de terrain|ailier|gardien|' +
  'portier|arbitre|champion|championne|athlète|boxeur|boxeuse|nageur|nageuse|tennisman|tenniswoman|coureur|' +
  'marathonien|cycliste|pilote|ancien|ancienne|ex|jeune|légende|Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Sir|Dame|Lord|Lady|' +
  'Prof.|Prof|Gen.|Col.|Lt.|Capt.|Sgt.|Gov.|Sen.|Rep.|His Majesty|Her Majesty|HM|HRH|His Excellency|King|' +
  'Queen|Crown Prince|Princess|Pope|Prime Minister|Minister|Chancellor|Secretary|Secretary of State|' +
  'Secretary-General|Senator|Governor|Mayor|Ambassador|Envoy|Special Envoy|Spokesman|Chairman|Chair|' +
  'Director|Director-General|Founder|Judge|Striker|Midfielder|Defender|Goalkeeper|Captain|Singer|Actor|' +
  'Author|Journalist|Professor|former|late|candidate|actress|singer|rapper|writer|novelist|filmmaker|' +
  'director|producer|coach|manager|striker|forward|winger|midfielder|defender|goalkeeper|captain|player|' +
  'chief executive|chief executive officer|chairman|chairwoman|spokesperson|spokeswoman|Foreign Minister|' +
  'Finance Minister|Interior Minister|Energy Minister|Economy Minister|Justice Minister|Defence Minister|' +
  'Defense Minister|Tourism Minister|Health Minister|Trade Minister|Industry Minister|Agriculture Minister|' +
  'Culture Minister|Education Minister|Transport Minister|Vice President|Vice-President|President-elect|' +
  'Deputy|Deputy Prime Minister|Governor|Central Bank Governor|opposition leader|cheffe|' +
  'cheffe du gouvernement|doyen|recteur|lauréat|lauréate|lieutenant-général|général de corps d\'armée|' +
  'général d\'armée|ministre-conseiller|premier secrétaire|député-maire|vice-ministre|secrétaire d\'Etat|' +
  'commissaire européen|haut représentant|envoyé personnel'
);
