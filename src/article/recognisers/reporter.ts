/**
 * Recogniser: reporters' bylines in Korean, Japanese and Chinese, where the
 * word for "reporter" stands beside the name, with no capital to tell a name
 * by: Korean `김민수 기자` (after the name, a space or none), Japanese
 * `山田太郎記者` (after the name, closing a header's line), Chinese `记者 王明`,
 * `（记者 王明 李华）` (before the names). Read on a header's line alone, and at
 * a lead paragraph's opening, where agencies sign (`(서울=연합뉴스) 김민수 기자 = …`,
 * `新华社北京3月12日电（记者 王明）…`). Names are spans of the block's text.
 */
import type { Block } from '../../input/block.js';

/** A name read, as a span of the input. */
export interface ReporterName {
  text: string;
  start: number;
  end: number;
}

/** Longest header line read as a reporter's byline (a date may stand before a Japanese one). */
const MAX_LINE = 60;

/** The words for "reporter" the lines below are read around. */
const REPORTER_WORDS = ['기자', '記者', '记者'];

/** Korean: one to four names of two to four syllables, then `기자` closing the line or before `=` or an address. */
const KOREAN_LINE =
  /^((?:[\uac00-\ud7a3]{2,4}[·, ]){0,3}[\uac00-\ud7a3]{2,4}) ?기자(?:$| ?=| [\w.+-]{1,40}@)/u;
/** Japanese: a name of kanji and kana (two to eight) closing the line with `記者`, alone or after a date. */
const JAPANESE_LINE = /(?:^|[ \u3000])([\u3040-\u30ff\u4e00-\u9fff]{2,8})記者$/u;
/** Chinese: `记者` (`記者`), a colon or a space, then one to four names of two to four characters, in brackets or not. */
const CHINESE_LINE =
  /^[（(]?(?:记者|記者)[：: \u3000]*((?:[\u4e00-\u9fff]{2,4}[ 、\u3000]){0,3}[\u4e00-\u9fff]{2,4})[）)]?$/u;

/** A Korean lead's opening: an agency's place and name in brackets, the reporter, `기자 =`. */
const KOREAN_LEAD =
  /^(?:[([【][^()[\]【】]{1,30}[)\]】] ?)?((?:[\uac00-\ud7a3]{2,4}[·, ]){0,3}[\uac00-\ud7a3]{2,4}) ?기자 ?=/u;
/** A Chinese lead's opening: the paper's or agency's place and day (`本报讯`, `新华社北京3月12日电`), then `（记者 …）`. */
const CHINESE_LEAD =
  /^[^（(]{0,24}[（(](?:记者|記者)[：: \u3000]*((?:[\u4e00-\u9fff]{2,4}[ 、\u3000]+){0,3}[\u4e00-\u9fff]{2,4})[）)]/u;

/** A name in a group (names are parted by spaces, `、`, `·` or commas). */
const NAME = /[^ 、·,\u3000]+/gu;

/** The names of the group `names`, which stands at `at` in a block starting at `start`, as spans of the input. */
function namesAt(names: string, at: number, start: number): ReporterName[] {
  const out: ReporterName[] = [];
  for (const m of names.matchAll(NAME)) {
    const from = start + at + m.index;
    out.push({ text: m[0], start: from, end: from + m[0].length });
  }
  return out;
}

/** The reporters a header's line names alone (`김민수 기자`, `2024年3月12日　山田太郎記者`, `记者 王明`); empty when it is no such line. */
export function reporterLine(block: Block): ReporterName[] {
  const text = block.text;
  // The reporter's word first: most lines hold none, and no pattern is run on them.
  if (text.length > MAX_LINE || !REPORTER_WORDS.some((w) => text.includes(w))) return [];
  const m = KOREAN_LINE.exec(text) ?? JAPANESE_LINE.exec(text) ?? CHINESE_LINE.exec(text);
  const names = m?.[1];
  return m && names ? namesAt(names, m.index + m[0].indexOf(names), block.start) : [];
}

/** The reporters signing a lead paragraph at its opening (`(서울=연합뉴스) 김민수 기자 = …`, `本报讯（记者 王明）…`). */
export function reporterLead(block: Block): ReporterName[] {
  const text = block.text;
  const m = KOREAN_LEAD.exec(text) ?? CHINESE_LEAD.exec(text);
  const names = m?.[1];
  return m && names ? namesAt(names, m[0].lastIndexOf(names), block.start) : [];
}
