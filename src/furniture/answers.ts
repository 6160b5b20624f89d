/**
 * Recogniser for a Q&A page's answer count, the heading a question page
 * prints between the question and its answers (`2 Antworten`, `3 Answers`,
 * `1 réponse`, `4 respuestas`): what follows it is the answers' text, not
 * another box. Words are data, matched on folded text.
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** What the heading counts (folded, singular and plural). */
const ANSWERS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'answer|answers|antwort|antworten|reponse|reponses|respuesta|respuestas|risposta|risposte|resposta|' +
      'respostas|antwoord|antwoorden|odpowiedz|odpowiedzi|ответ|ответа|ответов|إجابة|إجابات',
  ),
);

/** Longest line read as an answer count. */
const MAX = 24;

/**
 * Whether a line is a Q&A page's answer count alone (`2 Antworten`, `12 Answers`), or with the number printed
 * again after it (`6 Answers 6`: w3m and lynx print the count's hidden copy too).
 */
export function isAnswerCount(text: string): boolean {
  const c = text.charCodeAt(0);
  if (text.length > MAX || c < 0x30 || c > 0x39) return false;
  const space = text.indexOf(' ');
  const n = text.slice(0, space);
  if (space < 1 || !/^\d+$/.test(n)) return false;
  const rest = text.slice(space + 1).trim();
  const again = rest.endsWith(` ${n}`) ? rest.slice(0, -n.length - 1).trimEnd() : rest;
  return ANSWERS.has(fold(again));
}
