import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

/**
 * Synthetic text pages: a headline, three long paragraphs, and one line under
 * test between the second and the third. A user checks that the article's
 * sentences are kept and the furniture line is not in the body, and that a
 * look-alike article sentence stays.
 */
function page(p: readonly [string, string, string], line: string): string {
  return `Un titre de test assez long pour être un titre\n\n${p[0]}\n\n${p[1]}\n\n${line}\n\n${p[2]}\n`;
}

const FRENCH = [
  "Le gouvernement a présenté mardi un plan de soutien aux agriculteurs touchés par la sécheresse de l'été dernier.",
  'Les aides seront versées avant la fin de l’année aux exploitations qui ont perdu plus du tiers de leur récolte.',
  'Les syndicats agricoles ont salué un premier pas, tout en réclamant des mesures durables pour la gestion de l’eau.',
] as const;
const SPANISH = [
  'El gobierno anunció este martes un nuevo plan para reducir el precio de la energía en los hogares durante el invierno.',
  'La medida beneficiará a más de dos millones de familias, según las estimaciones publicadas por el ministerio de economía.',
  'Los partidos de la oposición criticaron el anuncio y pidieron que el plan se debata primero en el parlamento nacional.',
] as const;
const GERMAN = [
  'Der Stadtrat hat am Dienstagabend beschlossen, die Gebühren für die Benutzung der städtischen Bäder zu erhöhen.',
  'Die Verwaltung begründet den Schritt mit den gestiegenen Energiekosten und dem Sanierungsbedarf der alten Hallen.',
  'Die Opposition kündigte an, gegen den Beschluss ein Bürgerbegehren zu starten, falls die Preise weiter steigen.',
] as const;
const ENGLISH = [
  'The city council voted on Tuesday night to raise the fees charged for the use of the municipal swimming pools.',
  'Officials said the increase was needed to cover higher energy bills and the cost of repairing the ageing halls.',
  'Opposition members said they would collect signatures against the decision if prices kept going up next year.',
] as const;

/** Whether the body keeps the three paragraphs and leaves `line` out. */
function dropsLine(p: readonly [string, string, string], line: string): void {
  const a = parseArticle(page(p, line));
  for (const s of p) expect(a.text).toContain(s);
  expect(a.text).not.toContain(line);
}

/** Whether the body keeps the three paragraphs and `line` too. */
function keepsLine(p: readonly [string, string, string], line: string): void {
  const a = parseArticle(page(p, line));
  for (const s of p) expect(a.text).toContain(s);
  expect(a.text).toContain(line);
}

describe('related links opened by a short label and its colon', () => {
  test.each([
    ['Lea: La inflación sube por tercer mes consecutivo en la región', SPANISH],
    ['Lee además: La inflación sube por tercer mes consecutivo en la región', SPANISH],
    ['Lire : Les prix de l’énergie reculent pour le deuxième mois', FRENCH],
    ['Related: Energy prices fall for a second month in a row', ENGLISH],
    ['Lesetipp: Die Energiepreise sinken den zweiten Monat in Folge', GERMAN],
  ])('%s', (line, p) => {
    const a = parseArticle(page(p, line));
    const headline = line.slice(line.indexOf(':') + 1).trim();
    expect(a.related.map((r) => r.title)).toEqual([headline]);
    expect(a.text).not.toContain(headline);
    for (const s of p) expect(a.text).toContain(s);
  });
  test.each([
    [
      'Lea Fernández, portavoz del ministerio, dijo que el plan se aplicará de forma gradual durante el invierno.',
      SPANISH,
    ],
    [
      'Related talks between the unions and the city are planned for next month, the mayor said on Tuesday.',
      ENGLISH,
    ],
    [
      'Zum Thema äußerte sich am Mittwoch auch der Bürgermeister, der eine Lösung bis zum Sommer versprach.',
      GERMAN,
    ],
  ])('control: a sentence opening with the label word and no colon stays prose: %s', (line, p) => {
    const a = parseArticle(page(p, line));
    expect(a.related).toEqual([]);
    keepsLine(p, line);
  });
});

