/**
 * A news story sent as plain-text mail (round 43w): the mail's header lines
 * on top (`De :` … `Objet :`, `من:` … `الموضوع:`) are the mail's, never the
 * title; the date line among them dates the story.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkArticle } from './helpers/checks.js';
import { wrap } from './helpers/port-page.js';

const LEAD =
  'Les travaux de la nouvelle gare routière de Nador ont commencé lundi sur le terrain de l’ancien marché de gros, pour une livraison prévue à la fin de l’année prochaine, a indiqué la commune dans un communiqué.';
const SECOND =
  'Le chantier, confié à une entreprise de la région, emploiera près de deux cents ouvriers pendant dix-huit mois. La gare comptera quarante quais et un parking de trois cents places pour les voyageurs.';

describe("a mail's header lines over the story", () => {
  test('French client headers: the headline under them is the title, the sender line is not', () => {
    const input = [
      'De : Le Courrier du Rif <lettre@courrierdurif.example>',
      'Envoyé : mardi 8 décembre 2026 06:30',
      'À : abonnes@courrierdurif.example',
      'Objet : Nador : la gare routière en chantier',
      '',
      "Si ce message ne s'affiche pas correctement, consultez-le en ligne :",
      'https://courrierdurif.example/lettre/2026-12-08',
      '',
      'LE COURRIER DU RIF - N° 212',
      '',
      'Nador : la gare routière en chantier',
      '',
      'Par Rachid Amrani',
      '',
      ...wrap(LEAD, 76, ''),
      '',
      ...wrap(SECOND, 76, ''),
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe('Nador : la gare routière en chantier');
    expect(a.authors).toEqual(['Rachid Amrani']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD, SECOND]);
    checkArticle(input, a);
  });

  test('Arabic headers (a guard: read right before): the headline is the title, the date line dates the story', () => {
    const input = [
      'من: نشرة الشمال <nashra@shamal.example>',
      'التاريخ: الثلاثاء 8 دجنبر 2026 07:45',
      'الموضوع: انطلاق أشغال المحطة الطرقية الجديدة بالناظور',
      '',
      'انطلاق أشغال المحطة الطرقية الجديدة بالناظور',
      '',
      'بقلم: نادية الريفي',
      '',
      'انطلقت، أمس الاثنين، أشغال بناء المحطة الطرقية الجديدة بمدينة الناظور، على أن تسلم في نهاية السنة المقبلة.',
      '',
      'وسيشغل الورش قرابة مائتي عامل طيلة ثمانية عشر شهرا، وفق ما أفادت به السلطات المحلية.',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe('انطلاق أشغال المحطة الطرقية الجديدة بالناظور');
    expect(a.authors).toEqual(['نادية الريفي']);
    expect(a.publishedAt?.slice(0, 16)).toBe('2026-12-08T07:45');
    expect(a.paragraphs).toHaveLength(2);
    checkArticle(input, a);
  });

  test('a headline opening with a label and a colon, no sender line with it, stays the title', () => {
    const input = [
      'Objet : la lettre ouverte des chauffeurs de taxi au gouverneur',
      '',
      'Par Rachid Amrani',
      '',
      LEAD,
      '',
      SECOND,
    ].join('\n');
    expect(parseArticle(input).title).toBe(
      'Objet : la lettre ouverte des chauffeurs de taxi au gouverneur',
    );
  });
});
