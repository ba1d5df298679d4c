/**
 * npm run --silent extract -- [--reference-date YYYY-MM-DD] [--max-bytes N] [--syntax]
 *                             [--dictionaries DIR]... [--dictionaries-only DIR]... PATH...
 *
 * `--dictionaries DIR` reads the PETRARCH-format dictionaries in DIR beside the vendored ones (the
 * user's entries win); `--dictionaries-only DIR` reads them instead. Their problems (a line that
 * could not be read, a phrase coded otherwise by the vendored lists) are listed in `problems`.
 * `--syntax` adds `syntax`: each sentence's UD tokens with tags, lemmas, heads and relations.
 * Prints the JSON of ../shared/CONTRACT.md on stdout and nothing else; progress and problems go to
 * stderr. Exit 0 on success, 1 when nothing at all could be read, 2 on bad arguments.
 */
import { parseIsoDay } from '@/lib/nlp/dates';
import { extractCorpus } from '@/lib/extract';
import { addDictionaryFolders } from '@/lib/nlp/dictionaries/user';

const USAGE =
  'usage: npm run --silent extract -- [--reference-date YYYY-MM-DD] [--max-bytes N] [--syntax] [--dictionaries DIR]... [--dictionaries-only DIR]... PATH...';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const paths: string[] = [];
  let referenceDate: string | null = null;
  let maxBytes: number | undefined;
  let syntax = false;
  const dictionaries: string[] = [];
  let only = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`);
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (flag === '--reference-date') {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !parseIsoDay(v))
        fail(`--reference-date must be a real day as YYYY-MM-DD, not "${v}"`);
      referenceDate = v;
    } else if (flag === '--max-bytes') {
      const v = value();
      maxBytes = Number(v);
      if (!Number.isInteger(maxBytes) || maxBytes <= 0)
        fail(`--max-bytes must be a positive whole number, not "${v}"`);
    } else if (flag === '--syntax') {
      syntax = true;
    } else if (flag === '--dictionaries' || flag === '--dictionaries-only') {
      dictionaries.push(value());
      if (flag === '--dictionaries-only') only = true;
    } else if (a.startsWith('--')) {
      fail(`unknown option ${flag}`);
    } else {
      paths.push(a);
    }
  }
  if (paths.length === 0) fail('no PATH given');
  return { paths, referenceDate, maxBytes, syntax, dictionaries, only };
}

async function main() {
  const { paths, referenceDate, maxBytes, syntax, dictionaries, only } = parseArgs(process.argv.slice(2));
  addDictionaryFolders(dictionaries, only);
  const started = Date.now();
  let lastReport = started;
  let reportedProblems = 0;
  const out = await extractCorpus(paths, {
    referenceDate,
    maxBytes,
    syntax,
    onProgress(p) {
      const now = Date.now();
      // Quiet for quick runs; a line a second once the work takes longer than that.
      if (now - lastReport >= 1000) {
        lastReport = now;
        process.stderr.write(
          `extract: ${p.documents} documents, ${(p.chars / 1e6).toFixed(1)} M chars, ${p.problems} problems, ${((now - started) / 1000).toFixed(0)} s\n`,
        );
      }
    },
  });
  for (const p of out.problems.slice(reportedProblems))
    process.stderr.write(`extract: ${p.path}: ${p.message}\n`);
  reportedProblems = out.problems.length;
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  if (Date.now() - started > 1000) {
    process.stderr.write(
      `extract: done, ${out.documents.length} documents, ${out.timexes.length} time expressions, ${out.problems.length} problems in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  process.exitCode = out.documents.length === 0 ? 1 : 0;
}

main().catch((e: unknown) => {
  process.stderr.write(`extract: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
