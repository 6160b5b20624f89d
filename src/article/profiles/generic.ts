/** Boilerplate and related-link labels seen across news sites. Data only. */
import type { SiteProfile } from './profile.js';

/** Interface lines of any site: share bars, comment forms, newsletter prompts. */
export const GENERIC: SiteProfile = {
  name: 'any news site',
  hosts: [],
  boilerplate: [
    'Laissez un commentaire',
    'Commentaires',
    'Partager',
    'PARTAGER',
    'Advertising',
    'Publicité',
    'Recevoir notre newsletter',
    'Short Url',
    'اترك تعليقاً',
    'اترك تعليقا',
    'زر الذهاب إلى الأعلى',
    'مساحة إعلانية',
  ],
  footers: [],
  sourceLines: [{ prefix: 'Published in ', connector: ' on ', lang: 'en' }],
};

/** Labels that introduce a related-article link, before `:`, `|` or `-`. */
export const RELATED_LABELS: readonly string[] = [
  'Lire aussi',
  'A lire aussi',
  'À lire aussi',
  'Lire également',
  'A lire également',
  'À lire également',
  'Voir aussi',
  'Read also',
  'Also read',
  'Read more',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إقرأ أيضا',
  'إقرأ أيضاً',
  'اقرأ ايضا',
  'شاهد أيضا',
  'شاهد أيضاً',
];
