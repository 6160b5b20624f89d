import { describe, expect, test } from 'vitest';
import type { Entity } from '../src/index.js';
import { extractEntities } from '../src/index.js';

/** The entity whose text is `text` (first one), for readable assertions. */
function find(entities: Entity[], text: string): Entity | undefined {
  return entities.find((e) => e.text === text);
}

function one(text: string, surface: string): Entity | undefined {
  const all = extractEntities(text);
  for (const e of all) expect(text.slice(e.start, e.end)).toBe(e.text);
  return find(all, surface);
}

describe('money', () => {
  test.each([
    ["une amende record de 2,34 milliards d'euros", "2,34 milliards d'euros", 2_340_000_000, 'EUR'],
    [
      'un encours de 1.918,6 milliards de dirhams',
      '1.918,6 milliards de dirhams',
      1_918_600_000_000,
      'MAD',
    ],
    ['des recettes de 395,6 MMDH', '395,6 MMDH', 395_600_000_000, 'MAD'],
    ['un bénéfice de 714 MDH', '714 MDH', 714_000_000, 'MAD'],
    ['un prêt de 64,2 millions USD', '64,2 millions USD', 64_200_000, 'USD'],
    [
      'un excédent de 80,5 milliards de dollars',
      '80,5 milliards de dollars',
      80_500_000_000,
      'USD',
    ],
    ['le ticket coûte 120 DH', '120 DH', 120, 'MAD'],
  ])('%s', (text, surface, amount, currency) => {
    expect(one(text, surface)).toMatchObject({ type: 'money', value: { amount, currency } });
  });
  test('dinars follow the country of the text', () => {
    expect(
      one('En Algérie, le budget atteint 500 millions de dinars.', '500 millions de dinars')?.value,
    ).toEqual({ amount: 500_000_000, currency: 'DZD' });
    expect(
      one('À Tunis, la Tunisie prévoit 500 millions de dinars.', '500 millions de dinars')?.value,
    ).toEqual({ amount: 500_000_000, currency: 'TND' });
  });
});

describe('percentages and quantities', () => {
  test('percent values are the number written', () => {
    expect(one('la production augmente de 6,1% à fin octobre', '6,1%')?.value).toEqual({
      value: 6.1,
    });
    expect(one('équivalente à 4 % de son chiffre', '4 %')?.value).toEqual({ value: 4 });
    expect(one('une hausse de +2,2 % sur un an', '+2,2 %')?.value).toEqual({ value: 2.2 });
  });
  test('quantities end at the head noun, with a singular unit', () => {
    const text =
      'un réseau qui inclut 1 100 entrepôts, 380 centres de tri, plus de 170 000 points de dépôt et 170 vols';
    const es = extractEntities(text);
    expect(find(es, '1 100 entrepôts')?.value).toEqual({ value: 1100, unit: 'entrepôt' });
    expect(find(es, '380 centres')?.value).toEqual({ value: 380, unit: 'centre' });
    expect(find(es, '170 000 points')?.value).toEqual({ value: 170_000, unit: 'point' });
    expect(find(es, '170 vols')?.value).toEqual({ value: 170, unit: 'vol' });
    expect(es.some((e) => e.text.startsWith('plus'))).toBe(false);
  });
  test('unit symbols', () => {
    expect(one('une ligne de 155 km', '155 km')?.value).toEqual({ value: 155, unit: 'km' });
  });
  test('ordinals and clock times are not quantities', () => {
    const es = extractEntities('le 40e contingent arrive à 20h00');
    expect(es.filter((e) => e.type === 'quantity')).toEqual([]);
  });
});

