/**
 * HTML path, sixth pass: rules made less specific rather than more. A comment
 * thread named in the page's own language (`kommentare`, `comentarios`), and
 * the walls that end an article in any markup (a comment thread's heading or
 * form, a paywall's prompt, closing appeals), read with the recognisers the
 * text pipeline already shares. Every page is written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** German prose paragraphs of about 250 characters, numbered so each can be looked for. */
function absatz(n: number): string {
  return `<p>Absatz ${n} des Berichts: Die Gemeinde hat am Freitag den neuen Spielplatz am Stadtrand eröffnet, und die Kinder der Grundschule, die ihn mitgeplant haben, durften als erste die Rutsche, die Schaukeln und den Kletterturm ausprobieren, bevor der Bürgermeister sprach.</p>`;
}

/** A news page whose reader comments sit in boxes named in German, inside the article's own container. */
function germanCommentsPage(box: string, item: string): string {
  const body = [1, 2, 3, 4].map(absatz).join('\n');
  return `<!doctype html><html lang="de"><head><title>Neuer Spielplatz eröffnet</title></head><body>
<div class="seite"><div class="inhalt">
<h1>Neuer Spielplatz eröffnet</h1>
<div class="text">
${body}
</div>
<div class="${box}">
<div class="rubrik">Leserstimmen</div>
<div class="${item}"><div class="benutzer">Leser2010</div><h5>Schön, aber zu klein</h5>
<div>Ich will den Leuten ihren neuen Spielplatz gar nicht madig machen, und es ist auch schön, dass man am Stadtrand etwas tut, aber für so viele Familien ist die Anlage viel zu klein geraten, und die Bänke stehen in der prallen Sonne, was im Sommer niemandem hilft.</div></div>
<div class="${item}"><div class="benutzer">Anwohnerin</div><h5>Endlich</h5>
<div>Wir haben jahrelang auf diesen Platz gewartet, und jetzt, wo er endlich da ist, wird wieder nur gemeckert, obwohl die Kinder begeistert sind und die Eltern sich auf den Bänken unterhalten können, wenn die Sonne nicht gerade scheint.</div></div>
</div>
</div></div>
</body></html>`;
}

describe('comment threads named in the page language', () => {
  test.each([
    ['kommentare', 'kommentar-item'],
    ['comentarios', 'comentario'],
  ])('a thread in boxes of class "%s" is not the article', (box, item) => {
    const a = parseArticle(germanCommentsPage(box, item), { format: 'html' });
    expect(a.text).toContain('Absatz 1 des Berichts');
    expect(a.text).toContain('Absatz 4 des Berichts');
    expect(a.text).not.toContain('madig machen');
    expect(a.text).not.toContain('jahrelang');
  });
  test('control: a box of another name stays in the article', () => {
    const a = parseArticle(germanCommentsPage('zusatz', 'eintrag'), { format: 'html' });
    expect(a.text).toContain('madig machen');
  });
});
