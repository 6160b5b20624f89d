/**
 * An author named with no label under an HTML page's headline (issue 14; the
 * header probe's layouts): a name beside the date in one meta line, or on a
 * line of its own next to a date line, as the text path reads them. No
 * author markup on these synthetic pages.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const FR_P =
  '<p>L’autorité portuaire de Tanger a annoncé mardi l’extension de son terminal à conteneurs, un chantier de trois ans qui doit doubler la capacité du port.</p><p>Les travaux commenceront à l’automne, une fois les derniers permis obtenus, et mobiliseront près de deux mille ouvriers.</p>';
const AR_P =
  '<p>أعلنت سلطة ميناء طنجة يوم الثلاثاء عن توسيع محطة الحاويات، في ورش يمتد ثلاث سنوات ويهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.</p><p>وستنطلق الأشغال في الخريف بعد الحصول على آخر التراخيص، وستشغل قرابة ألفي عامل حسب إدارة الميناء.</p>';

/** A page whose article holds the headline, `meta` (the lines under it) and two paragraphs. */
function page(lang: 'fr' | 'ar', meta: string): string {
  const title =
    lang === 'fr'
      ? 'Le port de Tanger étend son terminal à conteneurs'
      : 'ميناء طنجة يوسع محطة الحاويات لاستقبال خطوط جديدة';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>
<article><h1>${title}</h1>${meta}${lang === 'fr' ? FR_P : AR_P}</article>
<footer><p>© 2024 Le Détroit</p></footer></body></html>`;
}

/** The author's name and whether its span slices back to it. */
function author(html: string): { names: string[]; sliced: boolean } {
  const a = parseArticle(html);
  const first = a.spans.authors[0];
  return {
    names: a.authors,
    sliced: first != null && html.slice(first.start, first.end) === a.authors[0],
  };
}

describe('a name with no label under the headline', () => {
  test('beside the date in one meta line (`<span>Name</span><time>…</time>`)', () => {
    const html = page(
      'fr',
      '<div class="meta"><span>Amina Saidi</span><time>12 mars 2024</time></div>',
    );
    expect(author(html)).toEqual({ names: ['Amina Saidi'], sliced: true });
  });

  test('Arabic: the name and its city above the date line', () => {
    const html = page('ar', '<p>أمينة السعيدي - الرباط</p><p>الثلاثاء 12 مارس 2024</p>');
    expect(author(html)).toEqual({ names: ['أمينة السعيدي'], sliced: true });
  });

  test('Arabic: the name alone under the date line; the stamp’s label is no name', () => {
    const html = page('ar', '<p>نشر في 12 مارس 2024 على الساعة 10:15</p><p>أمينة السعيدي</p>');
    expect(author(html).names).toEqual(['أمينة السعيدي']);
  });

  test('Arabic: under a standfirst and a photo, the date line then the name', () => {
    const html = page(
      'ar',
      '<p class="dek">ورش يمتد ثلاث سنوات يهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.</p><figure><img src="/x.jpg" alt=""><figcaption>محطة الحاويات بميناء طنجة</figcaption></figure><p>نشر في 12 مارس 2024 على الساعة 10:15</p><p>أمينة السعيدي</p>',
    );
    expect(author(html).names).toEqual(['أمينة السعيدي']);
  });

  test('a byline label glued to the name’s link (`ByAlex Doe`)', () => {
    const html = page(
      'fr',
      '<div><span>By</span><a href="/a">Amina Saidi</a></div><div>12 mars 2024</div>',
    );
    expect(author(html).names).toEqual(['Amina Saidi']);
  });

  test('a stamp’s label and weekday before the date in one line are no name', () => {
    const html = page(
      'fr',
      '<div class="meta"><span>Publié le Mardi</span><time>12 mars 2024</time></div>',
    );
    expect(author(html).names).toEqual([]);
  });

  test('two capitalised words alone by a date line (a button, a field) are no author', () => {
    const html = page(
      'fr',
      '<div>Ask Question</div><div>Asked 8 years, 2 months ago</div><p>Ort Saarbrücken</p><p>Datum 28.01.2022</p>',
    );
    expect(author(html).names).toEqual([]);
  });
});
