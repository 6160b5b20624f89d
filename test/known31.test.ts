/**
 * Known failures left by session 30's blind rounds, each as a shape on a
 * synthetic page of our own, with a guard for a nearby shape.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const TITLE_FR = 'Le port de Nouakchott étend son terminal à conteneurs de quatre cents mètres';
const TITLE_EN = 'Harbour authority extends its container terminal by four hundred metres';

/** A French article page: menu, title, a line under it, a date line, two paragraphs. */
const pageFr = (under: string) =>
  [
    'Portail Sud',
    'Accueil',
    'Économie',
    'Société',
    TITLE_FR,
    under,
    'Publié le 14/05/2025 à 09h15',
    'Les travaux d’extension du terminal ont commencé lundi et doivent durer deux ans, selon l’autorité portuaire, qui attend un doublement du trafic d’ici à la fin de la décennie.',
    'Les armateurs de la région, dont plusieurs attendaient depuis des mois des quais plus longs, ont salué un chantier qui doit réduire le temps d’attente des navires au large.',
    'Partager',
  ].join('\n');

/** An English article page whose credit line stands right over the text, no date line. */
const pageEn = (over: string) =>
  [
    'Daily Harbour',
    'Home',
    'World',
    'Business',
    TITLE_EN,
    over,
    'Work on the terminal began on Monday and is due to last two years, the port authority said, adding that it expects traffic to double by the end of the decade.',
    'Shipping lines in the region, several of which had waited months for longer quays, welcomed a project that should cut waiting times for ships at anchor.',
    'Share',
  ].join('\n');

describe('a publication joined to an agency, no label (`Le Monde avec AFP`)', () => {
  test('French: the agency is the source, the publication no author, the headline the title', () => {
    for (const [line, agency] of [
      ['Le Quotidien du Fleuve avec AFP', 'AFP'],
      ['Sahel Hebdo avec Reuters', 'Reuters'],
      ['SNB avec APS', 'APS'],
      ['Rivages FR avec MAP', 'MAP'],
      ['20 Heures avec l’AFP', 'AFP'],
      ['Le Quotidien du Fleuve avec AFP et Reuters', 'AFP'],
    ] as const) {
      const a = parseArticle(pageFr(line));
      expect(a.title, line).toBe(TITLE_FR);
      expect(a.source?.name, line).toBe(agency);
      expect(a.authors, line).toEqual([]);
      expect(a.publishedAt, line).toBe('2025-05-14T09:15');
      expect(
        a.paragraphs.map((p) => p.text.slice(0, 14)),
        line,
      ).toEqual(['Les travaux d’', 'Les armateurs ']);
    }
  });

  test('English, right over the text: `The Harbour Post with AP`', () => {
    const input = pageEn('The Harbour Post with AP');
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE_EN);
    expect(a.source?.name).toBe('AP');
    expect(a.authors).toEqual([]);
    expect(a.paragraphs).toHaveLength(2);
    const span = a.spans.source;
    expect(span && input.slice(span.start, span.end)).toBe('AP');
  });

  test('a person joined to an agency with no label is the author (`Karim Benali avec AFP`)', () => {
    const a = parseArticle(pageFr('Karim Benali avec AFP'));
    expect(a.title).toBe(TITLE_FR);
    expect(a.authors).toEqual(['Karim Benali']);
    expect(a.source?.name).toBe('AFP');
  });

  test('guard: a sentence naming an agency stays the text', () => {
    const line = 'Le ministre a parlé avec AFP lundi.';
    const a = parseArticle(pageFr(line));
    expect(a.source).toBeUndefined();
  });

  test('guard: a name joined to someone who is no agency is no credit', () => {
    const a = parseArticle(pageFr('Le Quotidien du Fleuve avec Karim Benali'));
    expect(a.source).toBeUndefined();
  });
});

