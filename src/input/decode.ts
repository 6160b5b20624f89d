/**
 * Bytes to text for callers who read HTML files or responses themselves:
 * byte-order mark, then the `Content-Type` header's charset, then
 * `<meta charset>` in the page's first bytes, then UTF-8, then windows-1252.
 * Uses the platform's `TextDecoder` (browsers, Node, Deno, Bun).
 */

interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderCtor = new (label?: string, options?: { fatal?: boolean }) => Decoder;

/** How many leading bytes are searched for a `<meta>` charset declaration. */
const PRESCAN_BYTES = 4096;

/** Characters of an encoding label. */
const LABEL_CHAR = /[\w.:-]/;

/** The label after the first `charset=` in `s` (spaces and a quote allowed around `=`). */
function charsetIn(s: string): string | undefined {
  const lower = s.toLowerCase();
  for (let at = lower.indexOf('charset'); at >= 0; at = lower.indexOf('charset', at + 7)) {
    let i = at + 7;
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n')) i++;
    if (s[i] !== '=') continue;
    i++;
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '"' || s[i] === "'")) i++;
    let j = i;
    while (j < s.length && j - i < 40 && LABEL_CHAR.test(s[j] ?? '')) j++;
    if (j > i) return s.slice(i, j);
  }
  return undefined;
}

function decoderClass(): DecoderCtor | undefined {
  return (globalThis as { TextDecoder?: DecoderCtor }).TextDecoder;
}

function bytesOf(input: unknown): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input))
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : `a ${typeof input}`;
  throw new TypeError(`decodeHtml: expected bytes (Uint8Array or ArrayBuffer), got ${got}`);
}

/** Decodes with `label`; undefined when the platform does not know the label or, if `fatal`, the bytes are invalid. */
function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | undefined {
  if (CP1252_LABELS.test(label.trim())) return cp1252(bytes);
  const TD = decoderClass();
  if (!TD) return undefined;
  try {
    return new TD(label, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** One character per byte (ISO-8859-1). */
function latin1(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + CHUNK)));
  }
  return out;
}

/** windows-1252's characters for bytes 0x80–0x9F (where it differs from ISO-8859-1). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The labels the Encoding Standard maps to windows-1252 (Node's decoder reads some of them as ISO-8859-1). */
const CP1252_LABELS =
  /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso88591|iso_8859-1|iso_8859-1:1987|iso-ir-100|l1|latin1|cp819|ibm819|csisolatin1|us-ascii|ascii|ansi_x3\.4-1968)$/i;

/** windows-1252, decoded here so every platform gives the same text. */
function cp1252(bytes: Uint8Array): string {
  return latin1(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function hasMultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return true;
  return false;
}

/** The charset a `<meta charset>` or `<meta http-equiv="Content-Type">` names in the first bytes. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const close = head.indexOf('>', at);
    const found = charsetIn(head.slice(at + 5, close < 0 ? head.length : close));
    if (found) return found;
  }
  return undefined;
}

/**
 * Decodes the bytes of an HTML page into a string for {@link parseArticle}.
 *
 * The encoding is taken from, in order: a byte-order mark; the `charset` of
 * `contentType` (an HTTP `Content-Type` header value); a `<meta charset>` or
 * `<meta http-equiv="Content-Type">` in the first 4 kB; else UTF-8 when the
 * bytes are valid UTF-8; else windows-1252. A declared legacy charset
 * (`iso-8859-1`, `windows-1252`, `gb2312`…) gives way to UTF-8 when the bytes
 * are valid UTF-8 and hold multi-byte sequences: such pages are mislabelled
 * far more often than legacy text happens to be valid UTF-8. A label the platform does
 * not know is skipped. Never throws on bytes.
 *
 * @param bytes The page as read from a file or a response body.
 * @param contentType The `Content-Type` header, e.g. `text/html; charset=ISO-8859-1`.
 * @returns The page's text, without a byte-order mark.
 * @throws TypeError when `bytes` is not a `Uint8Array`, `ArrayBuffer` or typed-array view
 *   (a string is returned as it is).
 *
 * @group Articles
 * @example
 * ```ts
 * const html = decodeHtml(readFileSync('page.html'));
 * const article = parseArticle(html);
 * ```
 */
export function decodeHtml(
  bytes: Uint8Array | ArrayBuffer | ArrayBufferView,
  contentType?: string,
): string {
  if (typeof bytes === 'string') return bytes;
  const b = bytesOf(bytes);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return tryDecode(b.subarray(3), 'utf-8', false) ?? cp1252(b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe)
    return tryDecode(b.subarray(2), 'utf-16le', false) ?? latin1(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff)
    return tryDecode(b.subarray(2), 'utf-16be', false) ?? latin1(b.subarray(2));

  const fromHeader =
    typeof contentType === 'string' ? charsetIn(contentType.slice(0, 200)) : undefined;
  let declared = fromHeader ?? metaCharset(b);
  // A page cannot declare UTF-16 in its own ASCII bytes: the HTML standard reads that as UTF-8.
  if (declared && !fromHeader && /^utf-?16/i.test(declared)) declared = 'utf-8';
  if (declared) {
    if (!/^utf-?8$/i.test(declared) && hasMultiByte(b)) {
      const utf8 = tryDecode(b, 'utf-8', true);
      if (utf8 !== undefined) return utf8;
    }
    const text = tryDecode(b, declared, false);
    if (text !== undefined) return text;
  }
  return tryDecode(b, 'utf-8', true) ?? cp1252(b);
}
