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

/** The site's masthead, its menu on one line, and its footer's rights line. */
export const SITE_TOP = [
  "Le Courrier de l'Est",
  'Accueil Politique Économie Société Sport',
] as const;
export const SITE_FOOT = "© 2026 Le Courrier de l'Est";
