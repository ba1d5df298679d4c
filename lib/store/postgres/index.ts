/**
 * The PostgreSQL engine: the same questions and writes as the SQLite store (lib/store/sqlite.ts),
 * answered by a server that several instances share. Selected by `DETENTE_DATABASE_URL=postgres://…`.
 *
 *   const store = await PostgresStore.open('postgres://detente@127.0.0.1:5432/detente');
 *   await putExtraction(store, extraction, meta);   // lib/domain
 *   await settleCorpus(store);
 *   const page = await store.events(filters, { limit: 50, cursor: null });
 *   await store.close();
 *
 * Writes take one transaction-level advisory lock, so writers run one at a time as SQLite's do and
 * the duplicate check sees every earlier event; readers never wait. Every write bumps
 * `meta.data_version`, which `version()` reads: the instances sharing the database key their caches
 * on it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Bin, Filters, PageRequest } from '@/lib/filters';
import type { ActorLabel, ContractEvent } from '@/lib/model';
import {
  decodeCursor as dec,
  encodeCursor as enc,
  graphFromRows,
  indexStateOf,
  searchWords,
} from '../common';
import type {
  ActorSummary,
  AsyncStoreReader,
  AsyncStoreWriter,
  DocumentDetail,
  DocumentSummary,
  EventRecord,
  Graph,
  IndexState,
  Page,
  SameEvent,
  SettledActors,
  StoredActorRecord,
  StoredDocument,
  StoreStats,
  TimelineBin,
} from '../types';
import { PG_MIGRATIONS } from './schema';
import { EVENT_COLUMNS, eventOfRow, eventRow, POSTGRES_ENCODING, storedStance } from '../event-columns';

/** The events table's columns (lib/store/event-columns), "symmetric" quoted: a reserved word here. */
const quoted = (name: string) => (name === 'symmetric' ? '"symmetric"' : name);
const COLUMN_NAMES = EVENT_COLUMNS.map((c) => quoted(c.name)).join(', ');
const COLUMN_TYPES = EVENT_COLUMNS.map((c) => `${quoted(c.name)} ${c.pg}`).join(', ');

type Row = Record<string, unknown>;
type Client = pg.PoolClient | pg.Pool;

/** How long an indexer's claim on a document holds when it never stores it (it died). */
const CLAIM_MINUTES = 10;

/** The advisory lock every write holds (one writer at a time, any instance). */
const WRITE_LOCK = 0x6465_7465; // "dete"

