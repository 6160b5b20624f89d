/**
 * Round 35c's known failures (issue 10, session 36), on synthetic pages of
 * the same kinds written for these tests in test/fixtures/body36/:
 *
 * - a club's news post whose share bar, previous/next pager and a sidebar's
 *   fixtures list Chromium glues together under the last paragraph: the
 *   paragraph and the lines under it were read as one latest-news run. A
 *   share bar (`Teilen: Facebook WhatsApp E-Mail`) is no headline: it breaks
 *   the run, and the paragraph is the article's;
 * - a documentation page's closing admonition (`Note` ⏎ a short paragraph,
 *   over `Edit this page`): the label heads the paragraph, both are kept;
 * - a documentation page whose `On this page` contents under the article
 *   prints its subheadings again, one a line: the contents box's copies are
 *   the ones to leave, the subheadings in the body stay;
 * - a Q&A page's topic link (`Rasen & Beete`, an entry of the menu's line
 *   above) over the question: the question is the title, though its mark
 *   makes it read as a sentence;
 * - a documentation page's headline of two words (`Configuring retries`)
 *   under a breadcrumb that names it last, right above the body: the title,
 *   not a sidebar's entry (or its copy in the sidebar);
 * - a product's or a job's title right under a breadcrumb of sections
 *   (`Home / Sleeping / Sleeping bags`), over the buy box or the criteria
 *   list; a job title closed by its gender marker (`(H/F)`) is no caption
 *   closed by a credit.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body36/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body36/${name}`] ?? '';

describe('a share bar under the last paragraph (Chromium)', () => {
  test('the last paragraph is kept, the share bar, pager and sidebar stay out', () => {
    const a = parseArticle(read('share-foot.chromium.txt'));
    expect(a.title).toBe('Sommerfest: Neue Flutlichtanlage auf Platz drei eingeweiht');
    expect(a.authors).toEqual(['Petra Lohmann']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Seit Samstag kann auf Platz drei auch am Abend gespielt werden. Bürgermeisterin Anke Vogt hat die neue Flutlichtanlage beim Sommerfest offiziell eingeweiht und den ersten Ball geschlagen.',
      'Rund zwei Jahre hat der Verein auf die Anlage gespart. Ein Zuschuss des Landessportbundes und viele Spenden der Mitglieder haben den Bau schließlich möglich gemacht.',
      'Abendtraining ab Juli',
      'Ab Juli bietet der Verein zweimal in der Woche ein Abendtraining für Berufstätige an. Anmeldungen nimmt die Geschäftsstelle bis Ende Juni entgegen.',
      'Der Vorstand dankt allen Spendern und Helfern für ihre Geduld und ihren Einsatz!',
    ]);
  });

  test('guard: five headlines or more under a share bar are still a box of headlines', () => {
    const a = parseArticle(read('share-guard.chromium.txt'));
    expect(a.title).toBe('Neue Bälle für die Jugend: Sponsor stockt auf');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.text).not.toMatch(/Teilen|Jugendcamp|Vereinsmeisterschaften|Platzordnung/);
  });
});

describe("a documentation page's closing admonition", () => {
  test('the label and its paragraph close the body, `Edit this page` stays out', () => {
    const a = parseArticle(read('docs-note.w3m.txt'));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts.slice(-3)).toEqual([
      'Rules are stored with the flow, so they move with it from one deployment to the next.',
      'Note',
      'A rule that is edited starts its grace period again, so an alert already waiting is sent late.',
    ]);
    expect(a.text).not.toMatch(/Edit this page|Previous|On this page|Copyright/);
  });
});

describe('subheadings printed again in an `On this page` box under the article (Chromium)', () => {
  test('the subheadings stay in the body', () => {
    const a = parseArticle(read('docs-contents.chromium.txt'));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain('Turning batching on');
    expect(texts).toContain('Choosing a batch size');
    expect(texts.indexOf('Turning batching on')).toBe(1);
    expect(texts.at(-1)).toBe(
      'A writer flushes its open batch when the process receives a stop signal, so no readings are lost on a clean shutdown.',
    );
    expect(a.text).not.toMatch(/On this page|Community|Edit this page/);
  });

  test('guard: related headlines inside the body, listed again under it, stay out', () => {
    const a = parseArticle(read('docs-related-guard.chromium.txt'));
    expect(a.title).toBe('Ferry timetable changes from Monday');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text).not.toMatch(/Night buses|Pier lights|Fish market|Most read/);
  });
});

describe("a topic's link, printed in the menu above, over a question (a Q&A page)", () => {
  test('the question is the title', () => {
    const a = parseArticle(read('qa-topic.w3m.txt'));
    expect(a.title).toBe('Warum wird mein Rasen unter der Birke jedes Jahr im Juli gelb?');
  });

  test('guard: a short headline no menu names, over a question as its standfirst, stays the title', () => {
    const a = parseArticle(read('qa-guard.w3m.txt'));
    expect(a.title).toBe('Streit um Heckenhöhe');
  });
});

describe('the headline its breadcrumb names last, right above the body', () => {
  test('a two-word headline under `Docs › Guides › <name>` is the title (w3m)', () => {
    const a = parseArticle(read('docs-note.w3m.txt'));
    expect(a.title).toBe('Alert rules');
  });

  test('the title is the heading over the body, not its entry in the sidebar (Chromium)', () => {
    const text = read('docs-contents.chromium.txt');
    const a = parseArticle(text);
    expect(a.title).toBe('Batching writes');
    const end = a.spans.title?.end ?? 0;
    expect(text.slice(end, end + 13)).toBe('\n\nEvery write');
  });

  test('guard: a trail ending with a section, its name printed over the headline, leaves the headline the title', () => {
    const a = parseArticle(read('trail-section.chromium.txt'));
    expect(a.title).toBe('New crane hall opens at the container terminal');
    expect(a.paragraphs).toHaveLength(2);
  });

  test('guard: a trail ending with a section name leaves the headline under it the title', () => {
    const a = parseArticle(read('trail-guard.w3m.txt'));
    expect(a.title).toBe('Ferry timetable changes from Monday');
    expect(a.authors).toEqual(['Ines Brand']);
  });
});

describe('the headline under a breadcrumb of sections (Chromium)', () => {
  test("a shop's product name under `Home / Sleeping / Sleeping bags` is the title", () => {
    const a = parseArticle(read('shop-crumb.chromium.txt'));
    expect(a.title).toBe('Vardø Down 700 Sleeping Bag');
  });

  test("a job's title closed by its gender marker `(H/F)`, over the criteria list, is the title", () => {
    const a = parseArticle(read('job-gender.chromium.txt'));
    expect(a.title).toBe("Responsable d'entrepôt (H/F)");
    expect(a.paragraphs[0]?.text).toMatch(/^Medlog, distributeur/);
  });

  test('guard: a trail ending with a section over its name leaves the headline under them; a credit in brackets stays one', () => {
    const a = parseArticle(read('crumb-guard.chromium.txt'));
    expect(a.title).toBe('Ferry timetable changes from Monday');
    expect(a.text).not.toMatch(/AFP|Ferries\n/);
  });
});
