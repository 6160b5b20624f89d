/**
 * Recogniser for the caption of an embedded video (or sound, or photo
 * gallery) inside an article, as news sites label it: a medium's name in
 * front, then a mark, then the caption (`VIDÉO. Le chantier vu du ciel`,
 * `VIDEO: The site seen from above`, `Vidéo : les premiers essais`,
 * `فيديو. الورش من السماء`, `EN IMAGES. …`, `WATCH: …`). A caption is no
 * sentence: it ends with no full stop unless its label is written in
 * capitals, as such captions are. Labels are data, matched on the folded
 * line start.
 */
import { fold, foldHeadCode, headCode } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Media labels, folded. */
const LABELS: readonly string[] = /* @__PURE__ */ phrases(
  'video|videos|en video|audio|podcast|photos|en images|diaporama|infographie|watch|listen|in pictures|' +
    'fotos|bildergalerie|fotogalerie|galeria|fotogallery|فيديو|بالفيديو|شاهد|بالصور|صور',
).map((w) => fold(w));

/** Longest label, and the longest line read as a labelled caption. */
const LONGEST_LABEL = Math.max(...LABELS.map((l) => l.length));
const MAX_CAPTION = 200;

/** The first two characters of every label's fold (`headCode`): a line opening otherwise is none, and is not folded. */
const OPENINGS: ReadonlySet<number> = new Set(LABELS.map(headCode));

/** Marks between the label and the caption: `VIDÉO. `, `Video: `, `VIDEO | `, `Vidéo - `. */
const MARKS = '.:|-–—/';

/** True for a line that is a video's (or a gallery's, a sound's) labelled caption; `folded` is its fold when the caller keeps one. */
export function isMediaCaption(text: string, folded?: string): boolean {
  if (text.length > MAX_CAPTION || text.length < 8) return false;
  if (!OPENINGS.has(foldHeadCode(text))) return false;
  const head = folded ?? fold(text.slice(0, LONGEST_LABEL + 4));
  for (const label of LABELS) {
    if (!head.startsWith(label)) continue;
    let i = label.length;
    if (head.charAt(i) === ' ') i++;
    if (!MARKS.includes(head.charAt(i)) || head.charAt(i) === '') continue;
    // The mark is followed by a space and the caption (`VIDEO.mp4` or `Vidéo.fr` are no labels).
    if (head.charAt(i + 1) !== ' ' && head.length > i + 1) continue;
    const end = text.trimEnd();
    if (!end.endsWith('.') || end.endsWith('...')) return true;
    // A full stop: the label in capitals still marks a caption (`VIDEO: Police said the road was closed.`).
    const raw = text.slice(0, label.length);
    return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  }
  return false;
}