describe('dates', () => {
  test.each([
    ['Publié le 14 - 05 - 2025', '14 - 05 - 2025', { iso: '2025-05-14' }],
    [
      "Le temps qu'il fera ce samedi 27 décembre 2025",
      'ce samedi 27 décembre 2025',
      { iso: '2025-12-27' },
    ],
    [
      'la production augmente à fin octobre 2025',
      'fin octobre 2025',
      { iso: '2025-10', mod: 'END' },
    ],
    ['annoncée en décembre dernier en partenariat', 'décembre dernier', { iso: 'XXXX-12' }],
    ['une amende infligée en 2021 par les autorités', '2021', { iso: '2021' }],
    ["au premier semestre de l'année 2025", "premier semestre de l'année 2025", { iso: '2025-H1' }],
    ['le plan 2022-2026 est lancé', '2022-2026', { start: '2022', end: '2026' }],
    ['le 13/06/2023 à Rabat', '13/06/2023', { iso: '2023-06-13' }],
  ])('%s', (text, surface, value) => {
    expect(one(text, surface)).toMatchObject({ type: 'date', value });
  });
  test('deictic dates have an empty value: the span alone does not fix the day', () => {
    const e = one('Orange Alert Until Monday', 'Monday');
    expect(e?.type).toBe('date');
    expect(e?.value).toEqual({});
  });
});

describe('names', () => {
  test('titles stay outside person names', () => {
    const es = extractEntities('Le président M. Abdelmadjid Tebboune a reçu Mme Nadia Fettah.');
    expect(es.filter((e) => e.type === 'person').map((e) => e.text)).toEqual([
      'Abdelmadjid Tebboune',
      'Nadia Fettah',
    ]);
  });
  test('countries carry their ISO code, articles stay out of the span', () => {
    const es = extractEntities(
      "Les tensions entre la Chine et les Etats-Unis pèsent sur le Maroc et la Côte d'Ivoire.",
    );
    expect(
      es
        .filter((e) => e.type === 'location')
        .map((e) => [e.text, (e.value as { country?: string })?.country]),
    ).toEqual([
      ['Chine', 'CN'],
      ['Etats-Unis', 'US'],
      ['Maroc', 'MA'],
      ["Côte d'Ivoire", 'CI'],
    ]);
  });
  test('an institution with its acronym, then the bare acronym', () => {
    const text =
      "en partenariat avec l'Association Marocaine des Exportateurs (ASMEX). L'ASMEX a salué l'accord.";
    const es = extractEntities(text);
    expect(find(es, 'Association Marocaine des Exportateurs')?.type).toBe('organization');
    const uses = es.filter((e) => e.text === 'ASMEX');
    expect(uses).toHaveLength(2);
    for (const u of uses)
      expect(u).toMatchObject({
        type: 'organization',
        expansion: 'Association Marocaine des Exportateurs',
      });
  });
  test('a long institution name with lower-case words takes the acronym as its end', () => {
    const text = "L'Administration d'Etat pour la régulation du marché (SAMR) avait alors conclu";
    const es = extractEntities(text);
    expect(find(es, "Administration d'Etat pour la régulation du marché")?.type).toBe(
      'organization',
    );
    expect(find(es, 'SAMR')?.expansion).toBe("Administration d'Etat pour la régulation du marché");
  });
  test('a surname repeats the person named in full', () => {
    const es = extractEntities(
      "Donald Trump a appelé Vladimir Poutine. Trump s'est dit satisfait.",
    );
    expect(es.filter((e) => e.type === 'person').map((e) => e.text)).toEqual([
      'Donald Trump',
      'Vladimir Poutine',
      'Trump',
    ]);
  });
  test('sentence-initial capitalised words are not names', () => {
    const es = extractEntities(
      'Toutefois, le projet avance. Baptisée Smart Logistics Network, la plateforme ouvre.',
    );
    expect(es.map((e) => e.text)).not.toContain('Toutefois');
    expect(es.map((e) => e.text)).not.toContain('Baptisée');
  });
  test('headline title case alone does not make names', () => {
    const es = extractEntities('Morocco: Orange Alert, Heavy Rain and Strong Winds Until Monday');
    expect(es.map((e) => [e.type, e.text])).toEqual([
      ['location', 'Morocco'],
      ['date', 'Monday'],
    ]);
  });
});

