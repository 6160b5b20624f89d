/**
 * A live page's link to its older entries under the last one (`Afficher les
 * entrées précédentes`, `Load more updates`, `تحميل المزيد`) is a pager, no
 * paragraph, even when short entry headings stand among the entries. Found by
 * a variant of blind round 35's live page.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const E1 =
  'Les pompiers annoncent que le feu de forêt de l’Edough est circonscrit, après une nuit de lutte menée avec l’appui de deux avions bombardiers d’eau venus de Skikda.';
const E2 =
  'Trois villages de la commune de Séraïdi ont été évacués par précaution dans la soirée, selon la protection civile, qui a ouvert deux centres d’accueil dans les écoles.';
const E3 =
  'Le vent d’ouest, qui soufflait à plus de 60 km/h en début d’après-midi, a poussé les flammes vers les hauteurs de la forêt, loin des habitations, indique la conservation.';

const page = (pager: string) =>
  [
    'Annaba Info',
    'Accueil',
    'Régions',
    'Sport',
    'EN DIRECT',
    'Incendie dans le massif de l’Edough : suivez la situation',
    'Publié le 06/12/2026 à 14:00 · Mis à jour à 21:40',
    '21:40',
    'Le feu circonscrit',
    E1,
    '19:15',
    'Villages évacués à Séraïdi',
    E2,
    '16:30',
    'Le vent attise les flammes',
    E3,
    // The dump ends with the link, as a copy of the page's column does.
    pager,
  ].join('\n\n');

describe('a live page’s link to its older entries', () => {
  test('is no paragraph (French, English, Arabic)', () => {
    for (const pager of ['Afficher les entrées précédentes', 'Load more updates', 'تحميل المزيد']) {
      const a = parseArticle(page(pager));
      expect(a.paragraphs.at(-1)?.text).toBe(E3);
      expect(a.text).not.toContain(pager);
    }
  });

  test('a sentence with the words stays text', () => {
    const line = 'Les entrées précédentes du parc ont été fermées par les gardes forestiers.';
    const a = parseArticle(page(line));
    expect(a.paragraphs.at(-1)?.text).toBe(line);
  });
});
