/**
 * A sign-up box whose pitch is one short sentence promising the reader what
 * the form sends (`Recibe cada domingo una idea nueva para tu casa.` over
 * `[ ] Suscribirme`, blind round 42r's `es-blog`): it names no subscription
 * and ends with a full stop, so the box's recogniser (`isSignUpPitch`,
 * furniture/newsletter.ts) read it as a sentence of the article's and the
 * body kept it. A sentence that addresses the reader over a button that signs
 * up and does nothing else is the box's pitch; a story's sentence that does
 * not address the reader stays.
 */
import { describe, expect, test } from 'vitest';
import { isSignUpPitch } from '../src/furniture/newsletter.js';
import { parseArticle } from '../src/index.js';

const page = (closing: string) =>
  [
    'Ferme des Quatre Vents',
    '',
    'Accueil  La ferme  Nos paniers  Contact',
    '',
    'Nos paniers de légumes reprennent en janvier',
    '',
    'Publié le 3 décembre 2026 par Claire',
    '',
    "Après la pause de fin d'année, les paniers de légumes reprendront le mercredi 7 janvier, avec les poireaux, les choux et les courges de la réserve. Les abonnés de l'an passé n'ont rien à faire : leur inscription est reconduite.",
    '',
    "Cette année, nous proposons aussi un petit panier pour une ou deux personnes, à retirer au même endroit, le mercredi soir à la ferme ou le samedi matin au marché de la place de l'Église.",
    '',
    'Vous aimez nos nouvelles ?',
    '',
    closing,
    '[                    ] Je m’inscris',
    '',
    'Étiquettes : paniers, légumes',
    '',
    '© 2026 Ferme des Quatre Vents',
  ].join('\n');

const url = 'https://www.ferme-quatrevents.example/blog/paniers-janvier';

describe("a sign-up box's pitch promising the reader what the form sends", () => {
  test('a short sentence addressing the reader over a sign-up button is the pitch', () => {
    expect(
      isSignUpPitch('Recibe cada domingo una idea nueva para tu casa.', '[    ]Suscribirme'),
    ).toBe(true);
    expect(isSignUpPitch('Get one new recipe in your inbox every Friday.', 'Sign up')).toBe(true);
  });

  test('a sentence that does not address the reader, or two sentences, are no pitch', () => {
    expect(isSignUpPitch('The council will meet again in March.', 'Subscribe')).toBe(false);
    expect(isSignUpPitch('We cook. You eat every Friday.', 'Sign up')).toBe(false);
    // Any other button (a comments link) signs nobody up.
    expect(isSignUpPitch('Tell us what you think.', '(BUTTON) Comments')).toBe(false);
  });

  test('the pitch leaves the body, the story stays', () => {
    const a = parseArticle(
      page('Recevez chaque semaine la liste des légumes du panier dans votre boîte mail.'),
      { url },
    );
    expect(a.text).toContain('le samedi matin au marché');
    expect(a.text).not.toContain('Recevez chaque semaine');
  });
});
