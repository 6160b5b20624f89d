/**
 * Recogniser for the site's own interface text that crawlers keep: skip
 * links, sign-in and subscription prompts, share buttons, cookie and consent
 * prompts, gallery controls (`Image 1 of 23`, `Back to Gallery`), photo
 * credits and captions' labels (`Image copyright`, `Image caption`). Shared by
 * the text and HTML pipelines; phrases are data, matched on folded line starts.
 */

import { containsTest } from '../text/contains.js';
import { fold } from '../text/fold.js';
import { prefixTest } from '../text/prefixes.js';
import { phrases, words } from '../util/tables.js';
import { SHARE_GATE } from './appeals.js';
import { RIGHTS_PHRASES } from './rights.js';

/** Line starts of interface text (folded). */
const STARTS = /* @__PURE__ */ phrases(
  'skip to |jump to |' +
    // A search box's prompt (`Was möchtest du suchen?`, `Que recherchez-vous ?`).
    'what are you looking for|was mochtest du suchen|wonach suchst du|wonach suchen sie|que recherchez-vous|' +
    'que cherchez-vous|que estas buscando|que esta buscando|¿que estas buscando|¿que esta buscando|' +
    'cosa stai cercando|zum inhalt springen|aller au contenu|ir al contenido|vai al contenuto|sign in|' +
    'sign up|log in|login|register|subscribe|upgrade to|share on |share via |share to |share this|' +
    'support on |follow us|follow on |go to permalink|' +
    // A blog network's moderation menu beside the post (`Block for Lifehacker`, `Dismiss`, `Promote`).
    'block for |please accept|' +
    // A consent dialog's heading (`Nous respectons votre vie privée`, `We value your privacy`); a headline may open
    // with `Your privacy`, `Votre vie privée`, so the dialog's whole phrase only.
    'nous respectons votre vie privee|votre vie privee nous importe|votre vie privee est importante|' +
    'we value your privacy|we care about your privacy|your privacy matters|your privacy is important to us|' +
    'ihre privatsphare ist uns wichtig|wir respektieren ihre privatsphare|tu privacidad es importante|' +
    'نحن نحترم خصوصيتك|خصوصيتك تهمنا|we use cookies|accept cookies|cookie settings|manage cookies|' +
    'accept and continue|accept all|reject all|tout accepter|tout refuser|accepter et continuer|' +
    'alle akzeptieren|alle ablehnen|aceptar todo|accetta tutto|' +
    // A consent wall's scroll prompt (`Scroll to Accept`).
    'scroll to accept|scrollen zum akzeptieren|faites defiler pour accepter|back to gallery|back to top|' +
    'continue reading|short url|copy link|copier le lien|link kopieren|copiar enlace|نسخ الرابط|up next|share tweet|show more sharing options|read later|' +
    'save for later|save article|illustration for article titled|from wikipedia, the free encyclopedia|' +
    'posted by |reviewed by |medically reviewed by |image copyright|image caption|image credit|image source|' +
    'media caption|photo credit|you must be logged in|you are signed in as|you are logged in as|' +
    'vous etes connecte en tant que|angemeldet als|conectado como|' +
    // An account menu's links, often glued on one line (`Edit ProfileSign Out`).
    'edit profile|edit your profile|profil bearbeiten|modifier le profil|modifier mon profil|editar perfil|' +
    'modifica profilo|sign out|log out|se deconnecter|cerrar sesion|' +
    // A recommend button (`Artikel weiter EMPFEHLEN`).
    'artikel weiterempfehlen|artikel weiter empfehlen|recommend this article|recommander cet article|' +
    "se connecter|s'abonner|abonnez-vous|partager sur |retour en haut|connexion|anmelden|registrieren|" +
    'teilen auf |zuruck zur |zuruck nach |te puede interesar|tambien te puede interesar|mehr lesen|' +
    'tambien le puede interesar|' +
    // An archive's banner over the page it copied, shop buttons, menu toggles, invitations to a network.
    'the wayback machine - http|add to cart|ajouter au panier|in den warenkorb|open menu|menu offnen|' +
    'mobiles menu offnen|visit us on |besuchen sie uns |' +
    // A live page's filter over its entries (`Show key events only`).
    'show key events only|key events only|' +
    // A breadcrumb's label: `You are here: Home / News / …`.
    'you are here|vous etes ici|sie sind hier|usted esta aqui|estas aqui|sei qui|jestes tutaj|u bent hier|' +
    // Share buttons in other languages (`Udostępnij na Facebooku`, `Compartir en Twitter`).
    'email this|e-mail this|compartir en |condividi su |compartilhar no|partilhar no|udostepnij|delen op |' +
    // lynx's mark for an embedded frame (`IFRAME: https://www.youtube.com/embed/…`).
    'iframe:|' +
    // A list's sort control (`Sorted by: Reset to default`, `Trier par : Date`).
    'sorted by:|sort by:|trier par:|trier par :|sortieren nach:|sortiert nach:|ordenar por:|ordina per:|' +
    'ordenar por :',
);

