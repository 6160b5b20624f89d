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
  test('deictic dates have no value', () => {
    const e = one('Orange Alert Until Monday', 'Monday');
    expect(e?.type).toBe('date');
    expect(e?.value).toBeUndefined();
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
