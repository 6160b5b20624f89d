/**
 * Inline `read also` links of Finnish and Czech papers (issue 10, session 37,
 * blind round 37h: a Finnish and a Czech news article, all three renders).
 * A paragraph-sized line `Lue myös: <headline>` or `Čtěte také: <headline>`
 * between two paragraphs stayed in the body: the labels were not among the
 * related labels (`RELATED_LABELS` in `article/profiles/generic.ts`, shared by
 * both pipelines), which now hold the Czech, Slovak, Finnish, Swedish, Danish
 * and Norwegian `read also`. A Finnish caption closed by `Kuva: <name>` is a
 * credited caption, as `Foto: <name>` was (`furniture/credits.ts`). A
 * paragraph opening with the label's words, a lower-case sentence after them,
 * stays in the body (the labels count with their colon only). The Czech and
 * Finnish headings over related and most read lists (`Související články`,
 * `Nejčtenější`, `Luetuimmat`) join the teaser headings
 * (`furniture/teaser-headings.ts`).
 *
 * Pages are synthetic, written for these tests in test/fixtures/body37h/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37h/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37h/${name}`] ?? '';

describe('a Finnish `Lue myös:` link and a `Kuva:` caption (Chromium)', () => {
  const a = parseArticle(read('read-also-fi.chromium.txt'), {
    url: 'https://www.pohjanmaanviesti.example/kotimaa/art-2000010998877.html',
  });

  test('the link and the caption leave the body', () => {
    expect(a.title).toBe('Koulukuljetusten reitit muuttuvat syksyllä neljässä kylässä');
    expect(a.text).not.toContain('Kunta etsii uutta yrittäjää');
    expect(a.text).not.toContain('Koulubussi pysäkillä Kirkkotiellä');
    expect(a.text).not.toContain('Tulipalo tuhosi maatilan');
    expect(a.paragraphs[0]?.text).toMatch(/^Kunnan koulukuljetusten reitit muuttuvat/);
    expect(a.paragraphs[2]?.text).toMatch(/^– Haluamme, että lasten matka/);
  });

  test('guard: a paragraph opening with the label’s words stays', () => {
    expect(a.paragraphs.at(-1)?.text).toBe(
      'Lue myös kuntalaisten palaute, joka kerättiin keväällä kyselyllä: sen mukaan moni vanhempi toivoi pysäkeille katosta ja parempaa valaistusta.',
    );
  });
});

describe('a Czech `Čtěte také:` link (w3m)', () => {
  const a = parseArticle(read('read-also-cs.w3m.txt'), {
    url: 'https://www.jihocesky-tydenik.example/zpravy/lipova-knihovna-sobota-20240903.html',
  });

  test('the link leaves the body; the paragraphs around it stay', () => {
    expect(a.text).not.toContain('Obce v kraji dostanou peníze');
    expect(a.text).not.toContain('Lipová opraví náměstí');
    expect(a.paragraphs.map((p) => p.text.slice(0, 24))).toEqual([
      'Městská knihovna v Lipov',
      'Delší otevírací dobu umo',
      '„O sobotní otevírání nás',
      'Knihovna zároveň rozšíří',
    ]);
  });
});