describe('options', () => {
  test('types keeps only the listed types', () => {
    const es = extractEntities("Le Maroc a reçu 2,34 milliards d'euros en 2021.", {
      types: ['money'],
    });
    expect(es.map((e) => e.type)).toEqual(['money']);
  });
  test('the same input gives byte-identical output', () => {
    const text = "L'Association Marocaine des Exportateurs (ASMEX) et le Maroc, 4 % en 2019.";
    expect(JSON.stringify(extractEntities(text))).toBe(JSON.stringify(extractEntities(text)));
  });
});

describe('relative dates and referenceDate', () => {
  test('without a reference date, décembre dernier stays partial', () => {
    expect(one('annoncée en décembre dernier', 'décembre dernier')?.value).toEqual({
      iso: 'XXXX-12',
    });
  });
  test('with a reference date, the year is filled in', () => {
    const es = extractEntities(
      'annoncée en décembre dernier, signée hier, prévue en mars prochain',
      { referenceDate: '2025-05-14' },
    );
    expect(find(es, 'décembre dernier')?.value).toEqual({ iso: '2024-12' });
    expect(find(es, 'hier')?.value).toEqual({ iso: '2025-05-13' });
    expect(find(es, 'mars prochain')?.value).toEqual({ iso: '2026-03' });
  });
  test('a referenceDate that is not an ISO date is a TypeError', () => {
    expect(() => extractEntities('x', { referenceDate: '14/05/2025' })).toThrow(/referenceDate/);
  });
});

describe('fixes found in review', () => {
  test('a dollar sign before the amount makes money, not a quantity', () => {
    expect(one('a $45 million loan from the bank', '$45 million')).toMatchObject({
      type: 'money',
      value: { amount: 45_000_000, currency: 'USD' },
    });
  });
  test('a long institution name with "pour le" and "et" stays whole', () => {
    const name = 'Fonds Hassan II pour le Développement Économique et Social';
    expect(one(`une contribution du ${name}.`, name)?.type).toBe('organization');
  });
  test('capitalised common nouns after an article are not organisations', () => {
    const es = extractEntities("les provinces du Sud et l'Office table sur une hausse");
    expect(es).toEqual([]);
  });
});

/** `[type, text, value]` of every entity, for compact expectations. */
function triples(text: string, options?: Parameters<typeof extractEntities>[1]): unknown[] {
  return extractEntities(text, options).map((e) =>
    e.value === undefined ? [e.type, e.text] : [e.type, e.text, e.value],
  );
}

