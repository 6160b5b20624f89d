/**
 * A Portuguese or Spanish ad slot's label between a news article's
 * paragraphs (issue 10, session 38, blind round 38b: a Brazilian news
 * article, all three renders). `Publicidade` alone on its line stayed as a
 * paragraph; it is now interface text, as `Advertisement` and `Publicité`
 * alone are (`furniture/interface.ts`); the paragraphs around the slots
 * stay.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body38b/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body38b/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body38b/${name}`] ?? '';

describe('`Publicidade` and `Publicidad` slots between a Brazilian article’s paragraphs (Chromium)', () => {
  const a = parseArticle(read('publicidade.chromium.txt'), {
    url: 'https://www.diariodolitoral.example/cidades/noticia/2025/07/02/ponte-rio-claro-interditada-reforma.ghtml',
  });

  test('the labels leave the body', () => {
    expect(a.title).toBe('Ponte sobre o rio Claro será interditada por 20 dias para reforma');
    expect(a.text).not.toContain('Publicidad');
  });

  test('guard: the article’s paragraphs all stay', () => {
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'A ponte sobre o rio Claro, pri',
      'O desvio será feito pela estra',
      'Segundo a secretaria de obras,',
      'Os ônibus das linhas 12 e 14 t',
      'A prefeitura pede que os motor',
    ]);
  });
});
