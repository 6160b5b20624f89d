/**
 * The body of a text page (issue 10, session 25): a short label closing the
 * article's last paragraph (`The essentials in brief:`) with its list right
 * under it belongs to the article; a label over other articles' headlines
 * (`La rédaction vous conseille :`, `Lue myös:`) does not. Pages are
 * synthetic, written here, laid out as a browser's `innerText` prints them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const PARAGRAPHS = [
  'A sourdough loaf needs little more than flour, water, salt and time, yet many home bakers give up after a few flat, sour bricks. Most of the trouble starts with a starter that is fed too rarely or used before it has risen to its peak.',
  'Feed the starter the evening before you bake and use it the next morning, when it has doubled and smells mildly of yoghurt. Mix it with the flour and water, wait half an hour, then add the salt and fold the dough every thirty minutes.',
  'The long rest is what gives the bread its flavour. A night in the fridge slows the yeast down while the bacteria keep working, and the cold dough is also much easier to shape and to score before it goes into the oven.',
];
const ESSENTIALS = [
  'starter fed the evening before',
  'salt added after half an hour',
  'a night in the fridge',
  'bake in a covered pot',
  'cool for an hour',
];

/** A food magazine's article: its last paragraph, a label closing it and the label's list, then a box of other articles. */
function magazinePage(label: string, items: readonly string[]): string {
  return [
    'Bread Journal',
    'Baking',
    'Sourdough without the bricks',
    'January 12, 2024',
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    label,
    ...items,
    '',
    'Related articles',
    'How to keep a starter alive on holiday',
    'Rye bread for beginners',
    'Five loaves for a winter table',
    '',
    '© 2024 Bread Journal. All rights reserved.',
  ].join('\n');
}

describe('a list under a label closing the body', () => {
  test('the label and its items are the article’s', () => {
    const a = parseArticle(magazinePage('The essentials in brief:', ESSENTIALS));
    for (const p of PARAGRAPHS) expect(a.text).toContain(p);
    expect(a.text).toContain('The essentials in brief:');
    for (const item of ESSENTIALS) expect(a.paragraphs.map((p) => p.text)).toContain(item);
    expect(a.text).not.toContain('How to keep a starter alive on holiday');
  });

  test('the items keep their exact offsets', () => {
    const input = magazinePage('The essentials in brief:', ESSENTIALS);
    const a = parseArticle(input);
    const item = a.paragraphs.find((p) => p.text === 'cool for an hour');
    expect(item && input.slice(item.start, item.end)).toBe('cool for an hour');
  });
});

describe('a label over other articles closing the body', () => {
  const HEADLINES = [
    'Cinq marchés de Noël à visiter en Alsace cet hiver',
    'Comment choisir un bon vélo pour aller au travail',
    'Les meilleures crêpes de Bretagne selon nos lecteurs',
  ];
  test('`La rédaction vous conseille :` heads links, not the article’s list', () => {
    const a = parseArticle(magazinePage('La rédaction vous conseille :', HEADLINES));
    for (const p of PARAGRAPHS) expect(a.text).toContain(p);
    for (const h of HEADLINES) expect(a.text).not.toContain(h);
  });

  test('Finnish `Lue myös:` inside the body heads a link, not a paragraph', () => {
    const input = [
      'Uutiset',
      'Talous',
      'Euroopan unionin budjetti jaetaan uudelleen',
      '12.1.2024 10:15',
      '',
      'Euroopan unionin jäsenmaat neuvottelevat tänä vuonna unionin seuraavasta pitkän aikavälin budjetista, ja neuvotteluista on tulossa tavallista vaikeammat, koska yksi suuri maksaja on lähtenyt unionista.',
      '',
      'Lue myös:',
      'Helsingin raitiovaunuihin tulee uusi linja syksyllä – katso reitti',
      '',
      'Komissio on esittänyt, että jäsenmaiden maksuja korotetaan, mutta useat nettomaksajat ovat jo ilmoittaneet, että ne eivät hyväksy ehdotusta sellaisenaan, ja vaativat menojen leikkaamista.',
      '',
      'Neuvottelujen odotetaan jatkuvan pitkälle syksyyn, ja lopullinen päätös vaatii kaikkien jäsenmaiden hyväksynnän sekä Euroopan parlamentin suostumuksen ennen kuin budjetti voi astua voimaan.',
      '',
      '© 2024 Uutiset',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.text).toContain('Neuvottelujen odotetaan jatkuvan');
    expect(a.text).toContain('Euroopan unionin jäsenmaat');
    expect(a.text).not.toContain('Helsingin raitiovaunuihin');
  });
});
