/**
 * Where the body of crawler text ends (issue 10, point 2): lines inside an
 * article that look like the end of it but are not. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS } from './helpers/port-page.js';

describe('an interview whose headline ends with the guest’s name', () => {
  const GUEST = 'François Dufresne';
  const QUOTES = [
    'Nous avons perdu dix ans sur les transports en commun.',
    'La ville doit apprendre à changer d’échelle.',
  ];
  const LATER = [
    'Les élus de la métropole ont pourtant voté un plan de mobilité ambitieux en 2019, qui prévoyait trois lignes de tramway, des parkings relais et une refonte complète du réseau de bus.',
    'Le financement reste le point faible du projet : l’État n’a promis que le tiers des sommes nécessaires, et les collectivités peinent à trouver le reste sans augmenter les impôts locaux.',
    'Pour l’urbaniste, la solution passe par une coopération plus étroite entre les communes, qui continuent de se disputer les zones d’activité au lieu de partager leurs recettes.',
  ];
  const input = `${[
    ...MENU,
    `« Il faut repenser la ville ». Entretien avec ${GUEST}`,
    ...PARAGRAPHS,
    QUOTES[0],
    GUEST,
    LATER[0],
    LATER[1],
    QUOTES[1],
    GUEST,
    LATER[2],
    ...FOOTER,
  ].join('\n\n')}\n`;

  test('the guest’s name under a pull quote does not end the body', () => {
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    for (const p of [...PARAGRAPHS, ...LATER]) expect(a.text).toContain(p);
  });

  test('the guest is not taken for the author', () => {
    expect(parseArticle(input).authors).not.toContain(GUEST);
  });
});

describe('a recipe card under the story', () => {
  const STORY = [
    'Chaque hiver, ma grand-mère préparait ce gratin le dimanche soir, quand la maison sentait encore le bois mouillé et que personne ne voulait ressortir dans le froid.',
    'La recette tient en peu de choses : des pommes de terre fermes, du lait entier, une gousse d’ail et beaucoup de patience, car tout le secret est dans la cuisson lente.',
    'Je l’ai un peu allégée au fil des années, sans jamais toucher à l’essentiel, et elle reste le plat que mes enfants réclament dès que les jours raccourcissent.',
  ];
  const INGREDIENTS = [
    '  * 1 kg de pommes de terre fermes',
    '  * 50 cl de lait entier',
    '  * 20 cl de crème fraîche',
    '  * 1 gousse d’ail',
    '  * sel, poivre, muscade',
  ];
  const STEPS = [
    ' 1. Préchauffez le four à 160 °C et frottez le plat avec la gousse d’ail coupée en deux.',
    ' 2. Épluchez les pommes de terre et coupez-les en rondelles fines, sans les laver.',
    ' 3. Faites chauffer le lait avec la crème, le sel, le poivre et la muscade.',
    ' 4. Rangez les rondelles dans le plat, versez le lait chaud et enfournez pour deux heures.',
  ];
  const CARD = [
    'Gratin dauphinois de grand-mère',
    'Imprimer',
    'Portions',
    '6',
    'personnes',
    'Préparation',
    '20',
    'minutes',
    'Cuisson',
    '2',
    'heures',
    'Difficulté',
    'facile',
  ];
  const page = (ingredientsHeading: string, methodHeading: string): string =>
    `${[
      ...MENU,
      'Gratin dauphinois : la recette de ma grand-mère',
      ...STORY,
      ...CARD,
      ingredientsHeading,
      INGREDIENTS.join('\n'),
      methodHeading,
      STEPS.join('\n'),
      'Vous aimerez aussi',
      'Tarte fine aux pommes',
      'Soupe de potiron au lait de coco',
      ...FOOTER,
    ].join('\n\n')}\n`;

  test('its ingredients and steps join the story in the body', () => {
    const a = parseArticle(page('Ingrédients', 'Préparation'));
    expect(a.kind).toBe('article');
    for (const p of STORY) expect(a.text).toContain(p);
    expect(a.text).toContain('50 cl de lait entier');
    expect(a.text).toContain('Épluchez les pommes de terre et coupez-les en rondelles fines');
    expect(a.text).toContain('versez le lait chaud et enfournez pour deux heures');
    // The card's furniture and the teasers under it stay out.
    expect(a.text).not.toContain('Tarte fine aux pommes');
    expect(a.paragraphs.map((p) => p.text)).not.toContain('personnes');
  });

  test('the same in German, headings with a colon and a count', () => {
    const a = parseArticle(page('Zutaten für 6 Personen:', 'Zubereitung'));
    expect(a.text).toContain('50 cl de lait entier');
    expect(a.text).toContain('versez le lait chaud et enfournez pour deux heures');
  });

  test('a list under an ingredients heading with no method heading is not taken for a card', () => {
    const a = parseArticle(page('Ingrédients', 'Vos réactions'));
    for (const p of STORY) expect(a.text).toContain(p);
    expect(a.text).not.toContain('50 cl de lait entier');
  });
});

describe('an ordered list whose items number themselves, as w3m prints it (`5. 5.`)', () => {
  const STEPS = [
    'Réunissez les justificatifs : pièce d’identité, justificatif de domicile de moins de trois mois et ancien passeport.',
    'Prenez rendez-vous en ligne auprès d’une mairie équipée d’un dispositif de recueil, quelle que soit votre commune.',
    'Achetez le timbre fiscal en ligne ou chez un buraliste agréé.',
    'Présentez-vous au guichet avec le dossier complet.',
    'Retirez le passeport dans les trois mois.',
  ];
  const input = `${[
    ...MENU,
    'Passeport : les étapes pour le renouveler avant l’été',
    ...PARAGRAPHS,
    ...STEPS.flatMap((s, k) => [` ${k + 1}. ${k + 1}.\n    ${s}`]),
    ...FOOTER,
  ].join('\n')}\n`;

  test('short steps after the long ones stay in the body', () => {
    const a = parseArticle(input);
    for (const s of STEPS) expect(a.text).toContain(s);
  });
});

describe('a picture w3m prints as `[image]` under a paragraph', () => {
  const DECK =
    'Piogge e temporali previsti per oggi nelle regioni centrali e meridionali, con neve sull’Appennino sopra i mille metri e un rapido ritorno del bel tempo.';
  const input = `${[
    ...MENU,
    'Cronaca',
    'Perturbazione polare al Centro e al Sud, il Nord resta al caldo',
    DECK,
    '[image]',
    'Pubblicato il 19 Febbraio 2020',
    ...PARAGRAPHS,
    ...FOOTER,
  ].join('\n\n')}\n`;

  test('the paragraph is no caption: `[image]` is the picture, not its credit', () => {
    const a = parseArticle(input);
    expect(a.paragraphs[0]?.text).toBe(DECK);
    for (const p of PARAGRAPHS) expect(a.text).toContain(p);
  });
});

describe('an address that names one article', () => {
  test('a short slug under a full date (`/2008/12/31/ratschlage-geben/`) names an article', async () => {
    const { articleUrl, listingUrl } = await import('../src/article/text/url-kind.js');
    expect(articleUrl('https://blog.example.org/2008/12/31/ratschlage-geben/')).toBe(true);
    expect(articleUrl('https://www.example.ma/2024/03/12/budget.html')).toBe(true);
    // A month's archive, a day's archive and a short section slug name none.
    expect(articleUrl('https://www.example.ma/2024/03/')).toBe(false);
    expect(articleUrl('https://www.example.ma/2024/03/12/')).toBe(false);
    expect(articleUrl('https://www.example.ma/sport/football/')).toBe(false);
    expect(listingUrl('https://blog.example.org/2008/12/31/ratschlage-geben/')).toBe(false);
  });
});

describe('a schedule under the article (`Les dates de la tournée`)', () => {
  const DATES = [
    '12 juin – Casablanca, théâtre Mohammed V',
    '14 juin – Rabat, théâtre national',
    '18 juin – Marrakech, palais des congrès',
    '21 juin – Tanger, salle Beethoven',
    '25 juin – Oujda, théâtre Mohammed VI',
    '28 juin – Agadir, théâtre de verdure',
  ];
  const input = `${[
    ...MENU,
    'Le chanteur annonce une tournée dans six villes du royaume',
    ...PARAGRAPHS,
    'Les dates de la tournée',
    DATES.join('\n'),
    'Vos réactions',
    ...FOOTER,
  ].join('\n\n')}\n`;

  test('its entries are the article’s text, not a ticker of headlines', () => {
    const a = parseArticle(input);
    for (const d of DATES) expect(a.text).toContain(d);
    expect(parseTicker(input)).toEqual([]);
  });
});

describe('a box of links inside the article, as w3m and lynx print a list', () => {
  const LAST =
    'Reste à convaincre les armateurs, qui jugent les nouveaux tarifs trop élevés et menacent de détourner une partie de leurs escales vers les ports concurrents de la Méditerranée.';
  const page = (box: string[]): string =>
    `${[
      ...MENU,
      'Le port de Tanger relève ses tarifs',
      ...PARAGRAPHS.slice(0, 3),
      'Sur le même sujet',
      box.join('\n'),
      LAST,
      'Partager',
      ...FOOTER,
    ].join('\n\n')}\n`;

  test('the paragraph set left of the bullets goes on with the article', () => {
    const a = parseArticle(page(['  * Le site de l’autorité portuaire']));
    expect(a.text).toContain(LAST);
    expect(a.text).not.toContain('Le site de l’autorité portuaire');
  });

  test('an excerpt indented under its bullet stays the teaser’s', () => {
    const a = parseArticle(
      page([
        '  * Tanger Med bat son record de conteneurs',
        '    Le port a traité plus de huit millions de conteneurs l’an dernier, un record pour le continent africain selon son directeur.',
      ]),
    );
    expect(a.text).not.toContain('huit millions de conteneurs');
  });
});