/** The line starts above, looked up by their first characters. */
const startsWithInterface = prefixTest(STARTS);
/** The same, each ending at a word's end: a sentence opening `Registered voters…` is no `Register` button. */
const opensWithInterfaceWords = prefixTest(STARTS, true);

/** A sentence's stop closing a line (folded). */
const SENTENCE_STOP = /[.!?]$/;

/**
 * Whether folded line `f` opens with interface text: a button's or a prompt's words (`sign up`, `register`), which,
 * in a line closed as a sentence is, end where a word ends (`Registered voters will …` is a sentence of the text's).
 */
function opensWithInterface(f: string): boolean {
  return startsWithInterface(f) && (!SENTENCE_STOP.test(f) || opensWithInterfaceWords(f));
}

/**
 * Words that make a short line interface text wherever they stand in it (folded); among them a skip
 * link glued to a menu's toggle (`Menü Springe zum Inhalt`) and a template's placeholder left unfilled
 * (`Verbinde mit %s`): a widget's string, never a writer's.
 */
const CONTAINS = [
  .../* @__PURE__ */ phrases(
    '(button)|____|newsletter|comments are closed|commentaires sont fermes|kommentare sind geschlossen|' +
      'powered by |skip to content|springe zum inhalt| %s',
  ),
  ...RIGHTS_PHRASES,
];

/** The words above, looked for in one pass. */
const containsInterface = containsTest(CONTAINS);

/** `Image 1 of 23`, `1 / 23`, `3 of 12`: a gallery's position. */
const GALLERY =
  /^(?:(?:image|photo|picture|slide|foto|bild) )?\d{1,3} ?(?:of|\/|sur|von|de) ?\/? ?\d{1,3}$/;

/** A search box's or a menu toggle's label alone on its line, a picture's pin or zoom button (`Pin it`), an ad slot's label, a media or article button's (whole line, folded). */
const WHOLE_LINES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'menu|search|rechercher|recherche|suche|buscar|cerca|بحث|القايمة|pin it|pin it!|pin this|save to pinterest|' +
      // An ad slot's label in Portuguese and Spanish, as `Advertisement` (html/furniture.ts) is in English;
      // `Advertising` too, and a picture's `Zoom` button and a `Logo` alt text (LAYOUTS.md §2).
      'publicidade|publicidad|advertising|zoom|logo|' +
      // A media or article button's label (`Watch the video`, `Écouter l'article`, `Artikel anhören`): the
      // player's or the toolbar's, never a headline.
      'watch the video|watch video|play video|listen to this article|listen to the article|print this article|' +
      "voir la vidéo|regarder la vidéo|écouter cet article|écouter l'article|partager cet article|" +
      'imprimer cet article|video ansehen|artikel anhören|artikel vorlesen lassen|artikel teilen|' +
      'artikel drucken|ver vídeo|ver el vídeo|escuchar artículo|escuchar el artículo|compartir artículo|' +
      'guarda il video|ascolta articolo|شاهد الفيديو|استمع إلى المقال|شارك المقال|طباعة المقال',
  ).map(fold),
);

/**
 * A picture's alt text then its pin button (`jar on a shelfPin it` on w3m, `jar on a shelf Pin it` on lynx): the
 * button's label in its own case, glued to a small letter or after one, so no sentence's end (`…, Pin it`) stands before it.
 */
const PIN_AFTER_ALT = /\p{Ll} ?Pin it$/u;

/** Longest line read as interface text. */
const MAX = 90;

/** An empty form field as w3m prints it: a bracket and a run of spaces (`Suche nach: [          ] [Suche]`). */
const FORM_FIELD = '[    ';

/**
 * Labels closing a line, waiting for the sponsor's logo (`US & Canada is
 * sponsored by`, `Präsentiert von`): folded line ends.
 */
const ENDS = /* @__PURE__ */ phrases(
  'sponsored by|presented by|brought to you by|in partnership with|prasentiert von|gesponsert von|' +
    'sponsorise par|presente par|en partenariat avec|patrocinado por|presentado por|sponsorizzato da|' +
    'in collaborazione con',
);

/** The last characters of {@link ENDS}: a fold ending otherwise ends with none of them, and is not compared. */
const ENDS_LAST: ReadonlySet<number> = new Set(ENDS.map((e) => e.charCodeAt(e.length - 1)));

/**
 * A notice that the reader's browser or its settings cannot show the page
 * (`Activez JavaScript pour…`, `Your browser does not support…`, `Votre
 * navigateur ne prend pas en charge…`), as a line's opening with its verb (a
 * headline may open `Your browser…`); read up to
 * {@link BROWSER_NOTICE_MAX} characters.
 */
