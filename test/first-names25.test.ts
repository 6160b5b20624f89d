/**
 * Byline readers that take a bare name only when it opens with a known first name (a name after the
 * publication stamp, a name alone under the body) know the common given names of the languages depeche
 * reads, not only those of the Maghreb and of world leaders. Names that are common words stay unknown.
 * Synthetic pages written for this test.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BODY = [
  'Die Uhr im Treppenhaus läuft noch, obwohl die meisten Büros schon leer sind. In den Gängen stehen Kisten, beschriftet mit Jahreszahlen und den Namen von Schiffen, die längst nicht mehr fahren.',
  '',
  'Der Hafenmeister erzählt von den Wintern, in denen das Eis den Hafen für Wochen schloss, und von den Sommern, in denen die Schiffe bis auf die Strasse hinaus Schlange standen.',
  '',
  'Am Abend wird das Licht gelöscht. Die Akten gehen ins Staatsarchiv, die Möbel an eine Schule im Nachbarort, und das Schild an der Tür nimmt der Hafenmeister mit nach Hause.',
  '',
];

const TITLE = 'Der letzte Tag im alten Hafenamt: Es wird Zeit, dass wir gehen';

function stamped(name: string): string {
  return [TITLE, '', `14.07.2025 09:40 ${name}`, '', ...BODY, 'Impressum', 'Datenschutz'].join(
    '\n',
  );
}

function signed(name: string): string {
  return [TITLE, '', '14.07.2025', '', ...BODY, name, '', 'Impressum', 'Datenschutz'].join('\n');
}

test.each([
  'Markus Lehmann',
  'Helmut Brandner',
  'Christoph Vogelsang',
  'Jules Marchetti',
  'Martin Oberholzer',
  'Giulia Ferraretti',
  'Joost van Dalen',
])('a name after the stamp that opens with a common given name is the author (%s)', (name) => {
  const a = parseArticle(stamped(name));
  expect(a.authors).toEqual([name]);
  expect(a.paragraphs.some((p) => p.text.includes(name))).toBe(false);
});

test.each(['Sabine Kellermann', 'Jürgen Ostwald'])(
  'a name alone under the body that opens with a common given name is the author (%s)',
  (name) => {
    const a = parseArticle(signed(name));
    expect(a.authors).toEqual([name]);
  },
);

test('a line after the stamp that opens with a common word is no author', () => {
  const a = parseArticle(stamped('Grace Period'));
  expect(a.authors).toEqual([]);
});

test("a stamp and name line among the author's list of recent posts is no byline", () => {
  const page = [
    TITLE,
    'Neueste Beiträge',
    '14.07.2025 09:40 Karin Albrecht',
    'Wie man Tomaten im Topf zieht',
    'Weiterlesen',
    '11.07.2025 08:15 Karin Albrecht',
    'Zehn Kräuter für den Balkon',
    'Weiterlesen',
    '',
    ...BODY,
    'Impressum',
    'Datenschutz',
  ].join('\n');
  const a = parseArticle(page);
  expect(a.authors).toEqual([]);
  expect(a.paragraphs[0]?.text.startsWith('Die Uhr im Treppenhaus')).toBe(true);
});

test('a name under the body that the body speaks of is its subject, not its signature', () => {
  const interview = [
    'Seit zwanzig Jahren führt Sabine Kellermann das Hafenamt. Sie kennt jede Kiste im Keller und jeden Kapitän, der hier je angelegt hat, und sie erzählt gern davon.',
    '',
    ...BODY,
  ];
  const page = [
    TITLE,
    '',
    '14.07.2025',
    '',
    ...interview,
    'Sabine Kellermann',
    '',
    'Impressum',
  ].join('\n');
  const a = parseArticle(page);
  expect(a.authors).toEqual([]);
});
