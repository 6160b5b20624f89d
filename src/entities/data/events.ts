// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Named events, competitions, laws, programmes and products (MISC), and capitalised non-entities.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 */

import { phrases, words } from '../../util/tables.js';

/** Events, competitions, festivals, laws, programmes, religious texts and feasts, diseases, products and stock indices. */
export const KNOWN_EVENTS: readonly string[] = /* @__PURE__ */ phrases(
  'CAN|Coupe d\'Afrique des Nations|Africa Cup of Nations|AFCON|CAN 2025|CAN-Maroc 2025|CHAN|' +
  'Coupe du monde|World Cup|FIFA World Cup|Mondial|Mondial 2030|Coupe du monde 2030|World Cup 2030|' +
  'Coupe du monde des clubs|Club World Cup|Coupe arabe|Arab Cup|Coupe de la CAF|Ligue des champions|' +
  'Champions League|Ligue des champions de la CAF|CAF Champions League|Ligue Europa|Europa League|' +
  'Conference League|Ligue 1|Ligue 2|Botola|Botola Pro|Coupe du Trône|Copa del Rey|Liga|LaLiga|' +
  'Premier League|Serie A|Bundesliga|Copa América|Coupe de France|Ballon d\'Or|Jeux olympiques|' +
  'Olympic Games|Olympics|JO|Jeux paralympiques|Jeux méditerranéens|Jeux africains|Diamond League|' +
  'Roland-Garros|Wimbledon|US Open|Tour de France|Rallye Dakar|COP22|COP28|COP29|COP30|Forum de Davos|' +
  'World Economic Forum|Forum économique mondial|SIAM|GITEX Africa|GITEX|Mawazine|Festival Mawazine|' +
  'Festival Gnaoua|Festival de Cannes|Festival international du film de Marrakech|JCC|' +
  'Journées cinématographiques de Carthage|Palme d\'or|Prix Nobel|Nobel|Marhaba|Opération Marhaba|' +
  'Marche verte|Fête du Trône|Fête de l\'Indépendance|Révolution du Roi et du Peuple|Printemps arabe|' +
  'Révolution du jasmin|Hirak|Décennie noire|Années de plomb|Nakba|Intifada|Seconde Guerre mondiale|' +
  'African Lion|Brexit|Aïd|Aïd Al-Adha|Aïd el-Kébir|Aïd Al-Fitr|Aïd el-Fitr|Mawlid|Achoura|Ramadan|Hajj|' +
  'Omra|Nouvel An|Nouvel An amazigh|Yennayer|Noël|Pâques|Covid-19|Covid|Coronavirus|Mpox|Ebola|Coran|Bible|' +
  'Constitution|Moudawana|Code de la famille|Code pénal|Loi de finances|Projet de loi de finances|PLF|' +
  'Loi de finances rectificative|Finance Bill|Nouveau Modèle de Développement|NMD|INDH|' +
  'Initiative nationale pour le développement humain|Plan Maroc Vert|Génération Green|Vision 2030|' +
  'Initiative atlantique|Plan d\'autonomie|AMO|Accords d\'Abraham|Abraham Accords|Accords d\'Oslo|' +
  'Accord de Paris|Accord de Skhirat|Gazoduc Nigeria-Maroc|Gazoduc Maghreb-Europe|GME|Medgaz|Al Boraq|' +
  'Boraq|TGV|iPhone|ChatGPT|Gemini|Bitcoin|MASI|MSI20|CAC 40|Dow Jones|Nasdaq Composite|S&P 500|Brent'
);

/** Capitalised words that open sentences or headlines and are never entities alone (function words, section names, months, weekdays). */
export const STOP_CAPITALISED: readonly string[] = /* @__PURE__ */ words(
  'Le La Les L\' Un Une Des Du De D\' Au Aux Ce Cet Cette Ces Cela Ça Il Elle Ils Elles On Nous Vous Je ' +
  'Leur Leurs Son Sa Ses Notre Nos Qui Que Qu\' Dont Où Quel Quelle Quels Quelles En Selon Pour Par Avec ' +
  'Dans Sur Sous Entre Vers Sans Chez Contre Depuis Pendant Durant Après Avant Malgré Parmi Jusqu\' Via ' +
  'Lors Face Grâce Suite Concernant Quant Auprès Voici Voilà Toutefois Cependant Pourtant Néanmoins Ainsi ' +
  'Alors Donc Or Mais Et Ni Car Si Quand Comme Lorsque Puisque Parce Bien Déjà Encore Aussi Enfin Ensuite ' +
  'Puis Désormais Aujourd\'hui Hier Demain Actuellement Récemment Notamment Surtout Également Plus Moins ' +
  'Très Tout Tous Toute Toutes Aucun Aucune Chaque Plusieurs Quelques Quelque Certains Certaines Autre ' +
  'Autres Même Mêmes Tel Telle Non Pas Seul Seule Seuls Premier Première Premiers Dernier Dernière ' +
  'Derniers Nouveau Nouvel Nouvelle Fort Forte Baptisé Baptisée Intitulé Intitulée Prévu Prévue Lancé ' +
  'Lancée Organisé Organisée Interrogé Interrogée Présidé Présidée Invité Invitée Reste Ailleurs Sinon ' +
  'Certes Soit Environ Près Objectif Résultat Résultats Bilan Retour Hommage Décès Nomination Nominations ' +
  'Communiqué Annonce Officiel Attention Beaucoup Peu Pourquoi Comment Interview Vidéo Vidéos Photo Photos ' +
  'Exclusif Exclusive Breaking Flash Urgent Live Direct Edito Éditorial Tribune Chronique Analyse Dossier ' +
  'Enquête Portrait Reportage Magazine Santé Sport Sports Économie Politique Culture Monde International ' +
  'National Régions Météo Alerte Change Mercato Fiscalité Coopératives Business Tech Technologie Éducation ' +
  'Justice People Football Tennis Podcast Lire Voir Source Publié Actu Actualité Actualités Info Opinion ' +
  'Décryptage Entretien Débat Focus The A An In At For With By From To Of Over Under About Against Among ' +
  'Amid Around Between Through During Without Within Despite After Before Since Until This That These ' +
  'Those It It\'s He She They We You I His Her Their Its Our My Your What When Where Why How Which While ' +
  'Although Though If Because As And But So Yet Also However Meanwhile Moreover Therefore Thus Still Then ' +
  'Now Today Yesterday Tomorrow Here There Some Many Most More Each Every All Both Other Another Such No ' +
  'Not Yes New First Last Next According Following Asked Speaking Only Just Even Already Again Finally ' +
  'Read Watch Update News World Politics Economy Health Technology Science Weather Top Home Report ' +
  'Analysis Alert Orange Red Yellow Heavy Rain Warning Storm Will May Is Are Was Has Have Janvier Février ' +
  'Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre Lundi Mardi Mercredi Jeudi ' +
  'Vendredi Samedi Dimanche January February March April June July August September October November ' +
  'December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
);
