/** Interface text, read-more links and labels seen across news sites (LAYOUTS.md §2–§5). Data only. */

import { AR_AGENCY_NAMES } from '../../entities/data/ar-orgs.js';
import { derived, phrases } from '../../util/tables.js';
import type { SiteProfile } from './profile.js';

/** Interface lines of any site: share bars, comment forms, newsletter prompts, widgets. */
export const GENERIC: SiteProfile = {
  name: 'any news site',
  hosts: [],
  boilerplate: /* @__PURE__ */ phrases(
    'Laissez un commentaire|Laisser un commentaire|Commentaires|Commentaire|Partager|PARTAGER|Partagez|' +
      'Advertising|Advertisement|Publicité|Logo|Zoom|×|Recevoir notre newsletter|Abonnez-vous|Short Url|' +
      'Imprimer|Envoyer|Tweet|Facebook|Twitter|WhatsApp|Share|Comments|Leave a comment|Leave a Reply|' +
      'Related Articles|Articles similaires|Sur le même sujet|اترك تعليقاً|اترك تعليقا|اترك رداً|' +
      'زر الذهاب إلى الأعلى|مساحة إعلانية|إعلان|مقالات ذات صلة|أحدث الموضوعات|أخبار ذات صلة|شارك|مشاركة|' +
      'تعليقات|الأخبار|اﻷخبار|طباعة|أرسل لصديق|إرسال التعليق|أضف تعليقك|أضف تعليق|تعليقات القراء|' +
      'تابعونا على|Menu|Accueil|Home|Print|Email',
  ),
  boilerplatePrefixes: /* @__PURE__ */ phrases(
    'Partager sur |Partagez sur |Share on |Suivez-nous|Follow us|Abonnez-vous|شارك على|تابعونا|' +
      '© Copyright|Copyright ©|©|User logged in|Que se passe-t-il en Tunisie|' +
      'Nous expliquons sur notre chaîne|Inscrivez-vous à notre newsletter|Recevez chaque jour|' +
      'لن يتم نشر عنوان بريدك الإلكتروني|رئيس مجلس الإدارة|رئيس التحرير|مدير التحرير|هذا الموقع يستخدم|' +
      'الخط :|الخط:|حقوق النشر|جميع الحقوق محفوظة|This website uses cookies|Ce site utilise des cookies|' +
      // A search engine's cache over the page it kept: its notice and its tip.
      "This is Google's cache of http|Tip: To quickly find your search term|" +
      // A newsletter's notice of why the reader gets it, and its unsubscribe link.
      'You are receiving this email|You received this email|Vous recevez ce courriel|Vous recevez cet e-mail|' +
      'Sie erhalten diese E-Mail|Unsubscribe|Se désabonner|إلغاء الاشتراك|لإلغاء الاشتراك',
  ),
  footers: [],
  sourceLines: [{ prefix: 'Published in ', connector: ' on ', lang: 'en' }],
};

/**
 * Labels that introduce a related-article link, before `:`, `|` or `-`. A label
 * written with its colon is one only with it (a space before the colon allowed)
 * and a headline after it.
 */
