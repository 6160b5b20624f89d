/**
 * A date line opening with the place it was filed from (`الرباط - الأحد 12 أكتوبر 2025`, `Rabat - dimanche 12
 * octobre 2025`): the place and the day name before the date are the line's, as a label is; the line dates the
 * article and is no headline.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const AR_BODY = [
  'أعلنت وزارة الفلاحة، اليوم الأحد، عن إطلاق برنامج جديد لدعم الفلاحين الصغار في المناطق الجبلية، يشمل تمويل مشاريع الري وتوزيع البذور المختارة على الأسر القروية.',
  '',
  'وأوضح بلاغ للوزارة أن البرنامج يمتد على ثلاث سنوات، وأن الشطر الأول منه سينطلق مع بداية الموسم الفلاحي المقبل في جهات الشمال والأطلس.',
];
const AR_TITLE = 'وزارة الفلاحة تطلق برنامجا لدعم الفلاحين الصغار';
const FR_BODY = [
  "Le ministère de l'Agriculture a annoncé dimanche le lancement d'un programme de soutien aux petits agriculteurs des zones de montagne, qui financera l'irrigation et la distribution de semences.",
  '',
  "Selon un communiqué du ministère, le programme s'étendra sur trois ans et sa première tranche démarrera avec la prochaine campagne agricole dans les régions du Nord et de l'Atlas.",
];
const FR_TITLE = "Le ministère de l'Agriculture lance un programme pour les petits agriculteurs";

function page(title: string, line: string, body: string[], menu: string): string {
  return [menu, '', title, '', line, '', ...body].join('\n');
}

describe('a date line opening with its place', () => {
  it('reads `الرباط - الأحد 12 أكتوبر 2025` as the date line under the Arabic headline', () => {
    const line = 'الرباط - الأحد 12 أكتوبر 2025';
    const input = page(AR_TITLE, line, AR_BODY, 'الرئيسية | سياسة | اقتصاد | رياضة');
    const a = parseArticle(input);
    expect(a.title).toBe(AR_TITLE);
    expect(a.publishedAt).toBe('2025-10-12');
    const span = a.spans.publishedAt;
    expect(span && input.slice(span.start, span.end)).toBe('12 أكتوبر 2025');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('reads `Rabat - dimanche 12 octobre 2025` the same way', () => {
    const a = parseArticle(
      page(FR_TITLE, 'Rabat - dimanche 12 octobre 2025', FR_BODY, 'Accueil | Politique | Économie'),
    );
    expect(a.title).toBe(FR_TITLE);
    expect(a.publishedAt).toBe('2025-10-12');
  });

  it('reads a place with a comma before its day (`Tunis, dimanche 12 octobre 2025`)', () => {
    const a = parseArticle(
      page(FR_TITLE, 'Tunis, dimanche 12 octobre 2025', FR_BODY, 'Accueil | Politique | Économie'),
    );
    expect(a.title).toBe(FR_TITLE);
    expect(a.publishedAt).toBe('2025-10-12');
  });

  it('keeps a headline naming a place and a day as the headline', () => {
    const headline = 'Rabat - Le salon du livre ouvre ses portes dimanche 12 octobre 2025';
    const a = parseArticle(
      page(headline, 'Publié le 03/10/2025 à 10h15', FR_BODY, 'Accueil | Politique | Économie'),
    );
    expect(a.title).toBe(headline);
    expect(a.publishedAt).toBe('2025-10-03T10:15');
  });

  it('reads `إعداد وتقديم: X` (prepared and presented by) as a byline, not the title', () => {
    const input = [
      'الرئيسية | سياسة | اقتصاد | رياضة',
      '',
      AR_TITLE,
      '',
      'إعداد وتقديم: سناء العلوي',
      '',
      'الأحد 12 أكتوبر 2025',
      '',
      ...AR_BODY,
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(AR_TITLE);
    expect(a.authors).toEqual(['سناء العلوي']);
  });
});
