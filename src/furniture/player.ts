/**
 * Recogniser for a web video player's control labels as crawlers keep them
 * (video.js and its kin print them as hidden text): `Play Video`, `Mute`,
 * `Current Time 0:00`, `/`, `Duration 2:14`, `Loaded: 0%`, `Fullscreen`. Whole
 * lines; a writer's sentence is none of them.
 */

import { fold, headCode } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** The player's buttons and menus, whole lines (folded). */
const LABELS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'play video|play|pause|replay|mute|unmute|fullscreen|non-fullscreen|exit fullscreen|picture-in-picture|' +
      'exit picture-in-picture|playback rate|audio track|captions|captions off|captions settings|' +
      'subtitles off|descriptions off|chapters|close modal dialog|this is a modal window.|' +
      'seek to live, currently behind live|seek to live, currently playing live|stream type live|/',
  ).map((l) => fold(l)),
);

/** Longest label line. */
const MAX_LABEL = 40;

/** A readout: `Current Time 0:00`, `Duration 2:14`, `Remaining Time -2:14`, `Loaded: 0%`, `Progress: 0%` (folded). */
const READOUT =
  /^(?:(?:current time|duration|duration time|remaining time) -?\d{1,2}:\d{2}(?::\d{2})?|(?:loaded|progress): ?\d{1,3}(?:\.\d{1,2})?%)$/;

/**
 * The heads (first two folded characters, as `foldHeadCode` gives them) of the labels and of the readouts'
 * words (`current`, `duration`, `remaining`, `loaded`, `progress`): a line opening otherwise is none.
 */
const PLAYER_HEADS: ReadonlySet<number> = /* @__PURE__ */ new Set(
  [...LABELS, 'cu', 'du', 're', 'lo', 'pr'].map(headCode),
);

/**
 * Whether a whole line is a video player's control label or readout; `folded`, when given, gives its fold, and
 * `head`, when given, its head code (`foldHeadCode`): a line whose head opens no label nor readout is turned
 * down unfolded: the caller asks of every short line, most of which open otherwise.
 */
export function isPlayerLine(text: string, folded?: () => string, head?: number): boolean {
  if (text.length > MAX_LABEL || (head !== undefined && !PLAYER_HEADS.has(head))) return false;
  const f = (folded ? folded() : fold(text)).trim();
  return LABELS.has(f) || READOUT.test(f);
}
