/**
 * Benchmark of the syntax stages (lib/nlp/syntax) on one core: model load time and memory, tagging
 * and parsing speed, tokeniser speed, over synthetic wire-style news (lib/synth).
 */
import { describeMachine, machine, table } from '@/lib/bench/report';
import { splitSentences } from '@/lib/nlp/sentences';
import { analyseSentences } from '@/lib/nlp/syntax/analyse';
import { MODEL_FILE, readModel } from '@/lib/nlp/syntax/model';
import { tokenize } from '@/lib/nlp/syntax/tokenize';
import { synthArticles } from '@/lib/synth';

/** Settings of the benchmark. */
export interface SyntaxBenchOptions {
  /** Model file to load. */
  model: string;
  /** Synthetic articles to parse (about 25 sentences each). */
  docs: number;
  /** Seed of the synthetic corpus. */
  seed: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

/**
 * Best of `runs` timings of `fn`, in seconds: wall clock, and this process's CPU time (which a
 * busy machine inflates less: other processes take turns on the core but not the count).
 */
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

/** Runs the benchmark and returns a Markdown section and its figures. */
export async function benchSyntax(
  options: Partial<SyntaxBenchOptions> = {},
): Promise<{ markdown: string; figures: Record<string, number> }> {
  const o: SyntaxBenchOptions = { model: MODEL_FILE, docs: 150, seed: 1, ...options };
  // sentences first, so that making the corpus is not timed and does not sit in the memory figures
  const sentences: string[] = [];
  /** First sentence of each article: the pipeline parses a document at a time. */
  const docStarts: number[] = [];
  for (const a of synthArticles(o.docs, o.seed)) {
    docStarts.push(sentences.length);
    for (const s of splitSentences(a.text)) sentences.push(a.text.slice(s.start, s.end));
  }
  docStarts.push(sentences.length);
  const chars = sentences.reduce((n, s) => n + s.length, 0);
  global.gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const model = readModel(o.model);
  const loadMs = performance.now() - t0;
  global.gc?.();
  const after = process.memoryUsage();

  // tokeniser alone
  const forms: string[][] = sentences.map((s) => tokenize(s).map((t) => t.form));
  const tokens = forms.reduce((n, f) => n + f.length, 0);
  const tok = timeBest(() => {
    for (const s of sentences) tokenize(s);
  }, 3);

  // warm-up, then tag + lemmatise + parse a document at a time, best of three passes
  analyseSentences(model, forms.slice(0, 500));
  const parse = timeBest(() => {
    for (let d = 0; d + 1 < docStarts.length; d++) {
      analyseSentences(model, forms.slice(docStarts[d], docStarts[d + 1]));
    }
  }, 3);
  const peak = process.memoryUsage();

  const figures = {
    sentences: sentences.length,
    tokens,
    loadMs: Math.round(loadMs),
    rssBeforeLoadMB: Number(mb(before.rss).toFixed(1)),
    rssAfterLoadMB: Number(mb(after.rss).toFixed(1)),
    rssModelMB: Number(mb(after.rss - before.rss).toFixed(1)),
    heapModelMB: Number(
      mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers).toFixed(1),
    ),
    rssAfterParseMB: Number(mb(peak.rss).toFixed(1)),
    parseTokensPerSec: Math.round(tokens / parse.wall),
    parseTokensPerCpuSec: Math.round(tokens / parse.cpu),
    tokenizeTokensPerSec: Math.round(tokens / tok.wall),
    tokenizeMBPerSec: Number((chars / 1e6 / tok.wall).toFixed(2)),
  };
  const markdown = `## Syntax: tagger, lemmatiser and parser

Command: \`npm run bench\` (lib/bench/syntax.ts) · run ${new Date().toISOString().slice(0, 10)} · ${describeMachine(machine())}

${figures.sentences} sentences (${figures.tokens} tokens) of synthetic wire news (\`lib/synth\`, ${o.docs} articles,
seed ${o.seed}), split by the project's sentence splitter, on one core. Tag + parse counts tagging,
lemmatising, parsing and labelling of tokens already cut, a document at a time (\`analyseSentences\`,
as \`parseText\` does); the tokeniser is timed apart. Each is the
best of three passes, by the wall clock and by the process's CPU time (the second is less
inflated when other processes share the machine). Memory: the process's RSS just before and just
after reading the model (\`${o.model.replace(process.cwd() + '/', '')}\`), after a garbage collection
when node runs with --expose-gc.

${table(
  ['figure', 'value'],
  [
    ['model load (ms)', figures.loadMs],
    ['RSS before load (MB)', figures.rssBeforeLoadMB],
    ['RSS after load (MB)', figures.rssAfterLoadMB],
    ['RSS of the model (MB)', figures.rssModelMB],
    ['tag + parse (tokens/s, wall clock)', figures.parseTokensPerSec],
    ['tag + parse (tokens per CPU second)', figures.parseTokensPerCpuSec],
    ['tokenise (tokens/s)', figures.tokenizeTokensPerSec],
    ['tokenise (MB/s)', figures.tokenizeMBPerSec],
    ['RSS after parsing (MB)', figures.rssAfterParseMB],
  ],
)}
`;
  return { markdown, figures };
}
