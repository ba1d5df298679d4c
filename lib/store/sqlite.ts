/**
 * The embedded store: one SQLite file (WAL, so the server reads while the indexer writes), written
 * one document per transaction so a crash leaves it whole, read through indexed queries.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Bin, Filters, PageRequest } from '@/lib/filters';
import type { ContractEvent } from '@/lib/model';
import type { ActorLabel } from '@/lib/model';
import { EVENT_COLUMNS, eventRow, SQLITE_ENCODING, UNCODED } from './event-columns';
import { MIGRATIONS } from './schema';
import * as reads from './sqlite-reads';
import { indexStateOf, pairKey } from './common';

export { pairKey };
import { UploadQueue } from './queue';
import type {
  ActorSummary,
  DocumentDetail,
  DocumentSummary,
  EventRecord,
  Graph,
  IndexState,
  Page,
  SameEvent,
  SettledActors,
  Store,
  StoreStats,
  StoredActorRecord,
  StoredDocument,
  StoreWriter,
  TimelineBin,
} from './types';

type Row = Record<string, unknown>;

/**
 * How long a write waits for another process's write before failing with SQLITE_BUSY. The longest
 * write is settling actors on a large corpus (about a second at 100k events), so this is ample.
 */
export const BUSY_TIMEOUT_MS = 30_000;

/** The database file exists but SQLite cannot read it: not a database, or damaged. */
export class DamagedDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      `the database ${file} cannot be read (${reason}): run \`npm run index\` (or \`npm run serve\`), ` +
        'which moves it aside and rebuilds it from the corpus and the uploads folder',
    );
    this.name = 'DamagedDatabaseError';
  }
}

/** SQLite's codes for a file that is not a database or is damaged. */
export function isDamage(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && /^SQLITE_(NOTADB|CORRUPT)/.test(code);
}

