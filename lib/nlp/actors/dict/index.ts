/**
 * The Phoenix actor dictionaries at run time: loaded once from the compiled file, matched with one
 * token automaton, and read as CAMEO codes: a country (or bloc), a role (agent code) and, for
 * dated codes, the code that held at the article's date, with the trail of where it came from
 * ("from the Phoenix countries list, RUSGOV from 2012-05-07").
 */
import { readFileSync } from 'node:fs';
import { countryByIso3 } from '@/lib/nlp/lexicon/countries';
import { TokenTrie } from './automaton';
import {
  ACTOR_FILES,
  COMPILED_FILE,
  COMPILED_FORMAT,
  FILE_LABELS,
  decodeCompiled,
  type CompiledActor,
  type CompiledAgent,
  type CompiledDictionaries,
} from './compiled';
import type { DatedCode } from './parse';
import type { Problem } from '@/lib/model';
import {
  dictionaryProblem,
  dictionarySettings,
  findDictionaryFiles,
  type DictionarySettings,
} from '@/lib/nlp/dictionaries/user';
import { compileFiles } from './build';

/** A text token as the dictionaries key it: lower case, straight apostrophes. */
export const dictKey = (t: { lower: string }) =>
  t.lower.includes('\u2019') ? t.lower.replace(/\u2019/g, "'") : t.lower;

/** What a phrase of the automaton stands for. */
export type DictPayload =
  | { type: 'actor'; index: number }
  | { type: 'agent'; index: number }
  | { type: 'discard'; story: boolean; line: number };

export interface ActorDictionaries {
  data: CompiledDictionaries;
  trie: TokenTrie<DictPayload>;
  /** Milliseconds the load took (read, gunzip, parse, build the automaton). */
  loadMs: number;
  /** What each actor file is, by the index its entries keep: the vendored lists, then the user's files. */
  files: string[];
  /** Entries from this index on come from the user's dictionaries. */
  userFrom: number;
  /** What the user's files could not give, line by line, and the phrases they take from the vendored lists. */
  problems: Problem[];
}

let loaded: ActorDictionaries | null = null;

/** Builds the automaton over compiled dictionaries (the tests build it over their own). */
export function buildDictionaries(data: CompiledDictionaries): TokenTrie<DictPayload> {
  const trie = new TokenTrie<DictPayload>();
  data.actors.forEach((a, index) => {
    const p: DictPayload = { type: 'actor', index };
    for (const phrase of a.phrases) trie.add(phrase.split(' '), p);
  });
  data.agents.forEach((a, index) => {
    const p: DictPayload = { type: 'agent', index };
    for (const form of a.forms) trie.add(form.split(' '), p);
  });
  for (const d of data.discards)
    trie.add(d.phrase.split(' '), { type: 'discard', story: d.story, line: d.line });
  return trie;
}

/** A payload as the stored automaton keeps it: index * 4 + type. */
export function encodePayload(p: DictPayload, data: CompiledDictionaries): number {
  if (p.type === 'actor') return p.index * 4;
  if (p.type === 'agent') return p.index * 4 + 1;
  const index = data.discards.findIndex((d) => d.line === p.line);
  return index * 4 + 2;
}

function payloadDecoder(data: CompiledDictionaries): (n: number) => DictPayload {
  return (n) => {
    const index = n >> 2;
    const type = n & 3;
    if (type === 0) return { type: 'actor', index };
    if (type === 1) return { type: 'agent', index };
    const d = data.discards[index]!;
    return { type: 'discard', story: d.story, line: d.line };
  };
}

/** The automaton of compiled dictionaries: the stored one when the file has it, else built. */
export function automatonOf(data: CompiledDictionaries): TokenTrie<DictPayload> {
  return data.automaton
    ? TokenTrie.deserialize(data.automaton, payloadDecoder(data))
    : buildDictionaries(data);
}

/** The dictionaries, loaded on first use and kept for the life of the process. */
export function actorDictionaries(): ActorDictionaries {
  if (loaded) return loaded;
  const t0 = performance.now();
  const settings = dictionarySettings();
  const data: CompiledDictionaries = settings.only
    ? { format: COMPILED_FORMAT, provenance: 'user dictionaries only', actors: [], agents: [], discards: [] }
    : decodeCompiled(readFileSync(COMPILED_FILE));
  const trie = settings.only ? new TokenTrie<DictPayload>() : automatonOf(data);
  const files = ACTOR_FILES.map((f) => FILE_LABELS[f] ?? f);
  const problems = settings.folders.length ? addUserDictionaries(data, trie, files, settings) : [];
  loaded = { data, trie, loadMs: performance.now() - t0, files, userFrom: ACTOR_FILES.length, problems };
  return loaded;
}

