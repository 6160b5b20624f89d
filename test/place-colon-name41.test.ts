/**
 * `<place>: <name>` under the headline (`الجزائر: هدى بن علي`, `Alger : Nadia Ferhat`), as Algerian dailies
 * sign (blind round 41n): the name is the author's, the headline over it the title; a headline opening with a
 * place and a colon stays the title.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const AR_BODY =
  'أطلقت وزارة الفلاحة والتنمية الريفية، اليوم السبت، حملة وطنية لغرس مليون شجرة زيتون عبر ولايات الهضاب العليا والجنوب.\n\n' +
  'وأوضح بيان للوزارة أن الحملة تندرج ضمن برنامج توسيع المساحات المزروعة وتعزيز إنتاج زيت الزيتون خلال السنوات المقبلة.\n';
const FR_BODY =
  "Le ministère de l'Agriculture a lancé samedi une campagne nationale de plantation d'un million d'oliviers dans les Hauts Plateaux.\n\n" +
  "Selon un communiqué, la campagne s'inscrit dans un programme d'extension des surfaces cultivées et se poursuivra jusqu'en mars.\n";

describe('a place, a colon, then a name under the headline', () => {
  test('Arabic', () => {
    const a = parseArticle(
      `الشروق الجديد\n\nوزارة الفلاحة تطلق حملة وطنية لغرس مليون شجرة زيتون\n\nالجزائر: هدى بن علي\n\nنشر في: 05 ديسمبر 2026 - 11:20\n\n${AR_BODY}`,
    );
    expect([a.title, a.authors, a.publishedAt?.slice(0, 10)]).toEqual([
      'وزارة الفلاحة تطلق حملة وطنية لغرس مليون شجرة زيتون',
      ['هدى بن علي'],
      '2026-12-05',
    ]);
  });

  test('French, a space before the colon', () => {
    const a = parseArticle(
      `Le Quotidien d'Alger\n\nUne campagne pour planter un million d'oliviers\n\nAlger : Nadia Ferhat\n\nPublié le 05/12/2026\n\n${FR_BODY}`,
    );
    expect([a.title, a.authors]).toEqual([
      "Une campagne pour planter un million d'oliviers",
      ['Nadia Ferhat'],
    ]);
  });

  test('guard: a headline opening with a place and a colon stays the title', () => {
    const a = parseArticle(
      `الشروق الجديد\n\nالجزائر: توقيف شبكة لتهريب المخدرات\n\nنشر في: 05 ديسمبر 2026 - 11:20\n\n${AR_BODY}`,
    );
    expect([a.title, a.authors]).toEqual(['الجزائر: توقيف شبكة لتهريب المخدرات', []]);
  });

  test('guard: a short headline naming a person after the place stays the title', () => {
    const a = parseArticle(
      `الشروق الجديد\n\nالجزائر: عبد المجيد تبون يستقبل سفير فرنسا\n\nنشر في: 05 ديسمبر 2026 - 11:20\n\n${AR_BODY}`,
    );
    expect(a.title).toBe('الجزائر: عبد المجيد تبون يستقبل سفير فرنسا');
  });
});
