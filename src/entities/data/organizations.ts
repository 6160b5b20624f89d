// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Organisations and media outlets.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 */

import { phrases } from '../../util/tables.js';

/** Names and acronyms of institutions, parties, unions, companies, clubs, armed groups and national teams (incl. nicknames). */
export const KNOWN_ORGANIZATIONS: readonly string[] = /* @__PURE__ */ phrases(
  'Bank Al-Maghrib|BAM|OCP|OCP Group|Groupe OCP|ONCF|ONEE|ONDA|ONMT|ONHYM|ONSSA|ONP|ANP|ANRT|AMMC|ACAPS|' +
  'CNSS|CMR|CIMR|CNOPS|ANAM|CDG|Caisse de Dépôt et de Gestion|HCP|Haut-Commissariat au Plan|DGSN|DGST|DGED|' +
  'FAR|Forces Armées Royales|Gendarmerie Royale|Marine Royale|Garde Royale|CGEM|CESE|CNDH|Cour des comptes|' +
  'Cour constitutionnelle|Conseil de la concurrence|CSPJ|Chambre des représentants|Chambre des conseillers|' +
  'Parlement|Trésor|TGR|DGI|ADII|AMDIE|MASEN|ANAPEC|OFPPT|TMSA|Marsa Maroc|Royal Air Maroc|RAM|' +
  'Maroc Telecom|IAM|Inwi|Orange Maroc|Attijariwafa bank|Attijariwafa|BCP|Banque Populaire|' +
  'Groupe Banque Populaire|Bank of Africa|BMCE|CIH Bank|CIH|Crédit Agricole du Maroc|' +
  'Société Générale Maroc|Saham|Akdital|Label\'Vie|Marjane|Managem|Cosumar|Lesieur Cristal|TAQA Morocco|' +
  'Afriquia|Addoha|Bourse de Casablanca|Casablanca Stock Exchange|Al Omrane|Al Mada|Autoroutes du Maroc|' +
  'Barid Al-Maghrib|Fondation Mohammed V pour la Solidarité|Fondation Mohammed VI|UM6P|' +
  'Université Mohammed VI Polytechnique|Al Akhawayn|PJD|RNI|Istiqlal|Parti de l\'Istiqlal|PAM|' +
  'Parti Authenticité et Modernité|USFP|PPS|Mouvement populaire|Union constitutionnelle|Al Adl Wal Ihsane|' +
  'UMT|CDT|FRMF|LNFP|Raja|Raja Casablanca|Wydad|Wydad Casablanca|WAC|AS FAR|FUS Rabat|RS Berkane|' +
  'Moghreb Tétouan|Hassania Agadir|Ittihad Tanger|Difaâ El Jadida|Maghreb de Fès|Olympique de Safi|' +
  'Kawkab Marrakech|Sonatrach|Sonelgaz|APN|Assemblée populaire nationale|Conseil de la nation|UGTA|FLN|RND|' +
  'MSP|FFS|RCD|Armée nationale populaire|Banque d\'Algérie|Air Algérie|Algérie Télécom|Mobilis|Djezzy|' +
  'Ooredoo|Cevital|Naftal|SNTF|Algérie Poste|FAF|MC Alger|CR Belouizdad|JS Kabylie|USM Alger|ES Sétif|MAK|' +
  'UGTT|UTICA|Ennahda|Nidaa Tounes|PDL|Parti destourien libre|Echaab|ARP|' +
  'Assemblée des représentants du peuple|BCT|Banque centrale de Tunisie|STEG|SONEDE|Tunisair|' +
  'Tunisie Telecom|Ooredoo Tunisie|Orange Tunisie|CPG|Compagnie des phosphates de Gafsa|GCT|' +
  'Groupe chimique tunisien|Bourse de Tunis|ISIE|FTF|Espérance de Tunis|Club Africain|Étoile du Sahel|' +
  'Étoile sportive du Sahel|ESS|Club sportif sfaxien|Stade tunisien|US Monastir|CS Sfaxien|SNIM|NOC|' +
  'Al Ahly|Zamalek|EgyptAir|Mamelodi Sundowns|Al-Hilal|Al-Nassr|ONU|UN|Nations unies|' +
  'Organisation des Nations unies|United Nations|Conseil de sécurité|Security Council|Assemblée générale|' +
  'MINURSO|HCR|UNHCR|UNICEF|UNESCO|PNUD|UNDP|FAO|OMS|WHO|OIT|ILO|OMC|WTO|AIEA|IAEA|UNRWA|CIJ|ICJ|CPI|ICC|' +
  'FMI|IMF|Banque mondiale|World Bank|BM|BAD|AfDB|Banque africaine de développement|BEI|EIB|BERD|EBRD|OCDE|' +
  'OECD|OPEP|OPEC|G7|G20|BRICS|UA|Union africaine|African Union|UE|Union européenne|European Union|EU|' +
  'Commission européenne|European Commission|Parlement européen|European Parliament|Conseil européen|BCE|' +
  'ECB|Frontex|OTAN|NATO|UMA|Union du Maghreb arabe|Ligue arabe|Arab League|CCG|GCC|OCI|OIC|CEDEAO|ECOWAS|' +
  'AES|Alliance des États du Sahel|UEMOA|CEMAC|SADC|ZLECAf|AfCFTA|Conseil de l\'Europe|OIF|Francophonie|' +
  'Interpol|Union pour la Méditerranée|UpM|CICR|ICRC|Croix-Rouge|MSF|Médecins sans frontières|' +
  'Amnesty International|Amnesty|Human Rights Watch|HRW|Reporters sans frontières|Fitch|Moody\'s|S&P|' +
  'Afreximbank|GIEC|IPCC|CAF|FIFA|UEFA|CIO|IOC|World Athletics|FFF|Programme alimentaire mondial|' +
  'Programme des Nations unies pour le développement|Real Madrid|FC Barcelone|Barça|PSG|' +
  'Paris Saint-Germain|OM|Olympique de Marseille|Manchester United|Manchester City|Cabinet royal|' +
  'Présidence de la République|Assemblée nationale|Sénat|Conseil constitutionnel|Conseil d\'État|' +
  'Banque de France|DGSE|Bundestag|Knesset|Tsahal|IDF|Congress|Senate|Département d\'État|State Department|' +
  'Fed|Réserve fédérale|Federal Reserve|FBI|CIA|NSA|Hamas|Hezbollah|Houthis|Ansar Allah|Jihad islamique|' +
  'Fatah|OLP|Autorité palestinienne|Etat islamique|EI|Daech|Daesh|ISIS|Al-Qaïda|AQMI|Boko Haram|Shebab|' +
  'Chebab|Al-Shabaab|Wagner|Africa Corps|FSR|Forces de soutien rapide|HTS|CGRI|Polisario|Front Polisario|' +
  'RASD|Frères musulmans|Alibaba|Cainiao|Amazon|Google|Alphabet|Meta|Facebook|Instagram|WhatsApp|Twitter|' +
  'TikTok|ByteDance|YouTube|LinkedIn|Telegram|Microsoft|Apple|Tesla|SpaceX|Starlink|OpenAI|Anthropic|' +
  'Nvidia|Intel|AMD|Samsung|Huawei|Xiaomi|BYD|Geely|Tencent|Renault|Dacia|Stellantis|Volkswagen|Toyota|' +
  'Hyundai|BMW|Mercedes-Benz|Boeing|Airbus|Safran|Thales|Dassault|Dassault Aviation|Alstom|Siemens|Vinci|' +
  'Bouygues|TotalEnergies|Engie|EDF|Veolia|Sanofi|Pfizer|AstraZeneca|Nestlé|Coca-Cola|Carrefour|L\'Oréal|' +
  'Air France|Air France-KLM|Ryanair|easyJet|Emirates|Qatar Airways|Turkish Airlines|Etihad|Saudia|' +
  'Lufthansa|Air Arabia|CMA CGM|Maersk|MSC|Shell|BP|ExxonMobil|Aramco|Saudi Aramco|ADNOC|Gazprom|' +
  'ArcelorMittal|Goldman Sachs|JPMorgan|HSBC|BNP Paribas|Société Générale|Crédit Agricole|Santander|BBVA|' +
  'Netflix|Uber|Vodafone|AXA|Nasdaq|Lions de l\'Atlas|Atlas Lions|Lions|Lionnes de l\'Atlas|' +
  'Équipe nationale|Fennecs|Verts|Aigles de Carthage|Lions de la Teranga|Pharaons|Super Eagles|Éléphants|' +
  'Lions indomptables|Étalons|Aigles du Mali|Black Stars|Bafana Bafana|Léopards|Mourabitounes|' +
  'Chevaliers de la Méditerranée|Bleus|Insee|KfW|Unesco|Unicef|Opep|Otan|Onu|Eni|NNPC|Masen|' +
  'Office des changes|BOAD|Caisse de compensation'
);

