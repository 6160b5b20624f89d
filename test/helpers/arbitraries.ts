/**
 * fast-check arbitraries for hostile and news-like strings: lone surrogates,
 * NULs and control characters, NBSP runs, Arabic (with presentation forms and
 * tatweel), French accents, markup fragments and the labels the parsers look for.
 */
import fc from 'fast-check';

/** Pieces that steer the parsers into their recognisers. */
const PIECES = [
  '\u00a0\u00a0\u00a0\u00a0',
  '\u00a0',
  '\n',
  '\r\n',
  '\n\n',
  'Publié dans ',
  ' le 14 - 05 - 2025',
  'نشر في ',
  ' يوم ١٤ - ٠٥ - ٢٠٢٥',
  'Lire aussi : ',
  'Lire aussi | ',
  'اقرأ أيضاً| ',
  'Par ',
  'Rédigé par ',
  'By ',
  'بواسطة',
  'منذ 5 أشهر',
  'il y a 3 heures',
  '12/05/2025',
  ' à 09h17',
  'Lire la suite »',
  '… ',
  '(APS)',
  'CAN 2025 : ',
  'عاجل: ',
  "2,34 milliards d'euros",
  '1 100 entrepôts',
  '4 %',
  'MMDH',
  "l'Association Marocaine des Exportateurs (ASMEX)",
  'M. Karim Bensaïd',
  '<p>',
  '</p>',
  '<div class="article">',
  '<script>',
  '<!--',
  '<a href="/x">',
  '&nbsp;',
  '&amp;',
  'ﻷ',
  'ـــ',
  '\u0000',
  '\u0007',
  '\ud800',
  '\udc00',
  '\ufffd',
  '«',
  '»',
  '"',
  ':',
  '.',
  ' ',
];

/** One code unit of any kind, lone surrogates included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Strings made of parser-steering pieces and arbitrary code units. */
export const hostileString = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 2, arbitrary: anyUnit },
      { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

/** Mixed-script words: Latin with accents, Arabic, digits. */
export const newsLikeString = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Le',
        'Maroc',
        'Alger',
        'Tunis',
        'الرباط',
        'المغرب',
        'dirhams',
        'مليون',
        '2025',
        '١٢',
        'CAN',
        'ONP',
        'à',
        'été',
        'Sonatrach',
      ),
      fc.constantFrom(' ', ' ', '\n', '\u00a0\u00a0\u00a0\u00a0', ', ', '. '),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));
