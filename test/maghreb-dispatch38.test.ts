/**
 * Two shapes of Maghreb dispatches found by blind round 38p
 * (test/fixtures/renders-blind38p/), each on other synthetic text: a
 * hard-wrapped dispatch whose last paragraph closes with its agency's code
 * (`… formation. (MAP)` on the last printed line), and a byline printed as
 * the place, a dash, then the name (`الرباط - سعيد بلقاسم`).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

/** Lines of `text` hard-wrapped at `width` columns, each behind three spaces as lynx prints a paragraph. */
function wrap(text: string, width = 72): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line.length > 0 && line.length + 1 + w.length > width) {
      out.push(`   ${line}`);
      line = w;
    } else line = line.length > 0 ? `${line} ${w}` : w;
  }
  if (line.length > 0) out.push(`   ${line}`);
  return out;
}

const first =
  "Oujda - La ligne ferroviaire entre Oujda et Nador sera fermée pendant trois semaines à partir de lundi pour des travaux de renouvellement des voies, a annoncé l'office des chemins de fer.";
const second =
  'Des autocars assureront la liaison entre les deux villes aux horaires habituels des trains, les billets déjà achetés restant valables pour ce service de substitution.';
const last =
  "L'office indique que ces travaux permettront de relever la vitesse des trains sur le tronçon et de réduire la durée du trajet d'une vingtaine de minutes à la réouverture. (MAP)";

describe('a hard-wrapped dispatch closed by its agency code', () => {
  test('the last paragraph, its last printed line ending `. (MAP)`, stays in the body', () => {
    const text = [
      '   Maghreb Actu Une Maroc Algérie Tunisie Monde',
      '',
      '  Oujda : la ligne ferroviaire vers Nador fermée trois semaines',
      '',
      ...wrap(first),
      '',
      ...wrap(second),
      '',
      ...wrap(last),
      '',
      "   Cet article a été publié initialement sur MAP. Cliquez ici pour lire l'article",
      '   depuis sa source.',
      '',
    ].join('\n');
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text.replace(/\s+/g, ' '))).toEqual([first, second, last]);
  });

  test('guard: a wrapped caption closed by `. (AP)` with the article going on under it leaves the body', () => {
    const caption =
      'Workers repaint the old signal box at the station of Oujda, closed to passenger traffic since the line was electrified in 2012. (AP)';
    const text = [
      '  The Oujda line closes for three weeks',
      '',
      ...wrap(first.replace('Oujda - ', 'OUJDA - ')),
      '',
      ...wrap(caption),
      '',
      ...wrap(second),
      '',
      ...wrap(last.replace(' (MAP)', '')),
      '',
    ].join('\n');
    const body = parseArticle(text).text.replace(/\s+/g, ' ');
    expect(body).not.toContain('Workers repaint');
    expect(body).toContain('Des autocars assureront');
  });
});

describe('a byline printed as the place, a dash and the name', () => {
  const lede =
    'تنطلق بمكناس، الأسبوع المقبل، فعاليات الملتقى الدولي للفلاحة بمشاركة أزيد من 1500 عارض من خمسين بلدا، وفق ما أعلنته الجهة المنظمة يوم الأربعاء.';
  const page = (byline: string) =>
    [
      'الرئيسية أخبار ثقافة رياضة رأي',
      'مكناس تحتضن الملتقى الدولي للفلاحة في دورته الجديدة',
      byline,
      'الأربعاء 2 دجنبر 2026 - 10:30',
      '',
      lede,
      '',
      'ويخصص المنظمون جناحا للتعاونيات الفلاحية الصغرى وآخر للابتكار في مجال الري وتدبير الموارد المائية.',
    ].join('\n');

  test('`الرباط - سعيد بلقاسم`: the name is the author, the headline the title', () => {
    const a = parseArticle(page('الرباط - سعيد بلقاسم'));
    expect(a.authors).toEqual(['سعيد بلقاسم']);
    expect(a.title).toBe('مكناس تحتضن الملتقى الدولي للفلاحة في دورته الجديدة');
  });

  test('`Casablanca – Amina Saidi`', () => {
    const a = parseArticle(page('Casablanca – Amina Saidi'));
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('guard: the name first (`سعيد بلقاسم - الرباط`) still signs', () => {
    expect(parseArticle(page('سعيد بلقاسم - الرباط')).authors).toEqual(['سعيد بلقاسم']);
  });
});

describe('an agency copy closed by `— APS` under a `Source: APS` meta line (round 38s)', () => {
  const paragraphs = [
    'ALGIERS – Algeria and Tunisia agreed on Sunday to open a third rail link between their networks, at the end of a meeting of their joint transport committee in Algiers.',
    'The link, between Souk Ahras and Ghardimaou, will carry passengers and freight from the spring, the two sides said in a joint statement.',
    'The committee also agreed to harmonise ticket prices and to study a night train between the two capitals.',
  ];
  const text = [
    'Home Algeria Tunisia Morocco Libya',
    'Algeria, Tunisia agree to open a third rail link',
    'Source: APS Published on 06 December 2026 at 19:22',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    '— APS',
    '',
    'Print Email Share',
  ].join('\n');

  test('the last paragraph over the agency signature stays in the body', () => {
    expect(parseArticle(text).paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  test('the source is the agency, without the stamp the renderer printed after it', () => {
    expect(parseArticle(text).source?.name).toBe('APS');
  });

  test('guard: a caption over a photo credit still leaves', () => {
    const withCaption = text.replace(
      '— APS',
      'The border post at Souk Ahras, in a file picture.\nPhoto: APS',
    );
    expect(parseArticle(withCaption).text).not.toContain('The border post at Souk Ahras');
  });
});