export const RELATED_LABELS: readonly string[] = /* @__PURE__ */ phrases(
  'Lire aussi|A lire aussi|À lire aussi|Lire également|A lire également|À lire également|Voir aussi|' +
    'Read also|Also read|Read more|See also|Related post|Related article|Related story|Lea también|Lea más|' +
    'Lee también|Lesen Sie auch|Lesen Sie mehr|Mehr zum Thema|Leggi anche|Leia também|Leia mais|Lees ook|' +
    'Ver también|Vea también|Te puede interesar|Le puede interesar|Veja também|Siehe auch|Czytaj też|' +
    'Czytaj także|Przeczytaj też|Przeczytaj także|Zobacz też|Zobacz także|Читайте также|اقرأ أيضا|' +
    'اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ ايضا|شاهد أيضا|شاهد أيضاً|' +
    // More labels of the same kind, as sites of each language print them.
    'À voir aussi|A voir aussi|Voir également|À découvrir aussi|Lesen Sie dazu auch|Lea además|Lee además|' +
    'Mira también|Te podría interesar|También te puede interesar|Le podría interesar|Vedi anche|' +
    'Guarda anche|Potrebbe interessarti|Saiba mais|Confira também|اقرأ المزيد|إقرأ المزيد|اقرأ كذلك|' +
    'طالع أيضا|' +
    // Short labels that open a sentence as well (`Lea Müller…`, `Related topics were…`, `Auch interessant ist…`):
    // a label only with their colon, which is part of them here, and with the headline after it on the same line
    // (`Lea: <headline>`, `Lire : <headline>`); alone on its line such a label heads a box, not one link.
    'Lea:|Lee:|Lire:|À lire:|A lire:|Voir:|Read:|Related:|Watch:|Read next:|Lesen Sie:|Lesen Sie dazu:|' +
    'Lesetipp:|Auch interessant:|Mehr dazu:|Zum Thema:|Relacionado:|Relacionada:|Noticia relacionada:|' +
    'Leggi:|Leia:|Veja:|اقرأ:|ذات صلة:|' +
    // A tabloid's inline link between paragraphs (`MORE: <headline>`), with its colon only (`More than …`).
    'More:|' +
    // Czech, Slovak, Finnish, Swedish, Danish and Norwegian `read also`, which open a sentence too (`Lue myös …`).
    'Čtěte také:|Čtěte též:|Přečtěte si také:|Čítajte aj:|Prečítajte si aj:|Lue myös:|Läs också:|Läs även:|' +
    'Læs også:|Les også:',
);

/** Read-more links: a whole line, or glued at the end of a teaser (`… Lire la suite`). */
export const READ_MORE: readonly string[] = /* @__PURE__ */ phrases(
  'Lire la suite »|Lire la suite...|+ Lire la suite...|+ Lire la suite|Lire la suite|lire la suite|' +
    'Voir la suite »|Voir la suite|Read more|Read More|Read Full Article →|Read Full Article|' +
    'Continue reading|أكمل القراءة »|أكمل القراءة|أكمل قراءة المقالة|اقرأ المزيد|المزيد',
);

/** Headers of tag, archive, author and section pages (start of a line, folded). */
export const LISTING_HEADERS: readonly string[] = /* @__PURE__ */ phrases(
  'Étiquette :|Etiquette :|Tag :|Tags :|Année :|Archives|Catégorie :|Rubrique :|Derières actualités|' +
    "Dernières actualités|Dernières nouveautés|Choix de l'éditeur|Latest news|تصفح الوسم|آخر الأخبار|أرشيف",
);

/**
 * News agencies credited in datelines, `(APS)`, and after `via`/`d'après`. Code → name as written: each
 * agency written as credits write it stands for itself; then the other spellings of a code.
 */
export const AGENCIES: Readonly<Record<string, string>> = /* @__PURE__ */ derived(() => ({
  ...Object.fromEntries(
    [
      ...phrases(
        'APS|MAP|TAP|AFP|AP|Reuters|TMT|QNA|WAM|SPA|MENA|Xinhua|Anadolu|AA|Sputnik|Belga|EFE|ANSA|dpa|UPI|' +
          'Bloomberg|وأج|واج|ومع|وات|أ ف ب',
      ),
      // The names Arabic credits spell out.
      ...AR_AGENCY_NAMES,
    ].map((name) => [name, name]),
  ),
  REUTERS: 'Reuters',
  // Codes written with dots or spaces between their letters.
  'و.م.ع': 'ومع',
  'و م ع': 'ومع',
  'و.أ.ج': 'وأج',
  'أ.ف.ب': 'أ ف ب',
}));

/**
 * What opens a line crediting agencies under the body, before the agency
 * (`Avec AFP`, `(With MAP)`, `D'après APS`, `عن وكالة فرانس برس`), longest first.
 */
export const AGENCY_CREDIT_LEADS: readonly string[] = /* @__PURE__ */ phrases(
  "D'après l'|D’après l’|Avec l'|Avec l’|avec l'|avec l’|D'après |D’après |Avec |With |avec |with |عن وكالة |عن ",
);

/** Words joining two agencies on a credit line (`Avec AFP et Reuters`). */
export const AGENCY_JOINS: readonly string[] = /* @__PURE__ */ phrases(' et | and | و| & |, | / ');

/** Rubrics glued to an article's lead with a full stop (`Kiosque360. Les cliniques…`). */
export const RUBRICS: readonly string[] = /* @__PURE__ */ phrases(
  'Revue de presseKiosque360|Kiosque360|Revue de presse|Kiosque',
);