describe('values the guidelines ask for', () => {
  test('an elided currency in a pair makes the bare amount money too', () => {
    expect(
      triples('Les ventes sont passées de 822,4 millions à 2,6 milliards de dirhams.'),
    ).toEqual([
      ['money', '822,4 millions', { amount: 822_400_000, currency: 'MAD' }],
      ['money', '2,6 milliards de dirhams', { amount: 2_600_000_000, currency: 'MAD' }],
    ]);
    expect(
      triples(
        'Les importations atteignent 78,3 milliards de dirhams, dont 400 millions hors énergie.',
      ),
    ).toContainEqual(['money', '400 millions', { amount: 400_000_000, currency: 'MAD' }]);
  });
  test('the elided first member of a percent range', () => {
    expect(triples('Le chômage est passé de 15,7 à 15,3% en un an.')).toEqual([
      ['percent', '15,7', { value: 15.7 }],
      ['percent', '15,3%', { value: 15.3 }],
    ]);
  });
  test('a bare count next to a parallel head is a quantity; a bare total is not', () => {
    expect(triples('Le texte a été adopté par 171 voix contre 56.')).toEqual([
      ['quantity', '171 voix', { value: 171, unit: 'voix' }],
      ['quantity', '56', { value: 56, unit: 'voix' }],
    ]);
    expect(triples("Le nombre d'inscrits s'est établi à 1.041.000.")).toEqual([]);
  });
  test('MMDH, MDH, DH, Dhs, DA, DT and FCFA', () => {
    expect(
      triples(
        'Recettes : 395,6 MMDH, 714 MDH, 120 DH, 70 Dhs, 5.000 DA, 120 DT et 150 milliards de FCFA.',
      ),
    ).toEqual([
      ['money', '395,6 MMDH', { amount: 395_600_000_000, currency: 'MAD' }],
      ['money', '714 MDH', { amount: 714_000_000, currency: 'MAD' }],
      ['money', '120 DH', { amount: 120, currency: 'MAD' }],
      ['money', '70 Dhs', { amount: 70, currency: 'MAD' }],
      ['money', '5.000 DA', { amount: 5000, currency: 'DZD' }],
      ['money', '120 DT', { amount: 120, currency: 'TND' }],
      ['money', '150 milliards de FCFA', { amount: 150_000_000_000, currency: 'XOF' }],
    ]);
  });
  test('dinars follow the cities of the text when no country is named', () => {
    expect(
      extractEntities('Le club de Sousse, battu à Monastir, doit 25 millions de dinars.').find(
        (e) => e.type === 'money',
      )?.value,
    ).toEqual({ amount: 25_000_000, currency: 'TND' });
    expect(
      extractEntities('À Tripoli, le fonds est doté de 10 milliards de dinars.').find(
        (e) => e.type === 'money',
      )?.value,
    ).toEqual({ amount: 10_000_000_000, currency: 'LYD' });
  });
  test('an ISO code before the amount (English)', () => {
    expect(triples('Tourism receipts reached MAD 112 billion.', { lang: 'en' })).toEqual([
      ['money', 'MAD 112 billion', { amount: 112_000_000_000, currency: 'MAD' }],
    ]);
  });
  test('quantities: units with a slash, degrees, adjectives and demonyms before the noun', () => {
    expect(triples('Des rafales de 85 km/h et -7 °C à Midelt.')).toEqual([
      ['quantity', '85 km/h', { value: 85, unit: 'km/h' }],
      ['quantity', '-7 °C', { value: -7, unit: '°C' }],
      ['location', 'Midelt', { country: 'MA' }],
    ]);
    expect(triples('More than 30,000 Moroccan fans and 60 branches.', { lang: 'en' })).toEqual([
      ['quantity', '30,000 Moroccan fans', { value: 30_000, unit: 'fan' }],
      ['quantity', '60 branches', { value: 60, unit: 'branch' }],
    ]);
  });
  test('scores, ordinals and participles are not quantities', () => {
    const es = extractEntities('Victoire 2-0, 23e minute, dont 14 évoluant en Europe.');
    expect(es.filter((e) => e.type === 'quantity')).toEqual([]);
  });
  test("lang: 'en' reads commas as thousands, French reads them as decimals", () => {
    expect(extractEntities('a loan of 1,200 million dollars', { lang: 'en' })[0]?.value).toEqual({
      amount: 1_200_000_000,
      currency: 'USD',
    });
    expect(
      extractEntities('un prêt de 1,200 million de dollars', { lang: 'fr' })[0]?.value,
    ).toEqual({
      amount: 1_200_000,
      currency: 'USD',
    });
    expect(extractEntities('un prêt de ١٢٠٠ مليون درهم')[0]?.value).toEqual({
      amount: 1_200_000_000,
      currency: 'MAD',
    });
  });
});

