/**
 * Writes a synthetic corpus of wire-style diplomatic news.
 *
 *   npm run corpus:synth -- --docs N --out DIR [--seed S] [--format txt|jsonl]
 *
 * txt (default): DIR/000000.txt … with YAML front matter, in subfolders of 1000 when N > 1000.
 * jsonl: one DIR/synth.jsonl with {"id","title","text","published","source"} per line.
 * The same --seed and --docs give byte-identical output; article i does not depend on N.
 */
import { DEFAULT_SEED, writeSynthCorpus, type SynthFormat } from '@/lib/synth';

const USAGE = 'usage: npm run corpus:synth -- --docs N --out DIR [--seed S] [--format txt|jsonl]';

interface Args {
  docs: number;
  out: string;
  seed: number;
  format: SynthFormat;
}

class ArgError extends Error {}

function parseArgs(argv: readonly string[]): Args | 'help' {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    const m = /^--(docs|out|seed|format)(?:=(.*))?$/.exec(arg);
    if (!m) throw new ArgError(`unknown argument "${arg}"`);
    const key = m[1]!;
    let value = m[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new ArgError(`--${key} needs a value`);
      i++;
    }
    values.set(key, value);
  }
  const docsText = values.get('docs');
  if (docsText === undefined) throw new ArgError('missing --docs N');
  if (!/^\d+$/.test(docsText)) throw new ArgError(`--docs must be a whole number, not "${docsText}"`);
  const docs = Number(docsText);
  if (!Number.isSafeInteger(docs)) throw new ArgError(`--docs ${docsText} is too large`);
  const out = values.get('out');
  if (out === undefined || out === '') throw new ArgError('missing --out DIR');
  const seedText = values.get('seed') ?? String(DEFAULT_SEED);
  if (!/^\d+$/.test(seedText) || Number(seedText) > 0xffffffff) {
    throw new ArgError(`--seed must be a whole number from 0 to 4294967295, not "${seedText}"`);
  }
  const format = values.get('format') ?? 'txt';
  if (format !== 'txt' && format !== 'jsonl')
    throw new ArgError(`--format must be txt or jsonl, not "${format}"`);
  return { docs, out, seed: Number(seedText), format };
}

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function main(): number {
  let args: Args | 'help';
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof ArgError) {
      process.stderr.write(`synth: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (args === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const started = performance.now();
  const { docs, format, out, seed } = args;
  const summary = writeSynthCorpus({
    docs,
    out,
    seed,
    format,
    every: 1000,
    onProgress: (done, bytes) => {
      if (performance.now() - started > 1000)
        process.stderr.write(`synth: ${done}/${docs} docs, ${mb(bytes)}\n`);
    },
  });
  const where = format === 'jsonl' ? `${out}/synth.jsonl` : out;
  process.stderr.write(
    `synth: wrote ${summary.docs} docs (${mb(summary.bytes)}, ${summary.files} file${summary.files === 1 ? '' : 's'}) ` +
      `to ${where} in ${(summary.ms / 1000).toFixed(1)} s (seed ${seed}, ${format})\n`,
  );
  return 0;
}

process.exitCode = main();
