/**
 * The headline of a crawler's text page, read among the lines above the body:
 * never a line of the site's interface (an account menu, a consent wall's
 * prompt, a sponsor's label, a comment form's heading, a reader appeal), a
 * link to another article under its label (`See also: …`), nor a meta line
 * opening with the day; a headline the body's run took in is found under a
 * stray interface line and over an update stamp with no year. Pages are
 * synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEADLINE = 'Harbour authority doubles the size of its container terminal';
const LEDE =
  'The harbour authority announced on Tuesday that its container terminal will double in size over the next three years, a project long awaited by the shipping lines.';
const SECOND =
  'Work is due to begin in the autumn once the last permits are granted, and will employ close to two thousand workers according to the authority.';
const THIRD =
  'Shipping lines welcomed the project, though several of them said that queues at the terminal gates still cost their drivers hours every single day.';

/** A news page: `top` (menu and header lines), then the body's three paragraphs a blank line apart. */
function withBody(top: string[]): string {
  return [...top, '', LEDE, '', SECOND, '', THIRD, ''].join('\n');
}

/** A news page: menu lines, the headline, `under` it (what stands between the headline and the lede), then the body. */
function page(under: string[]): string {
  return withBody(['Home', 'News', HEADLINE, ...under]);
}

describe('interface lines between the headline and the body are never the title', () => {
  test.each([
    [
      'an account menu glued on one line',
      ['Updated Nov 19, 9:41 AM', 'You are signed in as', 'Edit ProfileSign Out'],
    ],
    ['a consent wall closed by its scroll prompt', ['Scroll to Accept']],
    ['an appeal thanking the reader', ['Thank you for supporting The Harbour Times']],
    ['a template left unfilled', ['Verbinde mit %s']],
    [
      'the notice of a comment form',
      ['Du kommentierst mit Deinem Facebook-Konto. ( Abmelden / Ändern ) Abbrechen'],
    ],
    ['a recommend button', ['Artikel weiter EMPFEHLEN']],
    ['a pager of two posts', ['« Vorige | Nächste »']],
    ['a link to the previous post', ['« Logbook of the harbour']],
    ['a link to the next post', ['Harbour pilots on strike »']],
    ['a breadcrumb of one step', ['Home » Business »']],
    ['a moderation menu', ['Block for Harbour Times']],
  ])('%s', (_, under) => {
    const a = parseArticle(page(under));
    expect(a.title).toBe(HEADLINE);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEDE, SECOND, THIRD]);
  });

  test('a sponsor label printed twice over the headline is not the title', () => {
    const input = withBody([
      'Home',
      'News',
      'Advertisement',
      'Business is sponsored by',
      'Business is sponsored by',
      HEADLINE,
      '24 July 2015',
      'From the section Business',
    ]);
    const a = parseArticle(input);
    expect(a.title).toBe(HEADLINE);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEDE, SECOND, THIRD]);
  });
});

describe('lines that are never a headline, whatever their shape', () => {
  test('a wiki hatnote under its label is a link to another article, not the title', () => {
    const input = withBody([
      'Harbour',
      'From Wikipedia, the free encyclopedia',
      'History',
      'See also: List of harbours in the northern region',
    ]);
    expect(parseArticle(input).title).toBeUndefined();
  });

  test('a meta line opening with the day is not the title: the headline under it is', () => {
    const headline =
      'Ausbau des Containerterminals im Hafen vorläufig gestoppt - Bundesregierung ordnet Förderung und gesetzliche Standards neu';
    const input = [
      'instagram',
      '',
      '24.01.2022 - Meldung - Energiewende im Hafenbereich',
      '',
      headline,
      'Einleitung',
      '',
      'Die Bewilligung von Anträgen für den Ausbau der Containerterminals wird mit sofortiger Wirkung mit einem vorläufigen Stopp belegt, wie die Hafenbehörde am Dienstag mitteilte. Endgültig eingestellt wird die Förderung des kleinen Terminals, die ohnehin zum Monatsende ausgelaufen wäre.',
      '',
      'Im Einzelnen:',
      '',
    ].join('\n');
    expect(parseArticle(input).title).toBe(headline);
  });

  test('a comment form heading in German is not the title: the headline over it is', () => {
    const headline = 'Rasende Lotsen im nächtlichen Hafen';
    const input = [
      'hafenrecht.ch',
      'Aktuelles zum Hafenrecht',
      'Startseite',
      'Downloads',
      'Kontakt',
      headline,
      'Schreibe eine Antwort',
      '',
      'Auch Lotsen im Dienst können den Tatbestand der groben Verletzung der Verkehrsregeln erfüllen, wenn sie mitten in der Nacht mit hoher Geschwindigkeit durch den Hafen fahren.',
      '',
      'Das Bundesgericht kassiert ein Urteil des Kantonsgerichts, das den fehlbaren Lotsen freigesprochen hatte, und weist die Sache zur neuen Beurteilung zurück.',
      '',
    ].join('\n');
    expect(parseArticle(input).title).toBe(headline);
  });
});

describe('a headline the body took in', () => {
  test('over an update stamp with no year, it is the title and leaves the body', () => {
    const input = withBody([
      'Home',
      'Sign In',
      'Search',
      'Business',
      HEADLINE,
      'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM',
    ]);
    const a = parseArticle(input);
    expect(a.title).toBe(HEADLINE);
    expect(a.paragraphs.map((p) => p.text)).not.toContain(HEADLINE);
  });

  test('a question under a stray interface line (`take the tour`) and a sign-up box is the title', () => {
    const question = 'How does the harbour decide which ships to unload first?';
    const lede =
      'Harbour masters tell us that most of the work done in a port happens out of sight, but when does a ship actually get its berth? And what happens at the gate?';
    const input = [
      '',
      'Log in with your Harbour Times account to create or edit your custom homepage, catch up on your saved stories and notifications and set your newsletter preferences.',
      '',
      'Sign in',
      'Register for a free account',
      '',
      'Sign up for a free Harbour Times account to customise your shipping and harbour news experiences.',
      '',
      'Register',
      'take the tour',
      question,
      'Published Thursday 27 July 2017 Published Thu 27 Jul 2017',
      'By Jane Porter',
      lede,
      '',
      'A new study looks at how berths are given out in the harbour, and how similar it is to other queues.',
      '',
      'Many of us have noticed that ships seem to wait longest when the weather is good, or that a berth frees up only once the tide has turned again for the night.',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(question);
    expect(a.paragraphs.map((p) => p.text)).toContain(lede);
    expect(a.paragraphs.map((p) => p.text)).not.toContain(question);
  });
});
