/**
 * The compiled actor dictionaries: what scripts/build-actor-dict.ts writes (gzip JSON, committed
 * beside the vendored text files) and what the actor stage loads once. Phrases are tokenised at
 * build time (the project's tokenizer, lower case) and stored as the automaton itself (vocabulary,
 * edges and payloads as integer arrays), so loading fills two maps and runs no tokenizer; the
 * entries keep their name, file, line and codes (their phrases are in the automaton).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import type { SerializedTrie } from './automaton';
import type { DatedCode } from './parse';

export const COMPILED_FORMAT = 2;

/** The compiled file, read at run time from the project root. */
export const COMPILED_FILE = path.join(process.cwd(), 'lib/nlp/lexicon/phoenix/actors.compiled.json.gz');

/** The source files, in the order their index is stored in each actor. */
export const ACTOR_FILES = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
  'additions.actors.txt',
] as const;
export const AGENT_FILE = 'Phoenix.agents.txt';
export const DISCARD_FILE = 'Phoenix.discards.txt';

/** What each source file is, for the code trail. */
export const FILE_LABELS: Record<string, string> = {
  'Phoenix.Countries.actors.txt': 'the Phoenix countries list',
  'Phoenix.International.actors.txt': 'the Phoenix international actors list',
  'Phoenix.MilNonState.actors.txt': 'the Phoenix armed non-state groups list',
  'additions.actors.txt': "the project's additions to the Phoenix lists",
  'Phoenix.agents.txt': 'the Phoenix agents list',
  'Phoenix.discards.txt': 'the Phoenix discards list',
};

export interface CompiledActor {
  /** Index into ACTOR_FILES. */
  file: number;
  /** 1-based line of the entry's primary phrase. */
  line: number;
  /** Display name made from the primary phrase: "Vladimir Putin". */
  name: string;
  /** Every phrase, tokenised and lower-cased, tokens joined by a space: "vladimir putin" (empty when loaded from a file with its automaton, which holds them). */
  readonly phrases: string[];
  readonly codes: DatedCode[];
}

export interface CompiledAgent {
  /** The file it comes from, when not the vendored agents list (a user's dictionary). */
  file?: string;
  line: number;
  code: string;
  placement: 'suffix' | 'prefix';
  /** The agent's forms, tokenised as the actors' phrases. */
  forms: string[];
}

export interface CompiledDiscard {
  line: number;
  story: boolean;
  phrase: string;
}

export interface CompiledDictionaries {
  format: number;
  /** Where the vendored files come from. */
  provenance: string;
  actors: CompiledActor[];
  agents: CompiledAgent[];
  discards: CompiledDiscard[];
  /** The automaton over every phrase, built at build time (./index.ts, buildDictionaries). */
  automaton?: SerializedTrie;
}

const b64 = (a: Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const fromB64 = (s: string) => {
  const buf = Buffer.from(s, 'base64');
  // copied so that the view is aligned whatever the pool offset
  return new Int32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
};

/**
 * One actor as stored: [file, line, name, phrases joined by "|", codes as "CODE from to" joined by
 * ";" with "-" for an open end]. Strings rather than nested arrays: JSON.parse makes far fewer
 * objects, and the codes are read only for the entries a text names.
 */
type ActorRow = [number, number, string, string, string];

const encodeCodes = (codes: readonly DatedCode[]) =>
  codes.map((c) => `${c.code} ${c.from ?? '-'} ${c.to ?? '-'}`).join(';');

/** The codes of a stored row. */
export function decodeCodes(s: string): DatedCode[] {
  if (s === '') return [];
  return s.split(';').map((x) => {
    const [code, from, to] = x.split(' ') as [string, string, string];
    return { code, from: from === '-' ? null : from, to: to === '-' ? null : to };
  });
}

export function encodeCompiled(d: CompiledDictionaries): Buffer {
  const json = JSON.stringify({
    format: d.format,
    provenance: d.provenance,
    // the phrases live in the automaton; stored as text only when there is none
    actors: d.actors.map((a): ActorRow => [
      a.file,
      a.line,
      a.name,
      d.automaton ? '' : a.phrases.join('|'),
      encodeCodes(a.codes),
    ]),
    agents: d.agents.map((a) => [a.line, a.code, a.placement === 'prefix' ? 1 : 0, a.forms.join('|')]),
    discards: d.discards.map((x) => [x.line, x.story ? 1 : 0, x.phrase]),
    automaton: d.automaton && {
      vocab: d.automaton.vocab.join('\n'),
      edges: b64(d.automaton.edges),
      payloads: b64(d.automaton.payloads),
      nodes: d.automaton.nodes,
      size: d.automaton.size,
    },
  });
  return gzipSync(json, { level: 9 });
}

/** An actor whose codes are decoded on first access. */
class LazyActor implements CompiledActor {
  private raw: string | null;
  private decoded: DatedCode[] | null = null;
  file: number;
  line: number;
  name: string;
  private rawPhrases: string;
  constructor(row: ActorRow) {
    this.file = row[0];
    this.line = row[1];
    this.name = row[2];
    this.rawPhrases = row[3];
    this.raw = row[4];
  }
  get phrases(): string[] {
    return this.rawPhrases === '' ? [] : this.rawPhrases.split('|');
  }
  get codes(): DatedCode[] {
    if (!this.decoded) {
      this.decoded = decodeCodes(this.raw ?? '');
      this.raw = null;
    }
    return this.decoded;
  }
}

export function decodeCompiled(bytes: Buffer): CompiledDictionaries {
  const raw = JSON.parse(gunzipSync(bytes).toString('utf8')) as {
    format: number;
    provenance: string;
    actors: ActorRow[];
    agents: [number, string, number, string][];
    discards: [number, number, string][];
    automaton?: { vocab: string; edges: string; payloads: string; nodes: number; size: number };
  };
  if (raw.format !== COMPILED_FORMAT)
    throw new Error(
      `actor dictionaries: format ${raw.format}, expected ${COMPILED_FORMAT} (npm run build:actor-dict)`,
    );
  return {
    format: raw.format,
    provenance: raw.provenance,
    actors: raw.actors.map((row) => new LazyActor(row)),
    agents: raw.agents.map(([line, code, prefix, forms]) => ({
      line,
      code,
      placement: prefix ? 'prefix' : 'suffix',
      forms: forms === '' ? [] : forms.split('|'),
    })),
    discards: raw.discards.map(([line, story, phrase]) => ({ line, story: story === 1, phrase })),
    automaton: raw.automaton && {
      vocab: raw.automaton.vocab.split('\n'),
      edges: fromB64(raw.automaton.edges),
      payloads: fromB64(raw.automaton.payloads),
      nodes: raw.automaton.nodes,
      size: raw.automaton.size,
    },
  };
}