describe('dates the guidelines ask for', () => {
  test.each([
    ['du 10 juillet au 9 août', '10 juillet au 9 août', { start: 'XXXX-07-10', end: 'XXXX-08-09' }],
    ['les 2 et 3 mai', '2 et 3 mai', { start: 'XXXX-05-02', end: 'XXXX-05-03' }],
    [
      'la semaine du 8 au 14 mai',
      'semaine du 8 au 14 mai',
      { start: 'XXXX-05-08', end: 'XXXX-05-14' },
    ],
    [
      'du 29 novembre au 7 décembre 2024',
      '29 novembre au 7 décembre 2024',
      { start: '2024-11-29', end: '2024-12-07' },
    ],
    ['au deuxième trimestre de 2022', 'deuxième trimestre de 2022', { iso: '2022-Q2' }],
    ["à l'Eté 2015", 'Eté 2015', { iso: '2015-SU' }],
    ['dès début 2019', 'début 2019', { iso: '2019', mod: 'START' }],
    ['à fin août 2018', 'fin août 2018', { iso: '2018-08', mod: 'END' }],
    ['by the end of 2026', 'end of 2026', { iso: '2026', mod: 'END' }],
    ['ce jeudi 13 novembre', 'ce jeudi 13 novembre', { iso: 'XXXX-11-13' }],
  ])('%s', (text, surface, value) => {
    expect(one(text, surface)).toMatchObject({ type: 'date', value });
  });
  test('relative and deictic dates are dates with an empty value', () => {
    const es = extractEntities(
      "Signé un an plus tôt, revu mardi soir, voté vendredi prochain, comme l'an dernier et le mois précédent.",
    );
    expect(es.map((e) => [e.text, e.value])).toEqual([
      ['un an plus tôt', {}],
      ['mardi soir', {}],
      ['vendredi prochain', {}],
      ['an dernier', {}],
      ['mois précédent', {}],
    ]);
  });
  test('referenceDate resolves days, months and years named relative to it', () => {
    const es = extractEntities('Voté vendredi prochain, après le mois dernier et cette année.', {
      referenceDate: '2025-05-14',
    });
    expect(es.map((e) => [e.text, e.value])).toEqual([
      ['vendredi prochain', { iso: '2025-05-16' }],
      ['mois dernier', { iso: '2025-04' }],
      ['cette année', { iso: '2025' }],
    ]);
    expect(
      extractEntities('signed last September and due next Friday', {
        lang: 'en',
        referenceDate: '2025-05-14',
      }).map((e) => e.value),
    ).toEqual([{ iso: '2024-09' }, { iso: '2025-05-16' }]);
  });
  test('a year inside a law or an event is not a date of its own', () => {
    expect(triples('La loi de finances 2025 et la Coupe du monde 2030.')).toEqual([
      ['misc', 'loi de finances 2025'],
      ['misc', 'Coupe du monde 2030'],
    ]);
  });
});

describe('names the guidelines ask for', () => {
  test('titles and functions stay outside person names', () => {
    const es = extractEntities(
      'Le ministre des Finances, Houcine Dimassi, a reçu SAR le Prince Héritier Moulay El Hassan.',
    );
    expect(es.filter((e) => e.type === 'person').map((e) => e.text)).toEqual([
      'Houcine Dimassi',
      'Moulay El Hassan',
    ]);
  });
  test('Maghreb name particles', () => {
    const es = extractEntities(
      'Le ministre Mohamed Salem Ould Merzoug, le doyen Lahcen Ait Ali et Mohamed el-Menfi ont reçu Salma Ben Jelloun.',
    );
    expect(es.filter((e) => e.type === 'person').map((e) => e.text)).toEqual([
      'Mohamed Salem Ould Merzoug',
      'Lahcen Ait Ali',
      'Mohamed el-Menfi',
      'Salma Ben Jelloun',
    ]);
  });
  test('long institution names with lower-case words, and their acronyms both ways', () => {
    const es = extractEntities(
      "L'Office national des pêches, l'ONP, et l'ANRT (Agence nationale de réglementation des télécommunications) ont signé avec la Compagnie des phosphates de Gafsa (CPG).",
    );
    expect(es.map((e) => [e.type, e.text, e.expansion])).toEqual([
      ['organization', 'Office national des pêches', undefined],
      ['organization', 'ONP', 'Office national des pêches'],
      ['organization', 'ANRT', 'Agence nationale de réglementation des télécommunications'],
      ['organization', 'Agence nationale de réglementation des télécommunications', undefined],
      ['organization', 'Compagnie des phosphates de Gafsa', undefined],
      ['organization', 'CPG', 'Compagnie des phosphates de Gafsa'],
    ]);
  });
  test('an acronym of a foreign name, in any word order', () => {
    const es = extractEntities('Youcef Aouchiche of the Socialist Forces Front (FFS) came third.', {
      lang: 'en',
    });
    expect(find(es, 'FFS')?.expansion).toBe('Socialist Forces Front');
    expect(find(es, 'Youcef Aouchiche')?.type).toBe('person');
  });
  test('acronyms of common nouns are neither entities nor links', () => {
    const es = extractEntities(
      "Il a été soigné au Centre hospitalier universitaire (CHU) d'Oujda.",
    );
    expect(es.map((e) => [e.type, e.text])).toEqual([['location', 'Oujda']]);
  });
  test('capitalised demonyms are misc with their country, lower-case ones are nothing', () => {
    expect(triples('Les Marocains et les touristes algériens aiment les Moroccan dates.')).toEqual([
      ['misc', 'Marocains', { country: 'MA' }],
      ['misc', 'Moroccan', { country: 'MA' }],
    ]);
  });
  test('facilities after a lower-case head, and the owner of a complete name', () => {
    expect(
      triples(
        "Au stade Nelson-Mandela de Baraki, devant l'usine Stellantis de Kénitra et le barrage Al Massira, l'Energy Press Club de Sonatrach.",
      ),
    ).toEqual([
      ['location', 'Nelson-Mandela'],
      ['location', 'Baraki', { country: 'DZ' }],
      ['organization', 'Stellantis'],
      ['location', 'Kénitra', { country: 'MA' }],
      ['location', 'Al Massira'],
      ['organization', 'Energy Press Club'],
      ['organization', 'Sonatrach'],
    ]);
  });
  test('countries are places even as teams; a ministry is an organisation only as an actor', () => {
    expect(
      triples('Le Maroc a battu les Comores. Le ministère des Finances a publié son rapport.'),
    ).toEqual([
      ['location', 'Maroc', { country: 'MA' }],
      ['location', 'Comores', { country: 'KM' }],
      ['organization', 'ministère des Finances'],
    ]);
    expect(triples('Il a été convoqué au ministère des Affaires étrangères.')).toEqual([]);
  });
  test('quoted titles of works are misc, inside the quotes', () => {
    expect(triples('Le film « Everybody Loves Touda » ouvre le festival.')).toEqual([
      ['misc', 'Everybody Loves Touda'],
    ]);
  });
});

