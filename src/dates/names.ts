// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Month and day names: French, English and Arabic (three month families) first, then the other languages pages
 * are written in. Folded keys. Data only. A month table is written as rows of twelve slots, January to
 * December, separated by spaces (`-`: a month the row leaves to another row); a day table as one string of
 * space-separated names.
 */
import { fold } from '../text/fold.js';
import { byMonth, phrases, words } from '../util/tables.js';

/** The French month names (folded), January to December: one row of {@link MONTHS}. */
export const FRENCH_MONTHS = 'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre';

/** The English month names, January to December: one row of {@link MONTHS}. */
export const ENGLISH_MONTHS = 'january february march april may june july august september october november december';

/** English month abbreviations as bylines and stamps print them (`Jul 24`, `Sept. 3`), January to December. */
export const ENGLISH_SHORT_MONTHS = 'jan feb mar apr jun jul aug sep sept oct nov dec';

/** Month names → month number. */
export const MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ byMonth(
  FRENCH_MONTHS,
  'janv fevr - avr - - juil - sept oct nov dec',
  ENGLISH_MONTHS,
  'jan feb mar apr - jun jul aug sep - - -',
  // Egyptian and Levantine names
  'يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر',
  // Maghrebi names (Morocco: ماي، يونيو، يوليوز، غشت، شتنبر، نونبر، دجنبر; Algeria/Tunisia: جانفي، فيفري، أفريل، جوان، جويلية، أوت)
  '- - - - ماي - يوليوز غشت شتنبر - نونبر دجنبر',
  'جانفي فيفري - افريل - جوان جويلية اوت - - - -',
  // Syriac (Levantine) names
  phrases('كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني|كانون الاول'),
);

/** Day names (French, English, Arabic). */
export const DAYS: ReadonlySet<string> = new Set(
  /* @__PURE__ */ words(
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد'
  ),
);

/** Weekday names in the other languages pages are written in (German, Spanish, Portuguese, Italian, Dutch), folded. Data only. */
const MORE_DAYS: readonly string[] = /* @__PURE__ */ words(
  'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag ' +
  'lunes martes miercoles jueves viernes sabado domingo ' +
  'segunda-feira terca-feira quarta-feira quinta-feira sexta-feira ' +
  'lunedi martedi mercoledi giovedi venerdi sabato domenica ' +
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'
);

/** Weekday names in every language above (folded): {@link DAYS} and the other languages'. */
export const WEEKDAYS: ReadonlySet<string> = new Set([...DAYS, ...MORE_DAYS]);

/** Month names in the other languages pages are written in (German, Spanish, Italian, Portuguese, Dutch, Russian, Polish, Turkish…), folded. Data only. */
const MORE_MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ byMonth(
  // German (feber, jänner: Austrian)
  'januar februar marz - - juni juli - - oktober - dezember',
  'jaenner feber maerz - - - - - - okt - dez',
  'janner febr mrz - - - - - - - - -',
  // Spanish
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'ene - - abr - - - ago setiembre - - dic',
  // Italian
  'gennaio febbraio - aprile maggio giugno luglio - settembre ottobre - dicembre',
  'gen - - - mag giu lug - set ott - -',
  // Portuguese
  'janeiro fevereiro marco - maio junho julho - setembro outubro novembro dezembro',
  // Dutch
  'januari februari maart - mei - - augustus sept - - -',
  '- - mrt - - - - - - okt - -',
  // Russian and Ukrainian (genitive, as dates write them), Polish (genitive), Turkish.
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  // Russian abbreviations (`12 янв. 2021`; мая is whole).
  'янв фев мар апр - июн июл авг сен окт ноя дек',
  '- февр - - - - - - сент - нояб -',
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia',
  'ocak subat mart nisan mayıs haziran temmuz agustos eylul ekim kasım aralık',
  // Danish, Norwegian, Swedish (beyond the German and Dutch spellings above).
  '- - marts - maj - - augusti - - - desember',
  // Indonesian and Malay.
  '- - maret - - - - agustus - - - -',
  '- - mac - - - julai ogos - - - disember',
  // Czech and Slovak (genitive, as dates write them).
  'ledna unora brezna dubna kvetna cervna cervence srpna zari rijna listopadu prosince',
  'januara februara - aprila - juna jula augusta septembra oktobra novembra decembra',
  // Romanian.
  'ianuarie februarie martie aprilie - iunie iulie - septembrie octombrie noiembrie decembrie',
  // Hungarian (written year first: `2020. március 12.`).
  '- - marcius aprilis majus junius julius augusztus szeptember - - -',
  // Finnish (partitive, as dates write them).
  'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesakuuta heinakuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  // Catalan.
  'gener febrer marc - maig juny juliol agost setembre octubre - desembre',
  // Bulgarian (маи: май, folded).
  'януари февруари март април маи юни юли август септември октомври ноември декември',
  // Greek (genitive, folded: no accents).
  'ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου αυγουστου σεπτεμβριου οκτωβριου νοεμβριου δεκεμβριου',
  // Greek abbreviations (folded: `Μαΐ` is μαι).
  'ιαν φεβ μαρ απρ μαι ιουν ιουλ αυγ σεπ οκτ νοε δεκ',
  // Serbian and Slovenian genitives the Czech, Slovak and Polish ones do not spell alike.
  '- - marta - - - - avgusta - - - -',
  'januarja februarja - - - junija julija - - - - -',
  // Estonian (märts folds to the Danish marts).
  'jaanuar veebruar - aprill - juuni juuli - - oktoober - detsember',
  // Galician (the rest spelled as in Spanish or Portuguese; xuno: xuño, folded).
  'xaneiro febreiro - - - xuno xullo - - - - decembro',
);

/**
 * Whether `word` holds `min` to `max` characters, a surrogate pair counted as
 * one (as `{min,max}` counts them in a `u` pattern). The date patterns match a
 * month's letters as `\p{L}+` and bound them here: a bounded repeat of a letter
 * class is compiled once per repeat, which cost a process 15–140 ms on its first
 * two-byte line.
 */
export function lettersWithin(word: string, min: number, max: number): boolean {
  let n = word.length;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n >= min && n <= max;
}

/** The month number of a month name or abbreviation, any supported language. */
export function monthNumber(word: string): number | undefined {
  const key = fold(word).replace(/\.$/, '');
  return MONTHS.get(key) ?? MORE_MONTHS.get(key);
}