/** Forgets the loaded dictionaries, so the next use reads the settings again (the tests change them). */
export function reloadActorDictionaries(): void {
  loaded = null;
}

/** At most this many conflicts named per file; the rest are counted. */
const CONFLICTS_NAMED = 20;

/**
 * Adds the actor, agent and discard files of the user's folders to the dictionaries (entries after
 * the vendored ones, phrases into the same automaton) and returns their problems: lines that could
 * not be read, and phrases the vendored lists code otherwise (the user's entry wins: see codeEntries).
 */
function addUserDictionaries(
  data: CompiledDictionaries,
  trie: TokenTrie<DictPayload>,
  files: string[],
  settings: DictionarySettings,
): Problem[] {
  const found = findDictionaryFiles(settings);
  const problems = [...found.problems];
  const of = (kind: string) =>
    found.files.filter((f) => f.kind === kind).map((f) => ({ label: f.path, text: f.text }));
  const actorFiles = of('actors');
  const { compiled, report } = compileFiles(
    { actors: actorFiles, agents: of('agents'), discards: of('discards') },
    files.length,
  );
  for (const r of report)
    for (const p of r.problems) problems.push(dictionaryProblem(r.file, p.message, p.line));
  files.push(...actorFiles.map((f) => `the user dictionary ${f.label}`));
  const vendored = data.actors.length;
  const conflicts = new Map<string, number>();
  compiled.actors.forEach((a, k) => {
    const file = files[a.file]!.replace('the user dictionary ', '');
    for (const phrase of a.phrases) {
      const words = phrase.split(' ');
      // the vendored entries of the same phrase, coded otherwise
      const hit = trie.longestAt(words, 0);
      const before =
        hit && hit.end === words.length ? actorsOf({ data, trie } as ActorDictionaries, hit.payloads) : [];
      const theirs = before.filter((e) => e.file < ACTOR_FILES.length && e.codes.length);
      const ours = a.codes.map((c) => c.code).join(', ');
      if (theirs.length && theirs.some((e) => e.codes.map((c) => c.code).join(', ') !== ours)) {
        const n = (conflicts.get(file) ?? 0) + 1;
        conflicts.set(file, n);
        if (n <= CONFLICTS_NAMED)
          problems.push(
            dictionaryProblem(
              file,
              `"${phrase}" is also in ${files[theirs[0]!.file]} as ${theirs[0]!.codes.map((c) => c.code).join(', ') || 'no code'} (line ${theirs[0]!.line}); this file's entry (${ours || 'no code'}) is used`,
              a.line,
            ),
          );
      }
      trie.add(words, { type: 'actor', index: vendored + k });
    }
    data.actors.push(a);
  });
  for (const [file, n] of conflicts)
    if (n > CONFLICTS_NAMED)
      problems.push(
        dictionaryProblem(
          file,
          `${n - CONFLICTS_NAMED} more phrases also in the vendored lists; this file's entries are used`,
        ),
      );
  const agents = data.agents.length;
  compiled.agents.forEach((a, k) => {
    for (const form of a.forms) trie.add(form.split(' '), { type: 'agent', index: agents + k });
    data.agents.push(a);
  });
  for (const d of compiled.discards) {
    trie.add(d.phrase.split(' '), { type: 'discard', story: d.story, line: d.line });
    data.discards.push(d);
  }
  return problems;
}

/** Blocs that stand in a code's first three letters instead of a state. */
const BLOCS = new Set(['IGO', 'NGO', 'IMG', 'MNC']);

/**
 * CAMEO role (agent) codes that may follow a country in an actor code: government, military,
 * police, rebels, opposition, business, media, civilians, and the rest of the CAMEO agent list.
 */
// prettier-ignore
export const ROLE_CODES = new Set([
  'GOV', 'MIL', 'COP', 'REB', 'OPP', 'BUS', 'MED', 'CVL', 'ELI', 'LEG', 'JUD', 'SPY', 'PTY', 'EDU', 'HLH', 'LAB',
  'AGR', 'REL', 'CRM', 'HRI', 'REF', 'SEP', 'INS', 'UAF', 'PKO', 'DEV', 'ENV', 'MOD', 'RAD', 'NGO', 'IGO',
  'NGM', 'SET', 'MUS', 'CHR', 'JEW', 'BUD', 'HIN', 'ATH', 'MNC', 'PPL',
]);

/** What an actor code says: its state or bloc, and its role. "RUSGOV" → RUS, GOV; "IGOUNO" → IGO, null. */
export function readCode(code: string): { country: string | null; role: string | null } {
  const head = code.slice(0, 3);
  if (BLOCS.has(head)) {
    // a multinational's home state follows: MNCUSA
    const home = code.slice(3, 6);
    return {
      country: head === 'MNC' && countryByIso3(home) ? home : head,
      role: head === 'MNC' ? 'BUS' : null,
    };
  }
  const country = countryByIso3(head) ? head : null;
  const rest = country ? code.slice(3) : code;
  for (let k = 0; k + 3 <= rest.length; k += 3) {
    const chunk = rest.slice(k, k + 3);
    if (ROLE_CODES.has(chunk)) return { country, role: chunk };
  }
  return { country, role: null };
}

