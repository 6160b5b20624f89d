/**
 * The home page's word of a menu or a breadcrumb in German, Spanish and
 * Portuguese (`Start`, `Startseite`, `Inicio`, `Início`), as in English,
 * French and Arabic: a menu of five entries opening with it is no headline
 * over the article's own, which a byline follows; a headline opening with
 * the same word (`Start frei für …`) stays one.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const DE_BODY =
  'Der Verein hat am Samstag seine neue Bootshalle am Ufer eingeweiht, nach zwei Jahren Bauzeit und vielen Stunden ehrenamtlicher Arbeit seiner Mitglieder.\n\n' +
  'Die Halle bietet Platz für zwölf Boote und einen Kraftraum, der im Winter auch von der Jugendabteilung genutzt werden soll.\n\n' +
  'Die Baukosten von rund 480.000 Euro wurden zum größten Teil aus Spenden und Zuschüssen der Stadt bezahlt.\n';
const ES_BODY =
  'La asociación de vecinos ha inaugurado este sábado la nueva biblioteca del barrio, instalada en el antiguo mercado municipal tras dos años de obras.\n\n' +
  'El espacio cuenta con una sala infantil y una zona de estudio que abrirá también los domingos durante la época de exámenes.\n';

describe("a menu opening with the home page's word, in German and Spanish", () => {
  test('German: `Start` and four entries over the headline and its byline', () => {
    const a = parseArticle(
      `Kanuclub Elbufer\nStart Verein Abteilungen Termine Kontakt\n\nNeue Bootshalle nach zwei Jahren Bauzeit am Elbufer eingeweiht\n\nVon Jonas Brandt\n\n3. Dezember 2026\n\n${DE_BODY}`,
    );
    expect([a.title, a.authors]).toEqual([
      'Neue Bootshalle nach zwei Jahren Bauzeit am Elbufer eingeweiht',
      ['Jonas Brandt'],
    ]);
  });

  test('German: `Startseite`', () => {
    const a = parseArticle(
      `Kanuclub Elbufer\nStartseite Verein Abteilungen Termine Kontakt\n\nNeue Bootshalle nach zwei Jahren Bauzeit am Elbufer eingeweiht\n\nVon Jonas Brandt\n\n3. Dezember 2026\n\n${DE_BODY}`,
    );
    expect(a.title).toBe('Neue Bootshalle nach zwei Jahren Bauzeit am Elbufer eingeweiht');
  });

  test('Spanish: `Inicio` and four entries', () => {
    const a = parseArticle(
      `Vecinos del Sur\nInicio Barrio Agenda Asociación Contacto\n\nEl barrio estrena biblioteca en el antiguo mercado municipal\n\nPor Lucía Ramos Gil\n\n5 de diciembre de 2026\n\n${ES_BODY}`,
    );
    expect([a.title, a.authors]).toEqual([
      'El barrio estrena biblioteca en el antiguo mercado municipal',
      ['Lucía Ramos Gil'],
    ]);
  });

  test('guard: a headline opening with `Start` over its deck stays the headline', () => {
    const a = parseArticle(
      `Kanuclub Elbufer\n\nStart frei für die neue Bootshalle am Elbufer\n\nNach zwei Jahren Bauzeit feiert der Verein mit einem Tag der offenen Tür\n\nVon Jonas Brandt\n\n3. Dezember 2026\n\n${DE_BODY}`,
    );
    expect(a.title).toBe('Start frei für die neue Bootshalle am Elbufer');
  });
});
