import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** A page with a title, an article container and the given body, plus navigation and a footer. */
function page(article: string, lang = 'de'): string {
  return `<!doctype html><html lang="${lang}"><head><title>Neue Kindersitze im Test | Ratgeber</title></head><body>
<nav><ul><li><a href="/">Start</a></li><li><a href="/tests">Tests</a></li></ul></nav>
<main><article><h1>Neue Kindersitze im Test</h1>${article}</article></main>
<footer><p>Ratgeber Verlag, Hafenstraße 12. Alle Rechte vorbehalten, auch die der Übersetzung.</p></footer>
</body></html>`;
}

const P1 =
  'Im aktuellen Test wurden achtzehn Kindersitze in puncto Sicherheit, Bedienung und Ergonomie geprüft, teils mit deutlichen Unterschieden.';
const P2 =
  'Vier Modelle fallen wegen zu hoher Schadstoffwerte in den Bezugsstoffen durch, obwohl sie bei der Sicherheit gut abschneiden.';
const P3 =
  'Die Prüfer raten, das eigene Fahrzeug und das Kind zum Kauf mitzunehmen, um den Sitz vorher auszuprobieren und einzubauen.';

describe('HTML body (session 15): text form', () => {
  test('letters written decomposed (u + combining diaeresis) come out composed, spans unchanged', () => {
    const decomposed =
      'Besonders bei Babyschalen sollte gepru\u0308ft werden, ob die Gurtla\u0308nge im Fahrzeug ausreicht.';
    const html = page(`<p>${P1}</p><p>${decomposed}</p><p>${P2}</p><p>${P3}</p>`);
    const a = parseArticle(html);
    const para = a.paragraphs[1];
    expect(para?.text).toBe(
      'Besonders bei Babyschalen sollte geprüft werden, ob die Gurtlänge im Fahrzeug ausreicht.',
    );
    expect(para && html.slice(para.start, para.end)).toBe(decomposed);
    expect(a.text).toContain('geprüft');
  });
});
