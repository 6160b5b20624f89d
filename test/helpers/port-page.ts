/**
 * The synthetic news page the text-path tests build on (an invented port
 * story): a short menu, a headline, four paragraphs and a footer. Written
 * here; no third-party text.
 */

/** A site's top menu, one entry a line. */
export const MENU = ['Home', 'World', 'Business', 'Technology', 'Sport', 'Sign in', 'Subscribe'];

/** The headline. */
export const TITLE = 'Port traffic at Tangier up nine percent';

/** The article's four paragraphs. */
export const PARAGRAPHS = [
  'The port authority of Tangier said on Tuesday that container traffic rose by nine percent in the first half of the year, driven by new shipping lines to West Africa and the reopening of a terminal that had been closed for repairs.',
  'Officials expect the growth to continue through the autumn, when two more cranes are due to enter service and the rail link to the industrial zone is finally completed after three years of delays.',
  'Shipping companies have welcomed the figures, although several of them warned that congestion at the gates was still costing them hours every day and that the new booking system had not yet solved the problem.',
  'The authority said it would publish a detailed report on waiting times before the end of the month and would meet the main carriers in September to discuss what else could be done.',
];

/** The site's footer. */
export const FOOTER = [
  'About us',
  'Contact',
  'Privacy Policy',
  '© 2025 Example Media. All rights reserved.',
];

/** A page: menu, the given header lines, the paragraphs, `after` (what closes the article), the footer; one line each. */
export function pageWith(header: string[], after: string[] = []): string {
  return `${[...MENU, ...header, ...PARAGRAPHS, ...after, ...FOOTER].join('\n')}\n`;
}

/** The page, blocks a blank line apart: menu, headline, byline, the paragraphs with `line` between the second and the third, footer. */
export function pageWithLine(line: string): string {
  const body = [...PARAGRAPHS.slice(0, 2), line, ...PARAGRAPHS.slice(2)];
  return [
    ...MENU,
    '',
    TITLE,
    'By Karim Benali',
    '',
    ...body.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
}

/** The page, blocks a blank line apart: menu, headline, byline and `line` under it, the paragraphs, footer. */
export function pageUnderByline(line: string): string {
  return [
    ...MENU,
    '',
    TITLE,
    'By Karim Benali',
    line,
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
}

/** Wraps a paragraph at `width` columns behind `indent`, as lynx prints it (a word never split). */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** The same port story in Arabic: the menu line, the headline and three paragraphs. */
export const AR_MENU = 'الرئيسية سياسة اقتصاد رياضة';
export const AR_TITLE = 'ميناء طنجة يوسع محطة الحاويات لاستقبال خطوط جديدة';
export const AR_PARAGRAPHS = [
  'أعلنت سلطة ميناء طنجة يوم الثلاثاء عن توسيع محطة الحاويات، في ورش يمتد ثلاث سنوات ويهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.',
  'وستنطلق الأشغال في الخريف بعد الحصول على آخر التراخيص، وستشغل قرابة ألفي عامل حسب إدارة الميناء التي تعد بانعكاسات إيجابية على الجهة كلها.',
  'ورحب الناقلون بالمشروع، وإن ذكر عدد منهم أن الاكتظاظ عند بوابات المحطة ما زال يكلفهم ساعات كل يوم.',
];
/** The Arabic site's rights line. */
export const AR_FOOTER = '© 2024 جميع الحقوق محفوظة';

/** The Arabic page, blocks a blank line apart: menu, headline, `header`, `body` (the three paragraphs by default), `after`, rights line. */
export function arPageWith(header: string[], after: string[] = [], body = AR_PARAGRAPHS): string {
  return `${[AR_MENU, AR_TITLE, ...header, ...body, ...after, AR_FOOTER].join('\n\n')}\n`;
}
