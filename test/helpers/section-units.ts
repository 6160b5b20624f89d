/**
 * A French city site's teaser units as a section page or a related box prints them: a headline, a one-sentence
 * summary written whole (not cut by `…`) and the date line, newest first. The tests of listing addresses, of
 * listings read from such units and of related boxes made of them share them.
 */

/** Three units: headline, summary, date line (`06/12/2026`), newest first. */
export const SECTION_UNITS: readonly (readonly [string, string, string])[] = [
  [
    "Le tramway prolongé jusqu'à Sidi Moumen d'ici 2028",
    "La ligne T2 reliera le centre-ville au quartier de Sidi Moumen, à l'est de la métropole, selon le tracé présenté samedi.",
    '06/12/2026',
  ],
  [
    'Les bus de la ville renouvelés à moitié en un an',
    "La société de transport a reçu cette semaine les cent derniers bus de la commande passée l'an dernier.",
    '01/12/2026',
  ],
  [
    'Un parking souterrain sous la place des Nations Unies',
    'Les travaux du parking de 600 places doivent commencer en janvier et durer deux ans, selon la commune.',
    '28/11/2026',
  ],
];

/** The same shape on an English city site (`December 5, 2026`). */
export const SECTION_UNITS_EN: readonly (readonly [string, string, string])[] = [
  [
    'Council approves new cycle lanes on the ring road',
    'The four-kilometre route will separate bikes from traffic between the station and the university.',
    'December 5, 2026',
  ],
  [
    'Library to open on Sundays from January',
    'The central library will open from noon to five on Sundays after a trial run in the autumn.',
    'December 2, 2026',
  ],
  [
    'Harbour footbridge reopens after repairs',
    'The bridge had been closed since the summer storms damaged two of its supporting piers.',
    'November 27, 2026',
  ],
];

/** The same shape on an Arabic city site (`2026/12/06`). */
export const SECTION_UNITS_AR: readonly (readonly [string, string, string])[] = [
  [
    'انطلاق أشغال توسيع ميناء الصيد بالمدينة',
    'تهدف الأشغال إلى مضاعفة قدرة الميناء على استقبال قوارب الصيد الساحلي خلال السنتين المقبلتين.',
    '2026/12/06',
  ],
  [
    'افتتاح مكتبة بلدية جديدة بحي النصر',
    'تضم المكتبة قاعة للمطالعة وفضاء للأطفال وستفتح أبوابها طيلة أيام الأسبوع.',
    '2026/12/02',
  ],
  [
    'تجديد شبكة الإنارة العمومية بوسط المدينة',
    'شملت العملية تعويض أكثر من ألف مصباح قديم بمصابيح اقتصادية خلال شهر نوفمبر.',
    '2026/11/28',
  ],
];

/** The site's masthead, its menu on one line, and its footer's rights line. */
export const SITE_TOP = [
  "Le Courrier de l'Est",
  'Accueil Politique Économie Société Sport',
] as const;
export const SITE_FOOT = "© 2026 Le Courrier de l'Est";
