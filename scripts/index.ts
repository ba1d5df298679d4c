/**
 * npm run index -- [--reference-date YYYY-MM-DD] [--prune] [--workers N]
 *                   [--dictionaries DIR]... [--dictionaries-only DIR]... [PATH...]
 *
 * `--dictionaries DIR` (or DETENTE_DICTIONARIES) reads the PETRARCH-format dictionaries in DIR
 * beside the vendored ones; `--dictionaries-only DIR` instead of them. A change to them extracts
 * every document again (the stored version names them).
 * Indexes files and folders (default: DETENTE_CORPUS, else seeds/) into the database (DETENTE_DB,
 * default data/detente.db): only what is new or changed is extracted, what left is removed.
 * Documents of folders this run did not index (an earlier DETENTE_CORPUS) are named, and with
 * `--prune` dropped. Progress goes to stderr. It can run while the dashboard serves.
 */
import { corpusPaths, referenceDate as envReferenceDate } from '@/lib/config';
import { indexCorpus } from '@/lib/indexer';
import { indexWorkers } from '@/lib/indexer/pool';
import { sweepTemporaryFiles } from '@/lib/api/uploads';
import { drainUploads, recoverUploads } from '@/lib/indexer/uploads';
import { parseIsoDay } from '@/lib/nlp/dates';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  closeEngine,
  dataFolder,
  databasePath,
  databaseUrl,
  getEngine,
  getUploadQueue,
  SqliteStore,
  type Engine,
} from '@/lib/store';
import { openOrRebuild } from '@/lib/store/recover';
import { removeStored, settleCorpus } from '@/lib/domain';
import { addDictionaryFolders } from '@/lib/nlp/dictionaries';

const USAGE =
  'usage: npm run index -- [--reference-date YYYY-MM-DD] [--prune] [--workers N] [--dictionaries DIR]... [--dictionaries-only DIR]... [PATH...]';

/** A database URL without its password, for the log. */
function redacted(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

function fail(message: string): never {
  process.stderr.write(`index: ${message}\n${USAGE}\n`);
  process.exit(2);
}

export async function runIndex(
  argv: string[],
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
) {
  const paths: string[] = [];
  let referenceDate = envReferenceDate();
  let prune = false;
  let workers = indexWorkers();
  const dictionaries: string[] = [];
  let only = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--reference-date') {
      const v = argv[++i] ?? fail('--reference-date needs a value');
      if (!parseIsoDay(v) || !/^\d{4}-\d{2}-\d{2}$/.test(v))
        fail(`--reference-date must be a real day as YYYY-MM-DD, not "${v}"`);
      referenceDate = v;
    } else if (a === '--prune') {
      prune = true;
    } else if (a === '--workers') {
      const v = argv[++i] ?? fail('--workers needs a number');
      if (!/^\d{1,3}$/.test(v) || Number(v) < 1) fail(`--workers must be a whole number from 1, not "${v}"`);
      workers = Number(v);
    } else if (a === '--dictionaries' || a === '--dictionaries-only') {
      dictionaries.push(argv[++i] ?? fail(`${a} needs a folder`));
      if (a === '--dictionaries-only') only = true;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else paths.push(a);
  }
  // before any extraction thread starts: they read the folders from the environment
  addDictionaryFolders(dictionaries, only);
  const roots = paths.length ? paths : corpusPaths();
  const url = databaseUrl();
  let store: SqliteStore | Engine;
  let target: string;
  if (url) {
    // PostgreSQL (DETENTE_DATABASE_URL): the schema is made or migrated on connecting
    store = await getEngine();
    target = redacted(url);
  } else {
    const file = databasePath();
    target = file;
    // everything in the database comes from the corpus and the uploads folder: a damaged file is
    // moved aside and rebuilt from them
    const opened = openOrRebuild(file);
    store = opened.store;
    if (opened.created) log(`index: no database at ${file}: creating it`);
    if (opened.rebuilt)
      log(
        `index: the database ${file} is damaged (${opened.rebuilt.reason}); moved it to ${opened.rebuilt.movedTo}; ` +
          'rebuilding it from the corpus and the uploads folder',
      );
  }
  const started = Date.now();
  log(`index: ${roots.join(', ')} → ${target} (${workers} extraction thread${workers === 1 ? '' : 's'})`);
  let lastLine = 0;
  const result = await indexCorpus(store, roots, {
    referenceDate,
    workers,
    onProgress(s) {
      if (Date.now() - lastLine < 1000) return;
      lastLine = Date.now();
      log(
        `index: ${s.done}/${s.total} documents (${s.extracted} extracted, ${s.unchanged} unchanged${s.elsewhere ? `, ${s.elsewhere} by another indexer` : ''}), ${s.problems} problems`,
      );
    },
  });
  // uploads acknowledged before a crash are in the uploads folder: index them too
  const uploads = path.join(dataFolder(), 'uploads');
  if (!paths.length && existsSync(uploads)) {
    // the queue is in the store in use: the SQLite file, or PostgreSQL's queue every instance shares
    const queue = store instanceof SqliteStore ? store : await getUploadQueue();
    const target = store instanceof SqliteStore ? undefined : store;
    const swept = await sweepTemporaryFiles(uploads);
    if (swept.length) log(`index: removed ${swept.length} unfinished upload file(s) (*.tmp) left by a crash`);
    const u = await recoverUploads(queue, { folder: uploads, referenceDate, target });
    if (u.extracted) log(`index: ${u.extracted} uploaded documents extracted`);
    // what the web server queued meanwhile (npm start goes on doing this while it serves)
    const queued = await drainUploads(queue, { folder: uploads, referenceDate, target });
    if (queued) log(`index: ${queued} queued uploads extracted`);
  }
  for (const p of result.problemList) log(`index: ${p.path}: ${p.message}`);
  // folders indexed earlier (another DETENTE_CORPUS) that this run did not read
  const indexed = roots.map((r) => path.resolve(r));
  const stale = (await store.corpusRoots()).filter((r) => !indexed.includes(r.root));
  if (stale.length && prune) {
    let dropped = 0;
    for (const r of stale)
      for (const id of await store.documentsUnder(r.root, 'corpus')) {
        await removeStored(store, id);
        dropped++;
      }
    await settleCorpus(store);
    log(`index: --prune dropped ${dropped} documents of ${stale.map((r) => r.root).join(', ')}`);
  } else if (stale.length) {
    for (const r of stale)
      log(
        `index: the database also holds ${r.documents} document${r.documents === 1 ? '' : 's'} of ${r.root}, which this run did not index; \`npm run index -- --prune\` drops them`,
      );
  }
  const stats = await store.stats();
  log(
    `index: done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.extracted} extracted, ${result.unchanged} unchanged, ` +
      (result.elsewhere ? `${result.elsewhere} extracted by another indexer, ` : '') +
      `${result.removed} removed, ${result.problems} problems; the database holds ${stats.documents} documents, ${stats.events} events, ${stats.actors} actors`,
  );
  // the SQLite handle is this run's; PostgreSQL's connections are the process's (closeEngine)
  if (store instanceof SqliteStore) store.close();
  return result;
}

// run as a script (not when imported by serve.ts)
if (process.argv[1] && /index\.ts$/.test(process.argv[1])) {
  runIndex(process.argv.slice(2))
    .then(() => closeEngine())
    .catch((e: unknown) => {
      process.stderr.write(`index: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    });
}
