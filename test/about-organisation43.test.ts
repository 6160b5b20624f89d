/**
 * A press release as text (round 43w): its closing `À propos de <firm>` /
 * `About <firm>` section (the release's boilerplate: who the firm is) ends
 * the body; a subheading of the story shaped alike, with the story going on
 * under it, does not.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkArticle } from './helpers/checks.js';

const FR = [
  "Le port sec de Fès, exploité par le groupe Sais Logistique, a traité 120 000 conteneurs en 2026, soit une hausse de 18 % sur un an, a annoncé lundi l'opérateur.",
  "Cette progression s'explique par l'ouverture d'une liaison ferroviaire quotidienne avec le port de Tanger Med, qui permet aux industriels de la région de dédouaner leurs marchandises sur place.",
  "L'opérateur prévoit d'agrandir la zone de stockage de quatre hectares d'ici à la fin de l'année prochaine, pour un investissement de 150 millions de dirhams.",
];

describe("a press release's closing section about the firm", () => {
  test('French: `À propos de <firm>` and its paragraph leave the body', () => {
    const input = [
      'COMMUNIQUÉ DE PRESSE',
      '',
      'Fès, le 7 décembre 2026',
      '',
      'Le port sec de Fès dépasse les 120 000 conteneurs',
      '',
      ...FR.flatMap((p) => [p, '']),
      'À propos de Sais Logistique',
      "Créé en 2002, Sais Logistique est un opérateur de transport et d'entreposage présent dans huit villes du Maroc. Le groupe exploite trois ports secs et emploie 900 personnes.",
    ].join('\n');
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toEqual(FR);
    checkArticle(input, a);
  });

  test('English: `About <firm>` and its paragraph leave the body', () => {
    const body = [
      'The Fez dry port, run by Sais Logistics, handled 120,000 containers in 2026, up 18 per cent on the year before, the operator said on Monday.',
      'The rise follows the opening of a daily rail link with the port of Tanger Med, which lets manufacturers in the region clear their goods through customs on site.',
      'The operator plans to add four hectares of storage by the end of next year, at a cost of 150 million dirhams.',
    ];
    const input = [
      'PRESS RELEASE',
      '',
      'Fez dry port passes 120,000 containers',
      '',
      ...body.flatMap((p) => [p, '']),
      'About Sais Logistics',
      '',
      'Founded in 2002, Sais Logistics is a transport and warehousing company present in eight Moroccan cities. The group runs three dry ports and employs 900 people.',
    ].join('\n');
    expect(parseArticle(input).paragraphs.map((p) => p.text)).toEqual(body);
  });

  test('a subheading shaped alike with the story going on under it stays', () => {
    const more = [
      "La ville compte aujourd'hui quatre zones industrielles, dont la plus récente, à Ras El Ma, accueille des équipementiers automobiles venus de Kénitra.",
      "Les industriels réclament depuis des années une desserte ferroviaire propre à chaque zone, que l'Office national des chemins de fer promet pour 2028.",
      'En attendant, les camions continuent de traverser le centre-ville aux heures de pointe, au grand dam des riverains de la route de Sefrou.',
    ];
    const input = [
      'Le port sec de Fès dépasse les 120 000 conteneurs',
      '',
      'Par Karim Alaoui',
      '',
      ...FR.flatMap((p) => [p, '']),
      'À propos de Fès',
      '',
      ...more.flatMap((p) => [p, '']),
    ].join('\n');
    const texts = parseArticle(input).paragraphs.map((p) => p.text);
    expect(texts.at(-1)).toBe(more[2]);
  });
});
