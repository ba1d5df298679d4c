/**
 * Benchmark of the actor dictionaries (lib/nlp/actors/dict): the time to load the compiled file and
 * build the automaton, and the speed of matching every dictionary phrase over the tokens of
 * synthetic wire news (lib/synth), one core. Bars (issue 13): load ≤ 300 ms, ≥ 5 MB/s over tokens.
 */
import { readFileSync } from 'node:fs';
import { describeMachine, machine, table } from '@/lib/bench/report';
import { actorDictionaries, buildDictionaries } from '@/lib/nlp/actors/dict';
import { COMPILED_FILE, decodeCompiled } from '@/lib/nlp/actors/dict/compiled';
import { splitSentences } from '@/lib/nlp/sentences';
import { tokenize } from '@/lib/nlp/tokens';
import { synthArticles } from '@/lib/synth';

/** Best of `runs` timings of `fn`: wall clock and this process's CPU time, in seconds. */
function timeBest(fn: () => void, runs: number): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall = Math.min(wall, (performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
  }
  return { wall, cpu };
}

export async function benchActorDict(
  options: { docs?: number; seed?: number } = {},
): Promise<{ markdown: string; figures: Record<string, number> }> {
  const docs = options.docs ?? 300;
  const seed = options.seed ?? 1;
  // the first load in this process is the cold one the stage pays
  const cold = actorDictionaries();
  const warm = timeBest(() => buildDictionaries(decodeCompiled(readFileSync(COMPILED_FILE))), 3);

  const sentences: string[][] = [];
  let bytes = 0;
  for (const a of synthArticles(docs, seed)) {
    bytes += Buffer.byteLength(a.text, 'utf8');
    const toks = tokenize(a.text, splitSentences(a.text));
    let cur: string[] = [];
    let s = -1;
    for (const t of toks) {
      if (t.sentence !== s) {
        if (cur.length) sentences.push(cur);
        cur = [];
        s = t.sentence;
      }
      cur.push(t.lower);
    }
    if (cur.length) sentences.push(cur);
  }
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  let hits = 0;
  const trie = cold.trie;
  const match = timeBest(() => {
    hits = 0;
    for (const s of sentences) hits += trie.matchAll(s).length;
  }, 3);

  const figures = {
    phrases: trie.size,
    loadColdMs: Math.round(cold.loadMs),
    loadWarmMs: Math.round(warm.wall * 1000),
    loadWarmCpuMs: Math.round(warm.cpu * 1000),
    tokens,
    megabytes: Number((bytes / 1e6).toFixed(2)),
    matches: hits,
    matchMBPerSec: Number((bytes / 1e6 / match.wall).toFixed(1)),
    matchMBPerCpuSec: Number((bytes / 1e6 / match.cpu).toFixed(1)),
    matchTokensPerSec: Math.round(tokens / match.wall),
  };
  const markdown = `## Actor dictionaries: load and match

Command: \`npm run bench -- --only actors-dict\` (lib/bench/actors-dict.ts) · run ${new Date().toISOString().slice(0, 10)} · ${describeMachine(machine())}

All the Phoenix dictionaries and the project's additions (${figures.phrases} phrases) in one token
automaton. Load: reading \`lib/nlp/lexicon/phoenix/actors.compiled.json.gz\`, gunzip, JSON, filling
the automaton from its stored arrays; cold is the first load of the process (what the actor stage pays once), warm the
best of three more. Match: every longest match over the lower-cased tokens of ${docs} synthetic
wire articles (\`lib/synth\`, seed ${seed}; ${figures.megabytes} MB, ${figures.tokens} tokens, already
tokenised), best of three passes, one core. Bars (issue 13): load ≤ 300 ms, match ≥ 5 MB/s.

${table(
  ['figure', 'value'],
  [
    ['phrases', figures.phrases],
    ['load, cold (ms)', figures.loadColdMs],
    ['load, warm (ms, wall / CPU)', `${figures.loadWarmMs} / ${figures.loadWarmCpuMs}`],
    ['match (MB/s, wall clock)', figures.matchMBPerSec],
    ['match (MB per CPU second)', figures.matchMBPerCpuSec],
    ['match (tokens/s)', figures.matchTokensPerSec],
    ['matches', figures.matches],
  ],
)}
`;
  return { markdown, figures };
}
