/**
 * The bylines of a text page's header, read before the body is chosen: a
 * labelled line (`Par X`, `By X`, `بقلم X`), a name with its date or stamp on
 * one line, a bare label over the name on the next line, a publication or a
 * person joined to an agency (`Le Monde avec AFP`); names each followed by a
 * relative time, three or more, are a teaser list's kickers and sign nothing.
 */
import { isInterfaceLine } from '../../furniture/interface.js';
import type { Block } from '../../input/block.js';
import {
  authorHeading,
  type Byline,
  bulletLength,
  bylineAfterAlt,
  bylineName,
  joinerLine,
  labelClosing,
  nameLike,
  personName,
  recogniseByline,
} from '../recognisers/byline.js';
import { contributorLine } from '../recognisers/contributor.js';
import { type ReporterName, reporterLine } from '../recognisers/reporter.js';
import { aboveAuthorMeta } from './author-meta.js';
import { isFree, type TextDoc } from './doc.js';
import {
  isRelativeTime,
  knownFirstName,
  type NameSpan,
  nameLine,
  nameWithStamp,
  personLine,
} from './header.js';
import type { Signed } from './header-lines.js';
import { webAddress } from './page-title.js';
import { creditedName } from './source.js';

/** A name with its date on one line (`Dan Goodin - Apr 16, 2015 8:02 pm UTC`) read as a byline: the date follows the name. */
function stampedName(doc: TextDoc, block: Block): Byline | undefined {
  const name = nameWithStamp(doc, block);
  // `SITE — 02.01.23 09:51` over the page's address: a print view's header, not a byline.
  const next = name && doc.blocks[block.index + 1];
  if (next && webAddress(next.text)) return undefined;
  // `Ben Silverman` ⏎ `Games Editor` ⏎ `Yahoo FinanceOctober 13, 2016`: the person over the trade signs, the name
  // opening the stamp's line is the desk's.
  const person = name && name.start === block.start ? personOverMeta(doc, block) : undefined;
  if (name && person)
    return {
      name: person.text,
      nameStart: person.start,
      nameEnd: person.end,
      restStart: name.end,
      bareLabel: false,
    };
  return (
    name && {
      name: name.text,
      nameStart: name.start,
      nameEnd: name.end,
      // A name after its date (`11/19/2019 by X`, `04.02.2022 | 15:33 Uhr | X`): the date is read from the line's start.
      restStart: name.start > block.start ? block.start : name.end,
      bareLabel: false,
    }
  );
}

/** The person's name alone over the author's own lines above `block` (the trade, a handle), which become the byline's. */
function personOverMeta(doc: TextDoc, block: Block): NameSpan | undefined {
  const above = aboveAuthorMeta(doc, block.index);
  if (!above || !isFree(doc, above) || !personLine(above.text)) return undefined;
  for (let k = above.index; k < block.index; k++) doc.roles.set(k, 'byline');
  return { text: above.text, start: above.start, end: above.end };
}

/** Names with a relative time on their line (`X vor 2 Stunden`) that make a teaser list's kickers, not bylines. */
const LISTED_STAMPS = 3;

/**
 * Bylines, and a bare label's name on the next line. Only the first screenful of blocks is searched.
 * Names each followed by a relative time on their line, three or more, are a teaser list's kickers
 * (`Celebrity Finanzen vor 2 Stunden` ⏎ headline, unit after unit): none of them signs.
 */
export function markBylines(doc: TextDoc, limit: number): Signed[] {
  const signed = readBylines(doc, limit);
  const listed = signed.filter((x) => x.relativeStamp);
  if (listed.length === 0 || listed.length + relativeStampsFrom(doc, limit) < LISTED_STAMPS)
    return signed;
  for (const x of listed) doc.roles.set(x.block.index, 'related');
  return signed.filter((x) => !x.relativeStamp);
}

/** Whether block `block`'s name, read up to `nameEnd`, has only a relative time after it (`X vor 2 Stunden`). */
function relativeAfterName(block: Block, nameEnd: number): boolean {
  return isRelativeTime(block.text.slice(nameEnd - block.start).trim());
}

/** How many free blocks from `from` on are names with a relative time after them, counted up to {@link LISTED_STAMPS}. */
function relativeStampsFrom(doc: TextDoc, from: number): number {
  let n = 0;
  for (let k = from; k < doc.blocks.length && n < LISTED_STAMPS; k++) {
    const block = doc.blocks[k];
    if (!isFree(doc, block)) continue;
    const name = nameWithStamp(doc, block);
    if (name && relativeAfterName(block, name.end)) n++;
  }
  return n;
}

