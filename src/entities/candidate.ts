/** What recognisers propose and refiners settle. */
import type { EntityType, EntityValue } from '../types.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/** A proposed entity, before overlaps are settled. */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  value?: EntityValue;
  expansion?: string;
  /** Higher wins an overlap between spans of equal length. */
  priority: number;
}

/** What every recogniser reads. */
export interface Context {
  text: string;
  tokens: Token[];
  lang: string;
  lex: Lexicon;
  /** 1 for tokens of headline title-case segments, read strictly by the name recognisers. */
  titleCase: Uint8Array;
  /** Country cues of the text (ISO codes), for dinars. */
  countryHint?: string;
  /** The day relative dates resolve against (`décembre dernier`, `hier`). */
  reference?: { year: number; month: number; day: number };
}

/** A recogniser: reads the whole token list once and proposes candidates. */
export type Recogniser = (ctx: Context) => Candidate[];
