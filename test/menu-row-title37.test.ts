/**
 * A site's menu printed on one line (w3m) right over the article's date line
 * is no headline: the headline is under the date line, a kicker (`Feature`)
 * between them allowed (blind round 37d's Tunisian feature).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const headline = 'The potters of Nabeul bring back the old glazes';
const deck =
  'A cooperative of twelve workshops has revived recipes abandoned half a century ago, and its first pieces sold out within weeks.';
const text = [
  'In a courtyard behind the old market, Hedi and his daughter mix ground copper and sand in a basin, following a recipe written in his grandfather’s notebook.',
  'The cooperative was founded two years ago with the help of the regional crafts office, which lent the workshops a shared kiln and paid for a course in glaze chemistry.',
];

function page(menu: string, kicker: string[]): string {
  return [
    'Coastal Weekly',
    menu,
    'Wednesday, December 2, 2026',
    ...kicker,
    headline,
    deck,
    'By Sonia Mejri',
    ...text,
    '© 2026 Coastal Weekly',
  ].join('\n');
}

describe('a menu on one line over the date line', () => {
  test('the headline under the date and the kicker is the title, the deck no body', () => {
    const a = parseArticle(page('Home News Business Culture Travel Sport Opinion', ['Feature']));
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual(['Sonia Mejri']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-02');
    expect(a.paragraphs[0]?.text).toBe(text[0]);
    expect(a.related).toEqual([]);
  });

  test('a French menu (`Accueil Actualité Économie Régions Culture Sport`), no kicker', () => {
    const a = parseArticle(page('Accueil Actualité Économie Régions Culture Sport', []));
    expect(a.title).toBe(headline);
  });

  test('an Arabic menu (`الرئيسية وطنية جهات اقتصاد رياضة`) over the date line', () => {
    const input = [
      'صدى الساحل',
      'الرئيسية وطنية جهات اقتصاد رياضة ثقافة',
      'الأربعاء 2 ديسمبر 2026',
      'حرفيو نابل يعيدون إحياء الطلاء القديم للفخار',
      'أعادت تعاونية تضم اثنتي عشرة ورشة إحياء وصفات قديمة للطلاء تخلى عنها الحرفيون منذ نصف قرن، ونفدت قطعها الأولى في أسابيع قليلة.',
      'وتأسست التعاونية قبل عامين بدعم من المندوبية الجهوية للصناعات التقليدية التي وفرت فرنا مشتركا للورشات ودورة تكوينية في كيمياء الطلاء.',
    ].join('\n');
    expect(parseArticle(input).title).toBe('حرفيو نابل يعيدون إحياء الطلاء القديم للفخار');
  });

  test('guard: a headline opening with `Home` over the date line stays the title', () => {
    const input = [
      'Coastal Weekly',
      'Home prices in Nabeul rise for a third quarter in a row',
      'Wednesday, December 2, 2026',
      'By Sonia Mejri',
      ...text,
    ].join('\n');
    expect(parseArticle(input).title).toBe(
      'Home prices in Nabeul rise for a third quarter in a row',
    );
  });

  test('guard: under the date, a short headline over its deck: the deck is no title', () => {
    const question =
      'How did a cooperative of twelve workshops revive recipes abandoned half a century ago? And who buys the pieces?';
    const input = [
      'Coastal Weekly',
      'Print PDF',
      'Wednesday, December 2, 2026',
      'Old glazes',
      question,
      ...text,
    ].join('\n');
    expect(parseArticle(input).title).not.toBe(question);
  });
});