function readBylines(doc: TextDoc, limit: number): Signed[] {
  const out: Signed[] = [];
  for (const block of doc.blocks) {
    if (block.index >= limit) break;
    if (!isFree(doc, block)) continue;
    // A translator's or an editor's credit under the byline (`ترجمة: X`, `Translated by X`) signs nothing.
    if (doc.roles.get(block.index - 1) === 'byline' && contributorLine(block.text)) {
      doc.roles.set(block.index, 'byline');
      continue;
    }
    const labelled = recogniseByline(block) ?? bylineAfterAlt(block);
    const stamped = labelled ? undefined : stampedName(doc, block);
    if (stamped && placeUnderByline(block, stamped, out.at(-1))) continue;
    const byline = labelled ?? stamped ?? closedByLabel(doc, block) ?? creditedByline(block);
    if (!byline) {
      // `김민수 기자`, `山田太郎記者`, `记者 王明 李华`: a reporter's word beside the names, each an author.
      const reporters = reporterLine(block);
      if (reporters.length > 0) doc.roles.set(block.index, 'byline');
      for (const name of reporters) out.push({ byline: reporterByline(block, name), block, name });
      continue;
    }
    doc.roles.set(block.index, 'byline');
    const signed: Signed = { byline, block };
    if (stamped?.nameEnd !== undefined && relativeAfterName(block, stamped.nameEnd))
      signed.relativeStamp = true;
    const name = bylineName(byline);
    if (name) {
      signed.name = name;
    } else if (byline.bareLabel) {
      const next = doc.blocks[block.index + 1];
      const name = isFree(doc, next) ? nextLineName(next) : undefined;
      if (next && name && nameLike(name.text)) {
        doc.roles.set(next.index, 'byline');
        signed.name = name;
        // `By⏎David Brand⏎and⏎Ramsey Khalifeh`: names printed as links, the joiner on a line between.
        const second = secondName(doc, next.index) ?? nameUnder(doc, block, next.index);
        if (second) {
          out.push(signed, { byline, block, name: second });
          continue;
        }
      }
    }
    out.push(signed);
  }
  return out;
}

/**
 * Whether a name and its stamp read on `block` are a dateline's place and date under the byline read last
 * (`Por X` ⏎ `Puerto Albar, 09/10/2025 - 06:00`): the byline right above named its author, and the name
 * closes with the comma a dateline's place does and opens with no first name the lexicon knows (a second
 * author's would: `Por X` ⏎ `Marta Villanueva, 14/03/2025`).
 */
function placeUnderByline(block: Block, stamped: Byline, last: Signed | undefined): boolean {
  return (
    last?.name !== undefined &&
    last.block.index === block.index - 1 &&
    stamped.nameStart === block.start &&
    stamped.nameEnd !== undefined &&
    block.text.charCodeAt(stamped.nameEnd - block.start) === 0x2c &&
    !knownFirstName(block.text)
  );
}

/** The byline of a reporter's name read on `block`; its date, if any, is read from the line's start (`2024年3月12日　山田太郎記者`). */
function reporterByline(block: Block, name: ReporterName): Byline {
  return {
    name: name.text,
    nameStart: name.start,
    nameEnd: name.end,
    restStart: block.start,
    bareLabel: false,
  };
}

/** The second author's name two lines under the first (block `at`), a joiner alone between them. */
function secondName(
  doc: TextDoc,
  at: number,
): { text: string; start: number; end: number } | undefined {
  const joiner = doc.blocks[at + 1];
  const next = doc.blocks[at + 2];
  if (!joiner || !next || !joinerLine(joiner.text) || !personName(next.text)) return undefined;
  doc.roles.set(joiner.index, 'byline');
  doc.roles.set(next.index, 'byline');
  return { text: next.text, start: next.start, end: next.end };
}

/**
 * The second author's name right under the first (block `at`), the label alone
 * over them closed by a colon (`إعداد:` ⏎ `X` ⏎ `Y`, `Auteurs :`), or with none
 * when the second opens with a first name the lexicon knows (`Par` ⏎ `X` ⏎
 * `Salma Idrissi`): names one a line, as a list of two. The line under the
 * second is no name (a third name line makes a list of people, no byline's).
 */
function nameUnder(
  doc: TextDoc,
  label: Block,
  at: number,
): { text: string; start: number; end: number } | undefined {
  const next = doc.blocks[at + 1];
  if (!isFree(doc, next) || !personLine(next.text)) return undefined;
  if (!label.text.trimEnd().endsWith(':') && !knownFirstName(next.text)) return undefined;
  if (personLine(doc.blocks[at + 2]?.text ?? '')) return undefined;
  doc.roles.set(next.index, 'byline');
  return { text: next.text, start: next.start, end: next.end };
}

/** The next line's text after a renderer's list bullet (`  * Amina Saidi` under `  * Von`), as a name and its span. */
function nextLineName(next: Block): { text: string; start: number; end: number } {
  const skip = bulletLength(next.text);
  return { text: next.text.slice(skip), start: next.start + skip, end: next.end };
}

/** A short line closed by a byline's label (`Kommentar Von`) or a heading alone (`Autor`) over a person's name: a bare label, the name on the next line. */
function closedByLabel(doc: TextDoc, block: Block): Byline | undefined {
  // `Autor` ⏎ `X`: a heading alone over the name, which needs a person's name under it as much.
  if (!labelClosing(block.text) && !authorHeading(block.text)) return undefined;
  const next = doc.blocks[block.index + 1];
  if (!isFree(doc, next)) return undefined;
  // A person's name, not a menu's label (`Sponsored By⏎Primary Menu`) nor a field (`Organization: …`).
  const name = nextLineName(next).text;
  if (!personName(name) || !nameLine(name) || isInterfaceLine(name)) return undefined;
  return { restStart: block.end, bareLabel: true };
}

/** `Le Monde avec AFP`, `Karim Benali avec AFP`: a byline with no label, naming a person (the author) or a publication (no one). */
function creditedByline(block: Block): Byline | undefined {
  const name = creditedName(block);
  if (name === undefined) return undefined;
  const end = block.start + name.length;
  return personLine(name) && knownFirstName(name)
    ? { name, nameStart: block.start, nameEnd: end, restStart: end, bareLabel: false }
    : { restStart: block.end, bareLabel: false };
}