describe('options, continued', () => {
  test('lang takes a BCP 47 tag', () => {
    expect(extractEntities('a loan of 1,200 dollars', { lang: 'en-GB' })[0]?.value).toEqual({
      amount: 1200,
      currency: 'USD',
    });
  });
});

describe('more number and date styles', () => {
  test('a capital letter as multiplier next to a currency', () => {
    expect(triples('Un prêt de 100 M$ puis $2.5B et 2,5 Mds €.')).toEqual([
      ['money', '100 M$', { amount: 100_000_000, currency: 'USD' }],
      ['money', '$2.5B', { amount: 2_500_000_000, currency: 'USD' }],
      ['money', '2,5 Mds €', { amount: 2_500_000_000, currency: 'EUR' }],
    ]);
  });
  test('month ranges, quarters written T1/S1, two-digit second years, mid-periods', () => {
    expect(
      triples(
        'Entre janvier et mars 2025, au T1 2025, au S1 2024, la saison 2024-25 et la mi-juin.',
      ),
    ).toEqual([
      ['date', 'janvier et mars 2025', { start: '2025-01', end: '2025-03' }],
      ['date', 'T1 2025', { iso: '2025-Q1' }],
      ['date', 'S1 2024', { iso: '2024-H1' }],
      ['date', '2024-25', { start: '2024', end: '2025' }],
      ['date', 'mi-juin', { iso: 'XXXX-06' }],
    ]);
  });
  test('a day of last month keeps its word and gets its year from the reference date', () => {
    expect(one('signé le 14 mai dernier', '14 mai dernier')?.value).toEqual({ iso: 'XXXX-05-14' });
    expect(
      extractEntities('signé le 14 mai dernier', { referenceDate: '2025-03-01' })[0]?.value,
    ).toEqual({ iso: '2024-05-14' });
  });
});

describe('a signed zero', () => {
  test('`$-0` is worth zero, not negative zero (which JSON cannot carry: found by the property test)', () => {
    const money = extractEntities('$-0')[0];
    expect(money?.type).toBe('money');
    const amount = (money?.value as { amount?: number } | undefined)?.amount;
    expect(Object.is(amount, 0)).toBe(true);
  });
});
