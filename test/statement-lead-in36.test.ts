/**
 * A statement reproduced in an article: the sentence that introduces it,
 * closed by a colon (`X issued the following statement:`), over the
 * quotation is the body's first paragraph, not a standfirst (blind round 36d's
 * ministry statement).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const quoted = [
  '« À la suite des fortes pluies enregistrées depuis mardi, le ministère informe les usagers que la route nationale reliant les deux villes restera fermée à la circulation jusqu’à nouvel ordre.',
  'Des itinéraires de délestage ont été mis en place et les services de la protection civile restent mobilisés pour venir en aide aux automobilistes bloqués. »',
];

function page(leadIn: string): string {
  return [
    'Le Quotidien du Nord',
    'Accueil',
    'Nation',
    'Intempéries : la RN 12 fermée entre les deux villes',
    'Publié le 05/12/2026 à 18:20',
    leadIn,
    ...quoted,
    '© 2026 Le Quotidien du Nord',
  ].join('\n\n');
}

describe('a statement’s lead-in', () => {
  test('`Le ministère … a publié le communiqué suivant :` opens the body', () => {
    const lead = 'Le ministère des Travaux publics a publié jeudi soir le communiqué suivant :';
    const a = parseArticle(page(lead));
    expect(a.title).toBe('Intempéries : la RN 12 fermée entre les deux villes');
    expect(a.paragraphs.map((p) => p.text)).toEqual([lead, ...quoted]);
  });

  test('guard: a short label closed by a colon (`Le communiqué :`) opens nothing', () => {
    const a = parseArticle(page('Le communiqué :'));
    expect(a.paragraphs[0]?.text).toBe(quoted[0]);
  });
});
