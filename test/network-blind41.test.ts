/**
 * Round 41d's network fixes (test/fixtures/dumps-blind41d/): an Arabic related
 * title folded into a body passage ends before a sentence's opener (`و` or `ف`
 * and a verb of saying, `وقد`, `كما`…; a title's words opening with `و` as a
 * noun stay in it), after `اقرأ أيضا..` too, a French one before `Rappelons` and before a quote mark
 * opening the next sentence (a title's own « » stay); the network URL's source
 * slugs seen in the corpus are named.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

describe('an Arabic related title folded into a body passage', () => {
  const lead =
    'أعلنت وزارة التجهيز، أمس الاثنين، عن إطلاق أشغال توسيع الطريق الرابط بين أكادير وتزنيت على طول 90 كيلومترا، بكلفة تناهز مليار درهم، على أن تنتهي الأشغال في غضون ثلاث سنوات من تاريخ انطلاقها.';
  const tail =
    ' إلى أن المشروع سيخفف الضغط على المقطع الحالي الذي يشهد حوادث متكررة خلال فصل الصيف، ويقلص مدة الرحلة بين المدينتين إلى أقل من ساعة.';

  test('ends before `وأوضح` opening the next sentence', () => {
    const title = 'جهة سوس ماسة تطلق صفقة لتثنية الطريق الوطنية رقم 1';
    const a = parseArticle(`${lead} اقرأ أيضاً| ${title} وأوضح بلاغ للوزارة${tail}`, {
      url: 'https://www.maghress.com/alahdath/1234567',
    });
    expect(a.related.map((r) => r.title)).toEqual([title]);
    expect(a.paragraphs.at(-1)?.text).toContain('وأوضح بلاغ للوزارة إلى أن المشروع');
  });

  test.each([
    'وقد أكد الوزير أن',
    'كما أكد بلاغ الوزارة أن',
    'وحسب المصدر ذاته فإن',
    'وأشارت الوزارة',
  ])('ends before `%s`', (opener) => {
    const title = 'جهة سوس ماسة تطلق صفقة لتثنية الطريق الوطنية رقم 1';
    const a = parseArticle(`${lead} اقرأ أيضا: ${title} ${opener}${tail}`, {});
    expect(a.related.map((r) => r.title)).toEqual([title]);
  });

  test('after `اقرأ أيضا..` (two dots part the label from the title)', () => {
    const title = 'جهة سوس ماسة تطلق صفقة لتثنية الطريق الوطنية رقم 1';
    const a = parseArticle(`${lead} اقرأ أيضا.. ${title} وأوضح بلاغ للوزارة${tail}`, {});
    expect(a.related.map((r) => r.title)).toEqual([title]);
  });

  test('a title whose words open with `و` as a noun keeps them (guard)', () => {
    const title = 'الطريق السريع بين تازة والحسيمة يدخل الخدمة ووزارة التجهيز تعد بالمزيد';
    const a = parseArticle(`${lead} اقرأ أيضاً| ${title}. وأشار المصدر ذاته${tail}`, {});
    expect(a.related.map((r) => r.title)).toEqual([`${title}.`]);
  });
});

describe('a French related title folded into a body passage', () => {
  const lead =
    'Le ministère des Transports a annoncé mardi le lancement des travaux de la nouvelle gare de marchandises, un chantier de 14 milliards de dinars attendu depuis près de dix ans par les opérateurs de la région.';
  const title = 'Oran : le port sec de Misserghine livré au premier trimestre';
  const tail =
    ' projet devra être livré avant la fin de l’année prochaine, selon la même source, qui parle d’un calendrier tenu.';

  test.each(['« Nous avons bon espoir que le', 'Rappelons que le'])(
    'ends before `%s`',
    (opener) => {
      const a = parseArticle(`${lead} Lire aussi : ${title} ${opener}${tail}`, {});
      expect(a.related.map((r) => r.title)).toEqual([title]);
    },
  );

  test('a title holding « » keeps them (guard)', () => {
    const quoted = 'Le « Festival des oasis » de Tozeur ouvre vendredi';
    const a = parseArticle(`${lead} Lire aussi : ${quoted} Les organisateurs du${tail}`, {});
    expect(a.related.map((r) => r.title)).toEqual([quoted]);
  });
});

describe("the network URL's source slugs", () => {
  const body =
    'Le ministère de l’Agriculture a annoncé mardi le lancement d’un programme de plantation de dix mille hectares de caroubiers dans les communes rurales touchées par la sécheresse, pour un coût de 45 millions de dinars. Les plants seront distribués gratuitement aux petits agriculteurs, qui s’engagent à les irriguer pendant deux ans.';
  test.each([
    ['https://www.maghress.com/alahdath/8841257', 'الأحداث المغربية'],
    ['https://www.turess.com/fr/tapfr/8183', 'TAP'],
    ['https://www.djazairess.com/ennahar/552010', 'النهار'],
  ])('%s names %s', (url, name) => {
    expect(parseArticle(body, { url }).source?.name).toBe(name);
  });
});
