/**
 * Recogniser for a note on where an article first appeared, printed under or
 * over it (`This article originally appeared on VICE US.`, `Dieser Beitrag
 * stammt aus Ausgabe 7/2019 der …`, `Cet article a été initialement publié
 * dans …`, `Este artículo fue publicado originalmente en …`), or an aggregator's
 * (`This article was automatically aggregated from …`): the site's
 * note, not the article's text. The note opens with the article naming
 * itself; its phrases are data, matched on folded text.
 */
import { fold } from '../text/fold.js';

/**
 * The note's opening (folded): the article naming itself, then its first
 * appearance. Only at the paragraph's start: a story may tell where another
 * article appeared.
 */
const PROVENANCE =
  /^\*? ?(?:this (?:article|post|story|piece|essay|interview|column) (?:was |has been )?(?:originally|first) (?:appeared|published|ran)|this (?:article|post|story|piece|essay|interview|column) (?:is (?:adapted|excerpted|republished|reprinted) from|appeared (?:first|originally))|this (?:article|post|story|content) (?:was |has been |is )?(?:automatically |auto-)?(?:aggregated|syndicated|generated|imported) (?:from|via|by) |(?:cet|l') ?(?:article|contenu) (?:a ete |est )?(?:automatiquement )?(?:agrege|importe|syndique) (?:depuis|de|du|via) |(?:dieser|der) (?:beitrag|artikel|text) (?:stammt aus|erschien (?:zuerst|erstmals|ursprunglich|in)|ist (?:zuerst|erstmals|ursprunglich) (?:in|bei|auf) )|(?:cet|l') ?(?:article|entretien|texte)(?:,)? (?:a (?:ete|d'abord ete) )?(?:initialement|d'abord|originellement|originalement|precedemment) (?:publie|paru)|(?:cet|l') ?(?:article|entretien|texte) a ete (?:publie|paru) (?:initialement|d'abord|pour la premiere fois)|(?:este|el) (?:articulo|texto) (?:fue |se )?(?:publicado|publico|aparecio) (?:originalmente|originariamente|por primera vez)|(?:questo|l') ?articolo (?:e stato )?(?:pubblicato|apparso) (?:originariamente|originalmente|per la prima volta))/;

/**
 * The note's short form, the article unnamed (folded): `Originally published
 * on Live Science.`, `First published in …`, `Publié initialement sur …`,
 * `Ursprünglich erschienen bei …`, `Publicado originalmente en …`.
 */
const SHORT_PROVENANCE =
  /^(?:(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by) |(?:publie|paru) (?:initialement|d'abord|pour la premiere fois) (?:sur|dans|par) |(?:initialement|d'abord) (?:publie|paru) (?:sur|dans|par) |(?:ursprunglich|zuerst|erstmals) (?:erschienen|veroffentlicht) (?:auf|in|bei) |publicado (?:originalmente|originariamente|por primera vez) (?:en|por) |pubblicato (?:originariamente|originalmente|per la prima volta) (?:su|in|da) )/;

/** Longest paragraph read as a provenance note. */
const MAX_NOTE = 300;
/** Longest paragraph read as the note's short form: a site's name, a line. */
const MAX_SHORT_NOTE = 120;

/** True for a short paragraph that tells where the article first appeared. */
export function isProvenanceNote(text: string, folded?: string): boolean {
  if (text.length > MAX_NOTE) return false;
  const f = folded ?? fold(text);
  return PROVENANCE.test(f) || (text.length <= MAX_SHORT_NOTE && SHORT_PROVENANCE.test(f));
}
