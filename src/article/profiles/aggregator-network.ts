/**
 * The aggregator network (maghress, djazairess, turess, masress, sudaress,
 * yemeress, sauress): one template on every site. Data only.
 */

import { phrases } from '../../util/tables.js';
import type { SiteProfile } from './profile.js';

/** The network's template: dialog strings, footers and source-line forms. */
export const AGGREGATOR_NETWORK: SiteProfile = {
  name: 'aggregator network',
  hosts: /* @__PURE__ */ phrases(
    'maghress.com|djazairess.com|turess.com|masress.com|sudaress.com|yemeress.com|sauress.com',
  ),
  boilerplate: /* @__PURE__ */ phrases(
    "Merci d'avoir signalé!|" +
      "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes.|" +
      // Arabic wording of the image-report dialog: not yet seen in a real dump (LAYOUTS.md §1a).
      'شكرا على التبليغ!|سيتم حجب هذه الصورة تلقائيا بعد أن يتم التبليغ عنها من طرف عدة أشخاص.',
  ),
  footers: [
    "Cliquez ici pour lire l'article depuis sa source.",
    // Arabic footer: unverified wording, see LAYOUTS.md §1a.
    'اضغط هنا لقراءة المقال من مصدره.',
  ],
  sourceLines: [
    { prefix: 'Publié dans ', connector: ' le ', lang: 'fr' },
    { prefix: 'نشر في ', connector: ' يوم ', lang: 'ar' },
  ],
};
