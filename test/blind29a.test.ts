/**
 * What the fifth blind round (test/fixtures/dumps-blind29a/) and variants of its
 * pages found, each checked again on a page of its own, with a guard where the
 * fix could misfire: a network ticker printed again under the footer, a
 * columnist's box above the header, the next article of a feed printed under
 * the first, a fixtures block, an interviewer's credit, and network pages cut
 * inside their lead, their title or the image-report dialog.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const SEP = '\u00a0'.repeat(4);
const LEAD_FR =
  "Le conseil régional a adopté lundi un programme de rénovation des écoles rurales, qui doit toucher quarante établissements d'ici la fin de l'année prochaine.";
const SECOND_FR =
  "Les travaux porteront d'abord sur les toitures et les sanitaires, a précisé le président du conseil, qui promet des chantiers pendant les vacances scolaires.";
const THIRD_FR =
  'Les communes concernées ont jusqu’à la fin du mois pour déposer leurs dossiers, et les premiers appels d’offres seront lancés au printemps.';

describe('a network ticker printed again, whole, under the footer', () => {
  const heads = [
    'Rabat : le tramway prolongé vers Témara',
    'Météo : de la pluie attendue sur le littoral atlantique',
    'Football : le Wydad recrute un défenseur ghanéen',
    'Bourse de Casablanca : le MASI en légère hausse',
  ];
  const line = heads.join(SEP) + SEP;
  const page = (bottom: string) =>
    [
      line,
      '',
      '',
      'Écoles rurales : quarante établissements rénovés',
      'Publié dans Le Matin le 03 - 02 - 2025',
      '',
      LEAD_FR,
      SECOND_FR,
      '',
      "Cliquez ici pour lire l'article depuis sa source.",
      '',
      bottom,
    ].join('\n');
  test('its headlines are read once', () => {
    expect(parseTicker(page(line)).map((i) => i.text)).toEqual(heads);
  });
  test('the bottom copy cut inside a headline adds nothing either', () => {
    const cut = `${heads.slice(0, 2).join(SEP)}${SEP}Football : le Wyd`;
    expect(parseTicker(page(cut)).map((i) => i.text)).toEqual(heads);
  });
  test('a bottom line of other headlines is read', () => {
    const other = [
      'Fès : la médina fête ses artisans',
      'Oujda : un nouveau parc urbain ouvre ses portes',
      'Agadir : le port de pêche modernisé',
    ];
    expect(parseTicker(page(other.join(SEP) + SEP)).map((i) => i.text)).toEqual([
      ...heads,
      ...other,
    ]);
  });
  test('a repeat inside one line is still marked, not dropped', () => {
    const items = parseTicker([...heads, heads[0]].join(SEP) + SEP);
    expect(items.map((i) => i.text)).toEqual([...heads, heads[0]]);
    expect(items.at(-1)?.duplicateOf).toBe(0);
  });
});

describe("a columnist's box (the name, then the trade) above the header", () => {
  const page = (box: string[]) =>
    [
      'Le Courrier du Centre',
      'Idées',
      'Tribunes',
      ...box,
      'Chronique',
      'Les écoles rurales méritent mieux que des promesses',
      'Publié le 4 février 2025 à 08h00',
      LEAD_FR,
      SECOND_FR,
      THIRD_FR,
    ].join('\n');
  test('the name over its trade line is the author', () => {
    const a = parseArticle(
      page(['Marc Delorme', 'Géographe et chercheur au CNRS', 'Tous ses articles']),
    );
    expect(a.title).toBe('Les écoles rurales méritent mieux que des promesses');
    expect(a.authors).toEqual(['Marc Delorme']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, SECOND_FR, THIRD_FR]);
  });
  test('an economist writing as a guest is read too', () => {
    const a = parseArticle(page(['Sophie Carrel', 'Économiste, professeure à Lyon']));
    expect(a.authors).toEqual(['Sophie Carrel']);
  });
  test('a name with no trade under it is no author', () => {
    const a = parseArticle(page(['Marc Delorme', 'Tous ses articles']));
    expect(a.authors).toEqual([]);
  });
});

describe("the feed's next article printed under the first, cut to a teaser", () => {
  const page = (stamp: string) =>
    [
      'Le Quotidien du Sud',
      'Accueil',
      'Régions',
      'Les écoles rurales rénovées avant la rentrée',
      'Par Karim Benali',
      'Le 03/02/2025 à 09:40',
      LEAD_FR,
      SECOND_FR,
      THIRD_FR,
      'Économie',
      'Le port de pêche modernisé pour accueillir de plus grands chalutiers',
      'Par Amel Toumi',
      stamp,
      "Les travaux d'extension du port de pêche commenceront en avril et dureront dix-huit mois, selon la direction des travaux publics...",
      'Lire la suite »',
    ].join('\n');
  test('its date line is no related title, and the first article is whole', () => {
    for (const stamp of ['Le 03/02/2025 à 08:15', '3 février 2025']) {
      const a = parseArticle(page(stamp));
      expect(a.title).toBe('Les écoles rurales rénovées avant la rentrée');
      expect(a.authors).toEqual(['Karim Benali']);
      expect(a.related.map((r) => r.title)).toEqual([]);
      expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, SECOND_FR, THIRD_FR]);
    }
  });
  test('a headline right over the teaser is still a link to it', () => {
    const a = parseArticle(
      [
        'Les écoles rurales rénovées avant la rentrée',
        'Par Karim Benali',
        'Le 03/02/2025 à 09:40',
        LEAD_FR,
        SECOND_FR,
        THIRD_FR,
        'Le port de pêche modernisé pour accueillir de plus grands chalutiers',
        "Les travaux d'extension du port de pêche commenceront en avril et dureront dix-huit mois, selon la direction des travaux publics...",
        'Lire la suite »',
      ].join('\n'),
    );
    expect(a.related.map((r) => r.title)).toEqual([
      'Le port de pêche modernisé pour accueillir de plus grands chalutiers',
    ]);
  });
});

describe('a fixtures block: kick-off times alone over `Team A - Team B` lines', () => {
  const fixtures = [
    '16:00',
    'MC Oran - ES Sétif',
    '17:00',
    'USM Alger - JS Saoura',
    '17:45',
    'CS Constantine - Paradou AC',
    '16:00',
    'ASO Chlef - NC Magra',
    '17:45',
    'Olympique de Médéa - MC Alger',
  ];
  const page = (block: string[]) =>
    [
      'Le Sport Algérien',
      'Accueil',
      'Ligue 1',
      'Résultats',
      ...block,
      'Ligue 1',
      'Les écoles de football rurales rénovées avant la saison',
      'Par Karim Benali',
      '3 février 2025',
      LEAD_FR,
      SECOND_FR,
      THIRD_FR,
    ].join('\n');
  test('the matches are no ticker, and the article is read whole', () => {
    const input = page(fixtures);
    expect(parseTicker(input)).toEqual([]);
    const a = parseArticle(input);
    expect(a.title).toBe('Les écoles de football rurales rénovées avant la saison');
    expect(a.authors).toEqual(['Karim Benali']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, SECOND_FR, THIRD_FR]);
  });
  test('nor are they printed without their times', () => {
    expect(parseTicker(page(fixtures.filter((l) => !l.includes(':'))))).toEqual([]);
  });
  test('timed headlines holding a dash and a colon are still a ticker', () => {
    const heads = [
      'Tunisie - Algérie : les Aigles de Carthage qualifiés pour la finale',
      'Sfax - Gabès : la route côtière rouverte après les pluies',
      'Bourse de Tunis : le Tunindex ouvre en légère hausse',
      'Kairouan : ouverture d’un centre de dialyse à Haffouz',
      'Météo : des températures en baisse à partir de jeudi',
    ];
    const block = heads.flatMap((h, k) => [`0${9 - k}:1${k}`, h]);
    expect(parseTicker(page(block)).map((i) => i.text)).toEqual(heads);
  });
});

describe('an interview signed by its interviewer (`Propos recueillis par X`)', () => {
  const Q = 'Combien de communes attendent encore leur école rénovée ?';
  const A =
    'Une trentaine, surtout dans les zones de montagne, où les chantiers ne peuvent avancer qu’entre le printemps et l’automne.';
  const page = (top: string[], bottom: string[]) =>
    [
      'Le Quotidien du Sud',
      'Entretien',
      'Karim Benali : « Les écoles rurales ne peuvent plus attendre »',
      'Publié le 3 février 2025',
      ...top,
      LEAD_FR,
      Q,
      A,
      ...bottom,
      'Partager',
    ].join('\n');
  test('under the last answer, the interviewer is the author and the line no body', () => {
    const a = parseArticle(page([], ['Propos recueillis par Amel Jaziri']));
    expect(a.authors).toEqual(['Amel Jaziri']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, Q, A]);
  });
  test('under the header too', () => {
    const a = parseArticle(page(['Entretien réalisé par Amel Jaziri'], []));
    expect(a.authors).toEqual(['Amel Jaziri']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, Q, A]);
  });
});

describe('a network article page cut inside its first paragraph', () => {
  const head = [
    `Rabat : le tramway prolongé vers Témara${SEP}Météo : de la pluie attendue sur le littoral${SEP}Football : le Wydad recrute un défenseur ghanéen${SEP}`,
    '',
    '',
    'Écoles rurales : quarante établissements rénovés',
    'Publié dans Le Matin le 03 - 02 - 2025',
    '',
  ].join('\n');
  test('the cut paragraph is the body, not a related headline', () => {
    const cut = LEAD_FR.slice(0, 80).trimEnd();
    const a = parseArticle(head + cut, { url: 'https://www.maghress.com/fr/lematin/528114' });
    expect(a.title).toBe('Écoles rurales : quarante établissements rénovés');
    expect(a.source?.name).toBe('Le Matin');
    expect(a.related).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([cut]);
    expect(a.warnings.some((w) => w.startsWith('truncated'))).toBe(true);
  });
});

describe('a network article page cut inside its title, under the image-report dialog', () => {
  const page = [
    `Rabat : le tramway prolongé vers Témara${SEP}Météo : de la pluie attendue sur le littoral${SEP}Football : le Wydad recrute un défenseur ghanéen${SEP}`,
    '',
    '',
    "Merci d'avoir signalé!",
    "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes.",
    '',
    '',
    'Écoles rurales : quarante établissem',
  ].join('\n');
  test("the dialog's lines are no title", () => {
    const a = parseArticle(page, { url: 'https://www.maghress.com/fr/lematin/528114' });
    expect(a.title ?? null).toBeNull();
    expect(a.text).not.toContain('Cette image');
  });
});

describe("a network page cut inside the image-report dialog's first line", () => {
  const ticker = `Rabat : le tramway prolongé vers Témara${SEP}Météo : de la pluie attendue sur le littoral${SEP}Football : le Wydad recrute un défenseur ghanéen${SEP}`;
  test('the cut dialog line is no body', () => {
    const a = parseArticle(`${ticker}\n\n\n\nMerci d'avoir sig`);
    expect(a.paragraphs).toEqual([]);
    expect(a.title ?? null).toBeNull();
    expect(parseTicker(`${ticker}\n\n\n\nMerci d'avoir sig`)).toHaveLength(3);
  });
  test('a cut paragraph is still the body', () => {
    const a = parseArticle(
      `${ticker}\n\n\n\nMerci d'avoir pris le temps de venir, a déclaré le ministre devant les élus de la commune, réunis`,
    );
    expect(a.paragraphs).toHaveLength(1);
  });
});
