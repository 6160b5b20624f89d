/**
 * Fixes found by the eighth blind round of synthetic dumps
 * (test/fixtures/dumps-blind32/), each checked on a page of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

describe('a results table inside a match report', () => {
  const report = (table: string[]) =>
    [
      'Le Journal du Sahel',
      'Accueil',
      'Sport',
      'Basket-ball',
      'Nationale 1 : Niamey Basket s’impose dans le derby et prend la tête',
      'Par Issa Garba',
      'Samedi 14 novembre 2026',
      'Niamey Basket a remporté le derby de la capitale face à l’AS Police, samedi soir, dans une salle du Palais des sports pleine à craquer.',
      'Les locaux ont fait la différence dans le dernier quart-temps grâce à leur adresse à trois points, après avoir été menés pendant toute la première mi-temps.',
      ...table,
      'La prochaine journée verra Niamey Basket se déplacer à Zinder, où il n’a plus gagné depuis trois saisons.',
      'Partager',
    ].join('\n');
  const scores = [
    'Résultats de la 6e journée',
    'Niamey Basket 78 - 71 AS Police',
    'Sahel SC 64 - 66 Zinder BC',
    'Olympic Maradi 80 - 59 Dosso',
    'Tahoua 70 - 70 Agadez',
  ];

  test('its score lines are no latest-news headlines', () => {
    expect(parseTicker(report(scores))).toEqual([]);
  });

  test('the paragraph under the table is still the body', () => {
    const a = parseArticle(
      report([...scores, 'Classement', '1. Niamey 11 pts', '2. Zinder 10 pts', '3. Maradi 10 pts']),
    );
    expect(a.paragraphs[0]?.text.startsWith('Niamey Basket a remporté')).toBe(true);
    expect(a.paragraphs.at(-1)?.text.endsWith('depuis trois saisons.')).toBe(true);
  });

  test('guard: a box of headlines shaped `X – Y` under the text stays out', () => {
    const page = [
      'Le Journal du Jardin',
      'Accueil',
      'Plantes',
      'Le laurier-rose supporte-t-il le gel ?',
      'Publié le 3 novembre 2026',
      'Le laurier-rose craint les gelées prolongées : en dessous de moins cinq degrés, ses feuilles noircissent et ses jeunes rameaux peuvent mourir.',
      'En pot, il faut le rentrer dans une pièce claire et fraîche dès les premières nuits froides, et l’arroser très peu pendant tout l’hiver.',
      'Lire aussi',
      'Le laurier-rose en pot – Conseils et astuces',
      'Le laurier-rose au jardin – Tailler et fleurir',
      'Le laurier-rose malade – Causes et remèdes',
      'Le laurier-rose toxique – Prudence au jardin',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.paragraphs.at(-1)?.text.endsWith('pendant tout l’hiver.')).toBe(true);
    expect(a.text).not.toContain('Conseils et astuces');
  });
});

describe('a recipe card inside the body’s run, its steps short sentences', () => {
  test('the ingredients and the servings lines between stay in the body', () => {
    const page = [
      'Gulf Home Weekly',
      'Home',
      'Food',
      'Recipes',
      'Shakshuka for a slow Friday breakfast',
      'By Layla Mansour',
      'March 6, 2026',
      'Eggs poached in a spiced tomato and pepper sauce, shakshuka is eaten across North Africa and the Levant, straight from the pan with plenty of bread.',
      'Serves: 2',
      'Prep time: 10 min',
      'Cook time: 20 min',
      'Ingredients',
      '2 red peppers, sliced',
      '1 onion, chopped',
      '4 ripe tomatoes',
      '4 eggs',
      '1 teaspoon paprika',
      '1 teaspoon ground cumin',
      '2 cloves garlic, crushed',
      'A handful of parsley',
      'Method',
      'Soften the onion and the peppers in olive oil for ten minutes.',
      'Add the tomatoes and the spices, and simmer for another ten minutes.',
      'Make four hollows in the sauce and crack an egg into each one.',
      'Cover and cook until the whites have set but the yolks are still soft.',
      'Scatter the parsley over the eggs and serve with warm bread and olives.',
      'Share this recipe',
    ].join('\n');
    const a = parseArticle(page);
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain('2 red peppers, sliced');
    expect(texts).toContain('1 teaspoon paprika');
    expect(texts).toContain('Serves: 2');
    expect(a.paragraphs.at(-1)?.text.endsWith('warm bread and olives.')).toBe(true);
    expect(a.text).not.toContain('Share this recipe');
  });
});

describe('a box of more of the page’s own series under the text (videos, recipes)', () => {
  const page = (heading: string) =>
    [
      'Sahara TV',
      'Accueil',
      'Vidéos',
      'Laâyoune : les pêcheurs artisanaux se regroupent en coopérative',
      'Publié le 2 décembre 2026',
      'Une trentaine de pêcheurs de Foum El Oued ont créé une coopérative pour vendre directement leurs prises aux hôtels et aux restaurants de la ville.',
      'Ils disposent désormais d’une chambre froide commune et d’un camion frigorifique, financés par un programme régional d’appui à l’économie sociale.',
      heading,
      'Dakhla : la saison du poulpe s’ouvre avec des quotas en baisse',
      'Tarfaya : un musée consacré à l’Aéropostale rouvre ses portes',
    ].join('\n');

  test('`Autres vidéos`, `More videos`, `Autres recettes`, `More recipes` head related links', () => {
    for (const heading of ['Autres vidéos', 'More videos', 'Autres recettes', 'More recipes']) {
      const a = parseArticle(page(heading));
      expect(a.related.map((r) => r.title)).toEqual([
        'Dakhla : la saison du poulpe s’ouvre avec des quotas en baisse',
        'Tarfaya : un musée consacré à l’Aéropostale rouvre ses portes',
      ]);
      expect(a.paragraphs.at(-1)?.text.endsWith('l’économie sociale.')).toBe(true);
    }
  });
});

describe('variants of the round (written after the first run, not blind)', () => {
  test('a Hijri day alone on its line over the Gregorian date line is no title', () => {
    for (const hijri of ['الأربعاء 15 جمادى الثانية 1448', '15 جمادى الآخرة 1448 هـ']) {
      const page = [
        'الوادي اليوم',
        'الرئيسية',
        'جهات',
        'افتتاح محطة لتحلية المياه الجوفية بالطاقة الشمسية في الجنوب',
        hijri,
        '25 نوفمبر 2026',
        'افتتحت بولاية الوادي محطة لتحلية المياه الجوفية المالحة تعمل بالطاقة الشمسية، بطاقة تبلغ عشرة آلاف متر مكعب يوميا.',
        'وستزود المحطة أكثر من مئة ألف نسمة بالماء الشروب في البلديات المعزولة جنوب الولاية.',
        'شارك',
      ].join('\n');
      const a = parseArticle(page);
      expect(a.title).toBe('افتتاح محطة لتحلية المياه الجوفية بالطاقة الشمسية في الجنوب');
      expect(a.publishedAt?.slice(0, 10)).toBe('2026-11-25');
    }
  });

  test('an Arabic results list inside a report: no ticker, the paragraph under it still body', () => {
    const page = [
      'ملاعب الشرق',
      'الرئيسية',
      'رياضة',
      'كرة اليد',
      'الأهلي يعزز صدارته لدوري كرة اليد بعد فوز صعب',
      'بقلم: كريم منصور',
      'السبت 12 ديسمبر 2026',
      'عزز الأهلي صدارته لدوري كرة اليد بعد فوزه على الزمالك في قمة الجولة العاشرة التي احتضنتها الصالة المغطاة بالقاهرة.',
      'وحسم الأهلي المباراة في الدقائق الخمس الأخيرة بعد أن ظلت النتيجة متعادلة طيلة الشوط الثاني تقريبا.',
      'نتائج الجولة العاشرة',
      'الأهلي 28 - 26 الزمالك',
      'سموحة 30 - 24 الشمس',
      'الجزيرة 25 - 25 الطيران',
      'هليوبوليس 22 - 27 الترسانة',
      'سبورتنج 31 - 29 المقاولون العرب',
      'ويلتقي الأهلي في الجولة المقبلة فريق سموحة في الإسكندرية، في مباراة قد تحسم لقب مرحلة الذهاب، خاصة أن الفريقين لم يخسرا أي مباراة هذا الموسم.',
      'شارك',
    ].join('\n');
    expect(parseTicker(page)).toEqual([]);
    const a = parseArticle(page);
    expect(a.paragraphs.at(-1)?.text.endsWith('أي مباراة هذا الموسم.')).toBe(true);
  });

  test('`Plus de vidéos` heads related links', () => {
    const page = [
      'Oran TV',
      'Accueil',
      'Vidéos',
      'Oran : le téléphérique rouvre après un an de travaux',
      'Publié le 3 décembre 2026',
      'Le téléphérique reliant le centre-ville au plateau de Santa Cruz a rouvert ce mercredi, après une année de travaux de modernisation.',
      'Les nouvelles cabines peuvent transporter huit passagers et le trajet ne dure plus que six minutes.',
      'Plus de vidéos',
      'Mostaganem : la corniche réaménagée avant l’été',
      'Tlemcen : le festival de l’andalou fête ses vingt ans',
    ].join('\n');
    expect(parseArticle(page).related.map((r) => r.title)).toEqual([
      'Mostaganem : la corniche réaménagée avant l’été',
      'Tlemcen : le festival de l’andalou fête ses vingt ans',
    ]);
  });
});