const BROWSER_NOTICE =
  /^(?:votre navigateur (?:ne |n'|n’|est obsol)|your (?:web )?browser (?:does|is (?:not|out|no)|doesn)|ihr browser (?:unterst|ist veraltet|wird nicht)|(?:tu|su) navegador no |il tuo browser non |o seu navegador n[aã]o |(?:please )?enable javascript|(?:veuillez )?activ(?:ez|er) (?:le )?javascript|javascript (?:is|est) (?:disabled|désactivé)|bitte aktivieren sie javascript)/i;
/** Longest line read as a browser notice. */
const BROWSER_NOTICE_MAX = 250;

/** True when a short line is the site's interface rather than the page's text. */
export function isInterfaceLine(text: string, folded?: string): boolean {
  if (text.length <= BROWSER_NOTICE_MAX && BROWSER_NOTICE.test(text)) return true;
  if (text.length > MAX) return false;
  if (text.includes(FORM_FIELD)) return true;
  const f = folded ?? fold(text);
  if (WHOLE_LINES.has(f) || opensWithInterface(f)) return true;
  if (containsInterface(f) || (text.endsWith('Pin it') && PIN_AFTER_ALT.test(text))) return true;
  if (ENDS_LAST.has(f.charCodeAt(f.length - 1)) && ENDS.some((e) => f.endsWith(e))) return true;
  return GALLERY.test(f) || isShareBar(f) || EMPTY_LIST.test(f);
}

/**
 * A widget's message that its list is empty (folded): `There are no upcoming
 * events.`, `Es gibt derzeit keine bevorstehenden Veranstaltungen.`, `Aucun
 * événement à venir`, `No hay eventos próximos`, `Noch keine Kommentare`, `No
 * results found`. The whole line: a negation, what the list holds, and at most
 * a qualifier. `No comment.` (singular) is an answer, not a widget.
 */
const EMPTY_LIST =
  /^(?:there (?:are|is) |es gibt |il n'y a |no hay |non ci sono |nao ha )?(?:currently |derzeit |aktuell |zurzeit |momentan |noch |actuellement |encore |actualmente |todavia |ancora |still )?(?:no|keine|kein|aucun|aucune|pas d'|pas de|ningun|ninguna|nessun|nessuna|nenhum|nenhuma) (?:upcoming |bevorstehenden |kommenden |anstehenden |aktuellen |neuen |new |recent |related |proximos |prossimi |futurs )?(?:events|veranstaltungen|termine|evenements?|eventos|eventi|posts|beitrage|articles|artikel|comments|kommentare|commentaires?|comentarios|commenti|results|ergebnisse|resultats?|resultados|risultati|entries|eintrage)(?: (?:found|yet|available|scheduled|at this time|at the moment|gefunden|vorhanden|verfugbar|geplant|trouves?|disponibles?|a venir|pour le moment|pour l'instant|encontrados|disponibles|proximos|programados|trovati|disponibili))?[.!]?$/;

/** Share targets a share bar names (folded words): {@link SHARE_GATE}'s and `x`, `email`, `e-mail`. */
export const SHARE_TARGETS = new Set([
  .../* @__PURE__ */ phrases(SHARE_GATE.source),
  .../* @__PURE__ */ words('x email e-mail'),
]);

export { SHARE_GATE };

/** Fewest share targets a share bar names, and their least share of its words. */
const SHARE_MIN = 2;
const SHARE_SHARE = 0.4;

/**
 * A share bar copied as one line (`Facebook Twitter WhatsApp Copier le lien`,
 * `Share: Facebook X LinkedIn Email`): two share targets or more, at least
 * two words in five, and no sentence's end (`Facebook and Twitter removed
 * the accounts.` is a sentence). `f` is folded.
 */
export function isShareBar(f: string): boolean {
  const last = f.charCodeAt(f.length - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f) return false;
  // Two targets: one of them at least is not `x`, so one native search rules most lines out before any split.
  if (!SHARE_GATE.test(f)) return false;
  let words = 0;
  let targets = 0;
  for (const w of f.split(' ')) {
    if (w.length === 0) continue;
    words++;
    if (SHARE_TARGETS.has(w.endsWith(':') || w.endsWith(',') ? w.slice(0, -1) : w)) targets++;
  }
  return targets >= SHARE_MIN && targets >= words * SHARE_SHARE;
}

/** Interface labels a renderer glues before the headline on one line (folded): a share menu's `Share All sharing options for: `. */
const TITLE_LABELS = ['share all sharing options for:'];

/** Length of an interface label glued before a headline (`Share All sharing options for: Title`), or 0. */
export function labelBeforeTitle(text: string): number {
  for (const label of TITLE_LABELS) {
    const n = label.length;
    if (text.length > n + 1 && text.charAt(n) === ' ' && fold(text.slice(0, n)) === label)
      return n + 1;
  }
  return 0;
}
