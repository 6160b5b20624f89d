/**
 * Hard-wrapped text in a script with no case (issue 10, point 3): a short
 * Arabic dispatch as `lynx -dump` prints it holds too few wrapped lines to
 * measure a width on many pairs, and its lines cannot go on in lower case.
 * Its paragraphs closing on a full stop tell prose from a list of headlines.
 * Synthetic pages.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { AR_FOOTER, AR_PARAGRAPHS, AR_TITLE, wrap } from './helpers/port-page.js';

const MENU = ['     * الرئيسية', '     * اقتصاد', '     * رياضة'].join('\n');
const [A1, A2] = AR_PARAGRAPHS as [string, string];

/** lynx's page: the menu as a list, the centred headline, `blocks` (already laid out), the rights line. */
const lynx = (blocks: string[]): string =>
  `${[MENU, `             ${AR_TITLE}`, ...blocks, `   ${AR_FOOTER}`].join('\n\n')}\n`;

describe('a two-paragraph Arabic dispatch wrapped by lynx', () => {
  test('its wrapped lines are joined: two paragraphs under the headline', () => {
    const blocks = [A1, A2].map((p) => wrap(p, 76, '   ').join('\n'));
    // The fixture is what the rule needs: three wrapped pairs, too few for the general count.
    expect(blocks.join('\n').split('\n')).toHaveLength(5);
    const a = parseArticle(lynx(blocks));
    expect(a.title).toBe(AR_TITLE);
    expect(a.paragraphs.map((p) => p.text)).toEqual([A1, A2]);
  });

  test('a list of headlines of like length, no stops, stays one headline a line', () => {
    const heads = [
      'الحكومة تصادق على مشروع قانون المالية وتعد بخفض العجز خلال السنة المقبلة',
      'ارتفاع أسعار الخضر في أسواق الدار البيضاء مع اقتراب شهر رمضان المبارك',
      'المنتخب الوطني يواجه نظيره الغاني وديا استعدادا لكأس إفريقيا للأمم',
      'انطلاق الدورة الجديدة لمهرجان السينما بطنجة بمشاركة أفلام من عشرين بلدا',
    ].map((h) => `   ${h}`);
    const a = parseArticle(lynx([heads.join('\n')]));
    expect(a.paragraphs.map((p) => p.text).join('\n')).not.toContain(
      'العجز خلال السنة المقبلة ارتفاع',
    );
  });
});
