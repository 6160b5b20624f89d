import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { holdsFormField } from '../src/input/form-fields.js';
import { plainView } from '../src/input/plain-view.js';
import { textBlocks } from '../src/input/text-blocks.js';
import { proseLength } from '../src/text/chars.js';

// Each test compares a cheaper predicate with the code it replaced (copied here as the reference)
// on crafted lines, edges included: the text path's output stays the same.

/** The form-field test before session 19: one pattern. */
const oldHoldsFormField = (text: string): boolean => /\[ {4}|_{4}|\((?:BUTTON|button)\)/.test(text);

/** plainView before session 19: the lookbehind first. */
function oldPlainView(input: string): string | undefined {
  if (!/[\u00a0\u2007\u2009\u202f]/.test(input)) return undefined;
  const view = input.replace(
    /(?<![\u00a0\u2007\u2009\u202f])[\u00a0\u2007\u2009\u202f](?![\u00a0\u2007\u2009\u202f])/g,
    ' ',
  );
  return view === input ? undefined : view;
}

/** proseLength before session 19: a loop over the first 48 characters. */
function oldProseLength(text: string): number {
  const isCjk = (c: number) => c >= 0x3001 && (c <= 0x9fff || (c >= 0xff00 && c <= 0xffef));
  const head = Math.min(text.length, 48);
  let k = 0;
  while (k < head && !isCjk(text.charCodeAt(k))) k++;
  if (k === head) return text.length;
  let cjk = 0;
  for (let i = k; i < text.length; i++) if (isCjk(text.charCodeAt(i))) cjk++;
  return text.length + 2 * cjk;
}

describe('text path speed (session 19): same answers by cheaper means', () => {
  test('form fields: a w3m field, a lynx field or button, and near misses', () => {
    const lines = [
      'Search: [                    ] [Go]',
      'E-mail ____________________ (BUTTON) Subscribe',
      '(button) Send',
      'Name: ___',
      '[   ] three spaces only',
      '(Button) mixed case',
      '(BUTTON',
      'A sentence with no field at all.',
      '',
      '____',
      '[    ',
      'Arabic ابحث ____ هنا',
    ];
    for (const line of lines) expect(holdsFormField(line), line).toBe(oldHoldsFormField(line));
    expect(holdsFormField('Nom ____________ (BUTTON) Envoyer')).toBe(true);
    expect(holdsFormField('Le maire a présenté son budget.')).toBe(false);
  });

  test('plain view: a lone no-break or thin space becomes a space, a run of them stays', () => {
    const odd = ['\u00a0', '\u2007', '\u2009', '\u202f'];
    const inputs = [
      'Il a dit\u00a0: «\u202fnon\u202f» le 2\u00a0mai',
      '\u00a0at the start and at the end\u00a0',
      'Headline one\u00a0\u00a0\u00a0Headline two\u00a0\u00a0Headline three',
      'no odd space at all',
      '',
    ];
    // Every run of up to three odd spaces, between letters and at either end.
    for (const a of odd)
      for (const b of ['', ...odd])
        for (const c of ['', ...odd]) {
          inputs.push(`x${a}${b}${c}y`, `${a}${b}${c}y`, `x${a}${b}${c}`, `${a}${b}${c}`);
        }
    for (const input of inputs)
      expect(plainView(input), JSON.stringify(input)).toBe(oldPlainView(input));
    expect(plainView('1\u202f200 euros')).toBe('1 200 euros');
    expect(plainView('A\u00a0\u00a0B')).toBeUndefined();
  });

  test('prose length: CJK characters count three times when one stands in the first 48 characters', () => {
    const lines: string[] = ['', '東', 'a', '東京は晴れ。', '서울은 맑음', 'Ｆｕｌｌ width'];
    for (const n of [47, 48, 49, 60]) {
      for (const at of [0, 1, 46, 47, 48, 49]) {
        if (at >= n) continue;
        for (const cjk of ['東', '、', 'ア', 'Ａ', '\u3001', '\u9fff', '\uff00', '\uffef']) {
          lines.push(`${'a'.repeat(at)}${cjk}${'b'.repeat(n - at - 1)}`);
        }
      }
      lines.push('é'.repeat(n), `${'a'.repeat(n - 1)}\u3000`, `${'x'.repeat(n - 1)}\ud83d`);
    }
    // A CJK character after the head is not counted, one inside it counts every later one.
    lines.push(`${'a'.repeat(50)}東京`, `東${'a'.repeat(50)}京`, '😀'.repeat(30));
    for (const line of lines) expect(proseLength(line), line).toBe(oldProseLength(line));
    expect(proseLength('東京は晴れ')).toBe(15);
    expect(proseLength('Paris is sunny')).toBe(14);
  });

  test('blocks: each text is its line as printed, whatever its length and script (copied, not sliced)', () => {
    const lines = [
      'a',
      'ab',
      '  Le maire a présenté son budget lundi.  ',
      '12 chars abc',
      '13 chars abcd',
      '東京は晴れ。',
      '😀 an emoji first, then text',
      'text, then an emoji 😀',
      '\u00a0 الرئيسية | أخبار \u00a0',
      '*',
    ];
    const input = lines.join('\n\n');
    const blocks = textBlocks(input);
    expect(blocks.map((b) => b.text)).toEqual(lines.map((l) => l.trim()));
    for (const b of blocks) expect(b.text).toBe(input.slice(b.start, b.end));
  });

  test('paragraphs: each text is the input at its span (copied, not sliced)', () => {
    const page = [
      'Le conseil adopte le budget',
      'Par Amina Saidi',
      'Le conseil municipal a adopté lundi soir le budget de la ville pour l’année prochaine, après trois heures de débat.',
      'La majorité a défendu une hausse des dépenses d’entretien des écoles et des routes, financée sans nouvel impôt.',
      'L’opposition a voté contre, en dénonçant un recours trop important à l’emprunt pour les grands travaux prévus.',
    ].join('\n\n');
    const article = parseArticle(page, { format: 'text' });
    expect(article.paragraphs.length).toBeGreaterThan(0);
    for (const p of article.paragraphs) expect(p.text).toBe(page.slice(p.start, p.end));
  });
});
