/**
 * npm run build:actor-dict
 *
 * Reads the vendored PETRARCH2 Phoenix dictionaries and the project's additions
 * (lib/nlp/lexicon/phoenix/*.txt), and writes the compiled data the actor stage loads
 * (lib/nlp/lexicon/phoenix/actors.compiled.json.gz). Phrases are tokenised here with the project's
 * tokenizer, so the stage never runs it on the dictionaries. Prints what each file gave and every
 * line it could not take as written. Run it after editing any of the text files; the unit tests
 * check that the compiled file is in step with them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileDictionaries } from '@/lib/nlp/actors/dict/build';
import { COMPILED_FILE, encodeCompiled } from '@/lib/nlp/actors/dict/compiled';

const dir = path.dirname(COMPILED_FILE);
const { compiled, report } = compileDictionaries((name) => readFileSync(path.join(dir, name), 'utf8'));
for (const r of report) {
  process.stderr.write(
    `${r.file}: ${r.entries} entries, ${r.phrases} phrases, ${r.problems.length} problems\n`,
  );
  for (const p of r.problems) process.stderr.write(`  line ${p.line}: ${p.message}\n`);
}
const bytes = encodeCompiled(compiled);
writeFileSync(COMPILED_FILE, bytes);
process.stderr.write(
  `wrote ${path.relative(process.cwd(), COMPILED_FILE)} (${(bytes.length / 1024).toFixed(0)} KB)\n`,
);
