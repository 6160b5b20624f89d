/**
 * A dispatch signed by its agency in parentheses after its last sentence (`… en 2026. (MAP)`): the line is
 * the text's last paragraph, not a photo's credit (the paragraph above it no caption), and the agency is the
 * article's source. A caption closing the same way with the article going on under it stays a caption.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const LEDE =
  "Le complexe portuaire de Tanger Med a traité plus de neuf millions de conteneurs au cours des onze premiers mois de l'année, selon un communiqué publié mardi par l'autorité portuaire.";

function dispatch(last: string, tail: string[] = []): string {
  return [
    'Accueil | Politique | Économie | Sport',
    '',
    'Le port de Tanger Med franchit un nouveau record de conteneurs',
    '',
    'Publié le 03/12/2026 à 10h15',
    '',
    LEDE,
    '',
    last,
    ...tail,
  ].join('\n');
}

describe('a dispatch signed by its agency after its last sentence', () => {
  it('keeps a short last paragraph ending `. (MAP)` and the paragraph above it', () => {
    const input = dispatch("Les travaux devraient s'achever en 2026. (MAP)");
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      LEDE,
      "Les travaux devraient s'achever en 2026. (MAP)",
    ]);
    expect(a.warnings).not.toContain('no article body found');
  });

  it('reads the agency as the source, its span on the code', () => {
    const input = dispatch("Les travaux devraient s'achever en 2026. (MAP)");
    const a = parseArticle(input);
    expect(a.source?.name).toBe('MAP');
    const span = a.spans.source;
    expect(span && input.slice(span.start, span.end)).toBe('MAP');
    expect(span?.start).toBe(input.lastIndexOf('MAP'));
  });

  it('reads an agency closing the sentence itself (`… (APS).`) and a longer last paragraph', () => {
    const last =
      "Le ministre a par ailleurs annoncé le lancement d'un nouveau programme de formation destiné aux jeunes diplômés de la région (APS).";
    const a = parseArticle(dispatch(last));
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEDE, last]);
    expect(a.source?.name).toBe('APS');
  });

  it('keeps the signed paragraph with the site footer under it', () => {
    const a = parseArticle(
      dispatch("Les travaux devraient s'achever en 2026. (MAP)", [
        '',
        'Articles similaires',
        '',
        '© 2026 Le Quotidien. Tous droits réservés.',
      ]),
    );
    expect(a.paragraphs).toHaveLength(2);
    expect(a.source?.name).toBe('MAP');
  });

  it('leaves a caption closed by an agency out when the article goes on under it', () => {
    const caption = 'Des conteneurs sur le quai du port de Tanger Med, lundi. (Reuters)';
    const after =
      "L'autorité portuaire prévoit d'ouvrir un nouveau terminal l'an prochain, afin d'absorber la hausse attendue du trafic de transbordement.";
    const a = parseArticle(dispatch(caption, ['', after]));
    expect(a.paragraphs.map((p) => p.text)).not.toContain(caption);
    expect(a.paragraphs.map((p) => p.text)).toContain(after);
    expect(a.source).toBeUndefined();
  });

  it('reads no source from an unknown code in parentheses', () => {
    const a = parseArticle(
      dispatch("Les travaux devraient s'achever en 2026, selon le ministère (ONU)."),
    );
    expect(a.source).toBeUndefined();
  });

  it('reads an Arabic agency code closing the last paragraph (`(و م ع)`)', () => {
    const input = [
      'الرئيسية » اقتصاد',
      '',
      'ميناء طنجة المتوسط يسجل رقما قياسيا جديدا في عدد الحاويات',
      '',
      'نشر في 03/12/2026 على الساعة 10:15',
      '',
      'عالج المركب المينائي طنجة المتوسط أكثر من تسعة ملايين حاوية خلال الأشهر الأحد عشر الأولى من السنة الجارية، حسب بلاغ للسلطة المينائية صدر يوم الثلاثاء.',
      '',
      'ومن المنتظر أن تنتهي الأشغال خلال سنة 2026. (و م ع)',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.source?.name).toBe('ومع');
    const span = a.spans.source;
    expect(span && input.slice(span.start, span.end)).toBe('و م ع');
  });
});
