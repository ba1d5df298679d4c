/**
 * From the dictionaries' text to the compiled data (see ./compiled.ts): parse every file, tokenise
 * every phrase with the project's tokenizer, name each entry. Used by scripts/build-actor-dict.ts
 * and by the test that checks the committed file is in step with the text files.
 */
import { phraseTokens } from '@/lib/nlp/tokens';
import {
  ACTOR_FILES,
  AGENT_FILE,
  COMPILED_FORMAT,
  DISCARD_FILE,
  type CompiledActor,
  type CompiledAgent,
  type CompiledDictionaries,
  type CompiledDiscard,
} from './compiled';
import { buildDictionaries, encodePayload } from './index';
import { parseActorDictionary, parseAgentDictionary, parseDiscards, type ParseProblem } from './parse';

export const PROVENANCE =
  'openeventdata/petrarch2 @ 676801cd, petrarch2/data/dictionaries/ (MIT, (c) 2014 Open Event Data Alliance); additions.actors.txt written here';

/** Words kept in lower case inside a display name: "Bank of England". */
const SMALL = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'la',
  'le',
  'du',
  'del',
  'in',
  'on',
  'bin',
  'al',
  'ibn',
]);

/** A readable name from a dictionary's upper-case words: ["BANK", "OF", "ENGLAND"] → "Bank of England". */
export function displayName(words: readonly string[]): string {
  return words
    .map((w, k) => {
      const lower = w.toLowerCase();
      if (k > 0 && SMALL.has(lower)) return lower;
      // acronyms with dots stay as written: "U.N.", "U.S."
      if (/^(\p{L}\.)+$/u.test(w)) return w;
      return lower.replace(/(^|[-'’(])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/** A phrase as the automaton keys it: the project's tokens, lower-cased, joined by one space. */
export function phraseKey(words: readonly string[]): string {
  return phraseTokens(words.join(' ').toLowerCase())
    .map((t) => t.replace(/\u2019/g, "'"))
    .join(' ');
}

export interface FileReport {
  file: string;
  entries: number;
  phrases: number;
  problems: ParseProblem[];
}

/** A dictionary file's text, with the label its entries' trails give ("the Phoenix agents list"). */
export interface DictionaryText {
  label: string;
  text: string;
}

/**
 * Compiles actor, agent and discard files (without the automaton): the vendored ones at build time,
 * a user's at run time. Actor entries number their file from `firstFile` on, in the order given.
 */
export function compileFiles(
  input: { actors: DictionaryText[]; agents: DictionaryText[]; discards: DictionaryText[] },
  firstFile = 0,
): { compiled: CompiledDictionaries; report: FileReport[] } {
  const report: FileReport[] = [];
  const actors: CompiledActor[] = [];
  // the same words recur across entries and files: tokenise each phrase once
  const keys = new Map<string, string>();
  const key = (words: string[]) => {
    const raw = words.join(' ');
    let k = keys.get(raw);
    if (k === undefined) keys.set(raw, (k = phraseKey(words)));
    return k;
  };
  input.actors.forEach((f, index) => {
    const { entries, problems } = parseActorDictionary(f.text);
    let phrases = 0;
    for (const e of entries) {
      const ph = [...new Set(e.phrases.map(key))].filter((p) => p !== '');
      phrases += ph.length;
      actors.push({
        file: firstFile + index,
        line: e.line,
        name: displayName(e.name),
        phrases: ph,
        codes: e.codes,
      });
    }
    report.push({ file: f.label, entries: entries.length, phrases, problems });
  });
  const agents: CompiledAgent[] = [];
  for (const f of input.agents) {
    const parsed = parseAgentDictionary(f.text);
    const mine = parsed.entries.map((a) => ({
      line: a.line,
      code: a.code,
      placement: a.placement,
      forms: [...new Set(a.forms.map(key))].filter((p) => p !== ''),
      ...(input.agents.length > 1 || firstFile > 0 ? { file: f.label } : {}),
    }));
    agents.push(...mine);
    report.push({
      file: f.label,
      entries: mine.length,
      phrases: mine.reduce((n, a) => n + a.forms.length, 0),
      problems: parsed.problems,
    });
  }
  const discards: CompiledDiscard[] = [];
  for (const f of input.discards) {
    const parsed = parseDiscards(f.text);
    discards.push(...parsed.entries.map((d) => ({ line: d.line, story: d.story, phrase: key(d.phrase) })));
    report.push({
      file: f.label,
      entries: parsed.entries.length,
      phrases: parsed.entries.length,
      problems: parsed.problems,
    });
  }
  return { compiled: { format: COMPILED_FORMAT, provenance: PROVENANCE, actors, agents, discards }, report };
}

/** The vendored dictionaries, compiled with their automaton (scripts/build-actor-dict.ts). */
export function compileDictionaries(read: (file: string) => string): {
  compiled: CompiledDictionaries;
  report: FileReport[];
} {
  const { compiled, report } = compileFiles({
    actors: ACTOR_FILES.map((file) => ({ label: file, text: read(file) })),
    agents: [{ label: AGENT_FILE, text: read(AGENT_FILE) }],
    discards: [{ label: DISCARD_FILE, text: read(DISCARD_FILE) }],
  });
  compiled.automaton = buildDictionaries(compiled).serialize((p) => encodePayload(p, compiled));
  return { compiled, report };
}
