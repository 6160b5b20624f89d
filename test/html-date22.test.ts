/**
 * Publication dates of HTML pages (session 22): date formats the header
 * line may print that no pattern read before. Synthetic pages written for
 * these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import { tramPost } from './helpers/tram-post.js';

/** A post in language `lang` whose plain line under the `<h1>` title is `line`. */
function post(lang: string, line: string): string {
  return tramPost(line, { lang, headline: 'h1', line: 'p', paragraphs: 3 });
}

/** The post in `lang` with `line` under its title is dated `day`, not as a guess, its span on `written`. */
function expectDated(lang: string, line: string, day: string, written: string): void {
  const html = post(lang, line);
  const a = parseArticle(html, { format: 'html' });
  expect(a.publishedAt).toBe(day);
  expect(a.warnings.filter((w) => w.includes('guessed'))).toEqual([]);
  const span = a.spans.publishedAt;
  expect(span && html.slice(span.start, span.end)).toBe(written);
}

describe('date formats printed under the title', () => {
  test.each([
    ['ja', '２０２０年７月１５日 11時00分', '2020-07-15', '２０２０年７月１５日'],
    ['ja', '公開日：令和2年7月15日', '2020-07-15', '令和2年7月15日'],
    ['ja', '令和元年5月7日 更新', '2019-05-07', '令和元年5月7日'],
    ['zh', '發布時間：民國109年10月4日', '2020-10-04', '民國109年10月4日'],
    ['ko', '입력 2020. 7. 15. 오후 3:20', '2020-07-15', '2020. 7. 15.'],
    ['es', 'Managua, Nicaragua 26, Abril, 2022 7:43 p.m.', '2022-04-26', '26, Abril, 2022'],
    ['en', 'Posted Dec 28 Sat 2013 00:28', '2013-12-28', 'Dec 28 Sat 2013'],
    ['en', 'By Ann Lee, Jan.25, 2017', '2017-01-25', 'Jan.25, 2017'],
    ['en', 'Tuesday, Nov, 29, 2016', '2016-11-29', 'Nov, 29, 2016'],
  ])('%s: %s', expectDated);

  test.each([
    ['de', 'Erschienen in Heft 10, Oktober 2012, S. 12'],
    ['ja', '令和の時代に2年が過ぎた'],
    ['en', 'Version 2020. 7. Edition'],
  ])('control, %s: %s dates nothing', (lang, line) => {
    const a = parseArticle(post(lang, line), { format: 'html' });
    expect(a.publishedAt).toBeUndefined();
  });
});

describe('month names and abbreviations of more languages', () => {
  test.each([
    ['ru', 'Опубликовано 12 янв. 2021, 10:15', '2021-01-12', '12 янв. 2021'],
    ['ru', '3 сент. 2020', '2020-09-03', '3 сент. 2020'],
    ['el', '5 Μαΐ 2021', '2021-05-05', '5 Μαΐ 2021'],
    ['de-AT', 'Wien, 14. Feber 2019', '2019-02-14', '14. Feber 2019'],
    ['de', 'Veröffentlicht: 3. Febr. 2021', '2021-02-03', '3. Febr. 2021'],
    ['et', 'Avaldatud 15. jaanuar 2020', '2020-01-15', '15. jaanuar 2020'],
    ['sr', 'Beograd, 5. avgusta 2021.', '2021-08-05', '5. avgusta 2021'],
    ['sl', 'Ljubljana, 9. junija 2021', '2021-06-09', '9. junija 2021'],
    ['gl', 'Santiago, 12 de xullo de 2020', '2020-07-12', '12 de xullo de 2020'],
  ])('%s: %s', expectDated);
});

describe('text pages: Chinese, Japanese and Korean dates in the header', () => {
  const page = (line: string) =>
    [
      'City Notes',
      '',
      'A tram line for the northern districts',
      '',
      line,
      '',
      'The city council voted on the new tram line after a long debate, and the works are to start in the spring of the coming year.',
      '',
      'Residents of the northern districts had asked for the line for a decade, and several of them came to hear the vote in the council hall.',
      '',
      'The line will run from the station to the hospital, with eleven stops, and the first trams are expected to carry passengers within three years.',
    ].join('\n');
  test.each([
    ['２０２０年７月１５日 11時00分', '2020-07-15'],
    ['公開日：令和2年7月15日', '2020-07-15'],
    ['2020년 7월 15일 오후 3:20', '2020-07-15'],
  ])('%s', (line, day) => {
    expect(parseArticle(page(line)).publishedAt).toBe(day);
  });
});
