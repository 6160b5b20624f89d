import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

/** A body of three long paragraphs with a labelled related line between the first two. */
function page(title: string, p: [string, string, string], related: string): string {
  return `${title}\n\n${p[0]}\n\n${related}\n\n${p[1]}\n\n${p[2]}\n`;
}

const POLISH: [string, string, string] = [
  'Brytyjski lotniskowiec wypłynął w swój pierwszy długi rejs, który ma potrwać kilka miesięcy i obejmie wiele portów.',
  'Okręt jest największym w historii brytyjskiej marynarki wojennej, a jego budowa trwała ponad dziesięć lat i kosztowała miliardy.',
  'Eksperci podkreślają, że rejs ma przede wszystkim wymiar polityczny i jest sygnałem wysłanym do kilku stolic jednocześnie.',
];
const SPANISH: [string, string, string] = [
  'El gobierno anunció este martes un nuevo plan para reducir el precio de la energía en los hogares durante el invierno.',
  'La medida beneficiará a más de dos millones de familias, según las estimaciones publicadas por el ministerio de economía.',
  'Los partidos de la oposición criticaron el anuncio y pidieron que el plan se debata primero en el parlamento nacional.',
];

describe('related labels in more languages (one line: label, colon, headline)', () => {
  test.each([
    ['Czytaj też: Wyścig zbrojeń na morzu ruszył', POLISH],
    ['Czytaj także: Wyścig zbrojeń na morzu ruszył', POLISH],
    ['Zobacz także: Wyścig zbrojeń na morzu ruszył', POLISH],
    ['Przeczytaj też: Wyścig zbrojeń na morzu ruszył', POLISH],
    ['Te puede interesar: La inflación sube por tercer mes consecutivo', SPANISH],
    ['Vea también: La inflación sube por tercer mes consecutivo', SPANISH],
    ['Veja também: A inflação sobe pelo terceiro mês seguido', SPANISH],
    ['Siehe auch: Die Inflation steigt den dritten Monat in Folge', SPANISH],
    ['Читайте также: Инфляция растёт третий месяц подряд', SPANISH],
  ])('%s', (line, body) => {
    const a = parseArticle(page('Un titre de test assez long pour un titre', body, line));
    const headline = line.slice(line.indexOf(':') + 1).trim();
    expect(a.related.map((r) => r.title)).toEqual([headline]);
    expect(a.text).not.toContain(headline);
    expect(a.paragraphs).toHaveLength(3);
  });
  test('control: a name that happens to start like a label stays prose (`Lea Müller …`)', () => {
    const line =
      'Lea Müller, die Sprecherin des Ministeriums, sagte am Dienstag, der Plan werde noch im Winter umgesetzt.';
    const a = parseArticle(page('Un titre de test assez long pour un titre', SPANISH, line));
    expect(a.related).toEqual([]);
    expect(a.text).toContain('Lea Müller');
  });
});
