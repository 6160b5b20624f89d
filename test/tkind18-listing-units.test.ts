/**
 * A listing told from its content when no address is given: its units
 * repeat (headlines over date lines of one shape, newest first; excerpts cut
 * in mid-word), where an article prints one header and ends its paragraphs.
 * Synthetic dumps written for these tests (session 18).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** An opinion column's archive: a headline, sometimes an excerpt, and `DD/MM/YYYY|N min de lecture`. */
const COLUMN_ARCHIVE = `La Tribune du Soir

Le quai oublié
Le chantier du vieux port attend toujours ses crédits, et les pêcheurs s'impatientent.
12/03/2021|2 min de lecture

Un printemps pressé
Les élections approchent et chacun ajuste son discours, les uns plus vite que les autres, sans que les électeurs ne sachent très bien à quoi s'attend
04/03/2021|1 min de lecture
Éditorial : la ville, le fleuve et les ponts
27/02/2021|4 min de lecture

Chronique des marchés
20/02/2021|3 min de lecture

Les comptes du dimanche
13/02/2021|2 min de lecture
`;

/** An English column's archive: a headline over `By X | Month D, YYYY`, newest first. */
const BYLINE_ARCHIVE = `Harbour Notes

The old quay still waits for its funding
By Jane Ross | March 17, 2021

A hurried spring for the council
By Tom Hale | March 10, 2021

New roads for the southern valleys
By Jane Ross | March 3, 2021

The Sunday markets, counted
By Amy Stone | February 24, 2021
`;

/** A site search's results: each an excerpt cut at a fixed length, in mid-word. */
const SEARCH_RESULTS = [
  'Le conseil régional a adopté jeudi son budget pour la saison prochaine, avec une hausse des crédits consacrés aux transports. Suite attendue…',
  "La ministre a reçu les représentants des transporteurs, afin que la réforme du permis ne s'arrête pas au premier obstacle, comme l'a rappelé son cabin",
  'Cette rencontre, marquée par la présentation du nouveau schéma des routes, vise à rassurer les élus des vallées qui redoutent la fermeture des gares de mont',
  "Les travaux de la ligne nouvelle ont pris du retard, a reconnu le président du syndicat mixte, lors d'une réunion publique tenue mardi soir à la salle des fê",
  "Entre les usagers et la compagnie, le dialogue reste difficile. Les retards s'accumulent depuis janvier et les associations multiplient les recours devant le tribu",
].join('\n');

/** One article: headline, one byline with its date, three paragraphs and a `Lire aussi` link. */
const ARTICLE = `Le conseil approuve le plan du vieux port

Par Jeanne Roux le 12/03/2021 à 08h52

Le conseil municipal a voté mardi soir, par sept voix contre deux, le plan de rénovation du vieux port, débattu depuis plus d'un an.

Lire aussi : Le quai oublié attend toujours ses crédits

Les travaux du premier quai devraient commencer au printemps, une fois les derniers permis obtenus auprès de la préfecture et des services de l'État.

Le maire a promis une réunion publique avant l'été pour présenter le calendrier du chantier aux riverains et aux commerçants du quartier.
`;

/** A short brief under its headline, then readers' comments: a name over a date line, oldest first. */
const BRIEF_WITH_COMMENTS = `Le marché couvert rouvre ses portes samedi

Par Léa Morel

Le marché couvert rouvre samedi matin après trois mois de travaux sur la toiture et les allées.

Les commerçants retrouvent leurs places habituelles, et trois nouveaux étals ouvrent côté rue.

Commentaires

Marc Dupuis
12/03/2021 à 10h15
Enfin ! Il était temps.

Claire Martin
12/03/2021 à 11h40
Et le parking, toujours rien ?

Paul Girard
13/03/2021 à 09h05
Bonne nouvelle pour le quartier.
`;

describe('a listing with no address', () => {
  test('headlines over date lines of one shape, newest first: a listing', () => {
    const page = parseArticle(COLUMN_ARCHIVE);
    expect(page.kind).toBe('listing');
    expect(page.title).toBeUndefined();
    expect(page.paragraphs).toHaveLength(0);
  });

  test('headlines over bylines with a date of one shape: a listing, not an article by three authors', () => {
    const page = parseArticle(BYLINE_ARCHIVE);
    expect(page.kind).toBe('listing');
    expect(page.title).toBeUndefined();
    expect(page.authors).toEqual([]);
  });

  test('excerpts cut in mid-word, one under the other: a listing', () => {
    const page = parseArticle(SEARCH_RESULTS);
    expect(page.kind).toBe('listing');
    expect(page.paragraphs).toHaveLength(0);
  });
});

describe('an article stays an article', () => {
  test('one byline with its date and a Lire aussi link', () => {
    const page = parseArticle(ARTICLE);
    expect(page.kind).toBe('article');
    expect(page.title).toBe('Le conseil approuve le plan du vieux port');
    expect(page.authors).toEqual(['Jeanne Roux']);
    expect(page.publishedAt?.slice(0, 10)).toBe('2021-03-12');
    expect(page.paragraphs.length).toBeGreaterThanOrEqual(3);
  });

  test('a brief followed by comments dated oldest first', () => {
    const page = parseArticle(BRIEF_WITH_COMMENTS);
    expect(page.kind).not.toBe('listing');
    expect(page.items).toBeUndefined();
  });

  test('a brief followed by comments dated newest first: names are no headlines', () => {
    const newestFirst = BRIEF_WITH_COMMENTS.replace(
      '12/03/2021 à 10h15',
      '13/03/2021 à 10h15',
    ).replace('13/03/2021 à 09h05', '11/03/2021 à 09h05');
    const page = parseArticle(newestFirst);
    expect(page.kind).not.toBe('listing');
    expect(page.items).toBeUndefined();
  });

  test('two paragraphs of which one ends without a full stop', () => {
    const page = parseArticle(
      `${ARTICLE}\nUne vue du vieux port au lever du jour, avec les barques des pêcheurs amarrées le long du quai, photographiée depuis la jetée Photo Jean Martin\n\nLe projet prévoit aussi un nouvel éclairage des quais et la rénovation complète de la halle aux poissons, fermée depuis deux ans.\n`,
    );
    expect(page.kind).toBe('article');
    expect(page.title).toBe('Le conseil approuve le plan du vieux port');
  });
});