/** Newspapers, news agencies, TV and radio channels and news sites of the Maghreb and the world press. */
export const MEDIA: readonly string[] = /* @__PURE__ */ phrases(
  'Maroc Diplomatique|Le360|Hespress|Médias24|L\'Economiste|Le Matin|TelQuel|L\'Opinion|Al Bayane|' +
  'Libération|Aujourd\'hui le Maroc|ALM|Le Reporter|Barlamane|MAP|La Vie éco|La Nouvelle Tribune|Le Desk|' +
  'Yabiladi|Al Akhbar|Al Massae|Alyaoum24|Chouf TV|Le Site Info|Finances News|EcoActu|Maroc Hebdo|Le Brief|' +
  'Les Inspirations ÉCO|SNRT|2M|Al Aoula|Medi1 TV|Radio Mars|Morocco World News|North Africa Post|' +
  'L\'Observateur du Maroc|APS|Algérie Presse Service|El Watan|Liberté|Echorouk|Ennahar|El Khabar|' +
  'Le Soir d\'Algérie|TSA|Algérie Patriotique|L\'Expression|Le Quotidien d\'Oran|El Moudjahid|Algérie Eco|' +
  'Maghreb Emergent|Ennahar TV|ENTV|Le Matin d\'Algérie|TAP|La Presse de Tunisie|La Presse|Le Temps|' +
  'Business News|Kapitalis|Webdo|Tustex|Assabah|Al Chourouk|Le Quotidien|L\'Économiste maghrébin|Nawaat|' +
  'Mosaïque FM|Wataniya|El Hiwar Ettounsi|Tunisie Numérique|La Presse.tn|Sahara Médias|Al-Ahram|Al Jazeera|' +
  'Al Arabiya|Asharq Al-Awsat|Asharq|Sky News Arabia|Al Mayadeen|Arab News|Middle East Eye|Al-Monitor|' +
  'Anadolu|AA|TRT|IRNA|WAM|AFP|Agence France-Presse|Reuters|AP|Associated Press|Le Monde|Le Figaro|' +
  'Les Échos|L\'Express|Le Point|L\'Obs|Mediapart|Le Parisien|Ouest-France|La Croix|L\'Humanité|JDD|' +
  'L\'Équipe|France 24|France Inter|Franceinfo|France Info|TF1|LCI|BFMTV|BFM TV|CNews|Arte|TV5Monde|RFI|' +
  'Europe 1|Jeune Afrique|Le Monde diplomatique|Courrier international|Le Monde Afrique|HuffPost|Le Soir|' +
  'Africanews|Agence Ecofin|Africa Intelligence|BBC|BBC News|CNN|Fox News|NBC|CBS|ABC|Bloomberg|' +
  'Financial Times|FT|The Economist|The Guardian|Guardian|The Times|The New York Times|New York Times|' +
  'The Washington Post|Washington Post|Wall Street Journal|WSJ|Politico|Forbes|Sky News|Euronews|DW|' +
  'Der Spiegel|Spiegel|El País|El Mundo|La Vanguardia|EFE|Europa Press|Xinhua|CGTN|China Daily|TASS|' +
  'Sputnik|RT|Times of Israel|Haaretz|Jerusalem Post|South China Morning Post'
);
