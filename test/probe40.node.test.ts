/**
 * Probes of the body's refiners with ordinary journalism (session 40): text
 * in the middle of an article that meets a refiner's test, yet is the
 * article's. The author's box ends the body (`cutAtAuthorBox`), and two of its
 * openings also occur inside articles: a biography-shaped sentence about the
 * person the story is about (`X is a reporter for Y…`, `X est journaliste à
 * Y…`), named by no byline, with the story's prose going on under it; and a
 * name alone the header printed, labelling an interview's turns (the name
 * printed again over another turn further down). Guards: a box opening with
 * the byline's own biography, or with the name alone printed once, still ends
 * the body, teasers under it included. Synthetic pages in
 * test/fixtures/probe40/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addressesReader } from '../src/furniture/appeals.js';
import { parseArticle } from '../src/index.js';
import { fold } from '../src/text/fold.js';

const read = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'probe40', name), 'utf8');
const body = (name: string, url: string) =>
  parseArticle(read(name), { url }).paragraphs.map((p) => p.text);

describe("a biography-shaped sentence about the story's subject stays in the body", () => {
  test('English: the reporter the story is about, prose going on under the sentence', () => {
    const b = body(
      'reporter-detained.chromium.txt',
      'https://www.harbourgazette.example/news/reporter-held',
    );
    expect(b).toHaveLength(9);
    expect(b[6]).toBe(
      'Dana Whitfield is a reporter for the Harbour Gazette and has covered the docks and the city council for the paper since 2012.',
    );
    expect(b.at(-1)).toBe(
      "The dock workers' union, whose members have been on strike for three weeks over pay and shift patterns, said it would hold another protest at the port gates on Monday morning.",
    );
  });

  test('French: the journalist the story is about', () => {
    const b = body(
      'journaliste-interpellee.chromium.txt',
      'https://www.voixdulittoral.example/actualite/journaliste-interpellee',
    );
    expect(b).toHaveLength(9);
    expect(b[6]).toBe(
      'Claire Morand est journaliste à Radio Littoral depuis 2009 et suit les questions sociales et portuaires pour la station.',
    );
    expect(b.at(-1)).toBe(
      "Le syndicat des dockers, en grève depuis trois semaines pour les salaires et l'organisation des équipes, appelle à un nouveau rassemblement devant le port lundi matin.",
    );
  });

  test("guard: the byline's own biography under the article still ends the body, teasers under it too", () => {
    const b = body(
      'author-box-teasers.chromium.txt',
      'https://www.harbourgazette.example/news/ferry-timetable',
    );
    expect(b).toHaveLength(4);
    expect(b.at(-1)).toBe(
      'The operator said it would review the timetable in September once it had hired and trained the crew it needs for a second vessel.',
    );
  });
});

describe("an interview's speaker labels are no author's box", () => {
  test('the name the header printed labels the questions: every turn stays (w3m)', () => {
    const b = body(
      'interview-names.w3m.txt',
      'https://www.policyweekly.example/interviews/jane-roe-rents',
    );
    expect(b.filter((t) => t === 'Sam Patel')).toHaveLength(4);
    expect(b.filter((t) => t === 'Jane Roe')).toHaveLength(4);
    expect(b).toContain('What would you do first?');
    expect(b.at(-1)).toBe(
      'Not in nominal terms, I think. What we can hope for is that they rise more slowly than wages for a few years, so that renting becomes a little less of a burden for young people.',
    );
  });

  test("guard: the author's name alone printed once over the box still ends the body (w3m)", () => {
    const b = body(
      'name-box.w3m.txt',
      'https://www.policyweekly.example/housing/planning-officers',
    );
    expect(b).toHaveLength(4);
    expect(b.at(-1)).toBe(
      'The ministry said it would spend forty million pounds over two years on training new planning officers, and would publish a league table of the slowest councils every three months from the summer.',
    );
  });
});

describe("a label of the story's own that a post's meta footer opens with does not end the body", () => {
  test('English: an awards story set under `Category:` lines (Chromium)', () => {
    const b = body(
      'awards-categories.chromium.txt',
      'https://www.valleyscreen.example/festival/harbour-winners',
    );
    expect(b).toContain(
      'Marsh said she had written the script while working as a deckhand on the same route, and that most of the cast were crew members who had never acted before.',
    );
    expect(b.at(-1)).toBe(
      'The festival will return next June, and organisers said they hoped to add a second screen in the harbour warehouse that the council is restoring.',
    );
  });

  test('German: a council report with a `Themen:` line over its second part (w3m)', () => {
    const b = body(
      'gemeinderat-themen.w3m.txt',
      'https://www.kreisbote.example/lokales/gemeinderat-haushalt',
    );
    expect(b).toHaveLength(8);
    expect(b[4]).toBe('Themen: Radwege, Schulweg und Parkplätze am Bahnhof');
    expect(b.at(-1)).toBe(
      'Die nächste Sitzung des Gemeinderats findet am 10. März im Bürgerhaus statt. Die Sitzung ist öffentlich.',
    );
  });

  test("guard: a blog's tag line under its post still ends the body, the related posts under it too", () => {
    const b = body('blog-tags.chromium.txt', 'https://harbournotes.example/2026/05/new-ferry');
    expect(b).toHaveLength(4);
    expect(b.at(-1)).toBe(
      'I will try the evening crossing next week and report back on how it copes with the commuters.',
    );
  });
});

describe("a story's closing sentence naming a newsletter is no appeal", () => {
  test('English: the council will publish updates in its newsletter', () => {
    const b = body(
      'library-newsletter.chromium.txt',
      'https://www.northshire.example/news/libraries-sunday-opening',
    );
    expect(b).toHaveLength(5);
    expect(b.at(-1)).toBe(
      "Updates on the Sunday opening hours will be published in the council's monthly newsletter and on its website from the start of March.",
    );
  });

  test("French: the département's lettre d'information", () => {
    const b = body(
      'mediatheque-lettre.chromium.txt',
      'https://www.journalduval.example/actualite/mediatheques-dimanche',
    );
    expect(b).toHaveLength(5);
    expect(b.at(-1)).toBe(
      "Les horaires du dimanche seront détaillés dans la lettre d'information mensuelle du département et sur son site internet dès le début du mois de mars.",
    );
  });

  test("guard: the site's appeal to its reader (`your inbox`, `our newsletter`) still leaves", () => {
    const b = body(
      'library-appeal.chromium.txt',
      'https://www.northshire.example/news/libraries-sunday-opening',
    );
    expect(b).toHaveLength(4);
    expect(b.at(-1)).toBe(
      'The council will review the Sunday hours after a year and may extend them to the smaller branches if enough volunteers come forward.',
    );
  });

  test('guard: a German appeal with `du` alone still leaves (w3m)', () => {
    const b = body(
      'verein-newsletter.w3m.txt',
      'https://www.rv-nordhafen.example/news/fruehjahrsrennen',
    );
    expect(b).toHaveLength(3);
    expect(b.at(-1)).toBe(
      'Der Männerachter kam auf Platz neun, nachdem eine Ruderkollision an der Brücke mehrere Sekunden gekostet hatte. Das nächste Rennen ist die Sommerregatta im Juni auf dem eigenen Revier.',
    );
  });
});

describe('addressesReader', () => {
  test.each([
    ['Sign up for our newsletter to get the news every morning.', true],
    ["Abonnez-vous à notre lettre d'information.", true],
    ['Wenn du informiert werden willst, kannst du den Newsletter abonnieren.', true],
    ['Recibe las noticias con tu suscripción.', true],
    ["Updates will be published in the council's monthly newsletter.", false],
    ["Les horaires seront détaillés dans la lettre d'information du département.", false],
  ])('%s → %s', (text, expected) => {
    expect(addressesReader(fold(text))).toBe(expected);
  });
});

describe("a subheading in a teaser box's words over a sentence of the story", () => {
  test('French: `Pour approfondir` over a sentence closing with its stop', () => {
    const b = body(
      'budget-approfondir.chromium.txt',
      'https://www.journalduval.example/actualite/budget-departement',
    );
    expect(b).toContain(
      "Le rapport de la chambre régionale des comptes publié en janvier détaille la hausse du coût de l'aide à domicile.",
    );
    expect(b.at(-1)).toBe(
      "Le directeur général des services assure que le plan sera réexaminé à l'automne si la dotation de l'État pour l'an prochain se révèle plus élevée.",
    );
  });

  test('English: `Up next` over the next step of the story', () => {
    const b = body(
      'budget-up-next.chromium.txt',
      'https://www.northshire.example/news/county-budget',
    );
    expect(b).toContain(
      'The plan now goes to the cabinet, which will set the final figures on March 3.',
    );
  });

  test('guard: a box of headlines under `Up next`, an excerpt under one, stays out of the body', () => {
    const b = body(
      'budget-related-box.chromium.txt',
      'https://www.northshire.example/news/county-budget',
    );
    expect(b).toHaveLength(6);
    expect(b).not.toContain('Library campaigners plan march on county hall');
    expect(b).not.toContain(
      'Residents in three towns say the closures will leave them without internet access.',
    );
    expect(b).not.toContain('Care home fees to rise again in April');
  });
});

describe('a quotation over its speaker is no caption over a credit', () => {
  test("a reader's words set apart, the name under them (w3m): both stay", () => {
    const b = body(
      'bus-testimonial.w3m.txt',
      'https://www.northshire.example/news/rural-bus-routes',
    );
    expect(b).toContain('"Without the bus I cannot get to my job at the hospital before seven."');
    expect(b).toContain('Maria Lopez');
    expect(b).toHaveLength(8);
  });

  test("guard: a picture's caption over a bare name credit still leaves (w3m)", () => {
    const b = body('bus-caption.w3m.txt', 'https://www.northshire.example/news/rural-bus-routes');
    expect(b).not.toContain(
      'The last bus of the day waits at the market square in Easton on a winter evening.',
    );
    expect(b).not.toContain('Northshire Camera Club');
    expect(b).toHaveLength(6);
  });
});

describe('probes that found no refiner taking the text (kept as guards)', () => {
  test('a story about subscribers and a newsletter keeps every paragraph, English and French', () => {
    expect(
      body(
        'newspaper-subscribers.chromium.txt',
        'https://www.valleybusiness.example/media/courier-profit',
      ),
    ).toHaveLength(8);
    expect(
      body(
        'quotidien-abonnes.chromium.txt',
        'https://www.courrierdesmedias.example/presse/republicain-benefices',
      ),
    ).toHaveLength(8);
  });
});
