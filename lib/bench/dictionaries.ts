/**
 * Benchmark of a user's dictionaries (issue 17): the time to read, parse and compile the actor,
 * agent, discard and verb files of a folder, alone (`--dictionaries-only`) and beside the vendored
 * dictionaries (`--dictionaries`, which also loads the vendored automaton and checks each user
 * phrase against it). Bar: the four files of PETRARCH2's validation suite load in under 100 ms.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeMachine, machine, table } from '@/lib/bench/report';
import { actorDictionaries } from '@/lib/nlp/actors/dict';
import { userVerbs } from '@/lib/nlp/cameo/user';
import { reloadDictionaries } from '@/lib/nlp/dictionaries';
import { findDictionaryFiles } from '@/lib/nlp/dictionaries/user';
import { phraseTokens } from '@/lib/nlp/tokens';

/** The folder measured: PETRARCH2's validation dictionaries when ../shared is there, else the README's example. */
export function dictionaryFolder(): string {
  const validation = path.resolve('..', 'shared', 'resources', 'petrarch2-validation');
  return existsSync(validation) ? validation : path.resolve('examples', 'dictionaries');
}

export function benchDictionaries(folder = dictionaryFolder()): {
  markdown: string;
  figures: Record<string, number>;
} {
  // the tokenizer's tables are built on first use, by any extraction: not part of the files' load
  phraseTokens('a warm up');
  const saved = { dirs: process.env.DETENTE_DICTIONARIES, only: process.env.DETENTE_DICTIONARIES_ONLY };
  const load = (only: boolean) => {
    process.env.DETENTE_DICTIONARIES = folder;
    process.env.DETENTE_DICTIONARIES_ONLY = only ? '1' : '0';
    reloadDictionaries();
    const t0 = performance.now();
    actorDictionaries();
    userVerbs();
    return performance.now() - t0;
  };
  const rows: { mode: string; first: number; best: number; median: number }[] = [];
  try {
    for (const only of [true, false]) {
      const first = load(only);
      const runs = Array.from({ length: 7 }, () => load(only)).sort((a, b) => a - b);
      rows.push({
        mode: only ? 'alone (--dictionaries-only)' : 'beside the vendored (--dictionaries)',
        first,
        best: runs[0]!,
        median: runs[3]!,
      });
    }
  } finally {
    if (saved.dirs === undefined) delete process.env.DETENTE_DICTIONARIES;
    else process.env.DETENTE_DICTIONARIES = saved.dirs;
    if (saved.only === undefined) delete process.env.DETENTE_DICTIONARIES_ONLY;
    else process.env.DETENTE_DICTIONARIES_ONLY = saved.only;
    reloadDictionaries();
  }
  const files = findDictionaryFiles({ folders: [folder], only: true }).files;
  const shown = folder.includes(`${path.sep}shared${path.sep}`)
    ? '../shared/resources/petrarch2-validation'
    : 'examples/dictionaries';
  const fmt = (n: number) => n.toFixed(1);
  const markdown = `## A user's dictionaries: load time (issue 17)

Command: \`npm run bench -- --only dictionaries\` · run ${new Date().toISOString().slice(0, 10)} · ${describeMachine(machine())}

The files of \`${shown}\` (${files.map((f) => path.basename(f.path)).join(', ')}): read, parsed,
compiled into the actor automaton and the verb matcher's index, in this process (the tokenizer warmed
first, as any extraction does). "first" is the first load; best and median of 7 more. Beside the
vendored dictionaries, the time includes loading the vendored automaton (about 120–130 ms alone,
section actors-dict) and checking each user phrase against it. Bar: the four files alone under 100 ms.

${table(
  ['mode', 'first (ms)', 'best (ms)', 'median (ms)'],
  rows.map((r) => [r.mode, fmt(r.first), fmt(r.best), fmt(r.median)]),
)}
`;
  return {
    markdown,
    figures: Object.fromEntries(
      rows.flatMap((r, i) => [
        [`first${i}`, r.first],
        [`median${i}`, r.median],
      ]),
    ),
  };
}
