/**
 * Compiles the vendored CAMEO verb dictionary and CAMEO→PLOVER table (lib/nlp/cameo/dict) into
 * lib/nlp/cameo/dict/cameo.json.gz, which the event stage loads once (lib/nlp/cameo/load.ts).
 *
 *   npm run build:cameo             writes the file and prints the counts and the skipped lines
 *   npm run build:cameo -- --check  exits 1 when the committed file differs from a fresh build
 *
 * The output is deterministic (same inputs, same bytes): gzip without a timestamp.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileCameo } from '@/lib/nlp/cameo/compile';
import { CAMEO_FILE, readCameo } from '@/lib/nlp/cameo/load';

const DICT = path.dirname(CAMEO_FILE);
const VERBS = 'CAMEO.2.0.txt';
const PLOVER = 'CAMEO2PLOVER-2021.txt';

function source(file: string) {
  const bytes = readFileSync(path.join(DICT, file));
  return { bytes, meta: { file, sha256: createHash('sha256').update(bytes).digest('hex') } };
}

const check = process.argv.includes('--check');
const verbs = source(VERBS);
const plover = source(PLOVER);
const compiled = compileCameo(verbs.bytes.toString('utf8'), plover.bytes.toString('utf8'), {
  verbs: verbs.meta,
  plover: plover.meta,
});
const out = gzipSync(Buffer.from(JSON.stringify(compiled)), { level: 9 });

const c = compiled.counts;
process.stderr.write(
  `${VERBS}: ${c.synsets} synsets (${c.synsetMembers} members), ${c.blocks} verb blocks, ${c.verbs} verbs, ` +
    `${c.patterns} patterns (${c.patternsWithUndefinedSynsets} name an undefined synset), ` +
    `${c.transformations} transformations; ${compiled.skipped.verbs.length} lines skipped\n`,
);
for (const s of compiled.skipped.verbs) process.stderr.write(`  line ${s.line}: ${s.reason}: ${s.text}\n`);
process.stderr.write(`${PLOVER}: ${c.ploverCodes} codes; ${compiled.skipped.plover.length} lines skipped\n`);
for (const s of compiled.skipped.plover) process.stderr.write(`  line ${s.line}: ${s.reason}: ${s.text}\n`);

if (check) {
  const same = existsSync(CAMEO_FILE) && readFileSync(CAMEO_FILE).equals(out);
  process.stderr.write(
    same ? `${CAMEO_FILE} is up to date\n` : `${CAMEO_FILE} is stale: run npm run build:cameo\n`,
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(CAMEO_FILE, out);
const t0 = performance.now();
readCameo(CAMEO_FILE);
process.stderr.write(
  `wrote ${path.relative(process.cwd(), CAMEO_FILE)} (${(out.length / 1024).toFixed(1)} KB); ` +
    `read back and indexed in ${(performance.now() - t0).toFixed(1)} ms\n`,
);
