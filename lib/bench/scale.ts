/**
 * A PostgreSQL database at the scale extraction cannot reach in a benchmark: extracted articles
 * stored again and again under new ids (`npm run bench -- --only api --engine postgres --api-events N`).
 */
import { putExtraction, settleCorpus } from '@/lib/domain';
import { EXTRACTOR_VERSION, extractDocument } from '@/lib/nlp/pipeline';
import { PostgresStore } from '@/lib/store/postgres';
import { createDatabase } from '@/lib/store/postgres/local';
import { synthArticles } from '@/lib/synth';

/**
 * `events` events written straight into a new PostgreSQL database, without extraction (it makes
 * about 900 events/s here): 200 synthetic articles are extracted once, then stored again and again
 * under new ids, each copy's events on a day of their own (so no copy is a duplicate of another),
 * until the events are there; then the corpus is settled once.
 */
export async function writeCopies(url: string, events: number, name = 'bench_scale') {
  const dbUrl = await createDatabase(url, name);
  const store = await PostgresStore.open(dbUrl);
  const base = [...synthArticles(200, 3)].map((a) =>
    extractDocument({
      id: a.id,
      title: a.title,
      text: a.text,
      published: a.published,
      path: `/corpus/${a.id}.txt`,
    }),
  );
  const t0 = performance.now();
  let written = 0;
  let docs = 0;
  for (let copy = 0; written < events; copy++) {
    const day = new Date(Date.UTC(2000, 0, 1) + copy * 86_400_000).toISOString().slice(0, 10);
    for (const x of base) {
      if (written >= events) break;
      const id = `${x.document.id}-c${copy}`;
      const date = {
        value: day,
        start: day,
        end: day,
        text: day,
        basis: 'explicit' as const,
        anchor: 'clause' as const,
      };
      await putExtraction(
        store,
        {
          ...x,
          document: { ...x.document, id },
          mentions: x.mentions.map((m) => ({ ...m, documentId: id })),
          timexes: x.timexes.map((t) => ({ ...t, documentId: id })),
          events: x.events.map((e) => ({
            ...e,
            id: `${e.id}-c${copy}`,
            documentId: id,
            date,
            evidence: e.evidence.map((v) => ({ ...v, documentId: id })),
          })),
        },
        { origin: 'corpus', root: '/corpus', contentHash: `copy-${id}`, extractorVersion: EXTRACTOR_VERSION },
      );
      written += x.events.length;
      docs++;
      if (docs % 2000 === 0) process.stderr.write(`bench: written ${docs} documents, ${written} events\n`);
    }
  }
  await settleCorpus(store);
  const seconds = (performance.now() - t0) / 1000;
  const stats = await store.stats();
  await store.close();
  process.stderr.write(
    `bench: PostgreSQL, written directly: ${docs} documents, ${stats.events} events in ${seconds.toFixed(1)} s\n`,
  );
  return { served: dbUrl, run: { workers: 0, docs, events: stats.events, seconds } };
}