const HEADLINES = [
  'Le port de Nouakchott étend son terminal à conteneurs',
  'Les pêcheurs de Nouadhibou réclament un nouveau quai',
  'La saison des pluies retarde les travaux de la route côtière',
  'Un forum régional sur l’eau s’ouvre à Rosso',
  'Le prix du poisson frais recule sur les marchés de la capitale',
  'Une nouvelle ligne de bus relie le centre à l’aéroport',
];
const DAYS = ['14/05/2025', '09/05/2025', '02/05/2025', '28/04/2025', '21/04/2025', '15/04/2025'];

/** A page of menu lines, a heading and one line per headline, then a pager and the rights line. */
const archive = (heading: string, lines: readonly string[]) =>
  [
    'Portail Sud',
    'Accueil',
    'Économie',
    'Société',
    heading,
    ...lines,
    'Page suivante',
    '© 2025 Portail Sud',
  ].join('\n');

describe('parseTicker on a page of headlines each dated in full', () => {
  test('an author’s archive (`Title – 14/05/2025`, a line each) gives no ticker item', () => {
    for (const sep of [' – ', ' - ', ' | ']) {
      const input = archive(
        'Articles de Karim Benali',
        HEADLINES.map((h, i) => `${h}${sep}${DAYS[i]}`),
      );
      expect(parseTicker(input), sep).toEqual([]);
      // parseArticle reads the same lines as the listing's dated items.
      const a = parseArticle(input);
      expect(a.kind).toBe('listing');
      expect(a.items?.map((it) => it.publishedAt)).toEqual([
        '2025-05-14',
        '2025-05-09',
        '2025-05-02',
        '2025-04-28',
        '2025-04-21',
        '2025-04-15',
      ]);
    }
  });

  test('guard: the same headlines undated are the latest news', () => {
    const items = parseTicker(archive('Dernières infos', HEADLINES));
    expect(items.map((t) => t.text)).toEqual(expect.arrayContaining(HEADLINES));
  });

  test('guard: two dated headlines among undated ones leave the run a ticker', () => {
    const lines = HEADLINES.map((h, i) => (i === 1 || i === 4 ? `${h} – ${DAYS[i]}` : h));
    const items = parseTicker(archive('Dernières infos', lines));
    expect(items.map((t) => t.text)).toEqual(expect.arrayContaining(lines));
  });
});

describe('a date closing a dated headline, its own dashes inside', () => {
  /** An author's archive: every headline holds ` - ` in its words and closes with its date behind ` - `. */
  const lines = (days: readonly string[]) =>
    [
      'Maroc - Espagne : le match nul qui qualifie les deux équipes',
      'Sénégal - Mali : les Lions dominent le derby régional',
      'Tunisie - Algérie : le choc du groupe B est reporté',
      'Égypte - Ghana : une victoire au bout du suspense',
    ].map((h, i) => `${h} - ${days[i]}`);

  test('`Title - 03 - 12 - 2026` (a date written with dashes): the date leaves the title, the title keeps its words', () => {
    const a = parseArticle(
      archive(
        'Articles de Karim Benali',
        lines(['03 - 12 - 2026', '01 - 12 - 2026', '28 - 11 - 2026', '25 - 11 - 2026']),
      ),
    );
    expect(a.kind).toBe('listing');
    expect(a.items?.map((it) => [it.title, it.publishedAt])).toEqual([
      ['Maroc - Espagne : le match nul qui qualifie les deux équipes', '2026-12-03'],
      ['Sénégal - Mali : les Lions dominent le derby régional', '2026-12-01'],
      ['Tunisie - Algérie : le choc du groupe B est reporté', '2026-11-28'],
      ['Égypte - Ghana : une victoire au bout du suspense', '2026-11-25'],
    ]);
  });

  test('`Title - 3 déc. 2026 - 14h30` (a date with its time behind a dash)', () => {
    const a = parseArticle(
      archive(
        'Articles de Karim Benali',
        lines([
          '3 déc. 2026 - 14h30',
          '1 déc. 2026 - 09h05',
          '28 nov. 2026 - 18h00',
          '25 nov. 2026 - 11h45',
        ]),
      ),
    );
    expect(a.items?.map((it) => it.title)).toEqual([
      'Maroc - Espagne : le match nul qui qualifie les deux équipes',
      'Sénégal - Mali : les Lions dominent le derby régional',
      'Tunisie - Algérie : le choc du groupe B est reporté',
      'Égypte - Ghana : une victoire au bout du suspense',
    ]);
    expect(a.items?.[0]?.publishedAt?.slice(0, 10)).toBe('2026-12-03');
  });

  test('guard: a headline closed by a year or a score, no date, keeps its words', () => {
    const a = parseArticle(
      archive('Articles de Karim Benali', [
        'Maroc - Espagne : le bilan de la saison - 2026',
        'Sénégal - Mali : le derby régional - 2 - 1',
        'Tunisie - Algérie : le choc du groupe B - 2026',
      ]),
    );
    for (const it of a.items ?? []) expect(it.publishedAt).toBeUndefined();
  });
});

