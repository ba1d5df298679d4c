/**
 * The compiled dictionary: the parsed verb dictionary and PLOVER table in one JSON object
 * (./dict/cameo.json.gz, written by scripts/build-cameo.ts), and the index the matcher looks verbs
 * up in, built once when it is loaded.
 */
import { parseCameoPlover } from './parse-plover';
import { parseVerbDictionary } from './parse-verbs';
import type { PloverCoding, SkippedLine, Transformation, VerbBlock, VerbEntry, VerbPattern } from './types';

/** Bumped when the compiled shape changes: a stale file is then refused, not misread. */
export const CAMEO_FORMAT = 1;

/** Where a vendored file came from and what it held when compiled. */
export interface CompiledSource {
  /** File name in lib/nlp/cameo/dict. */
  file: string;
  /** SHA-256 of its bytes, hex. */
  sha256: string;
}

/** What the build counted: the figures the tests check against the vendored files. */
export interface CameoCounts {
  synsets: number;
  /** Members of all synsets together. */
  synsetMembers: number;
  blocks: number;
  verbs: number;
  patterns: number;
  /** Patterns that name a synset the file never defines (parsed, but they can never match). */
  patternsWithUndefinedSynsets: number;
  transformations: number;
  /** CAMEO codes with a PLOVER row. */
  ploverCodes: number;
}

export interface CompiledCameo {
  format: number;
  sources: { verbs: CompiledSource; plover: CompiledSource };
  counts: CameoCounts;
  /** Synset name ("&TREATY") → members as lower-case words. */
  synsets: Record<string, string[][]>;
  blocks: VerbBlock[];
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  transformations: Transformation[];
  /** CAMEO code → PLOVER event type, mode and context. */
  plover: Record<string, PloverCoding>;
  /** Lines of the two files read but not used, with the reason. */
  skipped: { verbs: SkippedLine[]; plover: SkippedLine[] };
}

/** Compiles the two vendored texts. Pure: the same texts give the same object. */
export function compileCameo(
  verbsText: string,
  ploverText: string,
  sources: CompiledCameo['sources'],
  /** A user's verb file (see parseVerbDictionary). */
  options: { user?: boolean } = {},
): CompiledCameo {
  const d = parseVerbDictionary(verbsText, options);
  const p = parseCameoPlover(ploverText);
  const synsets: Record<string, string[][]> = {};
  for (const s of d.synsets) synsets[s.name] = [...(synsets[s.name] ?? []), ...s.members];
  return {
    format: CAMEO_FORMAT,
    sources,
    counts: {
      synsets: d.synsets.length,
      synsetMembers: d.synsets.reduce((n, s) => n + s.members.length, 0),
      blocks: d.blocks.length,
      verbs: d.verbs.length,
      patterns: d.patterns.length,
      patternsWithUndefinedSynsets: d.patterns.filter((x) => x.undefinedSynsets).length,
      transformations: d.transformations.length,
      ploverCodes: Object.keys(p.codes).length,
    },
    synsets,
    blocks: d.blocks,
    verbs: d.verbs,
    patterns: d.patterns,
    transformations: d.transformations,
    plover: p.codes,
    skipped: { verbs: d.skipped, plover: p.skipped },
  };
}

/** The compiled dictionary with its lookup tables: what the matcher takes. */
export interface CameoDictionary extends CompiledCameo {
  /** Lower-case verb word (the lemma) → ids of the entries with that verb word, in file order. */
  byLemma: Map<string, number[]>;
  /** Lower-case inflected form → entry ids, for lemmas the lemmatiser got wrong. */
  byForm: Map<string, number[]>;
}

/** Builds the lookup tables of a compiled dictionary (a few milliseconds). */
export function indexCameo(c: CompiledCameo): CameoDictionary {
  if (c.format !== CAMEO_FORMAT)
    throw new Error(`compiled CAMEO dictionary has format ${c.format}, expected ${CAMEO_FORMAT}: rebuild it`);
  const byLemma = new Map<string, number[]>();
  const byForm = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, k: string, id: number) => {
    const l = m.get(k);
    if (!l) m.set(k, [id]);
    else if (l[l.length - 1] !== id) l.push(id);
  };
  for (const v of c.verbs) {
    add(byLemma, v.lemma, v.id);
    for (const f of v.forms) add(byForm, f, v.id);
  }
  return { ...c, byLemma, byForm };
}
