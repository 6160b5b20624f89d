import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const MENU = ['Le Journal du Rif', 'Se connecter', 'Politique', 'Économie', 'Société', 'Sport'];
const HEADLINE =
  'Tempête sur le littoral : ports fermés et vols retardés, suivez la journée en direct';
const ENTRIES: Array<[string, string, string]> = [
  [
    '17h40',
    'Par Amal Chraibi',
    "Le port de pêche d'Al Hoceima reste fermé jusqu'à nouvel ordre, a indiqué la capitainerie en fin d'après-midi.",
  ],
  [
    '16h15',
    'Par Hamza Tazi',
    "À l'aéroport de Nador, quatre vols ont été retardés de plus de deux heures en raison des rafales de vent.",
  ],
  [
    '14h50',
    'Par Amal Chraibi',
    'La préfecture appelle les habitants des quartiers bas à éviter tout déplacement non indispensable ce soir.',
  ],
  [
    '13h05',
    'Par Leila Mansouri',
    'Les services météorologiques prévoient une accalmie progressive dans la nuit, avec une mer encore agitée demain matin.',
  ],
];
const FOOTER = ['Sur le même sujet', 'Mentions légales', '© 2025 Le Journal du Rif'];

function livePage(entries: Array<[string, string, string]>): string {
  return [
    ...MENU,
    'EN DIRECT',
    HEADLINE,
    'Publié le 9 février 2025 à 08h10',
    'Partager',
    'Copier le lien',
    ...entries.flat(),
    ...FOOTER,
  ].join('\n');
}

describe('a live page of timed, signed entries', () => {
  test('is one article: its headline, its entries as the text, their bylines as the authors', () => {
    const input = livePage(ENTRIES);
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    expect(a.title).toBe(HEADLINE);
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-02-09');
    expect(a.paragraphs.map((p) => p.text)).toEqual(ENTRIES.map((e) => e[2]));
    expect(a.authors).toEqual(['Amal Chraibi', 'Hamza Tazi', 'Leila Mansouri']);
    expect(a.spans.authors.map((s) => (s ? input.slice(s.start, s.end) : null))).toEqual(a.authors);
  });

  test('guard: times over headlines with cut excerpts stay a listing', () => {
    const units = [
      [
        '17h40',
        'Le port de pêche fermé jusqu’à nouvel ordre',
        'La capitainerie a annoncé en fin de journée que…',
      ],
      ['16h15', 'Quatre vols retardés à Nador', 'Les rafales de vent ont perturbé le trafic de…'],
      [
        '14h50',
        'La préfecture appelle à la prudence',
        'Les habitants des quartiers bas sont invités à…',
      ],
      [
        '13h05',
        'Une accalmie attendue dans la nuit',
        'Les services météorologiques prévoient une mer…',
      ],
    ];
    const input = [...MENU, 'Dernières infos', ...units.flat(), ...FOOTER].join('\n');
    const a = parseArticle(input);
    expect(a.kind).not.toBe('article');
  });
});
