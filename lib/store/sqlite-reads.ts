/**
 * The SQLite store's reads: every question the routes ask, as functions of the database handle
 * (lib/store/sqlite.ts delegates to them). Filters become one WHERE clause over `events e`; pages
 * go by (sort_date, id) cursors; the graph and the timeline aggregate in SQL.
 */
import type Database from 'better-sqlite3';
import type { Bin, Filters, PageRequest } from '@/lib/filters';
import { eventOfRow, SQLITE_ENCODING, storedStance } from './event-columns';
import { decodeCursor as dec, encodeCursor as enc, graphFromRows, searchWords } from './common';
import type {
  ActorSummary,
  DocumentDetail,
  DocumentSummary,
  EventRecord,
  Graph,
  Page,
  TimelineBin,
} from './types';

type Row = Record<string, unknown>;
type Param = string | number | null;

/** Words of a text search, each quoted, for FTS5 (no operator of the user's can reach the engine). */
function ftsQuery(q: string): string | null {
  const words = searchWords(q);
  return words.length ? words.map((w) => `"${w}"`).join(' ') : null;
}

function summary(r: Row): DocumentSummary {
  return {
    id: String(r.id),
    title: String(r.title),
    published: (r.published as string | null) ?? null,
    publishedBasis: (r.published_basis as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    path: String(r.path),
    origin: r.origin as DocumentSummary['origin'],
    eventCount: Number(r.event_count),
    indexedAt: String(r.indexed_at),
  };
}

export function listDocuments(db: Database.Database, page: PageRequest): Page<DocumentSummary> {
  // newest first; the cursor is the last row's (published, id)
  const after = page.cursor ? dec(page.cursor).split('\u0000') : null;
  const rows = db
    .prepare(
      `SELECT id, title, published, published_basis, source, url, path, origin, event_count, indexed_at FROM documents
       ${after ? "WHERE (coalesce(published, ''), id) < (?, ?)" : ''}
       ORDER BY coalesce(published, '') DESC, id DESC LIMIT ?`,
    )
    .all(...(after ? [after[0] ?? '', after[1] ?? ''] : []), page.limit + 1) as Row[];
  const items = rows.slice(0, page.limit).map((r) => summary(r));
  const last = rows.length > page.limit ? rows[page.limit - 1] : undefined;
  return { items, nextCursor: last ? enc(`${last.published ?? ''}\u0000${last.id}`) : null };
}

export function getDocument(db: Database.Database, id: string): DocumentDetail | null {
  const r = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as Row | undefined;
  if (!r) return null;
  const mentions = (
    db
      .prepare(
        'SELECT m.start, m.end, m.text, m.form, am.actor_id FROM mentions m LEFT JOIN actor_map am ON am.raw_id = m.raw_id WHERE m.document_id = ? ORDER BY m.start',
      )
      .all(id) as Row[]
  ).map((m) => ({
    span: [Number(m.start), Number(m.end)] as [number, number],
    text: String(m.text),
    actorId: (m.actor_id as string | null) ?? null,
    form: String(m.form),
  }));
  const timexes = (
    db.prepare('SELECT * FROM timexes WHERE document_id = ? ORDER BY start').all(id) as Row[]
  ).map((t) => ({
    span: [Number(t.start), Number(t.end)] as [number, number],
    text: String(t.text),
    type: String(t.type),
    value: String(t.value),
    sentence: Number(t.sentence),
  }));
  const events = (
    db
      .prepare(
        'SELECT id, span_start, span_end, trigger_start, trigger_end, type, stance, sentence FROM events WHERE document_id = ? ORDER BY seq',
      )
      .all(id) as Row[]
  ).map((e) => ({
    id: String(e.id),
    span: [Number(e.span_start), Number(e.span_end)] as [number, number],
    triggerSpan: [Number(e.trigger_start), Number(e.trigger_end)] as [number, number],
    type: String(e.type),
    stance: storedStance(e.stance),
    sentence: Number(e.sentence),
  }));
  return { ...summary(r), text: String(r.text), mentions, timexes, events };
}

/** The WHERE clause (over `events e`) for filters, with its parameters. */
function whereOf(f: Filters): { sql: string; params: Param[] } {
  const parts = ['e.duplicate_of IS NULL'];
  const params: Param[] = [];
  const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  if (f.actors.length) {
    parts.push(`e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN (${list(f.actors.length)}))`);
    params.push(...f.actors);
  }
  if (f.pair) {
    const between = `e.id IN (SELECT s.event_id FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'
                      WHERE s.role = 'source' AND s.actor_id = ? AND t.actor_id = ?)`;
    if (f.pair.directed) {
      parts.push(`(${between} OR (e.symmetric = 1 AND ${between}))`);
      params.push(f.pair.a, f.pair.b, f.pair.b, f.pair.a);
    } else {
      parts.push(`(${between} OR ${between})`);
      params.push(f.pair.a, f.pair.b, f.pair.b, f.pair.a);
    }
  }
  if (f.stance.length) {
    parts.push(`e.stance IN (${list(f.stance.length)})`);
    params.push(...f.stance);
  }
  if (f.quad.length) {
    parts.push(`e.quad IN (${list(f.quad.length)})`);
    params.push(...f.quad);
  }
  if (f.modality.length) {
    parts.push(`e.modality IN (${list(f.modality.length)})`);
    params.push(...f.modality);
  }
  if (f.type.length) {
    parts.push(`e.type IN (${list(f.type.length)})`);
    params.push(...f.type);
  }
  if (f.from) {
    parts.push('e.date_end >= ?');
    params.push(f.from);
  }
  if (f.to) {
    parts.push('e.date_start <= ?');
    params.push(f.to);
  }
  if (f.q) {
    const match = ftsQuery(f.q);
    if (match) {
      parts.push('e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
      params.push(match);
    } else parts.push('0');
  }
  if (f.document) {
    // a statement the document repeats from an earlier one is shown as that one's event
    parts.push('(e.document_id = ? OR e.id IN (SELECT duplicate_of FROM events WHERE document_id = ?))');
    params.push(f.document, f.document);
  }
  return { sql: parts.join(' AND '), params };
}

/** Rows of `events` (with the document's title) as the routes return them. */
function records(db: Database.Database, rows: Row[]): EventRecord[] {
  if (!rows.length) return [];
  const ids = rows.map((r) => String(r.id));
  const marks = ids.map(() => '?').join(', ');
  const roles = db
    .prepare(
      `SELECT event_id, role, actor_id FROM event_actors WHERE event_id IN (${marks}) AND actor_id IS NOT NULL ORDER BY raw_id`,
    )
    .all(...ids) as Row[];
  const byEvent = new Map<string, { source: string[]; target: string[] }>();
  for (const r of roles) {
    const entry = byEvent.get(String(r.event_id)) ?? { source: [], target: [] };
    const list = r.role === 'source' ? entry.source : entry.target;
    if (!list.includes(String(r.actor_id))) list.push(String(r.actor_id));
    byEvent.set(String(r.event_id), entry);
  }
  const twins = db
    .prepare(`SELECT duplicate_of, evidence FROM events WHERE duplicate_of IN (${marks}) ORDER BY rowid`)
    .all(...ids) as Row[];
  const more = new Map<string, unknown[]>();
  for (const t of twins)
    more.set(String(t.duplicate_of), [
      ...(more.get(String(t.duplicate_of)) ?? []),
      ...(JSON.parse(String(t.evidence)) as unknown[]),
    ]);
  const reporters = new Map<string, string | null>();
  for (const r of rows) {
    if (r.reported_by_raw != null && !reporters.has(String(r.reported_by_raw))) {
      const m = db.prepare('SELECT actor_id FROM actor_map WHERE raw_id = ?').get(r.reported_by_raw) as
        Row | undefined;
      reporters.set(String(r.reported_by_raw), (m?.actor_id as string | null) ?? String(r.reported_by_raw));
    }
  }
  return rows.map((r) => {
    const actors = byEvent.get(String(r.id)) ?? { source: [], target: [] };
    const reportedBy = r.reported_by_raw == null ? null : (reporters.get(String(r.reported_by_raw)) ?? null);
    const twinEvidence = (more.get(String(r.id)) ?? []) as EventRecord['evidence'];
    return eventOfRow(r, { ...actors, reportedBy, twinEvidence }, SQLITE_ENCODING);
  });
}

export function events(db: Database.Database, filters: Filters, page: PageRequest): Page<EventRecord> {
  const w = whereOf(filters);
  let cursorSql = '';
  const params = [...w.params];
  if (page.cursor) {
    const [d, id] = dec(page.cursor).split('\u0000');
    cursorSql = ' AND (e.sort_date, e.id) > (?, ?)';
    params.push(d ?? '', id ?? '');
  }
  const rows = db
    .prepare(
      `SELECT e.*, d.title, d.published FROM events e JOIN documents d ON d.id = e.document_id WHERE ${w.sql}${cursorSql} ORDER BY e.sort_date, e.id LIMIT ?`,
    )
    .all(...params, page.limit + 1) as Row[];
  const items = records(db, rows.slice(0, page.limit));
  const last = rows.length > page.limit ? rows[page.limit - 1] : undefined;
  return { items, nextCursor: last ? enc(`${last.sort_date}\u0000${last.id}`) : null };
}

export function actors(
  db: Database.Database,
  filters: Filters,
  options: { limit: number; name?: string | null },
): ActorSummary[] {
  const w = whereOf(filters);
  // each alias on its own: the JSON's quotes and commas are no part of a name
  const nameSql = options.name
    ? " AND (a.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM json_each(a.aliases) j WHERE j.value LIKE ? ESCAPE '\\'))"
    : '';
  const like = options.name ? `%${options.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = db
    .prepare(
      `WITH f AS (SELECT e.id FROM events e WHERE ${w.sql})
       SELECT a.id, a.name, a.kind, a.country, a.aliases, a.mentions, a.code, a.role, a.trail,
              count(DISTINCT ea.event_id) AS events,
              count(DISTINCT CASE WHEN ea.role = 'source' THEN ea.event_id END) AS as_source,
              count(DISTINCT CASE WHEN ea.role = 'target' THEN ea.event_id END) AS as_target
       FROM f JOIN event_actors ea ON ea.event_id = f.id JOIN actors a ON a.id = ea.actor_id
       WHERE 1 ${nameSql}
       GROUP BY a.id ORDER BY events DESC, a.id LIMIT ?`,
    )
    .all(...w.params, ...(like ? [like, like] : []), options.limit) as Row[];
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    kind: String(r.kind),
    country: (r.country as string | null) ?? null,
    aliases: JSON.parse(String(r.aliases)) as string[],
    mentions: Number(r.mentions),
    events: Number(r.events),
    asSource: Number(r.as_source),
    asTarget: Number(r.as_target),
    ...(r.code != null
      ? {
          code: String(r.code),
          role: (r.role as string | null) ?? null,
          trail: r.trail != null ? (JSON.parse(String(r.trail)) as string[]) : [],
        }
      : {}),
  }));
}

export function graph(
  db: Database.Database,
  filters: Filters,
  options: { limit: number; edges?: number },
): Graph {
  const w = whereOf(filters);
  // directed edges from the pairs table (a symmetric event has a row each way); filters on the
  // pair's own columns stay in the covering index, the others go through the events they select
  const local =
    !filters.actors.length &&
    !filters.pair &&
    !filters.quad.length &&
    !filters.modality.length &&
    !filters.type.length &&
    !filters.q &&
    !filters.document;
  const parts = ['p.canonical = 1', 'p.src IS NOT NULL', 'p.tgt IS NOT NULL', 'p.src != p.tgt'];
  const params: Param[] = [];
  if (local) {
    if (filters.stance.length) {
      parts.push(`p.stance IN (${filters.stance.map(() => '?').join(', ')})`);
      params.push(...filters.stance);
    }
    if (filters.from) {
      parts.push('p.date_end >= ?');
      params.push(filters.from);
    }
    if (filters.to) {
      parts.push('p.date_start <= ?');
      params.push(filters.to);
    }
  } else {
    parts.push(`p.event_id IN (SELECT e.id FROM events e WHERE ${w.sql})`);
    params.push(...w.params);
  }
  const where = parts.join(' AND ');
  // first the nodes: the actors in most related events under the filters (an event counts once)
  const ranked = db
    .prepare(
      `WITH p AS (SELECT p.src, p.tgt, p.event_id FROM event_pairs p WHERE ${where})
       SELECT id, count(DISTINCT event_id) AS w FROM (SELECT src AS id, event_id FROM p UNION ALL SELECT tgt AS id, event_id FROM p)
       GROUP BY id ORDER BY w DESC, id LIMIT ?`,
    )
    .all(...params, options.limit + 1) as Row[];
  const ids = ranked.slice(0, options.limit).map((r) => String(r.id));
  // then the edges among them only
  const marks = ids.map(() => '?').join(', ') || 'NULL';
  const rows = db
    .prepare(
      `SELECT p.src, p.tgt, count(*) AS n,
              sum(p.stance = 'cooperative') AS coop, sum(p.stance = 'neutral') AS neu, sum(p.stance = 'hostile') AS hos,
              avg(CASE WHEN p.stance != 'uncoded' THEN p.score END) AS mean, min(p.date_start) AS first, max(p.date_end) AS last, min(p.event_id) AS ev1, max(p.event_id) AS ev2
       FROM event_pairs p WHERE ${where} AND p.src IN (${marks}) AND p.tgt IN (${marks})
       GROUP BY p.src, p.tgt`,
    )
    .all(...params, ...ids, ...ids) as Row[];
  const info = new Map<string, Row>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of db
      .prepare(
        `SELECT id, name, kind, country, code, trail FROM actors WHERE id IN (${chunk.map(() => '?').join(', ')})`,
      )
      .all(...chunk) as Row[])
      info.set(String(r.id), r);
  }
  return graphFromRows(ranked, rows, info, options);
}

export function timeline(db: Database.Database, filters: Filters, bin: Bin): TimelineBin[] {
  const w = whereOf(filters);
  const key =
    bin === 'day'
      ? 'e.date_start'
      : bin === 'month'
        ? "substr(e.date_start, 1, 7) || '-01'"
        : bin === 'year'
          ? "substr(e.date_start, 1, 4) || '-01-01'"
          : "date(e.date_start, '-' || ((CAST(strftime('%w', e.date_start) AS INTEGER) + 6) % 7) || ' days')";
  const rows = db
    .prepare(
      `SELECT CASE WHEN e.date_start IS NULL THEN NULL ELSE ${key} END AS bin,
              sum(e.stance = 'cooperative') AS coop, sum(e.stance = 'neutral') AS neu, sum(e.stance = 'hostile') AS hos,
              sum(e.stance = 'uncoded') AS unc
       FROM events e WHERE ${w.sql} GROUP BY bin ORDER BY bin IS NULL, bin`,
    )
    .all(...w.params) as Row[];
  return rows.map((r) => ({
    start: (r.bin as string | null) ?? null,
    cooperative: Number(r.coop),
    neutral: Number(r.neu),
    hostile: Number(r.hos),
    uncoded: Number(r.unc),
  }));
}
