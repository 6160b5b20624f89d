/**
 * What the third blind round (test/fixtures/dumps-blind27/) found, each checked
 * again on a page of its own, with a guard where the fix could misfire on an
 * ordinary article: a crawl record's WARC header on top, an Arabic author
 * named by an initial, a rubric printed twice over the headline, a score strip
 * over a headline, a paywall that shows only the headline, most-read boxes
 * under the article that are no ticker, an English `Related` box, and a German
 * blog's reply heading.
 */
import { describe, expect, test } from 'vitest';
import { isCommentHeading } from '../src/furniture/comments.js';
import { parseArticle, parseTicker } from '../src/index.js';

const LEAD_FR =
  "Le conseil municipal a adopté mardi soir le budget de l'année prochaine, qui prévoit une hausse des dépenses d'entretien des routes et des écoles.";
const SECOND_FR =
  "L'opposition a voté contre, estimant que les recettes attendues de la nouvelle taxe sur les terrains non bâtis sont surestimées par la majorité.";

describe('a crawl record with its WARC header on top', () => {
  const page = [
    'WARC/1.0',
    'WARC-Type: conversion',
    'WARC-Target-URI: https://news.example/local/4521',
    'WARC-Date: 2025-06-02T08:11:40Z',
    'WARC-Record-ID: <urn:uuid:1f0c5a7e-22b1-4f5e-9d6a-7b3c2e1d0a99>',
    'WARC-Refers-To: <urn:uuid:8d2e4b6a-0c1f-4a3b-b5d7-e9f1a2c3b4d5>',
    'WARC-Block-Digest: sha1:B7K2QW9ZP4XM3NRT6YHC5VJD8LFGE2SA',
    'WARC-Identified-Content-Language: fra',
    'Content-Type: text/plain',
    'Content-Length: 1203',
    '',
    'Le Journal du Souss',
    'Accueil',
    'Agadir : le budget municipal adopté après un long débat',
    'Par Hicham Tazi',
    'Publié le 30/05/2025 à 18:20',
    LEAD_FR,
    SECOND_FR,
  ].join('\n');
  test('its header lines are no ticker', () => {
    expect(parseTicker(page)).toEqual([]);
  });
  test('the article under it is read as usual, dated by the page, not by WARC-Date', () => {
    const a = parseArticle(page);
    expect(a.title).toBe('Agadir : le budget municipal adopté après un long débat');
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-05-30');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, SECOND_FR]);
    expect(a.text).not.toContain('WARC');
  });
  test('a page that only mentions WARC lines lower down keeps them as text', () => {
    const lines = page.split('\n');
    // The same lines under the page's header, over its text: not a record's header. (Under the text's last
    // paragraph they would close the page, and parseTicker reads no ticker there.)
    const moved = [...lines.slice(11, 16), ...lines.slice(0, 10), ...lines.slice(16)].join('\n');
    expect(parseTicker(moved).map((i) => i.text)).toContain(
      'WARC-Identified-Content-Language: fra',
    );
  });
});

test('an Arabic author named by an initial and a surname (`ف. بوعلام`) alone on a line is the author', () => {
  const page = [
    'الرئيسية',
    'الوطني',
    'انطلاق أشغال إنجاز الطريق المزدوج بين المدينتين قبل نهاية السنة',
    'م. زروقي',
    '2025/03/11 - 09:30',
    'أعلنت مديرية الأشغال العمومية عن انطلاق أشغال إنجاز الطريق المزدوج الرابط بين المدينتين قبل نهاية السنة الجارية، على مسافة تقدر بأربعين كيلومترا.',
    'وأوضحت المديرية أن المشروع سيسمح بتخفيف الضغط المروري وتقليص مدة التنقل، على أن تنجز الأشغال على ثلاث مراحل متتالية.',
  ].join('\n');
  const a = parseArticle(page);
  expect(a.authors).toEqual(['م. زروقي']);
  expect(a.title).toBe('انطلاق أشغال إنجاز الطريق المزدوج بين المدينتين قبل نهاية السنة');
});

describe('a rubric printed twice (a menu entry, then over the headline)', () => {
  const page = [
    'Accueil',
    'Politique',
    'Tribunaux et justice',
    'Sport',
    'Tribunaux et justice',
    'Le procès des marchés publics de la commune renvoyé au mois prochain',
    'Par Samir Bennani',
    'Publié le 12/02/2025 à 11:00',
    LEAD_FR,
    SECOND_FR,
  ].join('\n');
  test('the headline under it, over the byline, is the title', () => {
    const a = parseArticle(page);
    expect(a.title).toBe('Le procès des marchés publics de la commune renvoyé au mois prochain');
    expect(a.authors).toEqual(['Samir Bennani']);
  });
  test('a headline printed twice over its byline stays the title', () => {
    const twice = [
      'Accueil',
      'Le procès des marchés publics renvoyé',
      'Le procès des marchés publics renvoyé',
      'Par Samir Bennani',
      'Publié le 12/02/2025 à 11:00',
      LEAD_FR,
      SECOND_FR,
    ].join('\n');
    expect(parseArticle(twice).title).toBe('Le procès des marchés publics renvoyé');
  });
});

