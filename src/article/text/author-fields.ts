/**
 * The article's title and authors as fields, once its parts are read: the
 * title without a byline glued to its end or a share menu's label glued
 * before it; the authors the text's end gives when none was read above (a
 * name glued to the last paragraph, a wire's credit under it); and the
 * authors' list, bylines first, each name once, undoubled, without the site's
 * name, split into co-authors.
 */
import { labelBeforeTitle } from '../../furniture/interface.js';
import { personTitleLength } from '../../furniture/person-titles.js';
import { printedTwice } from '../../text/printed-twice.js';
import { gluedAuthor, titleByline } from '../recognisers/byline.js';
import type { ArticleParts } from '../result.js';
import { coAuthors } from './co-authors.js';
import type { TextDoc } from './doc.js';
import type { Header, NameSpan } from './header.js';
import type { Signed } from './header-lines.js';
import { siteMasthead, withoutSiteName } from './site-suffix.js';
import type { TitleChoice } from './title.js';
import { wireTailAuthors } from './wire-tail.js';

/**
 * Sets the title's field: `<Title> Par <AUTEUR>` on one line is the title and its author (the name joins the
 * header's authors when no byline named one, `named` false); `Share All sharing options for: <Title>`, a share
 * menu's label glued before the headline, is left out.
 */
export function setTitleField(
  parts: ArticleParts,
  header: Header,
  title: TitleChoice,
  named: boolean,
): void {
  const by = titleByline(title.text);
  const from = labelBeforeTitle(title.text);
  const text = title.text.slice(from, by ? by.at : title.text.length);
  const start = title.start + from;
  // A title joined from two lines ends where its last line does (a CRLF between them is two characters, not one).
  const end = by ? start + text.length : title.end;
  parts.title = { text, span: { start, end } };
  if (by && !named) {
    const at = title.start + title.text.indexOf(by.name, by.at);
    header.authors.push({ text: by.name, start: at, end: at + by.name.length });
  }
}

/**
 * The authors the text's end gives when none was read above (`named` false): a name glued to the last paragraph
 * (`…fin du mois.Auteur: Hichem Mabrouk`, cut off the paragraph), or, on an article, a wire's credit right under
 * it (`(Reporting by X in Tunis; Editing by Y)`) or read as the last paragraph (`Reporting by X; Editing by Y.`).
 */
export function takeTailAuthors(
  doc: TextDoc,
  parts: ArticleParts,
  header: Header,
  named: boolean,
  listing: boolean,
): void {
  const last = parts.paragraphs[parts.paragraphs.length - 1];
  if (!last || named) return;
  const glued = gluedAuthor(last.text);
  if (glued) {
    const text = last.text.slice(0, glued.at).trimEnd();
    parts.paragraphs[parts.paragraphs.length - 1] = {
      ...last,
      text,
      end: last.start + text.length,
    };
    const start = last.start + last.text.indexOf(glued.name, glued.at);
    header.authors.push({ text: glued.name, start, end: start + glued.name.length });
  }
  if (listing || header.authors.length > 0) return;
  // The paragraph's first block, then the first block under the paragraph, in one walk.
  const at = doc.blocks.findIndex((b) => b.start >= last.start);
  let k = at < 0 ? doc.blocks.length : at;
  while (k < doc.blocks.length && (doc.blocks[k]?.start ?? last.end) < last.end) k++;
  const under = wireTailAuthors(doc.blocks[k]);
  if (under.length > 0) {
    header.authors.push(...under);
    return;
  }
  // A bare credit closed by a full stop (`Reporting by X; Editing by Y.`) was read as the last paragraph: it signs,
  // and leaves the text. The paragraph must be the credit's whole line.
  const own = doc.blocks[at];
  const names =
    own && own.start === last.start && own.end === last.end && !glued ? wireTailAuthors(own) : [];
  if (names.length === 0) return;
  parts.paragraphs.pop();
  header.authors.push(...names);
}

/**
 * A name a renderer printed twice in one run (`X XX X`, a link's text and its
 * title, or `X X X X` with a space), read once: its first half, span too.
 */
function undoubled(name: NameSpan): NameSpan {
  if (!printedTwice(name.text)) return name;
  const first = name.text.slice(0, name.text.length >> 1);
  return { text: first, start: name.start, end: name.start + first.length };
}

/** A name without the title printed before it (`Dr Amel Ben Salah` → `Amel Ben Salah`), span too. */
function untitled(name: NameSpan): NameSpan {
  const cut = personTitleLength(name.text);
  return cut === 0 ? name : { text: name.text.slice(cut), start: name.start + cut, end: name.end };
}

/** The article's authors in order, bylines' names first: each undoubled, without the site's name or a title before it, split into co-authors. */
function authorNames(
  signed: readonly Signed[],
  authors: readonly NameSpan[],
  labels: readonly string[] | undefined,
): NameSpan[] {
  const out: NameSpan[] = [];
  const add = (n: NameSpan) => {
    for (const a of coAuthors(withoutSiteName(undoubled(n), labels))) out.push(untitled(a));
  };
  for (const x of signed) if (x.name) add(x.name);
  for (const a of authors) add(a);
  return out;
}

/**
 * Sets the authors' field: a byline naming several people gives one author each; a name printed twice (a byline
 * at the top and its repeat, `By X` and `X`) is one author, at its first place; the masthead printed again as a
 * byline (`Ahram Online , Sunday 12 Oct 2025`) is the site, no author.
 */
export function setAuthorsField(
  doc: TextDoc,
  parts: ArticleParts,
  signed: readonly Signed[],
  header: Header,
): void {
  const seen = new Set<string>();
  const masthead = siteMasthead(doc.blocks[0], doc.siteLabels);
  for (const a of authorNames(signed, header.authors, doc.siteLabels)) {
    if (seen.has(a.text) || (masthead && a.text === masthead.text && a.start >= masthead.end))
      continue;
    seen.add(a.text);
    parts.authors.push({ name: a.text, span: { start: a.start, end: a.end } });
  }
}
