/**
 * A labelled byline whose name is followed, on the same line, by a stamp's
 * own label and its date in the page's language (`Von X publiziert am 30. Juli
 * 2018`, `Por X publicado el 3 de mayo de 2022`): the name stops before the
 * stamp's label.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BODY = [
  'Die Gemeinde hat am Montagabend beschlossen, die alte Turnhalle bis zum Herbst zu sanieren und danach wieder für die Vereine zu öffnen.',
  'Der Umbau soll nach Angaben der Verwaltung rund zwei Millionen Euro kosten, einen Teil davon übernimmt das Land aus seinem Förderprogramm.',
];

test("`Von X publiziert am <date>`: the name stops before the stamp's label", () => {
  const page = [
    'Stadtblog',
    'Die Turnhalle wird saniert',
    'Von Jonas Keller publiziert am 30. Juli 2018',
    ...BODY,
  ].join('\n');
  const a = parseArticle(page);
  expect(a.authors).toEqual(['Jonas Keller']);
  expect(a.publishedAt?.slice(0, 10)).toBe('2018-07-30');
});

test("`Por X publicado el <date>`: the name stops before the stamp's label", () => {
  const page = [
    'Diario del Barrio',
    'El gimnasio será renovado',
    'Por Lucía Romero publicado el 3 de mayo de 2022',
    'El ayuntamiento decidió el lunes por la noche renovar el viejo gimnasio antes del otoño y reabrirlo después para los clubes.',
    'Las obras costarán unos dos millones de euros según el ayuntamiento, y la región pagará una parte de ellas.',
  ].join('\n');
  expect(parseArticle(page).authors).toEqual(['Lucía Romero']);
});