describe('a score strip over the headline', () => {
  const lead =
    'Le Raja a pris le meilleur sur le FUS de Rabat dimanche soir au complexe Mohammed V, grâce à un doublé de son attaquant en seconde période, et revient à deux points du leader';
  test('the last score is no headline over a deck: the headline is the title', () => {
    const page = [
      'Sport',
      'Raja 2 - 1 FUS',
      'Wydad 0 - 0 Hassania',
      'Le Raja renverse le FUS et relance la course au titre en Botola',
      'Karim Saidi',
      '14/04/2025 - 22:10',
      `${lead}.`,
      "L'entraîneur a salué la réaction de ses joueurs après une première période difficile.",
    ].join('\n');
    expect(parseArticle(page).title).toBe(
      'Le Raja renverse le FUS et relance la course au titre en Botola',
    );
  });
  test('a headline over its deck printed with no final stop stays the title', () => {
    const page = [
      'Sport',
      'Le Raja renverse le FUS en Botola',
      lead,
      'Karim Saidi',
      '14/04/2025 - 22:10',
      "L'entraîneur a salué la réaction de ses joueurs après une première période difficile, avant un déplacement délicat à Berkane samedi prochain.",
      'Le club recevra ensuite le leader lors de la prochaine journée, dans un stade qui devrait être plein.',
    ].join('\n');
    expect(parseArticle(page).title).toBe('Le Raja renverse le FUS en Botola');
  });
});

describe('a paywall', () => {
  const head = [
    'Le Quotidien du Centre',
    'Économie',
    'Céréales : la collecte de blé dur en hausse dans les Hauts-Plateaux',
    'Par Nadia Khelifi',
    'Publié le 03/06/2025 à 10:15',
  ];
  const box = [
    'Cet article est réservé aux abonnés',
    "Pour lire la suite de cet article et accéder à tous nos contenus, abonnez-vous dès aujourd'hui à partir de 500 DA par mois.",
    "Je m'abonne",
    'Déjà abonné ? Se connecter',
  ];
  test('a page showing only the headline and the box is an article with no text', () => {
    const a = parseArticle(
      [...head, ...box, 'Mentions légales', '© Le Quotidien du Centre'].join('\n'),
    );
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Céréales : la collecte de blé dur en hausse dans les Hauts-Plateaux');
    expect(a.authors).toEqual(['Nadia Khelifi']);
    expect(a.paragraphs).toEqual([]);
    expect(a.related).toEqual([]);
  });
  test('the lead printed before the box is the body, the offer is not', () => {
    const a = parseArticle([...head, LEAD_FR, ...box].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR]);
  });
  test('an article printed in full under its box keeps its text', () => {
    const a = parseArticle([...head, ...box, LEAD_FR, SECOND_FR].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, SECOND_FR]);
  });
  test("a body sentence about subscribers (closed by a stop) is the article's", () => {
    const said = 'Le nouveau service de livraison sera réservé aux abonnés.';
    const a = parseArticle([...head.slice(0, 5), LEAD_FR, said, SECOND_FR].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, said, SECOND_FR]);
  });
});

describe('boxes of links under the article', () => {
  const article = [
    'Casablanca : le tramway prolongé vers Sidi Moumen',
    'Par Leila Amrani',
    'Publié le 03/06/2025',
    LEAD_FR,
    SECOND_FR,
  ];
  test('a most-read box under its heading is no ticker', () => {
    const page = [
      ...article,
      'Les plus lus',
      'Importations : les premières licences délivrées aux concessionnaires',
      "Football : le MAS s'impose à Tanger et conforte sa deuxième place",
      'Baccalauréat 2025 : le calendrier des épreuves dévoilé',
      'Logement : une nouvelle opération de relogement à Salé',
    ].join('\n');
    expect(parseTicker(page)).toEqual([]);
  });
  test('a latest-news block of five headlines under its heading stays one, its heading left out', () => {
    const items = [
      'Importations : les premières licences délivrées aux concessionnaires',
      "Football : le MAS s'impose à Tanger et conforte sa deuxième place",
      'Baccalauréat 2025 : le calendrier des épreuves dévoilé',
      'Logement : une nouvelle opération de relogement à Salé',
      'Météo : des averses orageuses attendues sur le Moyen Atlas',
    ];
    const page = ['Dernières actualités', ...items, ...article].join('\n');
    expect(parseTicker(page).map((i) => i.text)).toEqual(items);
  });
  test('an English `Related` heading opens a box of related links', () => {
    const page = [
      'Rabat tram line extended to Temara',
      'By Sara Benali',
      'Published June 3, 2025',
      'The second tram line will be extended to Temara by the end of next year, the transport authority said on Tuesday, at a cost of about two billion dirhams.',
      'Work on the twelve new stations will start in the autumn, and buses will be added on the busiest routes while the line is built.',
      'Related',
      'Casablanca busway opens its second line',
      'Morocco orders new trains for the high-speed link',
    ].join('\n');
    expect(parseArticle(page).related.map((r) => r.title)).toEqual([
      'Casablanca busway opens its second line',
      'Morocco orders new trains for the high-speed link',
    ]);
  });
});

test("a German blog's reply heading with its cancel link is a comment heading", () => {
  expect(isCommentHeading('Kommentar verfassen Antwort abbrechen')).toBe(true);
  expect(isCommentHeading('Kommentar verfassen')).toBe(true);
});
