/** A byline whose segments are the name, the place it was written from, then the day (`X · Place · date`). */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BODY = [
  'La biblioteca municipal abrirá también los domingos a partir de abril, según anunció ayer la concejala de Cultura en el pleno del Ayuntamiento.',
  'El horario ampliado costará unos 40.000 euros al año y se pagará con el remanente del presupuesto de festejos, que este año no se gastó entero.',
  'Los usuarios llevaban dos años pidiendo la apertura dominical con una recogida de firmas que superó las tres mil adhesiones.',
];

function page(signature: string): string {
  return [
    'Gaceta del Valle Local Cultura Deportes',
    '',
    'La biblioteca abrirá los domingos desde abril',
    '',
    'El Ayuntamiento amplía el horario tras dos años de peticiones vecinales.',
    '',
    signature,
    '',
    ...BODY.flatMap((p) => [p, '']),
  ].join('\n');
}

describe('a name, its place and its day as one line of segments', () => {
  test('the name signs, the day dates the article, and the line stays out of the body', () => {
    const input = page('Marta Ibáñez · Villaverde de los Montes Altos · 4 de marzo de 2026, 10:30');
    const a = parseArticle(input);
    expect(a.authors).toEqual(['Marta Ibáñez']);
    const span = a.spans.authors[0];
    expect(span && input.slice(span.start, span.end)).toBe('Marta Ibáñez');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-03-04');
    expect(a.paragraphs.some((p) => p.text.includes('Villaverde'))).toBe(false);
    expect(a.paragraphs[0]?.text.startsWith('La biblioteca municipal')).toBe(true);
  });
  test('guard: a middle segment that is a sentence is no place', () => {
    const a = parseArticle(page('Marta Ibáñez · lo que pasó en el pleno · 4 de marzo de 2026'));
    expect(a.authors).not.toContain('Marta Ibáñez');
  });
});
