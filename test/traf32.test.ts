/**
 * Two shapes of a body's own lines the text path left out (issue 10, session 32).
 *
 * A recipe card's ingredient with no amount: in a card's
 * ingredients list, between its heading (`Zutaten`, `Ingredients`) and its
 * method heading, a line of one word (`Salz`, `Frischhaltefolie`, printed
 * where the amount's cell is empty) is an ingredient, not a menu's entry: it
 * stays in the body. The headings stay out, and a lone word outside a card is
 * still a menu's.
 *
 * A results table between the article's lead and the rest of its text: when a
 * stretch of no prose (the table's last rows printed one cell a line) parts
 * the lead from the text below, the body joins the two over it and keeps only
 * prose there; a table's rows (cells parted by tabs) are the article's too and
 * now stay with it.
 *
 * Pages are synthetic, written here, laid out as a browser's `innerText`
 * prints them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const STORY = [
  'Dieser Apfelkuchen ist schnell gemacht und schmeckt am besten noch warm vom Blech. Die Äpfel werden nur grob geschnitten, der Teig braucht keine Ruhezeit und die Streusel halten ihn saftig.',
];
const STEPS = [
  '1.',
  'Butter, Zucker und Eier schaumig rühren. Mehl und Backpulver mischen und unterrühren, bis ein glatter Teig entsteht.',
  '2.',
  'Äpfel schälen, vierteln und in Spalten schneiden. Den Teig auf das Blech streichen und die Äpfel darauf verteilen.',
  '3.',
  'Im heißen Ofen etwa vierzig Minuten backen, bis der Kuchen goldbraun ist. Vor dem Servieren kurz abkühlen lassen.',
];

/** A recipe site's page: menu, headline, story, the card (ingredients, method), then a box of other recipes. */
function recipePage(ingredients: readonly string[]): string {
  return [
    'Rezepte',
    'Backen',
    'Kochen',
    'Schneller Apfelkuchen vom Blech',
    '',
    ...STORY.flatMap((p) => [p, '']),
    'Zutaten',
    ...ingredients,
    'Zubereitung',
    '60 Minuten',
    'einfach',
    ...STEPS,
    'Ähnliche Rezepte',
    'Zwetschgenkuchen mit Streuseln',
    'Rhabarberkuchen vom Blech',
  ].join('\n');
}

const WITH_BARE = [
  '250 g  Butter ',
  '200 g  Zucker ',
  '4   Eier ',
  '        Salz ',
  '400 g  Mehl ',
  '1 kg  Äpfel ',
  '        Backpapier ',
];

describe('an ingredient with no amount stays in the recipe card', () => {
  test('a lone word between amounts, and one closing the list, are ingredients', () => {
    const a = parseArticle(recipePage(WITH_BARE));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain('Salz');
    expect(texts).toContain('Backpapier');
    expect(texts).toContain('400 g  Mehl');
    // The card's headings are kept between its kept lines (session 35, test/recipe-card35.test.ts); the story stays.
    expect(texts).toContain('Zutaten');
    expect(texts).toContain('Zubereitung');
    expect(texts[0]).toBe(STORY[0]);
    expect(a.text).toContain('vierzig Minuten backen');
  });

  test('a lone word with no recipe card around it is still a menu entry', () => {
    const page = [
      'Rezepte',
      'Backen',
      'Schneller Apfelkuchen vom Blech',
      '',
      STORY[0],
      '',
      'Teilen',
      'Drucken',
      '',
      'Ähnliche Rezepte',
    ].join('\n');
    const texts = parseArticle(page).paragraphs.map((p) => p.text);
    expect(texts).toEqual([STORY[0]]);
  });
});

const LEAD =
  'Im aktuellen Test wurden zwölf verschiedene Kindersitze in punkto Sicherheit, Bedienung, Ergonomie und Schadstoffgehalt geprüft. Alle Daten und Ergebnisse finden Sie in der Tabelle unten, nach dem Alter der Kinder sortiert, mit Preis und Note. Die Sitze wurden im Frühjahr gekauft und anonym im Handel besorgt.';
const REST = [
  'Vier Sitzmodelle werden in diesem Vergleichstest mit mangelhaft bewertet. Die Bezugsstoffe enthalten zu viele Schadstoffe, wie die Messungen im Labor gezeigt haben, und das bei allen Größen, die der Hersteller anbietet.',
  'Der Bezugsstoff eines weiteren Modells enthält dagegen Flammschutzmittel. Da der Messwert den Grenzwert der Richtlinie überschreitet, wird auch dieses Modell abgewertet, trotz guter Noten in Sicherheit und Bedienung.',
  'Ein aufblasbarer Sitz ist vor allem für Reisende interessant, die flexibel mit verschiedenen Verkehrsmitteln unterwegs sind. In den Kategorien Sicherheit und Bedienung schneidet er befriedigend ab, scheitert aber am Schadstofftest.',
  'Eltern sollten das eigene Fahrzeug und das Kind zum Kauf mitnehmen, um die Modelle vor dem Kauf auszuprobieren. Nicht jeder Sitz passt in jedes Auto, und nicht jedes Kind sitzt in jedem Sitz bequem und sicher.',
];
const ROWS = [
  'Alpha Baby-Safe Plus\t370 €\tja\t1,7',
  'Beta i-Level\t300 €\tja\t1,9',
  'Gamma Cabriofix\t140 €\tnein\t2,1',
  'Delta Koos i-Size\t210 €\tnein\t4,9',
];
/** A table's last rows as a browser prints a layout of one cell a line: a name, then its cells indented. */
const CELL_ROWS = [
  'Eta Swingfix',
  'Theta Dualfix',
  'Iota Pallas',
  'Kappa Max',
  'Lambda Solution',
].flatMap((name, i) => [name, `\t${400 - i * 50} €`, '\tja', `\t${i + 1},${i}`, '']);

describe('a results table between the lead and the rest of the article', () => {
  test('its rows stay in the body with the lead and the text under it', () => {
    const page = [
      'Startseite',
      'Tests',
      'Zwölf Kindersitze im Test: Vier Modelle fallen durch',
      '',
      '23.10.2018',
      '',
      LEAD,
      '',
      'Die Ergebnisse',
      ...ROWS,
      'ab ca. 1 Jahr',
      '\t',
      ...CELL_ROWS,
      'Bezugstoffe enthalten Schadstoffe',
      '',
      ...REST.flatMap((p) => [p, '']),
      'Ähnliche Artikel',
      'Zwölf Fahrradhelme im Test',
      'Winterreifen im Test',
    ].join('\n');
    const texts = parseArticle(page).paragraphs.map((p) => p.text);
    expect(texts[0]).toBe(LEAD);
    for (const row of ROWS) expect(texts).toContain(row);
    expect(texts.indexOf(ROWS[0] ?? '')).toBe(1);
    expect(texts.slice(-REST.length)).toEqual(REST);
    expect(texts).not.toContain('Ähnliche Artikel');
  });
});
