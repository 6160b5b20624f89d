/**
 * Recogniser: bylines. `Par X le DD/MM/YYYY à HHhMM`, `Par X| Le …`,
 * `Rédigé par X le …`, `Par Lesinfos -le`, `By X - Mon DD, YYYY Place`,
 * `Auteur: X`, `Author: X`, `بواسطة X`, `بقلم X`, and the bare label
 * (`بواسطة` alone: the name is on the next line). Returns the author's span
 * and the span of the rest of the line, where a date may stand.
 */
import type { Block } from '../../input/block.js';

/** Longest line read as a byline. */
const MAX_LENGTH = 220;
/** Longest author name. */
const MAX_NAME = 70;

const LABELS =
  /^(?:Rédigé par|Redigé par|Écrit par|Ecrit par|Publié par|Par|par|PAR|By|BY|by|Auteur ?:|Author ?:|Auteurs ?:|بواسطة|بقلم|كتب ?:|إعداد ?:)\s*:?\s*/u;
/** Where the name stops: a date connector, a pipe, a dash, a parenthesis, a comma. */
const NAME_END = /\s+(?:le|Le|on|On|-\s*le|في|يوم)(?=\s|$)|\s*[|｜]|\s+[-–—]|-le\b|\s*\(|,|\s+\d/u;

/** A byline read from a block. */
export interface Byline {
  /** The author's name as written; absent for an empty byline (`Par -le`) or a bare label. */
  name?: string;
  /** Span of the name in the input. */
  nameStart?: number;
  /** End of the name's span. */
  nameEnd?: number;
  /** Offset in the input where the rest of the line (date, place) starts. */
  restStart: number;
  /** The label stood alone: the name is the next line. */
  bareLabel: boolean;
}

/** True for a plausible person or desk name: 1 to 6 words, starts with a capital or an Arabic letter. */
export function nameLike(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  const words = name.split(/\s+/u);
  if (words.length > 6) return false;
  return /^[\p{Lu}\u0600-\u06ff]/u.test(name);
}

/** Reads `block` as a byline; undefined when it is not one. */
export function recogniseByline(block: Block): Byline | undefined {
  const text = block.text;
  if (text.length > MAX_LENGTH) return undefined;
  const label = LABELS.exec(text);
  if (!label) return undefined;
  const from = label[0].length;
  if (from === text.length) return { restStart: block.end, bareLabel: true };
  const rest = text.slice(from);
  const end = NAME_END.exec(rest);
  const nameEnd = end ? end.index : rest.length;
  const name = rest.slice(0, nameEnd).trim();
  // `par` in lower case starts many sentences (`par ailleurs`): only a capitalised name counts.
  if (name.length === 0) return { restStart: block.start + from, bareLabel: false };
  if (!nameLike(name)) return undefined;
  // `Par X – <a whole teaser>`: a teaser's author, not the page's byline.
  const after = rest.slice(nameEnd);
  if (after.length > 60 && !/\d/u.test(after.slice(0, 40))) return undefined;
  const nameStart = block.start + from + rest.indexOf(name);
  return {
    name,
    nameStart,
    nameEnd: nameStart + name.length,
    restStart: nameStart + name.length,
    bareLabel: false,
  };
}