describe('captions carrying their credit inside the body', () => {
  test.each([
    ['Le piquet de grève devant la mairie de Rabat / (C) Karim Alaoui', FRENCH],
    // Longer than a furniture line (120 characters): a caption of a sentence or two.
    [
      'Die neue Schwimmhalle am Stadtrand wurde nach zwei Jahren Bauzeit im Herbst wieder geöffnet. (Quelle: Anna Berg/Unsplash/Stadtwerke)',
      GERMAN,
    ],
    [
      'A lifeguard watches swimmers at the new municipal pool, which reopened in the autumn after two years of works (Source: Pixabay)',
      ENGLISH,
    ],
    ['[hallenbad-1]Abbildung: Besucherzahlen der städtischen Bäder seit dem Jahr 2010', GERMAN],
  ])('%s', (line, p) => dropsLine(p, line));
  test('a credit line left with the stop of the caption above it (`. Imagen: …`): both leave', () => {
    const caption = 'Familias en la fila de la oficina de energía de la capital';
    const a = parseArticle(page(SPANISH, `${caption}\n\n. Imagen: Agencia Sur`));
    for (const s of SPANISH) expect(a.text).toContain(s);
    expect(a.text).not.toContain('Imagen');
    expect(a.text).not.toContain(caption);
  });
  test.each([
    [
      'Die Zahl der Besucher stieg im vergangenen Jahr um zwölf Prozent (Quelle: Statistisches Bundesamt).',
      GERMAN,
    ],
    [
      'Le contrat de licence, article 4 (c) inclus, interdit toute copie du logiciel, a rappelé le juge mardi.',
      FRENCH,
    ],
    [
      '[1] Die Abbildung im Bericht zeigt, dass sich die Zahl der Besucher seit der Sanierung verdoppelt hat.',
      GERMAN,
    ],
  ])('control: an article sentence with a source, a mark or a footnote stays: %s', (line, p) =>
    keepsLine(p, line),
  );
});

describe("a sign-up form's consent and an embed's prompt inside the body", () => {
  test.each([
    [
      'By signing up, you agree that the city may send you updates about pool opening hours by e-mail.',
      ENGLISH,
    ],
    [
      'Mit Absenden des Formulars willige ich ein, dass die Stadtwerke mich per E-Mail über Angebote informieren.',
      GERMAN,
    ],
    [
      'En vous inscrivant, vous acceptez de recevoir chaque semaine nos offres et nos informations par courriel.',
      FRENCH,
    ],
    [
      'Ich bin damit einverstanden, dass meine Daten für den Versand von Angeboten gespeichert werden.',
      GERMAN,
    ],
    ['Klicken Sie auf den Button, um den Inhalt von www.karten-beispiel.de zu laden.', GERMAN],
    ['Haga clic aquí para cargar el contenido de la red social externa.', SPANISH],
  ])('%s', (line, p) => dropsLine(p, line));
  test.each([
    [
      'By clicking the link, thousands of users agreed to share their data with the company, the report found.',
      ENGLISH,
    ],
    [
      'Wer auf den Link klickt, sieht den Inhalt der Karte nicht, bemängeln Kritiker der neuen Seite der Stadt.',
      GERMAN,
    ],
  ])('control: a sentence about consent or clicks, in the third person, stays: %s', (line, p) =>
    keepsLine(p, line),
  );
});

describe('appeals for money inside the body', () => {
  test.each([
    [
      'Ihr Beitrag hilft uns, weiterhin unabhängig über die Stadt und ihre Bäder zu berichten.',
      GERMAN,
    ],
    ['Your donation helps us keep our reporting on the city free for everyone.', ENGLISH],
    ['Vous avez aimé cet article ? Soutenez le journalisme local.', FRENCH],
    ['Jetzt neu! Besuchen Sie unseren Online-Shop!', GERMAN],
    [
      'Lesen Sie die Stadtzeitung jeden Samstag: bestellen Sie sie als Abo oder als Einzelheft am Kiosk.',
      GERMAN,
    ],
  ])('%s', (line, p) => dropsLine(p, line));
  test.each([
    [
      'Ihr Beitrag hilft der Mannschaft, sagte der Trainer über die neue Stürmerin nach dem Spiel.',
      GERMAN,
    ],
    [
      'Support for the new pool grew after the council promised discounts for journalism students.',
      ENGLISH,
    ],
    [
      'Die Zeitung verlor im vergangenen Jahr viele Abonnements und verkaufte weniger Einzelhefte am Kiosk.',
      GERMAN,
    ],
  ])('control: a sentence about a contribution, support or subscriptions stays: %s', (line, p) =>
    keepsLine(p, line),
  );
});

