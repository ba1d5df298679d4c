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

export function compileDictionaries(read: (file: string) => string): {
  compiled: CompiledDictionaries;
  report: FileReport[];
} {
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
  ACTOR_FILES.forEach((file, index) => {
    const { entries, problems } = parseActorDictionary(read(file));
    let phrases = 0;
    for (const e of entries) {
      const ph = [...new Set(e.phrases.map(key))].filter((p) => p !== '');
      phrases += ph.length;
      actors.push({ file: index, line: e.line, name: displayName(e.name), phrases: ph, codes: e.codes });
    }
    report.push({ file, entries: entries.length, phrases, problems });
  });
  const agentsParsed = parseAgentDictionary(read(AGENT_FILE));
  const agents: CompiledAgent[] = agentsParsed.entries.map((a) => ({
    line: a.line,
    code: a.code,
    placement: a.placement,
    forms: [...new Set(a.forms.map(key))].filter((p) => p !== ''),
  }));
  report.push({
    file: AGENT_FILE,
    entries: agents.length,
    phrases: agents.reduce((n, a) => n + a.forms.length, 0),
    problems: agentsParsed.problems,
  });
  const discardsParsed = parseDiscards(read(DISCARD_FILE));
  const discards: CompiledDiscard[] = discardsParsed.entries.map((d) => ({
    line: d.line,
    story: d.story,
    phrase: key(d.phrase),
  }));
  report.push({
    file: DISCARD_FILE,
    entries: discards.length,
    phrases: discards.length,
    problems: discardsParsed.problems,
  });
  const compiled: CompiledDictionaries = {
    format: COMPILED_FORMAT,
    provenance: PROVENANCE,
    actors,
    agents,
    discards,
  };
  compiled.automaton = buildDictionaries(compiled).serialize((p) => encodePayload(p, compiled));
  return { compiled, report };
}
