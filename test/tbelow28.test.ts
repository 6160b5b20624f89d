import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

/**
 * Session 28, the end and the inside of a text page's body: boxes of other
 * articles' headlines under a heading the phrase lists did not know, inside
 * the body or right under it. Synthetic pages in the shape a browser's
 * `innerText` prints.
 */
const para = (topic: string): string =>
  `The ${topic} was the main subject of the meeting held on Tuesday evening in the town hall, where residents, shop owners and two members of the council spoke for more than an hour about what the coming months would bring to the district and to the families who live there.`;

describe('teaser headings (session 28)', () => {
  test('a `LAST NEWS` box under the article, its teasers cut short, is no part of the body', () => {
    const page = [
      'Home',
      'News',
      'Sports',
      '',
      'Harbour district plans a new market hall',
      '',
      para('new market hall'),
      '',
      para('cost of the roof'),
      '',
      para('parking question'),
      '',
      'Facebook',
      'Twitter',
      'LAST NEWS',
      'The ferry timetable changes',
      'Ferry passengers will have to get used to a new timetable from Monday, when the morning boat leaves...',
      'Posted on April 29, 2022',
      'School choir wins regional prize',
      'The choir of the harbour school sang its way to first place at the regional contest held in the...',
      'Posted on April 29, 2022',
      'Our Readers’ Opinions',
      'The bus service needs more stops',
      'EDITOR: I would like to raise the question of the bus service in the upper town, which many of us...',
      'Posted on April 29, 2022',
      '',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.kind).toBe('article');
    expect(a.text).toContain('The parking question was the main subject');
    expect(a.text).not.toContain('Ferry passengers will have to get used');
    expect(a.text).not.toContain('The choir of the harbour school');
    expect(a.text).not.toContain('bus service in the upper town');
  });

  test('an author box under its heading above the article text leaves the body, the text below it stays', () => {
    const page = [
      'Startseite',
      'Politik',
      '',
      'Wohnungsbau - „Die Stadt muss schneller bauen“',
      '',
      'VON ANNA BERG am 3. März 2024',
      '',
      'Warum dauert es so lange, bis neue Wohnungen entstehen? Der Stadtplaner Jonas Keller erklärt, woran die Verfahren scheitern und was sich ändern müsste.',
      '',
      'Autoreninfo',
      '',
      'Anna Berg leitet das Ressort Wirtschaft bei der Zeitung. Sie studierte Volkswirtschaft in Köln und war viele Jahre Korrespondentin in Brüssel.',
      '',
      'So erreichen Sie Anna Berg:',
      '',
      'Zur Artikelübersicht',
      '',
      'Herr Keller, Sie sagen, die Genehmigungen seien das größte Hindernis für den Wohnungsbau in den Städten. Woran liegt das, und was müsste sich an den Verfahren ändern, damit schneller gebaut wird?',
      '',
      'Die Ämter sind unterbesetzt, und jedes Verfahren verlangt Gutachten, die Monate dauern. Wenn die Stadt die Gutachten bündeln würde, könnten viele Projekte ein halbes Jahr früher beginnen, ohne dass an den Regeln etwas geändert werden müsste.',
      '',
      'Was sagen die Bauherren dazu, dass die Stadt nun neue Stellen in den Ämtern schaffen will, und glauben Sie, dass diese Stellen schnell genug besetzt werden können, um den Rückstand aufzuholen?',
      '',
      'Die Bauherren begrüßen das, aber sie zweifeln daran, dass die Stellen rasch besetzt werden. Der Markt für Fachleute ist leer gefegt, und die Stadt zahlt weniger als die privaten Büros, die ebenfalls händeringend Personal suchen.',
      '',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.kind).toBe('article');
    expect(a.text).toContain('Die Ämter sind unterbesetzt');
    expect(a.text).toContain('Die Bauherren begrüßen das');
    expect(a.text).not.toContain('Anna Berg leitet das Ressort');
    expect(a.text).not.toContain('So erreichen Sie Anna Berg');
    expect(a.text).not.toContain('Zur Artikelübersicht');
  });

  test('a sentence that goes on, in lower case, under a line break is no rights notice ending the body', () => {
    const page = [
      'Startseite',
      'Lizenzen',
      '',
      'Wie funktionieren freie Lizenzen?',
      '',
      'Freie Lizenzen erlauben es Urhebern, ihre Werke zu teilen, ohne auf alle Rechte zu verzichten. Das ist ein großer Vorteil für Urheber und für Nutzer, denn Werke können einfacher geteilt und verändert werden.',
      '',
      'Nach dem Motto „some rights reserved“ stehen die Lizenzen als Konzept zwischen dem',
      'klassischen Urheberrecht (all rights reserved) und der Gemeinfreiheit.',
      '',
      'Die Bedeutungen der Lizenzen werden mit Symbolen dargestellt, die erklären, welche Bedingungen bei der Weiterverwendung eines Werkes zu beachten sind, und sie sind damit für jedermann sofort nachvollziehbar.',
      '',
      'Es gibt drei Schichten der Lizenzen: eine für Maschinen als Code, eine für Anwender als Symbole und eine für Juristen als ausführlicher Lizenzvertrag, der in über sechzig Sprachen vorliegt.',
      '',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.kind).toBe('article');
    expect(a.text).toContain('Die Bedeutungen der Lizenzen werden mit Symbolen dargestellt');
    expect(a.text).toContain('Es gibt drei Schichten der Lizenzen');
  });

  test('a figure caption after its image placeholder in a hard-wrapped dump is no part of the paragraph above it', () => {
    // lynx's print: three spaces of margin, lines cut before 72 columns.
    const wrap = (text: string): string[] => {
      const out: string[] = [];
      let line = '';
      for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > 69) {
          out.push(`   ${line}`);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) out.push(`   ${line}`);
      return out;
    };
    const page = [
      '   Schneekarten für die Alpen',
      '',
      ...wrap(
        'Wo gibt es wie viel Schnee? Diese Frage kommt häufig auf, wenn der nächste Ausflug in die Berge geplant wird, und viele suchen die besten Hänge, bevor sie losfahren, denn die Lage ändert sich von Tag zu Tag und von Tal zu Tal.',
      ),
      '',
      // The paragraph's last line reaches near the width: the placeholder's long first word would not have fitted.
      '   Satellitendaten erlauben es, die Schneebedeckung ganzer Gebirgszüge',
      '   zeitnah zu kartieren. Dafür eignen sich Aufnahmen mit hoher Auflösung,',
      '   die alle paar Tage über dieselbe Region fliegen und ein Bild geben.',
      '   [karte-2022-01.png] Abbildung: Vergleich der Schneehöhen auf dem',
      '   Gletscher im Winter (links) und im Frühjahr (rechts)',
      '',
      ...wrap(
        'Eine wichtige Grenze setzt die Wolkendecke. Da auch Wolken das Sonnenlicht zurückwerfen, können Satelliten bei bedecktem Himmel keinen Schnee erkennen, und die Karte muss dann auf ältere Aufnahmen zurückgreifen.',
      ),
      '',
      ...wrap(
        'Für die meisten Anwendungen zählt die Höhe der Schneedecke. Sie lässt sich aus dem All noch nicht messen, doch aus Messstationen, der Schneemaske und dem Gelände lässt sich eine tägliche Karte der Schneehöhen berechnen.',
      ),
      '',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.kind).toBe('article');
    expect(a.text).toContain('die alle paar Tage über dieselbe Region fliegen und ein Bild geben.');
    expect(a.text).toContain('Eine wichtige Grenze setzt die Wolkendecke.');
    expect(a.text).not.toContain('Abbildung');
    expect(a.text).not.toContain('im Frühjahr (rechts)');
  });
});
