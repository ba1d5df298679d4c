/**
 * npm run eval [-- --no-write]
 *
 * Scores the extractor against the shared gold data when ../shared/eval is beside the project (it
 * is not in a user's clone: then this says so and stops). Prints a table and writes it to
 * docs/ACCURACY.md between markers, with the commands that give each figure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { table, writeSection, describeMachine, machine } from '@/lib/bench/report';

const shared = path.resolve(process.cwd(), '..', 'shared', 'eval');
const RUNS: { kind: string; gold: string; keys: string[]; extract?: string[] }[] = [
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
    // PETRARCH2's own unit tests, a made-up world coded with its validation dictionaries (issue 17)
    kind: 'events',
    gold: 'dev/petrarch_unittest.jsonl',
    keys: ['pair_precision', 'pair_recall', 'pair_f1'],
    extract: ['--dictionaries-only', '../shared/resources/petrarch2-validation'],
  },
  {
    kind: 'actors',
    gold: 'dev/meantime_actors.jsonl',
    keys: ['precision', 'recall', 'f1', 'merge_precision'],
  },
];

/**
 * The two rates that say whether the event rules generalise, on a dev set of events: of the gold
 * events whose two actors the extractor found in the record (as mentions), the share it attached
 * to an event (a rule that only fits the sentences it was written for leaves this low on new text),
 * and system events with both sides per gold event (far above 1 means guessing). Matching is
 * score.py's own (imported from ../shared/eval), so the rates agree with the scores above.
 */
const RATES = `
import json, sys
sys.path.insert(0, sys.argv[1])
import score as S
gold = S.load_jsonl(sys.argv[2]); out = json.load(open(sys.argv[3]))
actors = {a["id"]: a for a in out.get("actors", [])}
by = S.events_by_doc(out)
present = {}
for m in out.get("mentions", []):
    present.setdefault(m["documentId"], set()).add(m["actorId"])
n_gold = n_sys = n_present = n_found = 0
for rec in gold:
    evs = [e for e in by.get(rec["id"], []) if e.get("source") and e.get("target")]
    golds = [g for g in rec.get("events", []) if g.get("target")]
    here = [actors[a] for a in present.get(rec["id"], set()) if a in actors]
    n_gold += len(golds); n_sys += len(evs)
    for g in golds:
        def has(code, text): return any(S.actor_matches(a, code, text) for a in here)
        if not (has(g["source"], g.get("source_text")) and has(g["target"], g.get("target_text"))): continue
        n_present += 1
        def d(s, t): return any(S.actor_matches(actors.get(x), g["source"], g.get("source_text")) for x in s) and any(S.actor_matches(actors.get(x), g["target"], g.get("target_text")) for x in t)
        if any(d(e["source"], e["target"]) or (e.get("symmetric") and d(e["target"], e["source"])) for e in evs): n_found += 1
r = lambda a, b: round(a / b, 3) if b else 0
print(json.dumps({"found_when_actors_present": r(n_found, n_present), "actors_present": n_present, "events_per_gold_event": r(n_sys, n_gold)}))
`;

/** Runs the extractor on a dev set's input and computes RATES on its output. */
function rates(gold: string, extract: string[] = []): Record<string, number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-eval-'));
  try {
    const input = execFileSync('python3', [path.join(shared, 'score.py'), 'input', gold], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    writeFileSync(path.join(dir, 'in.jsonl'), input);
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'extract', '--', ...extract, path.join(dir, 'in.jsonl')],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 1 << 28,
      },
    );
    writeFileSync(path.join(dir, 'out.json'), out);
    const json = execFileSync('python3', ['-c', RATES, shared, gold, path.join(dir, 'out.json')], {
      encoding: 'utf8',
    });
    return JSON.parse(json) as Record<string, number>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
    const extra = r.extract ? ['--', ...r.extract] : [];
    const command = `../shared/eval/run.sh ${r.kind} ../shared/eval/${r.gold}${r.extract ? ` . ${extra.join(' ')}` : ''}`;
    process.stderr.write(`eval: ${command}\n`);
    const out = execFileSync(
      path.join(shared, 'run.sh'),
      [r.kind, path.join(shared, r.gold), '.', '--json', ...extra],
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
    if (r.kind === 'events') {
      const g = rates(path.join(shared, r.gold), r.extract);
      const line = `found when both actors are present ${g.found_when_actors_present} (of ${g.actors_present}), events per gold event ${g.events_per_gold_event}`;
      process.stdout.write(`  rates ${r.gold}: ${line}\n`);
      rows.push([`\`npm run eval\` (rates, ${r.gold})`, line]);
    }
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