const holds = (c: DatedCode, day: string) =>
  (c.from == null || c.from <= day) && (c.to == null || day <= c.to);

/**
 * The code of an entry at a date (YYYY-MM-DD): among the dated codes that hold that day, the one
 * that started last (a later code is the newer fact: "chancellor until 2021" after "chancellor
 * since 2005"); else the undated code. Without a date: the undated code, else the one current last.
 */
export function codeAt(codes: readonly DatedCode[], day: string | null): DatedCode | null {
  const undated = codes.find((c) => c.from == null && c.to == null) ?? null;
  if (day) {
    let best: DatedCode | null = null;
    for (const c of codes) {
      if ((c.from == null && c.to == null) || !holds(c, day)) continue;
      if (!best || (c.from ?? '') > (best.from ?? '')) best = c;
    }
    return best ?? undated;
  }
  if (undated) return undated;
  let last: DatedCode | null = null;
  for (const c of codes) if (!last || (c.to ?? '9999') > (last.to ?? '9999')) last = c;
  return last;
}

/** How a dated code reads in a trail: "RUSGOV from 2012-05-07", "USAGOV 2017-01-20 to 2021-01-19". */
export function describeCode(c: DatedCode): string {
  if (c.from && c.to) return `${c.code} ${c.from} to ${c.to}`;
  if (c.from) return `${c.code} from ${c.from}`;
  if (c.to) return `${c.code} until ${c.to}`;
  return c.code;
}

/** The code of the dictionary's actor entries named by one phrase, at a date, with its trail. */
export interface DictCoding {
  code: string;
  country: string | null;
  role: string | null;
  /** "from the Phoenix countries list (line 39559), RUSGOV from 2012-05-07" */
  trail: string;
  /** The entry's display name: "Vladimir Putin". */
  name: string;
  entry: CompiledActor;
}

/** Codes the entries behind one phrase give at a date: the entries' codes pooled (a phrase may open several entries). */
export function codeEntries(given: readonly CompiledActor[], day: string | null): DictCoding | null {
  // a phrase of the user's dictionaries is coded by them alone: their entries win over the vendored ones
  const user = given.filter((e) => e.file >= ACTOR_FILES.length);
  const entries = user.length ? user : given;
  const pooled: { c: DatedCode; e: CompiledActor }[] = entries.flatMap((e) => e.codes.map((c) => ({ c, e })));
  const best = codeAt(
    pooled.map((p) => p.c),
    day,
  );
  if (!best) return null;
  const e = pooled.find((p) => p.c === best)!.e;
  const read = readCode(best.code);
  const fromUser = e.file >= ACTOR_FILES.length;
  return {
    code: best.code,
    // a user's code outside CAMEO passes through: its first three letters stand for its state, as in CAMEO
    country: read.country ?? (fromUser && /^[A-Z]{3}/.test(best.code) ? best.code.slice(0, 3) : null),
    role: read.role,
    trail: `from ${fileLabel(e.file)} (line ${e.line}), ${describeCode(best)}`,
    name: (entries.find((x) => x.codes.length) ?? entries[0]!).name,
    entry: e,
  };
}

/** What an actor file is, by its index: a vendored list's label, or the user's file. */
export function fileLabel(index: number): string {
  const files = loaded?.files ?? ACTOR_FILES.map((f) => FILE_LABELS[f] ?? f);
  return files[index] ?? `actor file ${index}`;
}

/** The agent of a phrase's payloads, if it names one (the user's, added last, before the vendored). */
export function agentOf(d: ActorDictionaries, payloads: readonly DictPayload[]): CompiledAgent | undefined {
  const p = payloads.findLast((x) => x.type === 'agent');
  return p && p.type === 'agent' ? d.data.agents[p.index] : undefined;
}

/** The actor entries of a phrase's payloads. */
export function actorsOf(d: ActorDictionaries, payloads: readonly DictPayload[]): CompiledActor[] {
  return payloads.flatMap((p) => (p.type === 'actor' ? [d.data.actors[p.index]!] : []));
}

/** The trail of an agent: "from the Phoenix agents list (line 2059), ~OPP". */
export function agentTrail(a: CompiledAgent): string {
  const file = a.file ? `the user dictionary ${a.file}` : FILE_LABELS['Phoenix.agents.txt'];
  return `from ${file} (line ${a.line}), ${a.placement === 'prefix' ? `${a.code}~` : `~${a.code}`}`;
}