describe('a survey’s results inside the text, introduced by its sentence', () => {
  /** An article whose second paragraph introduces the answers, each over its figure, and a paragraph after them. */
  const survey = (answers: readonly string[]) =>
    [
      'Le Courrier du Littoral',
      'Accueil',
      'Société',
      'Enquête : six étudiants sur dix travaillent pendant leurs études',
      'Publié le 18 novembre 2025',
      'Par Hela Mansouri',
      'Une enquête menée en octobre auprès de 900 étudiants de Sousse et de Monastir montre que la majorité d’entre eux occupent un emploi pendant l’année universitaire.',
      'À la question « Travaillez-vous pendant vos études ? », les réponses se répartissent ainsi :',
      ...answers,
      'Les étudiants qui travaillent citent d’abord le coût du logement et des transports, loin devant les loisirs ou les voyages.',
      'Partager',
    ].join('\n');

  test('the answers and their figures stay in the body, in order, with the paragraph after them', () => {
    const answers = ['Oui', '38 %', 'Parfois', '24 %', 'Non', '30 %', 'Sans avis', '8 %'];
    const input = survey(answers);
    const a = parseArticle(input);
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts.slice(2, 10)).toEqual(answers);
    expect(texts[1]?.endsWith('ainsi :')).toBe(true);
    expect(texts[10]?.startsWith('Les étudiants qui travaillent')).toBe(true);
    for (const p of a.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
  });

  test('figures written with no space before `%` too', () => {
    const answers = ['Oui', '38%', 'Non', '62%'];
    const texts = parseArticle(survey(answers)).paragraphs.map((p) => p.text);
    expect(texts.slice(2, 6)).toEqual(answers);
    expect(texts[6]?.startsWith('Les étudiants qui travaillent')).toBe(true);
  });

  test('guard: a poll widget under the last paragraph (`Sondage`, question, answers, `Voter`) stays out', () => {
    const input = [
      'Le Courrier du Littoral',
      'Accueil',
      'Société',
      'Transport scolaire : cent bus neufs pour les régions de l’intérieur',
      'Publié le 3 septembre 2025',
      'Par Hela Mansouri',
      'Le ministère a annoncé mardi la livraison de cent autobus destinés au transport scolaire dans quatre gouvernorats, à deux semaines de la rentrée.',
      'Ces véhicules seront affectés en priorité aux circuits ruraux, où les élèves parcourent plusieurs kilomètres à pied pour rejoindre leur établissement.',
      'Sondage',
      'Le transport scolaire s’est-il amélioré dans votre région ?',
      'Oui',
      '18 %',
      'Non',
      '82 %',
      'Voter',
      'Voir les résultats',
    ].join('\n');
    const texts = parseArticle(input).paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(2);
    expect(texts[1]?.startsWith('Ces véhicules')).toBe(true);
  });

  test('guard: lone words between paragraphs with no sentence introducing them stay out', () => {
    const input = survey(['Oui', '38 %', 'Non', '62 %']).replace('ainsi :', 'ainsi.');
    const texts = parseArticle(input).paragraphs.map((p) => p.text);
    expect(texts).not.toContain('Oui');
    expect(texts).not.toContain('38 %');
  });
});
