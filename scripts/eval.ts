/**
 * npm run eval [-- --no-write]
 *
 * Scores the extractor against the shared gold data when ../shared/eval is beside the project (it
 * is not in a user's clone: then this says so and stops). Prints a table and writes it to
 * docs/ACCURACY.md between markers, with the commands that give each figure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { table, writeSection, describeMachine, machine } from '@/lib/bench/report';

const shared = path.resolve(process.cwd(), '..', 'shared', 'eval');
const RUNS: { kind: string; gold: string; keys: string[] }[] = [
  {
    kind: 'seed',
    gold: 'seed.gold.json',
    keys: ['actor_recall', 'interaction_precision', 'interaction_recall', 'f1', 'date_accuracy'],
  },
  {
    kind: 'timex',
    gold: 'dev/meantime_timex.jsonl',
    keys: ['strict_f1', 'relaxed_p', 'relaxed_r', 'relaxed_f1', 'value_f1'],
  },
  {
    kind: 'events',
    gold: 'dev/plover_gsr_cameo.jsonl',
    keys: ['pair_precision', 'pair_recall', 'pair_f1', 'precision', 'recall', 'f1'],
  },
  {
    kind: 'events',
    gold: 'dev/petrarch2_gsr_validation.jsonl',
    keys: ['pair_precision', 'pair_recall', 'pair_f1', 'precision', 'recall', 'f1'],
  },
  {
    kind: 'actors',
    gold: 'dev/meantime_actors.jsonl',
    keys: ['precision', 'recall', 'f1', 'merge_precision'],
  },
];

function main() {
  if (!existsSync(path.join(shared, 'run.sh'))) {
    process.stderr.write(
      `eval: no gold data at ${shared} (it is not part of the project); nothing to score\n`,
    );
    return;
  }
  const write = !process.argv.includes('--no-write');
  const rows: (string | number)[][] = [];
  for (const r of RUNS) {
    const command = `../shared/eval/run.sh ${r.kind} ../shared/eval/${r.gold}`;
    process.stderr.write(`eval: ${command}\n`);
    const out = execFileSync(
      path.join(shared, 'run.sh'),
      [r.kind, path.join(shared, r.gold), '.', '--json'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 1 << 28,
      },
    );
    const report = JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
    const figures = r.keys.map((k) => `${k} ${report[k]}`).join(', ');
    process.stdout.write(`${r.kind} ${r.gold}: ${figures}\n`);
    rows.push([`\`${command}\``, figures]);
  }
  if (write) {
    writeSection(
      'docs/ACCURACY.md',
      'scores',
      `## Scores

Written by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)} (${describeMachine(machine())}).
Each line's command, run from the project root with ../shared beside it, gives its figures.

${table(['command', 'figures'], rows)}
`,
    );
    process.stderr.write('eval: wrote docs/ACCURACY.md\n');
  }
}

main();
