/**
 * A mail's header lines as a mail client or a list's archive prints them over
 * a news story sent as plain text (`From: …`, `Subject: …`; `De : …`,
 * `Objet : …`; `من: …`, `الموضوع: …`): the labels are data, by what they
 * hold. Such lines are the mail's, not the story's; the date line among them
 * dates it.
 */
import { phrases } from '../util/tables.js';

/** Labels naming the sender. */
const SENDER = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases('From|De|Von|من|Remitente'));
/** Labels naming the subject. */
const SUBJECT = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('Subject|Objet|Betreff|Asunto|Assunto|Oggetto|الموضوع'),
);
/** Labels of the date the mail was sent. */
const SENT = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('Date|Sent|Envoyé|Datum|Gesendet|Fecha|Enviado|Data|التاريخ|بتاريخ'),
);
/** Other header labels: recipients, copies, replies, the list's and the message's names. */
const OTHER = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'To|Cc|Bcc|Reply-To|Message-ID|List-Id|Organization|À|A|Cci|Répondre à|An|Kopie|Antwort an|Para|CC|CCO|إلى|نسخة',
  ),
);

/** Longest label read. */
const MAX_LABEL = 12;

/** What a mail header line's label says: who sent it, the subject, the day, or another field. */
export type MailField = 'sender' | 'subject' | 'sent' | 'other';

/** The field `text` opens with as a mail header line (`From: X`, `Objet : Y`, a no-break space before the colon allowed), or undefined. */
export function mailHeaderField(text: string): MailField | undefined {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > MAX_LABEL + 1) return undefined;
  // A label, then the colon (French sets a space before it), then a space and the field's value.
  if (text.charCodeAt(colon + 1) !== 0x20 || colon + 2 >= text.length) return undefined;
  const label = text.slice(0, colon).replace(/[ \u00a0]$/u, '');
  if (SENDER.has(label)) return 'sender';
  if (SUBJECT.has(label)) return 'subject';
  if (SENT.has(label)) return 'sent';
  return OTHER.has(label) ? 'other' : undefined;
}

/**
 * How many of `texts` (the text's first lines, in order, with no blank line between them) are a mail's header:
 * a run of header lines from the first holding a sender's and a subject's; 0 when they are not one.
 */
export function mailHeaderRun(texts: readonly string[]): number {
  let sender = false;
  let subject = false;
  let n = 0;
  for (const text of texts) {
    const field = mailHeaderField(text);
    if (!field) break;
    sender ||= field === 'sender';
    subject ||= field === 'subject';
    n++;
  }
  return sender && subject ? n : 0;
}
