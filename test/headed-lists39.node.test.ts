/**
 * Lists of the page's own text under their headings, right under the body's
 * last paragraph and closed by a sentence of the text (`What you will do` ⏎
 * items ⏎ `What we offer` ⏎ items ⏎ `We look forward to hearing from you
 * soon.`): a job advert's tasks, an association's values and board. Short
 * lines, each weighing against the body, yet the page's text
 * (`withHeadedLists`, article/text/body-region.ts). Guard: a club's menus
 * under its news post (headed lists with no sentence of the text under them)
 * stay out. Chromium prints the headings and items with no blank line and
 * the latest-news reader claims them first: the body takes them back. Synthetic
 * pages in test/fixtures/body39/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const read = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'body39', name), 'utf8');

describe('headed lists under the body, closed by a sentence of the text', () => {
  test('a volunteer advert (w3m): both lists and the closing sentence are the text', () => {
    const a = parseArticle(read('volunteer.w3m.txt'), {
      url: 'https://www.harbourside-foodbank.example/volunteer/warehouse',
    });
    const body = a.paragraphs.map((p) => p.text);
    expect(body).toContain('Our warehouse sorts around four tonnes of donated food every month.');
    expect(body.slice(body.indexOf('What you will do'))).toEqual([
      'What you will do',
      'Sort and check donated tins and packets',
      'Pack food parcels for our partner charities',
      'Help unload the Saturday delivery van',
      'What we offer',
      'A friendly team and a free lunch',
      'Travel costs paid back in full',
      'A reference after three months',
      'We look forward to hearing from you soon.',
    ]);
  });

  test("a choir's about-us page (lynx): values, board and the closing sentence are the text", () => {
    const a = parseArticle(read('nosotros.lynx.txt'), {
      url: 'https://www.vocesdelturia.example/quienes-somos',
    });
    const body = a.paragraphs.map((p) => p.text);
    expect(body).toContain('Los ensayos abiertos a cualquier vecino');
    expect(body).toContain('Presidenta: Amparo Soler');
    expect(body).toContain('Director musical: Vicent Roig');
    expect(body.at(-1)).toBe('Ensayamos los martes a las ocho en la casa de cultura.');
    expect(a.text).not.toContain('Síguenos');
  });

  test('a job advert (Chromium, no blank line, the lists read as a ticker first): the lists are the text', () => {
    const a = parseArticle(read('oferta.chromium.txt'), {
      url: 'https://www.frutasdelebro.example/empleo/tecnico-mantenimiento',
    });
    const body = a.paragraphs.map((p) => p.text);
    expect(body.slice(body.indexOf('Tus funciones'))).toEqual([
      'Tus funciones',
      'Mantenimiento preventivo de las líneas de envasado',
      'Reparación de averías eléctricas y mecánicas',
      'Control del stock de recambios del taller',
      'Tu perfil',
      'Formación profesional en electromecánica o similar',
      'Experiencia de dos años en industria alimentaria',
      'Disponibilidad para trabajar a turnos',
      'Te ofrecemos',
      'Contrato indefinido desde el primer día',
      'Formación continua pagada por la empresa',
      'Comedor subvencionado en la planta',
      'Envíanos tu currículum antes del 30 de junio.',
    ]);
    expect(a.text).not.toContain('Inscribirme');
    expect(a.text).not.toContain('Operario de almacén');
  });

  test('guard: the same lists with no sentence under them stay out (Chromium)', () => {
    const text = read('oferta.chromium.txt').replace(
      'Envíanos tu currículum antes del 30 de junio.\n\n',
      '',
    );
    const a = parseArticle(text, {
      url: 'https://www.frutasdelebro.example/empleo/tecnico-mantenimiento',
    });
    expect(a.text).toContain('Desde 1985 envasamos fruta de hueso para toda Europa.');
    expect(a.text).not.toContain('Tus funciones');
    expect(a.text).not.toContain('Comedor subvencionado en la planta');
  });

  test("guard: a club's menus under its news post, no sentence under them, stay out", () => {
    const a = parseArticle(read('menu-after.w3m.txt'), {
      url: 'https://www.rivermouth-rowing.example/news/spring-head-race',
    });
    expect(a.title).toBe('Spring head race: both eights in the top ten');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text).not.toContain('About the club');
    expect(a.text).not.toContain('Coaches and committee');
    expect(a.text).not.toContain('Training times');
  });
});
