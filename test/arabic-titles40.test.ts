/**
 * Arabic headlines the title reader missed (blind round 40d): a headline
 * under its kicker line over a deck no longer than itself, a headline running
 * its parts together with two dots (`… غينيا.. والمدرب …`), and a headline
 * over 100 characters holding a decimal comma (`2,25 في المائة`), which was
 * read as the body's first prose line.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const body = [
  'أعلنت الوزارة الوصية، صباح اليوم الأحد، عن إطلاق برنامج وطني جديد يمتد على ثلاث سنوات، ويشمل جميع الولايات دون استثناء، وفق بيان نشرته على موقعها الرسمي.',
  'وأوضح البيان أن البرنامج رصدت له ميزانية أولية تقدر بعشرة ملايير دينار، على أن تتم مراجعتها في منتصف المدة بناء على تقييم النتائج المحققة في الميدان.',
];

/** A page: masthead, menu one item a line, then `header` lines, the byline and date, the body. */
function page(header: string[], byline = 'كتب سمير بن علي'): string {
  return [
    'صدى الجزائر',
    'الرئيسية',
    'وطني',
    'اقتصاد',
    'رياضة',
    ...header,
    byline,
    'الأحد 6 ديسمبر 2026',
    ...body,
    '© صدى الجزائر 2026 - جميع الحقوق محفوظة',
  ].join('\n');
}

describe('the headline under its kicker line, over a deck no longer than itself', () => {
  const headline =
    'الجامعات تعتمد اللغة الإنجليزية في تدريس المواد العلمية ابتداء من الدخول المقبل';
  const deck = 'القرار يشمل طلبة السنة الأولى في كليات العلوم والتكنولوجيا والطب';
  test('kicker ⏎ headline ⏎ deck', () => {
    const a = parseArticle(page(['التعليم العالي', headline, deck]));
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual(['سمير بن علي']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(body);
  });
  test('a French page: surtitre ⏎ headline ⏎ a shorter deck', () => {
    const fr =
      'Les universités enseigneront les matières scientifiques en anglais dès la rentrée prochaine';
    const a = parseArticle(
      [
        'Écho d’Alger',
        'Accueil',
        'National',
        'Éducation',
        fr,
        'La mesure concerne les étudiants de première année en sciences',
        'Par Samir Benali',
        'Le 6 décembre 2026',
        'Le ministère a annoncé dimanche le lancement d’un programme national de trois ans, qui concernera toutes les wilayas sans exception, selon un communiqué.',
        'Le programme est doté d’un budget initial de dix milliards de dinars, qui sera revu à mi-parcours selon les résultats obtenus sur le terrain.',
      ].join('\n'),
    );
    expect(a.title).toBe(fr);
  });
});

describe('guard: a kicker line', () => {
  test('the masthead over a slogan is no kicker: the headline under the slogan stays the title', () => {
    const headline = 'وزارة الصحة تطلق حملة وطنية للتلقيح ضد الحصبة في المدارس';
    const a = parseArticle(
      [
        'صدى الجزائر',
        'جريدة يومية إخبارية مستقلة تصدر من العاصمة الجزائرية',
        headline,
        'كتب سمير بن علي',
        'الأحد 6 ديسمبر 2026',
        ...body,
      ].join('\n'),
    );
    expect(a.title).toBe(headline);
  });
  test('two lines of one length under the kicker: the line over the byline, as before (round 29b)', () => {
    const upper = 'الحكومة تعرض مشروع قانون المالية المعدل على البرلمان';
    const lower = 'البرلمان يصادق على مشروع قانون المالية المعدل بالأغلبية';
    const a = parseArticle(page(['التعليم العالي', upper, lower]));
    expect(a.title).toBe(lower);
  });
  test('a rubric over the headline with no deck: the headline', () => {
    const headline = 'الحكومة تصادق على مشروع قانون المالية المعدل لسنة 2026';
    const a = parseArticle(page(['وطني', headline]));
    expect(a.title).toBe(headline);
    expect(a.paragraphs.map((p) => p.text)).toEqual(body);
  });
});

describe('a headline with an Arabic run-on separator `..`', () => {
  test('over its deck: the headline', () => {
    const headline = '«الخضر» يواجهون غينيا وديا.. والمدرب يستدعي ثلاثة لاعبين جدد';
    const deck = 'القائمة تضم 26 لاعبا بينهم حارس من البطولة المحلية وظهير ينشط في الدوري البلجيكي';
    const a = parseArticle(page(['المنتخب الوطني', headline, deck], 'بقلم: أمين سعدي'));
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual(['أمين سعدي']);
  });
  test('guard: a line holding a sentence and more over a headline is no headline', () => {
    const headline =
      'وزارة الصحة تطلق حملة وطنية للتلقيح ضد الحصبة في المدارس الابتدائية والإعدادية بجميع الولايات';
    const a = parseArticle(
      page(['تابعونا على صفحاتنا. نشر يومي للأخبار والتقارير من كل الولايات', headline]),
    );
    expect(a.title).toBe(headline);
  });
});

describe('a headline of over 100 characters holding a decimal comma', () => {
  const headline =
    'بنك المغرب يبقي سعر الفائدة الرئيسي دون تغيير عند 2,25 في المائة ويتوقع تباطؤ التضخم خلال السنة المقبلة';
  test('is the title, and the byline under it signs', () => {
    const a = parseArticle(page(['اقتصاد', headline], 'الرباط - نادية العلوي'));
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual(['نادية العلوي']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(body);
  });
  test('guard: a deck of that length holding a comma of prose beside its figure is no headline', () => {
    const short = 'مجلس البنك المركزي يعقد اجتماعه الفصلي';
    const deck =
      'بنك المغرب يبقي سعر الفائدة عند 2,25 في المائة، ويتوقع أن يتراجع التضخم إلى مستويات أدنى خلال السنة المقبلة';
    const a = parseArticle(page(['اقتصاد', short, deck]));
    expect(a.title).toBe(short);
    expect(a.paragraphs.map((p) => p.text)).toEqual(body);
  });
});
