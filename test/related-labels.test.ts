import { describe, expect, test } from 'vitest';
import { RELATED_HINTS } from '../src/article/recognisers/related.js';
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

describe('a label glued to its headline (a browser copies `<b>label</b><a>headline</a>` with nothing between)', () => {
  const ARABIC: [string, string, string] = [
    'صادق مجلس النواب، مساء أمس الاثنين، بالأغلبية على مشروع القانون المتعلق بتنظيم النقل الحضري في المدن الكبرى.',
    'ويلزم القانون الجديد الشركات المفوض لها تدبير النقل بنشر معطيات دقيقة حول المواعيد ونسب الالتزام بها.',
    'وأكد وزير الداخلية أن تطبيق القانون سيتم بشكل تدريجي ابتداء من السنة المقبلة بعد إصدار النصوص التنظيمية.',
  ];
  test.each([
    [
      'شاهد أيضافيديو: حافلات جديدة تدخل الخدمة بمدينة طنجة',
      'فيديو: حافلات جديدة تدخل الخدمة بمدينة طنجة',
      ARABIC,
    ],
    [
      'Lea tambiénLa inflación sube por tercer mes consecutivo',
      'La inflación sube por tercer mes consecutivo',
      SPANISH,
    ],
    // lynx puts the link's number between them.
    [
      'شاهد أيضا[9]فيديو: حافلات جديدة تدخل الخدمة بمدينة طنجة',
      'فيديو: حافلات جديدة تدخل الخدمة بمدينة طنجة',
      ARABIC,
    ],
  ])('%s', (line, headline, body) => {
    const a = parseArticle(page('Un titre de test assez long pour un titre', body, line));
    expect(a.related.map((r) => r.title)).toEqual([headline]);
    expect(a.paragraphs).toHaveLength(3);
  });
  test('control: a word that opens like a label, in lower case after it, is no label (`Lire aussitôt`)', () => {
    const line =
      'Lire aussitôt les résultats du vote serait une erreur, a prévenu le président de la commission mardi.';
    const a = parseArticle(page('Un titre de test assez long pour un titre', SPANISH, line));
    expect(a.related).toEqual([]);
  });
});

describe('the inline label hints', () => {
  test('each piece holds the gate it is looked for under (a gate missing from its piece would hide that label)', () => {
    for (const [gate, pieces] of RELATED_HINTS)
      for (const piece of pieces) expect(piece, `${piece} under ${gate}`).toContain(gate);
  });
  test.each([
    [
      'Lire aussi',
      'Lire aussi : Tanger Med franchit un nouveau record de trafic portuaire cette année.',
    ],
    [
      'LIRE AUSSI',
      'LIRE AUSSI : Tanger Med franchit un nouveau record de trafic portuaire cette année.',
    ],
    ['Read also', 'Read also: The port breaks another traffic record this year, officials said.'],
    [
      'اقرأ أيضا',
      'اقرأ أيضا: ميناء طنجة المتوسط يحقق رقما قياسيا جديدا في حركة الحاويات هذا العام.',
    ],
  ])('a label inside a collapsed paragraph is found (%s)', (_, label) => {
    const before =
      'Le port a traité plus de sept millions de conteneurs l’an dernier, selon les chiffres publiés mardi par l’autorité portuaire, qui prévoit une nouvelle hausse.';
    const after =
      'Les responsables du port estiment que la croissance devrait se poursuivre au cours des prochaines années, portée par les nouvelles lignes maritimes.';
    const text = `Un titre de test assez long pour un titre\n\n${before} ${label} ${after}\n\n${POLISH[1]}\n\n${POLISH[2]}\n`;
    const a = parseArticle(text);
    expect(a.related.map((r) => r.title)).toEqual([label.slice(label.indexOf(':') + 1).trim()]);
  });
});
