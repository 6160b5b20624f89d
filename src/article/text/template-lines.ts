/**
 * Recogniser index of the lines the known site templates print on every page
 * (dialogs, footers: the profiles' data), with the shared widget and counter
 * shapes. Built once, shared by the boilerplate pass and the title's rule-outs.
 */
import { PROFILES } from '../profiles/index.js';
import { buildBoilerplateIndex } from '../recognisers/boilerplate.js';

/** The index {@link recogniseBoilerplate} reads. */
export const BOILERPLATE = /* @__PURE__ */ buildBoilerplateIndex(PROFILES);
