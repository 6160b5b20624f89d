/**
 * The synthetic German story several byline tests print under their headers (the last day of an
 * old harbour office): three paragraphs, each followed by a blank line, as a dump prints them.
 * Written here; no third-party text. It names `Peter` twice: tests of names under the body
 * (first-names25) use their own variant without him.
 */
export const HAFENAMT_BODY: readonly string[] = [
  'Die Uhr im Treppenhaus läuft noch, obwohl die meisten Büros schon leer sind. In den Gängen stehen Kisten, beschriftet mit Jahreszahlen und den Namen von Schiffen, die längst nicht mehr fahren.',
  '',
  'Hafenmeister Peter erzählt von den Wintern, in denen das Eis den Hafen für Wochen schloss, und von den Sommern, in denen die Schiffe bis auf die Strasse hinaus Schlange standen.',
  '',
  'Am Abend wird das Licht gelöscht. Die Akten gehen ins Staatsarchiv, die Möbel an eine Schule im Nachbarort, und das Schild an der Tür nimmt Peter mit nach Hause.',
  '',
];