/** Runs `fn` in a transaction on a client of the pool: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

/** Numbered SQL parameters: `p.add(v)` returns `$n`. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
  list(vs: readonly unknown[]): string {
    return vs.map((v) => this.add(v)).join(', ');
  }
}

const str = (v: unknown) => (v == null ? null : String(v));
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

export class PostgresStore implements AsyncStoreReader, AsyncStoreWriter {
  private constructor(
    readonly pool: pg.Pool,
    private readonly storeId: string,
  ) {}

  /** Connects, runs the migrations the database lacks (once, whichever instance comes first). */
  static async open(url: string, options: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
    try {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        await c.query('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
        const v = await c.query("SELECT value FROM meta WHERE key = 'schema_version'");
        const current = Number(v.rows[0]?.value ?? 0);
        for (const m of PG_MIGRATIONS) {
          if (m.version <= current) continue;
          await c.query(m.sql);
          await c.query(
            "INSERT INTO meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [String(m.version)],
          );
        }
        await c.query(
          "INSERT INTO meta (key, value) VALUES ('store_id', $1), ('data_version', '0') ON CONFLICT (key) DO NOTHING",
          [randomBytes(6).toString('base64url')],
        );
        const id = await c.query("SELECT value FROM meta WHERE key = 'store_id'");
        await c.query('COMMIT');
        return new PostgresStore(pool, String(id.rows[0].value));
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    } catch (e) {
      await pool.end().catch(() => {});
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async schemaVersion(): Promise<number> {
    const r = await this.pool.query("SELECT value FROM meta WHERE key = 'schema_version'");
    return Number(r.rows[0]?.value ?? 0);
  }

  async version(): Promise<string> {
    const r = await this.pool.query("SELECT value FROM meta WHERE key = 'data_version'");
    return `${this.storeId}.${r.rows[0]?.value ?? 0}`;
  }

  /** Runs `fn` in a write transaction: the write lock held, the data version bumped on commit. */
  private write<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const out = await fn(c);
      await c.query("UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'data_version'");
      return out;
    });
  }

  // ---- writes -----------------------------------------------------------------------------------

  async documentState(
    id: string,
  ): Promise<
    { contentHash: string; extractorVersion: string; origin: 'corpus' | 'upload'; path: string } | undefined
  > {
    const r = (
      await this.pool.query(
        'SELECT content_hash, extractor_version, origin, path FROM documents WHERE id = $1',
        [id],
      )
    ).rows[0] as Row | undefined;
    return r
      ? {
          contentHash: String(r.content_hash),
          extractorVersion: String(r.extractor_version),
          origin: r.origin as 'corpus' | 'upload',
          path: String(r.path),
        }
      : undefined;
  }

  async documentCounts(id: string): Promise<{
    title: string;
    published: string | null;
    events: number;
    actors: number;
    timexes: number;
  } | null> {
    const r = (
      await this.pool.query(
        `SELECT title, published, event_count,
           (SELECT count(*) FROM actor_records a WHERE a.document_id = d.id) AS actors,
           (SELECT count(*) FROM timexes t WHERE t.document_id = d.id) AS timexes
         FROM documents d WHERE id = $1`,
        [id],
      )
    ).rows[0] as Row | undefined;
    return r
      ? {
          title: String(r.title),
          published: str(r.published),
          events: Number(r.event_count),
          actors: Number(r.actors),
          timexes: Number(r.timexes),
        }
      : null;
  }

  async corpusRoots(): Promise<{ root: string; documents: number }[]> {
    const r = await this.pool.query(
      "SELECT root, count(*) AS n FROM documents WHERE origin = 'corpus' AND root IS NOT NULL GROUP BY root ORDER BY root",
    );
    return r.rows.map((x: Row) => ({ root: String(x.root), documents: Number(x.n) }));
  }

  async documentsUnder(root: string, origin: 'corpus' | 'upload' = 'corpus'): Promise<string[]> {
    const r = await this.pool.query('SELECT id FROM documents WHERE origin = $1 AND root = $2 ORDER BY id', [
      origin,
      root,
    ]);
    return r.rows.map((x: Row) => String(x.id));
  }

  async putDocument(doc: StoredDocument, sameEvent: SameEvent): Promise<void> {
    const now = new Date().toISOString();
    await this.write(async (c) => {
      await this.removeRows(c, doc.id, sameEvent);
      await c.query(
        `INSERT INTO documents (id, origin, root, path, title, published, published_basis, source, url, text, content_hash, extractor_version, indexed_at, event_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          doc.id,
          doc.origin,
          doc.root,
          doc.path,
          doc.title,
          doc.published,
          doc.publishedBasis,
          doc.source,
          doc.url,
          doc.text,
          doc.contentHash,
          doc.extractorVersion,
          now,
          doc.events.length,
        ],
      );
      // one statement per table: a document is a handful of round trips, whatever its size
      if (doc.actors.length) {
        const rows = JSON.stringify(
          doc.actors.map((a) => ({
            raw_id: a.id,
            name: a.name,
            kind: a.kind,
            country: a.country,
            aliases: a.aliases,
            mentions: a.mentions,
            tentative: a.tentative,
            opening_only: a.openingOnly,
            code: a.code,
            role: a.role,
            trail: a.trail,
          })),
        );
        const recordset = `jsonb_to_recordset($2::jsonb) AS x(raw_id text, name text, kind text, country text, aliases jsonb,
          mentions int, tentative boolean, opening_only boolean, code text, role text, trail jsonb)`;
        await c.query(
          `INSERT INTO actor_records (document_id, raw_id, name, kind, country, aliases, mentions, tentative, opening_only, code, role, trail)
           SELECT $1, raw_id, name, kind, country, aliases, mentions, tentative, opening_only, code, role, trail FROM ${recordset}`,
          [doc.id, rows],
        );
        // until the next settle an actor stands for itself, so the new events show at once
        await c.query(
          `INSERT INTO actors (id, name, kind, country, aliases, mentions, documents, code, role, trail)
           SELECT raw_id, name, kind, country, aliases, mentions, 1, code, role, trail FROM ${recordset.replace('$2', '$1')}
           ON CONFLICT (id) DO NOTHING`,
          [rows],
        );
        await c.query(
          'INSERT INTO actor_map (raw_id, actor_id) SELECT r, r FROM unnest($1::text[]) AS r ON CONFLICT (raw_id) DO NOTHING',
          [doc.actors.map((a) => a.id)],
        );
      }
      if (doc.mentions.length)
        await c.query(
          `INSERT INTO mentions (document_id, raw_id, span_start, span_end, text, form)
           SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[])`,
          [
            doc.id,
            doc.mentions.map((m) => m.actorId),
            doc.mentions.map((m) => m.span[0]),
            doc.mentions.map((m) => m.span[1]),
            doc.mentions.map((m) => m.text),
            doc.mentions.map((m) => m.form),
          ],
        );
      if (doc.timexes.length)
        await c.query(
          `INSERT INTO timexes (document_id, span_start, span_end, text, type, value, sentence)
           SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[])`,
          [
            doc.id,
            doc.timexes.map((t) => t.span[0]),
            doc.timexes.map((t) => t.span[1]),
            doc.timexes.map((t) => t.text),
            doc.timexes.map((t) => t.type),
            doc.timexes.map((t) => t.value),
            doc.timexes.map((t) => t.sentence),
          ],
        );
      await this.insertEvents(c, doc.id, doc.events);
      await this.markDuplicates(c, doc.id, sameEvent);
    });
  }

  /** A document's events, their actors and their directed pairs: three statements. */
  private async insertEvents(c: pg.PoolClient, documentId: string, events: ContractEvent[]): Promise<void> {
    if (!events.length) return;
    const rows = events.map((e, seq) => eventRow(e, seq, POSTGRES_ENCODING));
    // in the order the document gives them: row_no follows, as SQLite's rowid does; evidence and
    // PLOVER are kept as written (json, not jsonb), so their keys come back in the same order
    await c.query(
      `INSERT INTO events (document_id, ${COLUMN_NAMES})
       SELECT $1, ${COLUMN_NAMES} FROM json_to_recordset($2::json) AS x(${COLUMN_TYPES})
       ORDER BY seq`,
      [documentId, JSON.stringify(rows)],
    );
    const roles: [string, string, string][] = [];
    // the graph's rows: each directed pair, both ways for a symmetric event
    const pairs: [string, string, string][] = [];
    for (const e of events) {
      for (const a of e.source) roles.push([e.id, 'source', a]);
      for (const a of e.target) roles.push([e.id, 'target', a]);
      for (const s of e.source)
        for (const t of e.target) {
          if (s === t) continue;
          pairs.push([e.id, s, t]);
          if (e.symmetric) pairs.push([e.id, t, s]);
        }
    }
    if (roles.length)
      await c.query(
        `INSERT INTO event_actors (event_id, role, raw_id, actor_id)
         SELECT r.ev, r.role, r.raw, (SELECT actor_id FROM actor_map WHERE raw_id = r.raw)
         FROM unnest($1::text[], $2::text[], $3::text[]) AS r(ev, role, raw) ON CONFLICT DO NOTHING`,
        [roles.map((r) => r[0]), roles.map((r) => r[1]), roles.map((r) => r[2])],
      );
    if (pairs.length)
      await c.query(
        `INSERT INTO event_pairs (event_id, src_raw, tgt_raw, src, tgt, stance, score, date_start, date_end, canonical)
         SELECT p.ev, p.s, p.t, (SELECT actor_id FROM actor_map WHERE raw_id = p.s), (SELECT actor_id FROM actor_map WHERE raw_id = p.t),
                e.stance, e.stance_score, e.date_start, e.date_end, true
         FROM unnest($1::text[], $2::text[], $3::text[]) AS p(ev, s, t) JOIN events e ON e.id = p.ev
         ON CONFLICT DO NOTHING`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1]), pairs.map((p) => p[2])],
      );
  }

  /**
   * Marks each event of a document that repeats an earlier event of another document (the same
   * question as markIfDuplicate, for all of them at once: the candidates of one never change by
   * marking another of the same document).
   */
  private async markDuplicates(c: pg.PoolClient, documentId: string, sameEvent: SameEvent): Promise<void> {
    const rows = (
      await c.query(
        `SELECT n.id AS new_id, n.text AS new_text, n.cameo AS new_cameo, n.code AS new_code, t.id, t.text, t.cameo, t.code
         FROM events n JOIN events t ON t.pair_key = n.pair_key AND t.stance = n.stance
           AND t.date_value IS NOT DISTINCT FROM n.date_value AND t.negated = n.negated
           AND t.duplicate_of IS NULL AND t.document_id != n.document_id AND t.row_no < n.row_no
         WHERE n.document_id = $1
         ORDER BY n.row_no, t.row_no`,
        [documentId],
      )
    ).rows as Row[];
    const seen = new Map<string, number>();
    const marks = new Map<string, string>();
    for (const r of rows) {
      const id = String(r.new_id);
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      // the first 50 candidates, oldest first, as the one-event question looks at
      if (n > 50 || marks.has(id)) continue;
      const later = { id, text: String(r.new_text), cameo: str(r.new_cameo), code: str(r.new_code) };
      if (
        sameEvent({ id: String(r.id), text: String(r.text), cameo: str(r.cameo), code: str(r.code) }, later)
      )
        marks.set(id, String(r.id));
    }
    if (!marks.size) return;
    const ids = [...marks.keys()];
    const of = [...marks.values()];
    await c.query(
      'UPDATE events e SET duplicate_of = m.of FROM unnest($1::text[], $2::text[]) AS m(id, of) WHERE e.id = m.id',
      [ids, of],
    );
    await c.query('UPDATE event_pairs SET canonical = false WHERE event_id = ANY($1::text[])', [ids]);
  }

  /** Marks an event as the duplicate of an earlier one from another document that states the same. */
  private async markIfDuplicate(c: pg.PoolClient, id: string, sameEvent: SameEvent): Promise<void> {
    const e = (
      await c.query(
        'SELECT row_no, id, document_id, text, cameo, code, pair_key, stance, negated, date_value FROM events WHERE id = $1',
        [id],
      )
    ).rows[0] as Row | undefined;
    if (!e) return;
    // only earlier rows: when orphans are looked at again, the oldest of them stays the one shown
    const twins = (
      await c.query(
        `SELECT id, text, cameo, code FROM events
         WHERE pair_key = $1 AND stance = $2 AND date_value IS NOT DISTINCT FROM $3 AND negated = $4
           AND duplicate_of IS NULL AND document_id != $5 AND row_no < $6
         ORDER BY row_no LIMIT 50`,
        [e.pair_key, e.stance, e.date_value, e.negated, e.document_id, e.row_no],
      )
    ).rows as Row[];
    const text = (r: Row) => ({
      id: String(r.id),
      text: String(r.text),
      cameo: str(r.cameo),
      code: str(r.code),
    });
    const later = text(e);
    const twin = twins.find((t) => sameEvent(text(t), later));
    if (twin) await this.setDuplicate(c, String(e.id), String(twin.id));
  }

  private async setDuplicate(c: pg.PoolClient, id: string, of: string | null): Promise<void> {
    await c.query('UPDATE events SET duplicate_of = $2 WHERE id = $1', [id, of]);
    await c.query('UPDATE event_pairs SET canonical = $2 WHERE event_id = $1', [id, of == null]);
  }

  private async removeRows(c: pg.PoolClient, id: string, sameEvent: SameEvent): Promise<void> {
    const orphans = (
      await c.query(
        'SELECT id FROM events WHERE duplicate_of IN (SELECT id FROM events WHERE document_id = $1) ORDER BY row_no',
        [id],
      )
    ).rows.map((r: Row) => String(r.id));
    await c.query('DELETE FROM documents WHERE id = $1', [id]);
    for (const o of orphans) await this.setDuplicate(c, o, null);
    for (const o of orphans) await this.markIfDuplicate(c, o, sameEvent);
  }

  async removeDocument(id: string, sameEvent: SameEvent): Promise<void> {
    await this.write(async (c) => {
      await this.removeRows(c, id, sameEvent);
      // a stored document keeps its claim (a slower indexer that has not seen it stored yet must
      // not take it again); once removed, the same version may come back and be extracted
      await c.query('DELETE FROM document_claims WHERE id = $1', [id]);
    });
  }

  async settleActors(
    settle: (byDocument: Iterable<{ documentId: string; records: StoredActorRecord[] }>) => SettledActors,
  ): Promise<{ actors: number; renamed: number; dropped: number }> {
    return this.write(async (c) => {
      const rows = (await c.query('SELECT * FROM actor_records ORDER BY document_id, raw_id')).rows as Row[];
      const byDocument: { documentId: string; records: StoredActorRecord[] }[] = [];
      for (const r of rows) {
        const doc = String(r.document_id);
        if (byDocument[byDocument.length - 1]?.documentId !== doc)
          byDocument.push({ documentId: doc, records: [] });
        byDocument[byDocument.length - 1]!.records.push({
          id: String(r.raw_id),
          name: String(r.name),
          kind: r.kind as StoredActorRecord['kind'],
          country: str(r.country),
          aliases: json<string[]>(r.aliases),
          mentions: Number(r.mentions),
          tentative: r.tentative === true,
          openingOnly: r.opening_only === true,
          code: str(r.code),
          role: str(r.role),
          trail: r.trail == null ? null : json<string[]>(r.trail),
        });
      }
      const { actors, actorOf, renamed, dropped } = settle(byDocument);
      await c.query('DELETE FROM actors');
      await c.query('DELETE FROM actor_map');
      if (actors.length)
        await c.query(
          `INSERT INTO actors (id, name, kind, country, aliases, mentions, documents, code, role, trail)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::int[], $7::int[], $8::text[], $9::text[], $10::jsonb[])`,
          [
            actors.map((a) => a.id),
            actors.map((a) => a.name),
            actors.map((a) => a.kind),
            actors.map((a) => a.country),
            actors.map((a) => JSON.stringify(a.aliases)),
            actors.map((a) => a.mentions),
            actors.map((a) => a.documents.length),
            actors.map((a) => a.code ?? null),
            actors.map((a) => a.role ?? null),
            actors.map((a) => (a.trail ? JSON.stringify(a.trail) : null)),
          ],
        );
      if (actorOf.size)
        await c.query(
          'INSERT INTO actor_map (raw_id, actor_id) SELECT * FROM unnest($1::text[], $2::text[])',
          [[...actorOf.keys()], [...actorOf.values()]],
        );
      await c.query(
        `UPDATE event_actors ea SET actor_id = (SELECT m.actor_id FROM actor_map m WHERE m.raw_id = ea.raw_id)
         WHERE ea.actor_id IS DISTINCT FROM (SELECT m.actor_id FROM actor_map m WHERE m.raw_id = ea.raw_id)`,
      );
      await c.query(
        `UPDATE event_pairs p SET src = (SELECT m.actor_id FROM actor_map m WHERE m.raw_id = p.src_raw)
         WHERE p.src IS DISTINCT FROM (SELECT m.actor_id FROM actor_map m WHERE m.raw_id = p.src_raw)`,
      );
      await c.query(
        `UPDATE event_pairs p SET tgt = (SELECT m.actor_id FROM actor_map m WHERE m.raw_id = p.tgt_raw)
         WHERE p.tgt IS DISTINCT FROM (SELECT m.actor_id FROM actor_map m WHERE m.raw_id = p.tgt_raw)`,
      );
      return { actors: actors.length, renamed, dropped };
    });
  }

  /**
   * Takes a document's version for this worker: true when no other worker holds the same version
   * (or its claim is older than CLAIM_MINUTES: a worker that died), false when another one does.
   * One statement, so two workers asking at once cannot both win.
   */
  async claimDocument(
    id: string,
    contentHash: string,
    extractorVersion: string,
    worker: string,
  ): Promise<boolean> {
    const r = await this.pool.query(
      `INSERT INTO document_claims (id, content_hash, extractor_version, worker) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, extractor_version = excluded.extractor_version,
         worker = excluded.worker, claimed_at = now()
       WHERE document_claims.content_hash != excluded.content_hash
          OR document_claims.extractor_version != excluded.extractor_version
          OR document_claims.worker = excluded.worker
          OR document_claims.claimed_at < now() - make_interval(mins => ${CLAIM_MINUTES})
       RETURNING id`,
      [id, contentHash, extractorVersion, worker],
    );
    return r.rowCount === 1;
  }

  async setIndexState(state: IndexState): Promise<void> {
    await this.write(async (c) => {
      await c.query(
        "INSERT INTO meta (key, value) VALUES ('index_state', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [JSON.stringify(state)],
      );
    });
  }

  async indexState(): Promise<IndexState> {
    const r = (await this.pool.query("SELECT value FROM meta WHERE key = 'index_state'")).rows[0] as
      Row | undefined;
    return indexStateOf(r ? String(r.value) : undefined);
  }

  // ---- reads ------------------------------------------------------------------------------------

  async stats(): Promise<StoreStats> {
    const r = (
      await this.pool.query(
        `SELECT (SELECT count(*) FROM documents) AS documents,
                (SELECT count(*) FROM events WHERE duplicate_of IS NULL) AS events,
                (SELECT count(*) FROM actors) AS actors`,
      )
    ).rows[0] as Row;
    return { documents: Number(r.documents), events: Number(r.events), actors: Number(r.actors) };
  }

  async actorsById(ids: string[]): Promise<ActorLabel[]> {
    if (!ids.length) return [];
    const r = await this.pool.query(
      'SELECT id, name, kind, country, code, trail FROM actors WHERE id = ANY($1::text[])',
      [ids],
    );
    return (r.rows as Row[])
      .map((x) => ({
        id: String(x.id),
        name: String(x.name),
        kind: String(x.kind),
        country: str(x.country),
        ...(x.code != null ? { code: String(x.code) } : {}),
        ...(x.trail != null ? { trail: json<string[]>(x.trail) } : {}),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async eventTypes(): Promise<string[]> {
    const r = await this.pool.query('SELECT DISTINCT type FROM events ORDER BY type');
    return r.rows.map((x: Row) => String(x.type));
  }

  async getDocumentUrl(id: string): Promise<string | null> {
    const r = await this.pool.query('SELECT url FROM documents WHERE id = $1', [id]);
    return str((r.rows[0] as Row | undefined)?.url);
  }

  private summary(r: Row): DocumentSummary {
    return {
      id: String(r.id),
      title: String(r.title),
      published: str(r.published),
      publishedBasis: str(r.published_basis),
      source: str(r.source),
      url: str(r.url),
      path: String(r.path),
      origin: r.origin as DocumentSummary['origin'],
      eventCount: Number(r.event_count),
      indexedAt: String(r.indexed_at),
    };
  }

  async listDocuments(page: PageRequest): Promise<Page<DocumentSummary>> {
    const after = page.cursor ? dec(page.cursor).split('\u0000') : null;
    const p = new Params();
    const where = after
      ? `WHERE (coalesce(published, ''), id) < (${p.add(after[0] ?? '')}, ${p.add(after[1] ?? '')})`
      : '';
    const rows = (
      await this.pool.query(
        `SELECT id, title, published, published_basis, source, url, path, origin, event_count, indexed_at FROM documents
         ${where} ORDER BY coalesce(published, '') DESC, id DESC LIMIT ${p.add(page.limit + 1)}`,
        p.values,
      )
    ).rows as Row[];
    const items = rows.slice(0, page.limit).map((r) => this.summary(r));
    const last = rows.length > page.limit ? rows[page.limit - 1] : undefined;
    return { items, nextCursor: last ? enc(`${last.published ?? ''}\u0000${last.id}`) : null };
  }

  async getDocument(id: string): Promise<DocumentDetail | null> {
    const r = (await this.pool.query('SELECT * FROM documents WHERE id = $1', [id])).rows[0] as
      Row | undefined;
    if (!r) return null;
    const [m, t, e] = await Promise.all([
      this.pool.query(
        `SELECT m.span_start, m.span_end, m.text, m.form, am.actor_id FROM mentions m LEFT JOIN actor_map am ON am.raw_id = m.raw_id
         WHERE m.document_id = $1 ORDER BY m.span_start`,
        [id],
      ),
      this.pool.query(
        'SELECT span_start, span_end, text, type, value, sentence FROM timexes WHERE document_id = $1 ORDER BY span_start',
        [id],
      ),
      this.pool.query(
        'SELECT id, span_start, span_end, trigger_start, trigger_end, type, stance, sentence FROM events WHERE document_id = $1 ORDER BY seq',
        [id],
      ),
    ]);
    return {
      ...this.summary(r),
      text: String(r.text),
      mentions: (m.rows as Row[]).map((x) => ({
        span: [Number(x.span_start), Number(x.span_end)] as [number, number],
        text: String(x.text),
        actorId: str(x.actor_id),
        form: String(x.form),
      })),
      timexes: (t.rows as Row[]).map((x) => ({
        span: [Number(x.span_start), Number(x.span_end)] as [number, number],
        text: String(x.text),
        type: String(x.type),
        value: String(x.value),
        sentence: Number(x.sentence),
      })),
      events: (e.rows as Row[]).map((x) => ({
        id: String(x.id),
        span: [Number(x.span_start), Number(x.span_end)] as [number, number],
        triggerSpan: [Number(x.trigger_start), Number(x.trigger_end)] as [number, number],
        type: String(x.type),
        stance: storedStance(x.stance),
        sentence: Number(x.sentence),
      })),
    };
  }

  /** The WHERE clause (over `events e`) for filters, its parameters added to `p`. */
  private where(f: Filters, p: Params): string {
    const parts = ['e.duplicate_of IS NULL'];
    if (f.actors.length)
      parts.push(`e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN (${p.list(f.actors)}))`);
    if (f.pair) {
      const between = (a: string, b: string) =>
        `e.id IN (SELECT s.event_id FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'
                  WHERE s.role = 'source' AND s.actor_id = ${p.add(a)} AND t.actor_id = ${p.add(b)})`;
      if (f.pair.directed)
        parts.push(`(${between(f.pair.a, f.pair.b)} OR (e."symmetric" AND ${between(f.pair.b, f.pair.a)}))`);
      else parts.push(`(${between(f.pair.a, f.pair.b)} OR ${between(f.pair.b, f.pair.a)})`);
    }
    if (f.stance.length) parts.push(`e.stance IN (${p.list(f.stance)})`);
    if (f.quad.length) parts.push(`e.quad IN (${p.list(f.quad)})`);
    if (f.modality.length) parts.push(`e.modality IN (${p.list(f.modality)})`);
    if (f.type.length) parts.push(`e.type IN (${p.list(f.type)})`);
    if (f.from) parts.push(`e.date_end >= ${p.add(f.from)}`);
    if (f.to) parts.push(`e.date_start <= ${p.add(f.to)}`);
    if (f.q) {
      const words = searchWords(f.q);
      // each word a lexeme of its own (quoted), all of them required, as the SQLite engine asks
      if (words.length)
        parts.push(
          `e.search @@ to_tsquery('simple', ${p.add(words.map((w) => `'${w.toLowerCase()}'`).join(' & '))})`,
        );
      else parts.push('false');
    }
    if (f.document) {
      // a statement the document repeats from an earlier one is shown as that one's event
      const d1 = p.add(f.document);
      parts.push(
        `(e.document_id = ${d1} OR e.id IN (SELECT duplicate_of FROM events WHERE document_id = ${d1}))`,
      );
    }
    return parts.join(' AND ');
  }

  /** Rows of `events` (with the document's title) as the routes return them. */
  private async records(c: Client, rows: Row[]): Promise<EventRecord[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => String(r.id));
    const reportersRaw = [
      ...new Set(rows.filter((r) => r.reported_by_raw != null).map((r) => String(r.reported_by_raw))),
    ];
    const [roles, twins, reporters] = await Promise.all([
      c.query(
        'SELECT event_id, role, actor_id FROM event_actors WHERE event_id = ANY($1::text[]) AND actor_id IS NOT NULL ORDER BY raw_id',
        [ids],
      ),
      c.query(
        'SELECT duplicate_of, evidence FROM events WHERE duplicate_of = ANY($1::text[]) ORDER BY row_no',
        [ids],
      ),
      c.query('SELECT raw_id, actor_id FROM actor_map WHERE raw_id = ANY($1::text[])', [reportersRaw]),
    ]);
    const byEvent = new Map<string, { source: string[]; target: string[] }>();
    for (const r of roles.rows as Row[]) {
      const entry = byEvent.get(String(r.event_id)) ?? { source: [], target: [] };
      const list = r.role === 'source' ? entry.source : entry.target;
      if (!list.includes(String(r.actor_id))) list.push(String(r.actor_id));
      byEvent.set(String(r.event_id), entry);
    }
    const more = new Map<string, unknown[]>();
    for (const t of twins.rows as Row[])
      more.set(String(t.duplicate_of), [
        ...(more.get(String(t.duplicate_of)) ?? []),
        ...json<unknown[]>(t.evidence),
      ]);
    const reporterOf = new Map<string, string | null>();
    for (const raw of reportersRaw) reporterOf.set(raw, raw);
    for (const r of reporters.rows as Row[])
      reporterOf.set(String(r.raw_id), str(r.actor_id) ?? String(r.raw_id));
    return rows.map((r) => {
      const actors = byEvent.get(String(r.id)) ?? { source: [], target: [] };
      const reportedBy =
        r.reported_by_raw == null ? null : (reporterOf.get(String(r.reported_by_raw)) ?? null);
      const twinEvidence = (more.get(String(r.id)) ?? []) as EventRecord['evidence'];
      return eventOfRow(r, { ...actors, reportedBy, twinEvidence }, POSTGRES_ENCODING);
    });
  }

  async events(filters: Filters, page: PageRequest): Promise<Page<EventRecord>> {
    const p = new Params();
    const where = this.where(filters, p);
    let cursorSql = '';
    if (page.cursor) {
      const [d, id] = dec(page.cursor).split('\u0000');
      cursorSql = ` AND (e.sort_date, e.id) > (${p.add(d ?? '')}, ${p.add(id ?? '')})`;
    }
    const rows = (
      await this.pool.query(
        `SELECT e.*, d.title, d.published FROM events e JOIN documents d ON d.id = e.document_id
         WHERE ${where}${cursorSql} ORDER BY e.sort_date, e.id LIMIT ${p.add(page.limit + 1)}`,
        p.values,
      )
    ).rows as Row[];
    const items = await this.records(this.pool, rows.slice(0, page.limit));
    const last = rows.length > page.limit ? rows[page.limit - 1] : undefined;
    return { items, nextCursor: last ? enc(`${last.sort_date}\u0000${last.id}`) : null };
  }

  async *exportEvents(filters: Filters): AsyncIterable<EventRecord> {
    let cursor: string | null = null;
    // in pages, so a large export never holds every row at once
    for (;;) {
      const page: Page<EventRecord> = await this.events(filters, { limit: 1000, cursor });
      yield* page.items;
      if (!page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }

  async actors(filters: Filters, options: { limit: number; name?: string | null }): Promise<ActorSummary[]> {
    const p = new Params();
    const where = this.where(filters, p);
    let nameSql = '';
    if (options.name) {
      // each alias on its own; LIKE without regard to case, as SQLite's is
      const like = p.add(`%${options.name.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      nameSql = ` AND (a.name ILIKE ${like} ESCAPE '\\' OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(a.aliases) j WHERE j ILIKE ${like} ESCAPE '\\'))`;
    }
    const rows = (
      await this.pool.query(
        `WITH f AS (SELECT e.id FROM events e WHERE ${where})
         SELECT a.id, a.name, a.kind, a.country, a.aliases, a.mentions, a.code, a.role, a.trail,
                count(DISTINCT ea.event_id) AS events,
                count(DISTINCT CASE WHEN ea.role = 'source' THEN ea.event_id END) AS as_source,
                count(DISTINCT CASE WHEN ea.role = 'target' THEN ea.event_id END) AS as_target
         FROM f JOIN event_actors ea ON ea.event_id = f.id JOIN actors a ON a.id = ea.actor_id
         WHERE true ${nameSql}
         GROUP BY a.id ORDER BY events DESC, a.id LIMIT ${p.add(options.limit)}`,
        p.values,
      )
    ).rows as Row[];
    return rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      kind: String(r.kind),
      country: str(r.country),
      aliases: json<string[]>(r.aliases),
      mentions: Number(r.mentions),
      events: Number(r.events),
      asSource: Number(r.as_source),
      asTarget: Number(r.as_target),
      ...(r.code != null
        ? { code: String(r.code), role: str(r.role), trail: r.trail != null ? json<string[]>(r.trail) : [] }
        : {}),
    }));
  }

  async graph(filters: Filters, options: { limit: number; edges?: number }): Promise<Graph> {
    // filters on the pair's own columns (stance, dates) read the totals kept on write; the others
    // count the pair rows of the events they select
    const local =
      !filters.actors.length &&
      !filters.pair &&
      !filters.quad.length &&
      !filters.modality.length &&
      !filters.type.length &&
      !filters.q &&
      !filters.document;
    const p = new Params();
    let ranking: string;
    let edges: string;
    if (local) {
      const parts = ['true'];
      if (filters.stance.length) parts.push(`t.stance IN (${p.list(filters.stance)})`);
      if (filters.from) parts.push(`t.date_end >= ${p.add(filters.from)}`);
      if (filters.to) parts.push(`t.date_start <= ${p.add(filters.to)}`);
      const where = parts.join(' AND ');
      // without a time window, the totals over all time: one row per actor (or pair) and stance
      const windowed = filters.from != null || filters.to != null;
      ranking = `SELECT t.actor AS id, sum(t.n) AS w FROM ${windowed ? 'actor_totals' : 'actor_totals_all'} t WHERE ${where} GROUP BY t.actor`;
      const [first, last] = windowed ? ['t.date_start', 't.date_end'] : ['t.first', 't.last'];
      edges = `SELECT t.src, t.tgt, sum(t.n) AS n, sum(CASE WHEN t.stance = 'cooperative' THEN t.n ELSE 0 END) AS coop,
                 sum(CASE WHEN t.stance = 'neutral' THEN t.n ELSE 0 END) AS neu, sum(CASE WHEN t.stance = 'hostile' THEN t.n ELSE 0 END) AS hos,
                 sum(CASE WHEN t.stance != 'uncoded' THEN t.score_sum END) / nullif(sum(CASE WHEN t.stance != 'uncoded' THEN t.n END), 0) AS mean, min(${first}) AS first, max(${last}) AS last, min(t.ev_min) AS ev1, max(t.ev_max) AS ev2
               FROM ${windowed ? 'pair_totals' : 'pair_totals_all'} t WHERE ${where} AND t.src = ANY($IDS::text[]) AND t.tgt = ANY($IDS::text[])
               GROUP BY t.src, t.tgt`;
    } else {
      const where = `p.canonical AND p.src IS NOT NULL AND p.tgt IS NOT NULL AND p.src != p.tgt
        AND p.event_id IN (SELECT e.id FROM events e WHERE ${this.where(filters, p)})`;
      ranking = `WITH p AS (SELECT p.src, p.tgt, p.event_id FROM event_pairs p WHERE ${where})
        SELECT id, count(DISTINCT event_id) AS w FROM (SELECT src AS id, event_id FROM p UNION ALL SELECT tgt AS id, event_id FROM p) x
        GROUP BY id`;
      edges = `SELECT p.src, p.tgt, count(*) AS n,
                 sum((p.stance = 'cooperative')::int) AS coop, sum((p.stance = 'neutral')::int) AS neu,
                 sum((p.stance = 'hostile')::int) AS hos,
                 avg(CASE WHEN p.stance != 'uncoded' THEN p.score END) AS mean, min(p.date_start) AS first, max(p.date_end) AS last, min(p.event_id) AS ev1, max(p.event_id) AS ev2
               FROM event_pairs p WHERE ${where} AND p.src = ANY($IDS::text[]) AND p.tgt = ANY($IDS::text[])
               GROUP BY p.src, p.tgt`;
    }
    const filterValues = [...p.values];
    const ranked = (
      await this.pool.query(
        `SELECT id, w FROM (${ranking}) r ORDER BY w DESC, id LIMIT ${p.add(options.limit + 1)}`,
        p.values,
      )
    ).rows as Row[];
    const ids = ranked.slice(0, options.limit).map((r) => String(r.id));
    // the edges' query takes the filters' parameters and the kept actors
    const rows = (
      await this.pool.query(edges.replaceAll('$IDS', `$${filterValues.length + 1}`), [...filterValues, ids])
    ).rows as Row[];
    const info = new Map<string, Row>();
    if (ids.length)
      for (const r of (
        await this.pool.query('SELECT id, name, kind, country FROM actors WHERE id = ANY($1::text[])', [ids])
      ).rows as Row[])
        info.set(String(r.id), r);
    return graphFromRows(ranked, rows, info, options);
  }

  async timeline(filters: Filters, bin: Bin): Promise<TimelineBin[]> {
    const p = new Params();
    const where = this.where(filters, p);
    const key =
      bin === 'day'
        ? 'e.date_start'
        : bin === 'month'
          ? "substr(e.date_start, 1, 7) || '-01'"
          : bin === 'year'
            ? "substr(e.date_start, 1, 4) || '-01-01'"
            : "to_char(date_trunc('week', e.date_start::date), 'YYYY-MM-DD')";
    const rows = (
      await this.pool.query(
        `SELECT bin, sum((stance = 'cooperative')::int) AS coop, sum((stance = 'neutral')::int) AS neu,
                sum((stance = 'hostile')::int) AS hos, sum((stance = 'uncoded')::int) AS unc
         FROM (SELECT CASE WHEN e.date_start IS NULL THEN NULL ELSE ${key} END AS bin, e.stance FROM events e WHERE ${where}) b
         GROUP BY bin ORDER BY bin IS NULL, bin COLLATE "C"`,
        p.values,
      )
    ).rows as Row[];
    return rows.map((r) => ({
      start: str(r.bin),
      cooperative: Number(r.coop),
      neutral: Number(r.neu),
      hostile: Number(r.hos),
      uncoded: Number(r.unc),
    }));
  }
}
