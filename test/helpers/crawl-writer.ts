/**
 * A tiny WARC / WET / JSONL writer for depeche's own synthetic fixtures and
 * benchmark inputs: the pages are made up here (no third-party text), the
 * framing follows WARC 1.1 as Common Crawl writes it (one gzip member per
 * record).
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

const enc = new TextEncoder();

/** One WARC record: version line, fields, blank line, block, two CRLFs. */
export function warcRecord(fields: Record<string, string>, block: Uint8Array | string): Buffer {
  const body = typeof block === 'string' ? enc.encode(block) : block;
  const head = ['WARC/1.1', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`)];
  head.push(`Content-Length: ${body.length}`);
  return Buffer.concat([
    Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'),
    body,
    Buffer.from('\r\n\r\n'),
  ]);
}

/** Gzips each record on its own and concatenates the members (Common Crawl's layout). */
export function gzipMembers(records: Uint8Array[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)));
}

let counter = 0;
/** A made-up record id (deterministic). */
export function recordId(): string {
  counter++;
  return `<urn:uuid:00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}>`;
}

/** A warcinfo record. */
export function warcinfo(filename: string): Buffer {
  return warcRecord(
    {
      'WARC-Type': 'warcinfo',
      'WARC-Date': '2025-02-03T10:00:00Z',
      'WARC-Filename': filename,
      'WARC-Record-ID': recordId(),
      'Content-Type': 'application/warc-fields',
    },
    'software: depeche test writer\r\nformat: WARC File Format 1.1\r\n',
  );
}

/** A WET conversion record holding `text`. */
export function wetConversion(
  url: string,
  text: string,
  lang = 'fra',
  date = '2025-02-03T10:00:00Z',
): Buffer {
  return warcRecord(
    {
      'WARC-Type': 'conversion',
      'WARC-Target-URI': url,
      'WARC-Date': date,
      'WARC-Record-ID': recordId(),
      'WARC-Refers-To': recordId(),
      'WARC-Block-Digest': 'sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      ...(lang && { 'WARC-Identified-Content-Language': lang }),
      'Content-Type': 'text/plain',
    },
    text,
  );
}

/** How an HTTP body is sent. */
export interface HttpShape {
  status?: number;
  contentType?: string;
  chunked?: boolean;
  encoding?: 'gzip' | 'deflate' | 'br';
}

/** An HTTP/1.1 response with `body`, chunked and content-coded as asked. */
export function httpResponse(body: Uint8Array | string, shape: HttpShape = {}): Buffer {
  let bytes: Uint8Array = typeof body === 'string' ? enc.encode(body) : body;
  const headers = [
    `HTTP/1.1 ${shape.status ?? 200} ${shape.status === 301 ? 'Moved Permanently' : 'OK'}`,
  ];
  headers.push(`Content-Type: ${shape.contentType ?? 'text/html; charset=utf-8'}`);
  if (shape.encoding === 'gzip') bytes = gzipSync(bytes);
  if (shape.encoding === 'deflate') bytes = deflateSync(bytes);
  if (shape.encoding === 'br') bytes = brotliCompressSync(bytes);
  if (shape.encoding) headers.push(`Content-Encoding: ${shape.encoding}`);
  let payload: Buffer;
  if (shape.chunked) {
    headers.push('Transfer-Encoding: chunked');
    const parts: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 100) {
      const piece = bytes.subarray(i, i + 100);
      parts.push(
        Buffer.from(`${piece.length.toString(16)}\r\n`),
        Buffer.from(piece),
        Buffer.from('\r\n'),
      );
    }
    parts.push(Buffer.from('0\r\n\r\n'));
    payload = Buffer.concat(parts);
  } else {
    headers.push(`Content-Length: ${bytes.length}`);
    payload = Buffer.from(bytes);
  }
  return Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}

/** A WARC request + response pair for `url`. */
export function warcExchange(
  url: string,
  response: Uint8Array,
  date = '2025-02-03T10:00:00Z',
): Buffer[] {
  const request = warcRecord(
    {
      'WARC-Type': 'request',
      'WARC-Target-URI': url,
      'WARC-Date': date,
      'WARC-Record-ID': recordId(),
      'Content-Type': 'application/http; msgtype=request',
    },
    `GET ${new URL(url).pathname} HTTP/1.1\r\nHost: ${new URL(url).host}\r\n\r\n`,
  );
  const resp = warcRecord(
    {
      'WARC-Type': 'response',
      'WARC-Target-URI': url,
      'WARC-Date': date,
      'WARC-Record-ID': recordId(),
      'Content-Type': 'application/http; msgtype=response',
    },
    response,
  );
  return [request, resp];
}

// ------------------------------------------------------------ synthetic pages

const PEOPLE = ['Amina Berrada', 'Karim Lahlou', 'Salma Idrissi', 'Youssef Tazi', 'Nadia Chraibi'];
const PLACES = ['Rabat', 'Casablanca', 'Fès', 'Agadir', 'Tanger', 'Oujda'];
const PAPERS = ['Le Courrier du Nord', 'La Gazette du Souss', 'Le Journal de Tanger'];

/** A made-up French news page as crawler text, numbered `i`. */
export function frenchText(i: number): string {
  const who = PEOPLE[i % PEOPLE.length];
  const where = PLACES[i % PLACES.length];
  const paper = PAPERS[i % PAPERS.length];
  const day = String((i % 27) + 1).padStart(2, '0');
  return [
    `Accueil | Économie | Société | Sport`,
    `${where} : un nouveau marché couvert ouvre ses portes (${i})`,
    `Publié dans ${paper} le ${day} - 02 - 2025`,
    `${who}, directrice du projet, a présenté mardi à ${where} le nouveau marché couvert numéro ${i}, un chantier de 45 millions de dirhams financé par la commune.`,
    `Selon la Chambre de commerce de ${where}, près de 300 commerçants pourront s'y installer d'ici la fin de l'année, soit une hausse de 12 % par rapport au marché actuel.`,
    `Les travaux ont duré dix-huit mois. Les riverains attendaient cette ouverture depuis 2019, a rappelé ${who} devant la presse.`,
    `Lire aussi : Le port de ${where} accueille un nouveau quai`,
    `Cliquez ici pour lire l'article depuis sa source.`,
  ].join('\n');
}

