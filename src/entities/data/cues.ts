// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Lower-case nouns that say what the capitalised name beside them is
 * (`le stade Nelson-Mandela`, `le groupe Akdital`, `l'opération Marhaba`,
 * `the Berkine basin`). The guidelines keep these lower-case heads outside the
 * span. General knowledge of French and English news usage.
 */

import { words } from '../../util/tables.js';

/** Nouns written before a name: `barrage Al Massira`, `province d'Al Haouz` (folded keys). */
export const LOC_CUES_BEFORE: readonly string[] = /* @__PURE__ */ words(
  'stade stades complexe barrage barrages port ports aeroport aeroports gare pont autoroute quartier ' +
  'quartiers province provinces prefecture wilaya wilayas region ville villes commune communes ' +
  'gouvernorat gouvernorats daira oued bassin plaine plaines massif mont lac ile iles centrale ' +
  'centrales station zone site sites village douar ksar medina oasis cite palais theatre mosquee ' +
  'mausolee musee hopital aerodrome terminal parc foret vallee plateau desert detroit golfe baie cap ' +
  'city town airport stadium capitale localite agglomeration arrondissement caidat cercle mine mines ' +
  'gisement champ champs raffinerie chantier place avenue boulevard rue esplanade jardin jardins ' +
  'corniche route porte souk kasbah'
);

/** Nouns written before a company, party or outlet name: `le groupe Akdital`, `l'agence APS`. */
export const ORG_CUES_BEFORE: readonly string[] = /* @__PURE__ */ words(
  'groupe societe entreprise compagnie firme constructeur operateur filiale filiales holding enseigne ' +
  'chaine quotidien journal hebdomadaire mensuel magazine agence parti mouvement syndicat club maison ' +
  'banque assureur laboratoire cabinet start-up startup geant formation usine usines equipementier ' +
  'transporteur distributeur editeur fabricant promoteur company firm group carrier bank party ' +
  'newspaper daily agency operator maker giant insurer lender broadcaster outlet site plateforme ' +
  'platform application app reseau network organisation ong association collectif federation ' +
  'confederation union coalition alliance front brigade milice'
);

/** Nouns written before an event, programme, law, work or award: `l'opération Marhaba`, `le film « Touda »`. */
export const MISC_CUES_BEFORE: readonly string[] = /* @__PURE__ */ words(
  'operation programme plan strategie gazoduc oleoduc prix trophee medaille film films roman livre ' +
  'documentaire serie album emission exercice exercices manoeuvres chanson piece ouvrage recueil ' +
  'spectacle campagne marque modele label vaccin application program strategy pipeline prize award ' +
  'movie novel book documentary series show exercise drill song brand index indice loi decret dahir ' +
  'initiative plateforme tempete cyclone ouragan typhon storm hurricane typhoon depression'
);

/** Nouns written after a name (English order): `the Berkine basin`, `its Jorf Lasfar complex`. */
export const LOC_CUES_AFTER: readonly string[] = /* @__PURE__ */ words(
  'basin field fields complex plant port airport stadium dam mine region province city refinery ' +
  'terminal valley mountains desert oasis district neighbourhood neighborhood crossing border strait ' +
  'governorate area zone site hub square'
);

/** Nouns written after a name (English order) that make it an organisation: `the UGTT union`. */
export const ORG_CUES_AFTER: readonly string[] = /* @__PURE__ */ words(
  'group company party union bank club movement agency ministry firm newspaper daily channel network ' +
  'federation association foundation holding'
);

/** Nouns written after a name (English order) that make it misc: `the Golden Eye award`. */
export const MISC_CUES_AFTER: readonly string[] = /* @__PURE__ */ words(
  'award awards prize trophy initiative plan programme program operation exercise festival summit forum ' +
  'agreement accord accords law bill act'
);

/** Words for works whose titles are quoted: `le film « Touda »`, `a documentary`. */
export const WORK_NOUNS: readonly string[] = /* @__PURE__ */ words(
  'film films roman livre documentaire serie album emission chanson piece ouvrage recueil spectacle ' +
  'long-metrage court-metrage feuilleton movie novel book documentary series show song play feature ' +
  'essai oeuvre tableau exposition pièce opus titre single programme'
);

/** Acronyms of common nouns: never entities, never linked (`PIB`, `CHU`, `ONG`). */
export const COMMON_ACRONYMS: readonly string[] = /* @__PURE__ */ words(
  'pib gdp ide fdi tva vat pme pmi tpe sme smes ong ngo ngos chu aor ir is btp rh ia ai tic ict ttc ht ' +
  'b2b b2c hlm smig smag snmg lgv ter suv otc ipo opa ope ppp bts cv qr sms gps gpl gnl lng lpg pv ep ' +
  'km kwh mwh gwh mmdh mdh mrd mds mdt mda dh dhs da dt fcfa usd eur mad dzd tnd xof cdd cdi pdg dg ceo ' +
  'cfo coo rdv vip irm adn dna vih hiv sida aids zes zfe ztl pnb gnp api app vr evp teu tep smic'
);
