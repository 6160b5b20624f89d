// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Named events, competitions, laws, programmes and products (MISC), and capitalised non-entities.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 */

import { phrases, prefixWords } from '../../util/tables.js';

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

/**
 * Capitalised words that open sentences or headlines and are never entities alone (French and English function
 * words, section names, months, weekdays), read as a set: sorted as French sorts them and prefix-coded
 * (`prefixWords`: `Actu 4alité 9s` is Actu, Actualité, Actualités), 0.15 kB smaller gzipped than grouped.
 */
export const STOP_CAPITALISED: readonly string[] = /* @__PURE__ */ prefixWords(
  'A 1bout 1ccording 2tu 4alité 9s 4ellement 1fter 1gain 5st 1illeurs 2nsi 1lert 5e 2l 2ors 2ready 2so ' +
  '2though 1mid 2ong 1n 2alyse 6is 2d 2nonce 2other 1oût 1près 3il 1re 2ound 1s 2ked 1t 2tention 1u 2cun 5e ' +
  '2gust 2jourd\'hui 2près 2ssi 2tre 5s 2x 1vant 2ec 2ril Baptisé 7e 1eaucoup 2cause 2fore 2tween 1ien 2lan ' +
  '1oth 1reaking 1usiness 2t 1y Ça Car 1e 2la 2pendant 2rtaines 7s 4es 2s 2t 3te 1hange 3que 2ez 2ronique ' +
  '1omme 5nt 4uniqué 2ncernant 3tre 2opératives 1ulture D\' 1ans 1e 1ébat 1ecember 1écembre 3ès 3ryptage 2jà ' +
  '1emain 2puis 2rnier 5ère 5ers 2s 1ésormais 1espite 1imanche 2rect 1onc 3t 2ssier 1u 2rant 3ing Each ' +
  'Économie Economy 1dito Éditorial 2ucation 1galement Elle 4s 1n 2core 2fin 2quête 2suite 2tre 5tien 2viron ' +
  '1t 1ven 3ry 1xclusif 7ve Face 1ebruary 1évrier 1inally 2rst 2scalité 1lash 1ocus 2llowing 2otball 2r 3t 4e ' +
  '1riday 2om Grâce Has 2ve 1e 2alth 3vy 2r 3e 1ier 2s 1ome 3mage 2w 3ever I 1f 1l 2s 1n 2fo 2ternational ' +
  '5rogé 9e 5view 3itulé 8e 2vité 6e 1s 1t 2\'s 2s January 3vier 1e 2udi 1uillet 3n 2ly 2ne 2squ\' 3t 4ice L\' ' +
  '1a 2ncé 5e 2st 1e 2s 2ur 4s 1ire 2ve 1ors 4que 1undi Magazine 2i 3s 2lgré 2ny 2rch 3di 3s 2y 1eanwhile ' +
  '1ême 4s 1ercato 4redi 1étéo 1oins 2nday 4e 2re 4over 2st 1y National 1éanmoins 1ew 3s 2xt 1i 1o 2mination ' +
  '9ns 2n 2s 2t 3amment 3re 2us 3veau 5l 6le 2vember 6re 2w Objectif 1ctober 5re 1f 2ficiel 1n 2ly 1pinion 1r ' +
  '2ange 2ganisé 8e 1ther 1ù 1ur 1ver Par 3ce 3mi 2s 1endant 2ople 2u 1hoto 5s 1lus 4ieurs 1odcast 2litics ' +
  '6que 2rtrait 2ur 4quoi 4tant 1remier 5ère 5ers 2ès 2ésidé 7e 3vu 5e 1ublié 2is 4que Qu\' 2and 4t 2e 3l 4le ' +
  '6s 4que 7s 4s 2i Rain 1ead 1écemment 1ed 1égions 1eport 6age 2ste 1ésultat 8s 1etour Sa 2medi 2ns 3té ' +
  '2turday 1cience 1elon 2ptember 7re 2s 2ul 4e 4s 1he 1i 2nce 3on 1o 2it 2me 2n 2urce 3s 1peaking 2ort 5s ' +
  '1till 2orm 1uch 2ite 2nday 2r 3tout Tech 4nologie 9y 2l 3le 2nnis 1hat 2e 3ir 3n 3re 5fore 3se 3y 2is 2ose ' +
  '3ugh 2rough 2ursday 3s 1o 2day 2morrow 2p 2us 3t 4e 5fois 5s 1rès 2ibune 1uesday Un 2der 2e 2til 1pdate ' +
  '1rgent Vendredi 2rs 1ia 2déo 5s 1oici 3là 3r 2us Warning 2s 2tch 1e 2ather 2dnesday 1hat 2en 3re 2ich 3le ' +
  '2y 1ill 2th 4in 4out 1orld Yellow 2s 3terday 2t 1ou 3r'
);
