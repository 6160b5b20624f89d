import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

/** A text page: a headline and two paragraphs of the language's prose. */
function page(title: string, paragraphs: string[]): string {
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

describe('Article.lang on text pages written in other languages than French, English and Arabic', () => {
  test.each([
    [
      'es',
      'El puerto de Tánger bate su récord',
      'El puerto de Tánger Med movió 8,6 millones de contenedores en 2023, según informó el viernes la autoridad portuaria, un 12 % más que el año anterior.',
      'El crecimiento se debe a las nuevas líneas marítimas hacia África occidental y a dos nuevas grúas en el muelle este, explicaron los responsables del puerto.',
    ],
    [
      'it',
      'Il porto di Tangeri supera gli 8 milioni di container',
      "Il porto di Tanger Med ha movimentato 8,6 milioni di container nel 2023, secondo i dati diffusi venerdì dall'autorità portuale, con un aumento del 12 per cento.",
      "La crescita è dovuta alle nuove linee marittime verso l'Africa occidentale e a due nuove gru sulla banchina est, che sono entrate in servizio anche di notte.",
    ],
    [
      'de',
      'Der Hafen von Tanger meldet einen Rekord',
      'Der Hafen von Tanger hat im vergangenen Jahr 8,6 Millionen Container umgeschlagen, teilte die Hafenbehörde am Freitag mit.',
      'Das Wachstum ist auf neue Linien nach Westafrika und zwei neue Kräne zurückzuführen, und es soll auch im nächsten Jahr weitergehen.',
    ],
    [
      'pt',
      'Porto de Tânger bate recorde de contentores',
      'O porto de Tânger Med movimentou 8,6 milhões de contentores em 2023, segundo os dados divulgados na sexta-feira pela autoridade portuária.',
      'O crescimento deve-se às novas linhas marítimas para a África Ocidental e não só, disseram os responsáveis do porto ao fim do dia.',
    ],
    [
      'nl',
      'Haven van Tanger breekt record',
      'De haven van Tanger Med heeft in 2023 8,6 miljoen containers verwerkt, zo meldde de havenautoriteit vrijdag, een stijging van 12 procent.',
      'De groei is te danken aan nieuwe lijnen naar West-Afrika en twee nieuwe kranen op de oostkade, die ook door de rederijen worden gebruikt.',
    ],
  ])('%s', (lang, title, p1, p2) => {
    expect(parseArticle(page(title, [p1, p2])).lang).toBe(lang);
  });
  test.each([
    [
      'fr',
      'Le port de Tanger Med bat son record',
      "Le port de Tanger Med a traité 8,6 millions de conteneurs en 2023, selon les chiffres publiés vendredi par l'Autorité portuaire, soit une hausse de 12 %.",
      "Il y a aussi de nouvelles lignes vers l'Afrique de l'Ouest, et la direction en attend d'autres avant la fin de l'année prochaine.",
    ],
    [
      'en',
      'Tangier port handles a record number of containers',
      'The port of Tanger Med handled 8.6 million containers last year, the port authority said on Friday, a rise of 12 percent on the year before.',
      'The growth came from new shipping lines to West Africa and two new cranes on the east quay, officials said at a news conference.',
    ],
  ])('control: %s stays', (lang, title, p1, p2) => {
    expect(parseArticle(page(title, [p1, p2])).lang).toBe(lang);
  });
});

describe('Article.lang on a listing page', () => {
  /** A tag page: headlines over teasers cut short, each with a read-more link. */
  function listing(head: string[], units: Array<[string, string]>, more: string): string {
    return [...head, '', ...units.flatMap(([t, e]) => [t, e, more, ''])].join('\n');
  }
  test.each([
    [
      'es',
      'a Spanish tag page (its teasers tell, not only its headlines)',
      'https://www.example.es/etiqueta/puerto/',
      ['Inicio', 'Noticias', 'Economía', '', 'Etiqueta: puerto'],
      'Leer más',
      [
        [
          'El puerto de Tánger bate su récord de contenedores',
          'El puerto de Tánger Med movió 8,6 millones de contenedores en 2023, según informó el viernes la autoridad portuaria, un 12 % más que…',
        ],
        [
          'Los pescadores protestan contra las nuevas cuotas',
          'Cientos de barcos se quedaron en el puerto el viernes, mientras los pescadores protestaban contra las cuotas de la sardina, que según…',
        ],
        [
          'Abre la línea ferroviaria a la zona franca',
          'La línea llevará contenedores del puerto a las fábricas de la zona franca y reducirá en un tercio los camiones de la carretera de…',
        ],
      ],
    ],
    [
      'fr',
      'control: a French tag page',
      'https://www.example.ma/tag/port/',
      ['Accueil', 'Actualité', 'Économie', '', 'Étiquette : port'],
      'Lire la suite',
      [
        [
          'Le port de Tanger bat son record de conteneurs',
          'Le port de Tanger Med a traité 8,6 millions de conteneurs en 2023, selon les chiffres publiés vendredi par l’Autorité portuaire, soit une…',
        ],
        [
          'Les pêcheurs protestent contre les nouveaux quotas',
          'Des centaines de bateaux sont restés à quai vendredi, alors que les pêcheurs protestaient contre les quotas de sardine, qui selon eux…',
        ],
        [
          'La ligne ferroviaire vers la zone franche ouvre',
          'La ligne transportera les conteneurs du port vers les usines de la zone franche et réduira d’un tiers les camions sur la route de…',
        ],
      ],
    ],
  ] as Array<[string, string, string, string[], string, Array<[string, string]>]>)(
    '%s: %s',
    (lang, _what, url, head, more, units) => {
      const a = parseArticle(listing(head, units, more), { url });
      expect(a.kind).toBe('listing');
      expect(a.lang).toBe(lang);
    },
  );
});
