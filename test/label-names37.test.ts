/**
 * A byline's label alone on its line, closed by a colon, over two names one a
 * line (`إعداد:` ⏎ `X` ⏎ `Y`, `Auteurs :` ⏎ `X` ⏎ `Y`): both names are the
 * article's authors (blind round 37d's Tunisian live page).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const arabicText = [
  'أعلنت السلطات الجهوية بنابل عن غلق الطريق الساحلية بين قليبية والهوارية بسبب ارتفاع الأمواج وانجراف أجزاء من الحاجز الترابي.',
  'ودعت الحماية المدنية مستعملي الطريق إلى سلوك الطريق الجهوية عبر منزل تميم إلى حين انتهاء أشغال التدعيم خلال الأيام القادمة.',
];

function arabicPage(names: string[]): string {
  return [
    'نابل اليوم',
    'الرئيسية',
    'جهات',
    'غلق الطريق الساحلية بين قليبية والهوارية بسبب سوء الأحوال الجوية',
    'إعداد:',
    ...names,
    'نشر في 2 ديسمبر 2026 على الساعة 10:20',
    ...arabicText,
  ].join('\n');
}

describe('a label alone over two names', () => {
  test('`إعداد:` over two names: both are the authors', () => {
    const a = parseArticle(arabicPage(['سلمى الجلاصي', 'أنيس الورغي']));
    expect(a.title).toBe('غلق الطريق الساحلية بين قليبية والهوارية بسبب سوء الأحوال الجوية');
    expect(a.authors).toEqual(['سلمى الجلاصي', 'أنيس الورغي']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-02');
    expect(a.paragraphs[0]?.text).toBe(arabicText[0]);
  });

  test('`Auteurs :` over two names, in French', () => {
    const input = [
      'Le Cap Bon',
      'Accueil',
      'Régions',
      'La route côtière entre Kélibia et El Haouaria fermée après les intempéries',
      'Auteurs :',
      'Salma Jlassi',
      'Anis Ouerghi',
      'Publié le 2 décembre 2026 à 10h20',
      'Les autorités régionales de Nabeul ont annoncé la fermeture de la route côtière entre Kélibia et El Haouaria, en raison de la houle et de l’érosion d’une partie de la digue.',
      'La protection civile invite les usagers à emprunter la route régionale par Menzel Temime jusqu’à la fin des travaux de consolidation.',
    ].join('\n');
    expect(parseArticle(input).authors).toEqual(['Salma Jlassi', 'Anis Ouerghi']);
  });

  test('`Par` alone over two names, the second opening with a known first name', () => {
    const input = [
      'Le Cap Bon',
      'Accueil',
      'La route côtière entre Kélibia et El Haouaria fermée après les intempéries',
      'Par',
      'Omar Lahlou',
      'Salma Idrissi',
      '2 décembre 2026',
      'Les autorités régionales de Nabeul ont annoncé la fermeture de la route côtière entre Kélibia et El Haouaria, en raison de la houle.',
      'La protection civile invite les usagers à emprunter la route régionale par Menzel Temime jusqu’à la fin des travaux.',
    ].join('\n');
    expect(parseArticle(input).authors).toEqual(['Omar Lahlou', 'Salma Idrissi']);
  });

  test('guard: `Par` alone over a name and an agency: one author', () => {
    const input = [
      'Le Cap Bon',
      'Accueil',
      'La route côtière entre Kélibia et El Haouaria fermée après les intempéries',
      'Par',
      'Omar Lahlou',
      'Associated Press',
      '2 décembre 2026',
      'Les autorités régionales de Nabeul ont annoncé la fermeture de la route côtière entre Kélibia et El Haouaria, en raison de la houle.',
    ].join('\n');
    expect(parseArticle(input).authors).toEqual(['Omar Lahlou']);
  });

  test('guard: one name under the label, then the date', () => {
    expect(parseArticle(arabicPage(['سلمى الجلاصي'])).authors).toEqual(['سلمى الجلاصي']);
  });
});