/** A made-up Arabic news page as crawler text. */
export function arabicText(i: number): string {
  return [
    `افتتاح سوق جديد في مدينة الرباط (${i})`,
    `نشر في جريدة الشمال يوم 0${(i % 9) + 1} - 02 - 2025`,
    `أعلنت جماعة الرباط يوم الثلاثاء عن افتتاح سوق جديد يضم أكثر من 300 محل تجاري بكلفة 45 مليون درهم.`,
    `وقال المسؤول عن المشروع إن الأشغال استمرت ثمانية عشر شهرا وإن السوق سيفتح أبوابه للعموم الأسبوع المقبل.`,
  ].join('\n');
}

/** A made-up English news page as crawler text. */
export function englishText(i: number): string {
  return [
    `New covered market opens in Agadir (${i})`,
    `By Staff Reporter | 4 February 2025`,
    `The city of Agadir opened a new covered market on Tuesday, a project worth 45 million dirhams that will house about 300 traders.`,
    `Officials said the works took eighteen months and that the old market would close at the end of the year.`,
  ].join('\n');
}

/** A made-up French news page as HTML with `<meta charset>` = `charset`. */
export function frenchHtml(i: number, charset = 'utf-8'): string {
  const where = PLACES[i % PLACES.length];
  return `<!doctype html><html lang="fr"><head><meta charset="${charset}"><title>Un marché à ${where} (${i}) | Le Site</title>
<meta property="og:title" content="Un marché couvert ouvre à ${where} (${i})">
<meta property="article:published_time" content="2025-02-0${(i % 9) + 1}T09:00:00+01:00">
</head><body><nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>
<article><h1>Un marché couvert ouvre à ${where} (${i})</h1>
<p>La commune de ${where} a inauguré mardi un marché couvert de 300 places, un chantier de 45 millions de dirhams mené pendant dix-huit mois.</p>
<p>Les commerçants du centre-ville, réunis en association, saluent un équipement attendu depuis des années et espèrent une hausse de leur chiffre d'affaires.</p>
</article><footer>© Le Site 2025</footer></body></html>`;
}

/** windows-1252 bytes of a string made of Latin-1 characters. */
export function cp1252Bytes(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not Latin-1: ${c}`);
    return code;
  });
}
