import { describe, expect, test } from 'vitest';
import { decodeHtml } from '../src/input/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** windows-1252 bytes of a Latin-1 string (one byte per character). */
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('decodeHtml', () => {
  test('a UTF-8 byte-order mark wins and is dropped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>Été à Fès</p>')]);
    expect(decodeHtml(bytes, 'text/html; charset=iso-8859-1')).toBe('<p>Été à Fès</p>');
  });
  test('a UTF-16LE byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00, 0xe9, 0x00]);
    expect(decodeHtml(bytes)).toBe('<p>é');
  });
  test('the Content-Type charset decodes legacy bytes', () => {
    expect(decodeHtml(latin1('<p>Caf\u00e9 cr\u00e8me</p>'), 'text/html; charset=ISO-8859-1')).toBe(
      '<p>Café crème</p>',
    );
  });
  test('<meta charset> in the first bytes', () => {
    const page =
      '<html><head><meta charset="windows-1252"></head><body>d\u00e9j\u00e0 \u0080</body>';
    expect(decodeHtml(latin1(page))).toContain('déjà €');
  });
  test('<meta http-equiv="Content-Type"> in the first bytes', () => {
    const page =
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>\u00e9t\u00e9</p>';
    expect(decodeHtml(latin1(page))).toContain('<p>été</p>');
  });
  test('undeclared bytes: UTF-8 when valid, else windows-1252', () => {
    expect(decodeHtml(utf8('<p>مرحبا</p>'))).toBe('<p>مرحبا</p>');
    expect(decodeHtml(latin1('<p>na\u00efve</p>'))).toBe('<p>naïve</p>');
  });
  test('a page declared Latin-1 but written in UTF-8 is read as UTF-8', () => {
    const page = '<meta charset="iso-8859-1"><p>Tétouan, Québec</p>';
    expect(decodeHtml(utf8(page))).toBe(page);
  });
  test('an unknown label is skipped, an ArrayBuffer is accepted', () => {
    const bytes = utf8('<meta charset="x-no-such"><p>ok é</p>');
    const buffer = new ArrayBuffer(bytes.length);
    new Uint8Array(buffer).set(bytes);
    expect(decodeHtml(buffer)).toBe('<meta charset="x-no-such"><p>ok é</p>');
  });
  test('a string comes back as it is; other values throw a TypeError', () => {
    expect(decodeHtml('<p>déjà</p>' as unknown as Uint8Array)).toBe('<p>déjà</p>');
    expect(() => decodeHtml(42 as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => decodeHtml(null as unknown as Uint8Array)).toThrow(/expected bytes/);
  });
});
