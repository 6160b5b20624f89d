/**
 * A media or article button's label printed alone between the headline and
 * its byline (`Voir la vidéo`, `Watch the video`, `Artikel anhören`,
 * `شاهد الفيديو`) is the player's or the toolbar's: the headline over it is
 * the title, and the label is in no paragraph. A headline that opens with
 * the same words and goes on stays the title.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEADLINE = 'Casablanca : la corniche fermée aux voitures le dimanche matin';
const BODY = [
  "La commune de Casablanca a décidé de prolonger jusqu'au printemps la fermeture de la corniche aux voitures le dimanche matin, une mesure testée pendant tout l'été.",
  "Les riverains et les associations sportives avaient demandé son maintien, les commerçants du boulevard craignant au contraire une baisse de leur chiffre d'affaires.",
];
const page = (headline: string, button: string, byline: string) =>
  ["Le Courrier de l'Est", headline, button, byline, '07/12/2026', ...BODY].join('\n\n');

describe("a button's label between the headline and its byline", () => {
  test.each([
    ['Voir la vidéo', 'Par Nadia El Fassi'],
    ['Watch the video', 'By Nadia El Fassi'],
    ["Écouter l'article", 'Par Nadia El Fassi'],
    ['Artikel anhören', 'Von Nadia El Fassi'],
    ['شاهد الفيديو', 'بقلم: نادية الفاسي'],
  ])('%s', (button, byline) => {
    const a = parseArticle(page(HEADLINE, button, byline));
    expect(a.title).toBe(HEADLINE);
    expect(a.paragraphs.map((p) => p.text)).toEqual(BODY);
  });

  test('guard: a headline opening with the same words stays the title', () => {
    const headline = 'Voir la vidéo du concert donné sur la corniche dimanche';
    const a = parseArticle(page(headline, '', 'Par Nadia El Fassi'));
    expect(a.title).toBe(headline);
  });
});
