/**
 * CAMEO coding on the dependency parse: PETRARCH2's verb dictionary (vendored in ./dict, MIT) and
 * PLOVER's CAMEO→PLOVER table (CC BY-SA 4.0), compiled by scripts/build-cameo.ts, loaded once.
 *
 *   const dict = loadCameo();
 *   const tree = prepareTree(parsed.tokens);          // a sentence of lib/nlp/syntax
 *   const m = matchVerb(dict, tree, verb.id);         // code, pattern, source and target, PLOVER
 *
 * See docs/CAMEO.md.
 */
export { CAMEO_FORMAT, compileCameo, indexCameo, type CameoDictionary, type CompiledCameo } from './compile';
export { CAMEO_FILE, loadCameo, readCameo } from './load';
export {
  matchCameo,
  matchSentence,
  matchVerb,
  prepareTree,
  type CameoMatch,
  type CameoTree,
  type RoleFiller,
  type TreeToken,
} from './match';
export { parseCameoPlover, ploverOf } from './parse-plover';
export { parseEventCode, parseVerbDictionary, regularForms } from './parse-verbs';
export type * from './types';
