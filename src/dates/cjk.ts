/**
 * Recogniser for Chinese, Japanese and Korean dates: `2020年7月3日`, `2020년 7월 3일`, full-width digits
 * (`２０２０年７月３日`), a Japanese era's year (`令和2年7月15日`, `令和元年` for its first, `平成31年`) and
 * the Republic of China's with its prefix (`民國109年10月4日`). Shared by the HTML and text date finders.
 */

import { matchesOf } from '../text/matches.js';
import { recentDay, type WrittenDay } from './iso.js';

const CJK =
  /(?<![0-9０-９])([0-9０-９]{4}) ?[年년] ?([0-9０-９]{1,2}) ?[月월] ?([0-9０-９]{1,2}) ?[日일]/gu;
const ERA_DATE =
  /(令和|平成|民國|民国)([0-9０-９]{1,3}|元) ?年 ?([0-9０-９]{1,2}) ?月 ?([0-9０-９]{1,2}) ?日/gu;
/** The Gregorian year before each era's first. */
const ERA_START: Readonly<Record<string, number>> = {
  令和: 2018,
  平成: 1988,
  民國: 1911,
  民国: 1911,
};
/** The year mark every form holds: the gate. */
const YEAR_MARK = /[年년]/;

/** The number full-width (`０`–`９`) or ASCII digits write. */
function wide(digits: string | undefined): number {
  let n = 0;
  for (const ch of digits ?? '') {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return n;
}

/** The CJK dates of `text` (years 1990–2099): the Gregorian ones, then the era ones. */
export function findCjkDates(text: string): WrittenDay[] {
  if (!YEAR_MARK.test(text)) return [];
  const out: WrittenDay[] = [];
  const push = (y: number, m: number, d: number, index: number, len: number): void => {
    const iso = recentDay(y, m, d);
    if (iso) out.push({ iso, index, end: index + len });
  };
  for (const m of matchesOf(CJK, text))
    push(wide(m[1]), wide(m[2]), wide(m[3]), m.index, m[0].length);
  for (const m of matchesOf(ERA_DATE, text))
    push(
      (ERA_START[m[1] ?? ''] ?? 0) + (m[2] === '元' ? 1 : wide(m[2])),
      wide(m[3]),
      wide(m[4]),
      m.index,
      m[0].length,
    );
  return out;
}
