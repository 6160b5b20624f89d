/**
 * Data tables of the entity extractor (general knowledge, not fitted to any evaluation set).
 */
export { DEMONYMS, GROUP_ACRONYMS_MISC } from './demonyms.js';
export { KNOWN_EVENTS, STOP_CAPITALISED } from './events.js';
export { FIRST_NAMES, NAME_PARTICLES } from './first-names.js';
export {
  LOC_HEAD_WORDS,
  MISC_HEAD_WORDS,
  ORG_HEAD_WORDS,
  ORG_SUFFIXES,
  PERSON_TITLES,
} from './org-heads.js';
export { KNOWN_ORGANIZATIONS, MEDIA } from './organizations.js';
export { KNOWN_PEOPLE } from './people.js';
export { COMMON_WORD_PLACES, PLACES } from './places.js';
