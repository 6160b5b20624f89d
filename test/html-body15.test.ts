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

/** A news page whose header holds the title, a marked lead and a photo, and whose body container follows. */
function headed(header: string, body: string): string {
  return `<!doctype html><html lang="de"><head><title>Neue Kindersitze im Test</title></head><body>
<nav><ul><li><a href="/">Start</a></li><li><a href="/tests">Tests</a></li></ul></nav>
<article><header class="article-header"><h1>Neue Kindersitze im Test</h1>${header}</header>
<div class="article-body">${body}</div></article>
<aside class="sidebar"><h3>Meistgelesen</h3><ul><li><a href="/a">Ein anderer Artikel über Autos</a></li><li><a href="/b">Noch ein Artikel</a></li></ul></aside>
</body></html>`;
}

const LEAD =
  'Achtzehn Kindersitze waren im Test. Vier fallen wegen Schadstoffen durch, elf sind empfehlenswert.';
const BODY = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;

describe('HTML body (session 15): a lead the page marks by its class words', () => {
  test('a `chapo` lead above the photo and its credited caption opens the body', () => {
    const a = parseArticle(
      headed(
        `<div class="chapo"><p>${LEAD}</p></div><div class="date">4.02.2022</div>
<p>Ein Kindersitz auf der Rückbank eines Testwagens während der Prüfung in der Halle. © Ratgeber</p>`,
        BODY,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD, P1, P2, P3]);
  });
  test('a lead whose class also says teaser (`lead teasertext`) is still the lead', () => {
    const a = parseArticle(
      `<!doctype html><html lang="de"><head><title>Neue Kindersitze im Test</title></head><body>
<article class="entry"><p class="kicker">Kindersicherheit</p><h1>Neue Kindersitze im Test</h1>
<p class="entry-meta">Veröffentlicht am 03.02.2022</p>
<p class="lead teasertext">${LEAD}</p>
<figure><img src="a.jpg"><figcaption>Ein Kindersitz im Testwagen, aufgenommen in der Prüfhalle.</figcaption></figure>
${BODY}<p>${P1}</p></article></body></html>`,
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD, P1, P2, P3, P1]);
  });
  test('a one-sentence abstract in the header, past the date and a caption, opens the body', () => {
    const a = parseArticle(
      headed(
        `<div class="contentHeader__abstract">Kindersitze werden sicherer - aber vier Modelle fallen wegen Schadstoffen durch.</div>
<div class="contentHeader__meta">06.12.2022</div><figure><img src="a.jpg"><figcaption>Ein Testwagen.</figcaption></figure>`,
        BODY,
      ),
    );
    expect(a.paragraphs[0]?.text).toBe(
      'Kindersitze werden sicherer - aber vier Modelle fallen wegen Schadstoffen durch.',
    );
    expect(a.paragraphs).toHaveLength(4);
  });
  test('a French `accroche` in the header opens the body', () => {
    const accroche = 'La candidature a peu de chance d’aboutir, mais elle illustre une fracture.';
    const a = parseArticle(
      headed(
        `<p class="article-accroche">${accroche}</p><p class="date">12.03.2020</p><figure><img src="a.jpg"><figcaption>Le siège du conseil.</figcaption></figure>`,
        BODY,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([accroche, P1, P2, P3]);
  });
  test('a deck under the headline (`dek`, `subtitle`) stays out, and so does a teaser list’s intro', () => {
    const a = parseArticle(
      headed(
        `<p class="content-header__dek">Kindersitze werden sicherer, aber nicht alle Modelle bestehen den Test.</p>`,
        `${BODY}<div class="related"><p class="intro">Lesen Sie auch unseren großen Test der Fahrradanhänger für Kinder aus dem letzten Jahr.</p></div>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
});

describe('HTML body (session 15): a closing box after the last paragraph', () => {
  const story = (tail: string): string =>
    `<!doctype html><html lang="de"><head><title>Neue Kindersitze im Test</title></head><body>
<article><h1>Neue Kindersitze im Test</h1><div class="story"><div class="paragraph">${BODY}${BODY}</div>${tail}</div></article></body></html>`;
  test('an app promotion of a heading, a line and a button in a box of its own is cut', () => {
    const a = parseArticle(
      story(`<div class="app-tip"><p class="label">Tipp: Die Ratgeber-App</p>
<p>Alle Tests und Ratgeber gebündelt in einer App, immer aktuell und jederzeit griffbereit.</p>
<div class="actions">Jetzt kostenlos für iOS und Android!</div></div>`),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, P1, P2, P3]);
  });
  test('short lines left above such a box are the tail, and go with it', () => {
    const a = parseArticle(
      story(`<div class="links"><p>Team Ratgeber</p><p>Weitere Bilder</p></div><div class="app-tip"><p class="label">Tipp: Die Ratgeber-App</p>
<p>Alle Tests und Ratgeber gebündelt in einer App, immer aktuell und jederzeit griffbereit.</p>
<div class="actions">Jetzt kostenlos für iOS und Android!</div></div>`),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, P1, P2, P3]);
  });
  test('a press contact card closing a release is cut', () => {
    const a = parseArticle(
      story(
        `<div class="card press-officer"><h4>Ratgeber Verlag</h4><h2>Pressekontakt</h2><p>Pressesprecherin Anna Weber</p></div>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, P1, P2, P3]);
  });
  test('a linked teaser in a classed box of its own after the paragraphs is cut', () => {
    const teaser = `<div class="infobox">Der große Test der Babyschalen zeigt, worauf Eltern beim Kauf achten sollten und welche Modelle überzeugen. <a href="/babyschalen-test">Zum Test</a></div>`;
    const a = parseArticle(
      `<!doctype html><html lang="de"><head><title>Neue Kindersitze im Test</title></head><body>
<article><h1>Neue Kindersitze im Test</h1><div class="col">${BODY}${BODY}${teaser}</div></article></body></html>`,
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, P1, P2, P3]);
  });
  test('a closing section in a box its class calls text, and a closing list, stay', () => {
    const section = `<div class="text-column"><h2>Was Eltern tun können</h2><p>Vor dem Kauf den Sitz im eigenen Auto ausprobieren und auf die Gurtführung achten.</p></div>`;
    expect(parseArticle(story(section)).paragraphs).toHaveLength(8);
    const list = `<div class="tips"><ul><li>Sitz im eigenen Auto testen</li><li>Gurtführung prüfen</li></ul></div>`;
    expect(parseArticle(story(list)).paragraphs).toHaveLength(8);
  });
});