export class SqliteStore implements Store, StoreWriter {
  readonly db: Database.Database;
  private writes = 0;
  // two stores of one process (tests, another DETENTE_DB) must never share a version: caches key on it
  private readonly instance = randomBytes(6).toString('base64url');

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    try {
      // the wait first: a second process opening the same new file waits for the first one's setup
      this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.migrate();
    } catch (e) {
      this.db.close();
      // SQLite's own words ("file is not a database") do not say which file, or what to do
      if (isDamage(e)) throw new DamagedDatabaseError(file, (e as Error).message);
      throw e;
    }
  }

  /** The upload queue (lib/store/queue.ts), on this store's connection. */
  get uploads(): UploadQueue {
    this.queue ??= new UploadQueue(this.db, () => {
      this.writes++;
    });
    return this.queue;
  }
  private queue: UploadQueue | null = null;

  close(): void {
    this.db.close();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const current = Number(
      (this.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as Row | undefined)
        ?.value ?? 0,
    );
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      // IMMEDIATE, and the version read again inside: two processes opening a new file at once (the
      // server and the indexer of `npm run serve`) run each migration once, one after the other
      this.db
        .transaction(() => {
          if (this.schemaVersionOrZero() >= m.version) return;
          this.db.exec(m.sql);
          this.db
            .prepare(
              "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            )
            .run(String(m.version));
        })
        .immediate();
    }
  }

  private schemaVersionOrZero(): number {
    const r = this.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as Row | undefined;
    return Number(r?.value ?? 0);
  }

  /** The schema version the database is at. */
  schemaVersion(): number {
    return Number(
      (this.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as Row).value,
    );
  }

  version(): string {
    // data_version changes when another connection commits; `writes` when this one does
    return `${this.instance}.${this.db.pragma('data_version', { simple: true })}.${this.writes}`;
  }

  // ---- writes ---------------------------------------------------------------------------------

  /** The hash and extractor version a document was indexed with, if it is there. */
  documentState(
    id: string,
  ):
    { contentHash: string; extractorVersion: string; origin: 'corpus' | 'upload'; path: string } | undefined {
    const r = this.db
      .prepare('SELECT content_hash, extractor_version, origin, path FROM documents WHERE id = ?')
      .get(id) as Row | undefined;
    return r
      ? {
          contentHash: String(r.content_hash),
          extractorVersion: String(r.extractor_version),
          origin: r.origin as 'corpus' | 'upload',
          path: String(r.path),
        }
      : undefined;
  }

  /** What was found in a stored document: its title, date, and how many events, actors and time expressions. */
  documentCounts(
    id: string,
  ): { title: string; published: string | null; events: number; actors: number; timexes: number } | null {
    const r = this.db
      .prepare(
        `SELECT title, published, event_count,
           (SELECT count(*) FROM actor_records a WHERE a.document_id = d.id) AS actors,
           (SELECT count(*) FROM timexes t WHERE t.document_id = d.id) AS timexes
         FROM documents d WHERE id = ?`,
      )
      .get(id) as Row | undefined;
    return r
      ? {
          title: String(r.title),
          published: (r.published as string | null) ?? null,
          events: Number(r.event_count),
          actors: Number(r.actors),
          timexes: Number(r.timexes),
        }
      : null;
  }

  /** The folders (or files) corpus documents were indexed from, with how many each gave. */
  corpusRoots(): { root: string; documents: number }[] {
    return (
      this.db
        .prepare(
          "SELECT root, count(*) AS n FROM documents WHERE origin = 'corpus' AND root IS NOT NULL GROUP BY root ORDER BY root",
        )
        .all() as Row[]
    ).map((r) => ({ root: String(r.root), documents: Number(r.n) }));
  }

  /** Ids of the corpus documents indexed under a root folder or file. */
  documentsUnder(root: string, origin: 'corpus' | 'upload' = 'corpus'): string[] {
    return (
      this.db.prepare('SELECT id FROM documents WHERE origin = ? AND root = ?').all(origin, root) as Row[]
    ).map((r) => String(r.id));
  }

  /**
   * Stores one document, replacing what was there, in one transaction. Events that repeat an event
   * of another document (`sameEvent`, lib/domain) are marked as its duplicates.
   */
  putDocument(doc: StoredDocument, sameEvent: SameEvent): void {
    const now = new Date().toISOString();
    this.db
      .transaction(() => {
        this.removeDocumentRows(doc.id, sameEvent);
        this.db
          .prepare(
            `INSERT INTO documents (id, origin, root, path, title, published, published_basis, source, url, text, content_hash, extractor_version, indexed_at, event_count)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
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
          );

        const insertRecord = this.db.prepare(
          'INSERT INTO actor_records (document_id, raw_id, name, kind, country, aliases, mentions, tentative, opening_only, code, role, trail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        const insertActor = this.db.prepare(
          'INSERT OR IGNORE INTO actors (id, name, kind, country, aliases, mentions, documents, code, role, trail) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)',
        );
        const insertMap = this.db.prepare('INSERT OR IGNORE INTO actor_map (raw_id, actor_id) VALUES (?, ?)');
        for (const a of doc.actors) {
          const aliases = JSON.stringify(a.aliases);
          const trail = a.trail ? JSON.stringify(a.trail) : null;
          insertRecord.run(
            doc.id,
            a.id,
            a.name,
            a.kind,
            a.country,
            aliases,
            a.mentions,
            a.tentative ? 1 : 0,
            a.openingOnly ? 1 : 0,
            a.code,
            a.role,
            trail,
          );
          // until the next settle an actor stands for itself, so the new events show at once
          insertActor.run(a.id, a.name, a.kind, a.country, aliases, a.mentions, a.code, a.role, trail);
          insertMap.run(a.id, a.id);
        }
        const insertMention = this.db.prepare(
          'INSERT INTO mentions (document_id, raw_id, start, end, text, form) VALUES (?, ?, ?, ?, ?, ?)',
        );
        for (const m of doc.mentions)
          insertMention.run(doc.id, m.actorId, m.span[0], m.span[1], m.text, m.form);
        const insertTimex = this.db.prepare(
          'INSERT INTO timexes (document_id, start, end, text, type, value, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)',
        );
        for (const t of doc.timexes)
          insertTimex.run(doc.id, t.span[0], t.span[1], t.text, t.type, t.value, t.sentence);

        doc.events.forEach((e, seq) => this.insertEvent(doc.id, e, seq));
        for (const e of doc.events) this.markIfDuplicate(e.id, sameEvent);
      })
      .immediate();
    this.writes++;
  }

  private insertEvent(documentId: string, e: ContractEvent, seq: number): void {
    this.db
      .prepare(
        `INSERT INTO events (document_id, ${EVENT_COLUMNS.map((c) => c.name).join(', ')})
         VALUES (@document_id, ${EVENT_COLUMNS.map((c) => `@${c.name}`).join(', ')})`,
      )
      .run({ document_id: documentId, ...eventRow(e, seq, SQLITE_ENCODING) });
    const insertActor = this.db.prepare(
      'INSERT OR IGNORE INTO event_actors (event_id, role, raw_id, actor_id) VALUES (?, ?, ?, (SELECT actor_id FROM actor_map WHERE raw_id = ?))',
    );
    for (const a of e.source) insertActor.run(e.id, 'source', a, a);
    for (const a of e.target) insertActor.run(e.id, 'target', a, a);
    // the graph's rows: each directed pair, both ways for a symmetric event (an event whose tone is
    // not coded under the stance the events table keeps for it)
    const stance = e.stance ?? UNCODED;
    const insertPair = this.db.prepare(
      `INSERT OR IGNORE INTO event_pairs (event_id, src_raw, tgt_raw, src, tgt, stance, score, date_start, date_end, canonical)
       VALUES (?, ?, ?, (SELECT actor_id FROM actor_map WHERE raw_id = ?), (SELECT actor_id FROM actor_map WHERE raw_id = ?), ?, ?, ?, ?, 1)`,
    );
    for (const s of e.source) {
      for (const t of e.target) {
        if (s === t) continue;
        insertPair.run(e.id, s, t, s, t, stance, e.stanceScore, e.date?.start ?? null, e.date?.end ?? null);
        if (e.symmetric)
          insertPair.run(e.id, t, s, t, s, stance, e.stanceScore, e.date?.start ?? null, e.date?.end ?? null);
      }
    }
  }

  /** Marks an event as the duplicate of an earlier one from another document that states the same. */
  private markIfDuplicate(id: string, sameEvent: SameEvent): void {
    const e = this.db
      .prepare(
        'SELECT rowid, id, document_id, text, cameo, code, pair_key, stance, negated, date_value FROM events WHERE id = ?',
      )
      .get(id) as Row | undefined;
    if (!e) return;
    // only earlier rows: when orphans are looked at again, the oldest of them stays the one shown
    const twins = this.db
      .prepare(
        `SELECT id, text, cameo, code FROM events
         WHERE pair_key = ? AND stance = ? AND date_value IS ? AND negated = ? AND duplicate_of IS NULL AND document_id != ? AND rowid < ?
         ORDER BY rowid LIMIT 50`,
      )
      .all(e.pair_key, e.stance, e.date_value, e.negated, e.document_id, e.rowid as number) as Row[];
    const text = (r: Row) => ({
      id: String(r.id),
      text: String(r.text),
      cameo: (r.cameo as string | null) ?? null,
      code: (r.code as string | null) ?? null,
    });
    const later = text(e);
    const twin = twins.find((t) => sameEvent(text(t), later));
    if (twin) this.db.prepare('UPDATE events SET duplicate_of = ? WHERE id = ?').run(twin.id, e.id);
  }

  /** Deletes a document's rows; events of other documents that repeated its events are looked at again. */
  private removeDocumentRows(id: string, sameEvent: SameEvent): void {
    const orphans = (
      this.db
        .prepare(
          'SELECT id FROM events WHERE duplicate_of IN (SELECT id FROM events WHERE document_id = ?) ORDER BY rowid',
        )
        .all(id) as Row[]
    ).map((r) => String(r.id));
    this.db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    if (orphans.length) {
      const clear = this.db.prepare('UPDATE events SET duplicate_of = NULL WHERE id = ?');
      for (const o of orphans) clear.run(o);
      for (const o of orphans) this.markIfDuplicate(o, sameEvent);
    }
  }

  removeDocument(id: string, sameEvent: SameEvent): void {
    this.db.transaction(() => this.removeDocumentRows(id, sameEvent)).immediate();
    this.writes++;
  }

  /**
   * Settles identity across the corpus with the domain's `settle` (lib/domain): every actor record,
   * by document, goes in; the merged actors and the map from raw ids come out, and every event's
   * actors are pointed at them.
   */
  settleActors(
    settle: (byDocument: Iterable<{ documentId: string; records: StoredActorRecord[] }>) => SettledActors,
  ): { actors: number; renamed: number; dropped: number } {
    // read and rewrite in one IMMEDIATE transaction: a document another process stores meanwhile
    // waits, rather than having its new actors deleted by a rewrite made from an older read
    const settled = this.db.transaction(() => this.settleRows(settle)).immediate();
    // fresh statistics for the query planner (cheap when little changed)
    this.db.pragma('optimize');
    this.writes++;
    return settled;
  }

  /** Every actor record, grouped by document in document order. */
  private *actorRecords(): Generator<{ documentId: string; records: StoredActorRecord[] }> {
    const rows = this.db
      .prepare('SELECT * FROM actor_records ORDER BY document_id')
      .iterate() as Iterable<Row>;
    let doc: string | null = null;
    let batch: StoredActorRecord[] = [];
    for (const r of rows) {
      if (r.document_id !== doc) {
        if (doc != null) yield { documentId: doc, records: batch };
        doc = String(r.document_id);
        batch = [];
      }
      batch.push({
        id: String(r.raw_id),
        name: String(r.name),
        kind: r.kind as StoredActorRecord['kind'],
        country: (r.country as string | null) ?? null,
        aliases: JSON.parse(String(r.aliases)) as string[],
        mentions: Number(r.mentions),
        tentative: r.tentative === 1,
        openingOnly: r.opening_only === 1,
        code: (r.code as string | null) ?? null,
        role: (r.role as string | null) ?? null,
        trail: r.trail != null ? (JSON.parse(String(r.trail)) as string[]) : null,
      });
    }
    if (doc != null) yield { documentId: doc, records: batch };
  }

  private settleRows(
    settle: (byDocument: Iterable<{ documentId: string; records: StoredActorRecord[] }>) => SettledActors,
  ): { actors: number; renamed: number; dropped: number } {
    const { actors, actorOf, renamed, dropped } = settle(this.actorRecords());
    this.db.exec('DELETE FROM actors; DELETE FROM actor_map;');
    const insert = this.db.prepare(
      'INSERT INTO actors (id, name, kind, country, aliases, mentions, documents, code, role, trail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const a of actors)
      insert.run(
        a.id,
        a.name,
        a.kind,
        a.country,
        JSON.stringify(a.aliases),
        a.mentions,
        a.documents.length,
        a.code ?? null,
        a.role ?? null,
        a.trail ? JSON.stringify(a.trail) : null,
      );
    const map = this.db.prepare('INSERT INTO actor_map (raw_id, actor_id) VALUES (?, ?)');
    for (const [raw, actor] of actorOf) map.run(raw, actor);
    this.db.exec(
      `UPDATE event_actors SET actor_id = (SELECT actor_id FROM actor_map m WHERE m.raw_id = event_actors.raw_id)
       WHERE actor_id IS NOT (SELECT actor_id FROM actor_map m WHERE m.raw_id = event_actors.raw_id);
       UPDATE event_pairs SET src = (SELECT actor_id FROM actor_map m WHERE m.raw_id = event_pairs.src_raw)
       WHERE src IS NOT (SELECT actor_id FROM actor_map m WHERE m.raw_id = event_pairs.src_raw);
       UPDATE event_pairs SET tgt = (SELECT actor_id FROM actor_map m WHERE m.raw_id = event_pairs.tgt_raw)
       WHERE tgt IS NOT (SELECT actor_id FROM actor_map m WHERE m.raw_id = event_pairs.tgt_raw);`,
    );
    return { actors: actors.length, renamed, dropped };
  }

  setIndexState(state: IndexState): void {
    this.db
      .prepare(
        "INSERT INTO meta (key, value) VALUES ('index_state', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(JSON.stringify(state));
    this.writes++;
  }

  indexState(): IndexState {
    const r = this.db.prepare("SELECT value FROM meta WHERE key = 'index_state'").get() as Row | undefined;
    return indexStateOf(r ? String(r.value) : undefined);
  }

  // ---- reads ----------------------------------------------------------------------------------

  stats(): StoreStats {
    const one = (sql: string) => Number((this.db.prepare(sql).get() as Row).n);
    return {
      documents: one('SELECT count(*) n FROM documents'),
      events: one('SELECT count(*) n FROM events WHERE duplicate_of IS NULL'),
      actors: one('SELECT count(*) n FROM actors'),
    };
  }

  actorsById(ids: string[]): ActorLabel[] {
    const out: ActorLabel[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = this.db
        .prepare(
          `SELECT id, name, kind, country, code, trail FROM actors WHERE id IN (${chunk.map(() => '?').join(', ')})`,
        )
        .all(...chunk) as Row[];
      for (const r of rows)
        out.push({
          id: String(r.id),
          name: String(r.name),
          kind: String(r.kind),
          country: (r.country as string | null) ?? null,
          ...(r.code != null ? { code: String(r.code) } : {}),
          ...(r.trail != null ? { trail: JSON.parse(String(r.trail)) as string[] } : {}),
        });
    }
    // by id, whatever order they were asked in (every engine answers alike)
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  eventTypes(): string[] {
    return (this.db.prepare('SELECT DISTINCT type FROM events ORDER BY type').all() as Row[]).map((r) =>
      String(r.type),
    );
  }

  getDocumentUrl(id: string): string | null {
    const r = this.db.prepare('SELECT url FROM documents WHERE id = ?').get(id) as Row | undefined;
    return (r?.url as string | null) ?? null;
  }

  listDocuments(page: PageRequest): Page<DocumentSummary> {
    return reads.listDocuments(this.db, page);
  }

  getDocument(id: string): DocumentDetail | null {
    return reads.getDocument(this.db, id);
  }

  events(filters: Filters, page: PageRequest): Page<EventRecord> {
    return reads.events(this.db, filters, page);
  }

  *exportEvents(filters: Filters): Iterable<EventRecord> {
    let cursor: string | null = null;
    // in pages, so a large export never holds every row at once
    for (;;) {
      const page = this.events(filters, { limit: 1000, cursor });
      yield* page.items;
      if (!page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }

  actors(filters: Filters, options: { limit: number; name?: string | null }): ActorSummary[] {
    return reads.actors(this.db, filters, options);
  }

  graph(filters: Filters, options: { limit: number; edges?: number }): Graph {
    return reads.graph(this.db, filters, options);
  }

  timeline(filters: Filters, bin: Bin): TimelineBin[] {
    return reads.timeline(this.db, filters, bin);
  }
}
