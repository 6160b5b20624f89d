/**
 * Lower-case words that stand inside personal names (`Jong de`, `Abdelkader
 * ben Ali`, `Ludwig van Beethoven`, `García y Pérez`): a name's other words
 * are capitalised. Shared by the HTML and text bylines.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'zu',
  'da',
  'di',
  'dos',
  'das',
  'del',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
  'ter',
  'y',
  'e',
]);