describe('HTML body (session 15): the last lines of the body', () => {
  const article = (tail: string, lang = 'fr'): string =>
    `<!doctype html><html lang="${lang}"><head><title>Une candidature</title></head><body>
<article><h1>Une candidature</h1><div class="entry-content">
<p>La lettre liste trois conditions nécessaires pour que cette autonomie se réalise, dont des financements récurrents et du temps pour la recherche.</p>
<p>Si la candidature a peu de chance d’aboutir, elle illustre une séparation de plus en plus visible entre les chercheurs et leur direction.</p>
<p>Pour procéder à ces réformes, nous nous portons candidats à la présidence de l’institution chargée de définir la politique scientifique.</p>
${tail}</div></article></body></html>`;
  test('a closing line of clauses without its full stop is the article’s last line', () => {
    const a = parseArticle(article('<p>Sans recherche autonome, nous n’avons pas d’avenir</p>'));
    expect(a.paragraphs.at(-1)?.text).toBe('Sans recherche autonome, nous n’avons pas d’avenir');
  });
  test('a last quote closed by German quotation marks („…“) is a sentence', () => {
    const a = parseArticle(article('<p>„Ich freue mich schon darauf.“</p>', 'de'));
    expect(a.paragraphs.at(-1)?.text).toBe('„Ich freue mich schon darauf.“');
  });
  test('a tail of labels and a list of names is still cut', () => {
    const a = parseArticle(article('<p>Kontakt</p><p>Anna Weber, Paul Klein, Marie Curie</p>'));
    expect(a.paragraphs).toHaveLength(3);
  });
});

describe('HTML body (session 15): the block-by-block rescue of a short body', () => {
  test('a figure caption is not taken as prose when the body is short', () => {
    const caption =
      'Die Vorsitzende kündigte an, dass sie ihr Amt in der Organisation bald abgeben werde. (Teresa Klein Rivera)';
    const a =
      parseArticle(`<!doctype html><html lang="de"><head><title>Rücktritt angekündigt</title></head><body>
<div class="wrap"><h1>Rücktritt angekündigt</h1>
<h2>Die Vorsitzende, die bald zurücktreten will, beklagt, dass es in der Organisation an Austausch fehle und dass ihre Arbeit von innen behindert werde, seit Monaten schon.</h2>
<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>
<div class="content-element"><p>Die Vorsitzende der Organisation hat gestern erklärt, dass man sie aus den eigenen Reihen zum Schweigen bringen wolle, und sie hat angekündigt, dass sie ihr Amt in den nächsten Wochen niederlegen werde, sobald eine Nachfolge gefunden sei.</p></div>
</div></body></html>`);
    expect(a.text).toContain('Die Vorsitzende der Organisation hat gestern erklärt');
    expect(a.text).not.toContain('Teresa Klein Rivera');
  });
});

describe('HTML body (session 15): a video player’s title line', () => {
  test('`En vidéo, …` and `À voir aussi - …` between paragraphs are not article text', () => {
    const a =
      parseArticle(`<!doctype html><html lang="fr"><head><title>Prendre soin de son ventre</title></head><body>
<article><h1>Prendre soin de son ventre</h1><div class="article-body">
<p>Pour aller bien en haut, commençons par aller bien en bas, disent les spécialistes de la flore intestinale depuis quelques années.</p>
<p>En vidéo, quatre aliments à privilégier pour mieux dormir</p>
<p>Souvenez-vous : c’est au printemps que vous avez découvert ce qui se trame réellement dans votre ventre, grâce à un livre devenu célèbre.</p>
<p>À voir aussi - Les bienfaits du jeûne intermittent</p>
<p>On privilégie ainsi le sport, le yoga ou de simples exercices de respiration, qui aident le ventre autant que la tête.</p>
</div></article></body></html>`);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text).not.toContain('En vidéo');
    expect(a.text).not.toContain('À voir aussi');
  });
});