describe("a list widget's lines inside the body", () => {
  test.each([
    ['Es gibt derzeit keine anstehenden Termine.', GERMAN],
    ['Aucun événement à venir', FRENCH],
    ['There are no upcoming events.', ENGLISH],
    ['Sorted by: Newest first', ENGLISH],
  ])('%s', (line, p) => dropsLine(p, line));
  test.each([
    ['No comment.', ENGLISH],
    [
      'There are no upcoming events planned at the old pool, which will close for good at the end of the month.',
      ENGLISH,
    ],
  ])('control: an answer or a sentence about events stays: %s', (line, p) => keepsLine(p, line));
});

describe("an author's biography under the article", () => {
  const head = 'Un titre de test assez long pour être un titre';
  test('a head of desk (`X leitet das Ressort …`) in the second half ends the body', () => {
    const bio =
      'Anna Berg leitet das Ressort Stadt bei der Morgenpost. Sie studierte Geschichte in Leipzig.';
    const after =
      'Die Kommentarfunktion zu diesem Artikel wird am Abend wieder für alle Leser geöffnet.';
    const a = parseArticle(`${head}\n\n${GERMAN.join('\n\n')}\n\n${bio}\n\n${after}\n`);
    for (const s of GERMAN) expect(a.text).toContain(s);
    expect(a.text).not.toContain('Anna Berg');
  });
  test("a guest contributor's biography closing the post leaves it", () => {
    const bio =
      'Sara Haddad is the founder of a small design studio in Casablanca and writes about branding for small firms.';
    const a = parseArticle(`${head}\n\n${ENGLISH.join('\n\n')}\n\n${bio}\n`);
    for (const s of ENGLISH) expect(a.text).toContain(s);
    expect(a.text).not.toContain('Sara Haddad');
  });
  test('control: a founder named inside the story stays', () => {
    const line =
      'Karim Alaoui is the founder of the swimming club, which has trained young swimmers since the pools opened.';
    keepsLine(ENGLISH, line);
  });
});

describe('licence notices and petition calls inside the body', () => {
  test.each([
    [
      'Alle Texte dieser Seite stehen, sofern nicht anders angegeben, unter einer Creative-Commons-Lizenz (BY-SA).',
      GERMAN,
    ],
    [
      'Sauf mention contraire, les contenus de ce site sont diffusés sous licence CC BY-SA.',
      FRENCH,
    ],
    [
      'Unless otherwise noted, text on this blog is available under the CC BY 4.0 license.',
      ENGLISH,
    ],
    ['Unterzeichnen Sie jetzt die Petition!', GERMAN],
    ['Sign our petition to keep the pools open.', ENGLISH],
  ])('%s', (line, p) => dropsLine(p, line));
  test.each([
    [
      'Die Fotos der Bäder hat die Stadt unter einer Creative-Commons-Lizenz veröffentlicht, wie ein Sprecher sagte.',
      GERMAN,
    ],
    [
      'More than 4,000 residents signed the petition to keep the pools open, the organisers said.',
      ENGLISH,
    ],
  ])('control: a sentence about a licence or a petition stays: %s', (line, p) =>
    keepsLine(p, line),
  );
});

describe('provenance notes and headings over more links', () => {
  test.each([
    ['This article originally appeared on the Harbour Weekly.', ENGLISH],
    ['Dieser Beitrag stammt aus Ausgabe 3/2024 der Stadtzeitung.', GERMAN],
    ['Cet article a été initialement publié dans La Gazette du Port.', FRENCH],
    ['Este artículo fue publicado originalmente en El Diario del Puerto.', SPANISH],
    ['Weitere Informationen', GERMAN],
  ])('%s', (line, p) => dropsLine(p, line));
  test('a `recommended for you` heading closes the body: the headlines under it are other articles', () => {
    const teaser = 'Freibad öffnet im Mai wieder mit neuen Rutschen';
    const excerpt =
      'Die Stadt hat die Becken über den Winter saniert und zwei neue Rutschen für die jüngsten Gäste gebaut.';
    const a = parseArticle(
      `Un titre de test assez long pour être un titre\n\n${GERMAN.join('\n\n')}\n\nFür dich empfohlen\n\n${teaser}\n\n${excerpt}\n`,
    );
    for (const s of GERMAN) expect(a.text).toContain(s);
    expect(a.text).not.toContain('empfohlen');
    expect(a.text).not.toContain(teaser);
    expect(a.text).not.toContain(excerpt);
  });
  test('control: a story telling where another article appeared stays', () => {
    keepsLine(
      ENGLISH,
      'The report that first appeared in a local weekly last spring led the council to review the fees.',
    );
  });
});
