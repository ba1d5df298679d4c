/**
 * The PostgreSQL schema, as numbered migrations (the same tables as SQLite's lib/store/schema.ts,
 * in PostgreSQL's types: booleans, jsonb, a tsvector for search). Text keys sort byte by byte
 * (COLLATE "C") as SQLite's do, so both engines page and order alike whatever the server's locale.
 */

/** Past this many changed pair rows in one statement, the totals are counted again whole. */
const REBUILD_ROWS = 20_000;

/** A pair row the graph counts: both ends known, and not one actor to itself. */
const COUNTED = 'r.src IS NOT NULL AND r.tgt IS NOT NULL AND r.src != r.tgt';

/**
 * The SQL that brings the totals of the pair and actor groups touched by the rows of `changed` (a
 * transition table of event_pairs) up to date: each group is counted again from event_pairs, so
 * inserts, removals (the documents' cascades too), duplicate marks and actor settling all leave the
 * totals exact. A group is (pair or actor, stance, date start, date end); an event is in one group
 * per actor, so summing the groups' distinct counts gives each actor's distinct events.
 */
function refreshTotals(changed: string): string {
  const pairKeys = `SELECT DISTINCT r.src, r.tgt, r.stance, coalesce(r.date_start, '') AS ds, coalesce(r.date_end, '') AS de
    FROM ${changed} r WHERE ${COUNTED}`;
  const actorKeys = `SELECT r.src AS actor, r.stance, coalesce(r.date_start, '') AS ds, coalesce(r.date_end, '') AS de
    FROM ${changed} r WHERE ${COUNTED}
    UNION SELECT r.tgt, r.stance, coalesce(r.date_start, ''), coalesce(r.date_end, '') FROM ${changed} r WHERE ${COUNTED}`;
  const group = (p: string, k: string) =>
    `${p}.stance = ${k}.stance AND coalesce(${p}.date_start, '') = ${k}.ds AND coalesce(${p}.date_end, '') = ${k}.de`;
  return `
  DELETE FROM pair_totals t USING (${pairKeys}) k WHERE t.src = k.src AND t.tgt = k.tgt AND ${group('t', 'k')};
  INSERT INTO pair_totals (src, tgt, stance, date_start, date_end, n, score_sum, ev_min, ev_max)
    SELECT k.src, k.tgt, k.stance, nullif(k.ds, ''), nullif(k.de, ''), count(*), sum(p.score), min(p.event_id), max(p.event_id)
    FROM (${pairKeys}) k JOIN event_pairs p ON p.canonical AND p.src = k.src AND p.tgt = k.tgt AND ${group('p', 'k')}
    GROUP BY k.src, k.tgt, k.stance, k.ds, k.de;
  DELETE FROM actor_totals t USING (${actorKeys}) k WHERE t.actor = k.actor AND ${group('t', 'k')};
  INSERT INTO actor_totals (actor, stance, date_start, date_end, n)
    SELECT k.actor, k.stance, nullif(k.ds, ''), nullif(k.de, ''), count(DISTINCT x.event_id)
    FROM (${actorKeys}) k JOIN LATERAL (
      SELECT p.event_id FROM event_pairs p WHERE p.canonical AND p.src = k.actor AND p.tgt IS NOT NULL AND p.tgt != p.src AND ${group('p', 'k')}
      UNION ALL
      SELECT p.event_id FROM event_pairs p WHERE p.canonical AND p.tgt = k.actor AND p.src IS NOT NULL AND p.tgt != p.src AND ${group('p', 'k')}
    ) x ON true
    GROUP BY k.actor, k.stance, k.ds, k.de;
  DELETE FROM pair_totals_all t USING (SELECT DISTINCT src, tgt, stance FROM (${pairKeys}) k0) k
    WHERE t.src = k.src AND t.tgt = k.tgt AND t.stance = k.stance;
  INSERT INTO pair_totals_all (src, tgt, stance, n, score_sum, first, last, ev_min, ev_max)
    SELECT t.src, t.tgt, t.stance, sum(t.n), sum(t.score_sum), min(t.date_start), max(t.date_end), min(t.ev_min), max(t.ev_max)
    FROM (SELECT DISTINCT src, tgt, stance FROM (${pairKeys}) k0) k
    JOIN pair_totals t ON t.src = k.src AND t.tgt = k.tgt AND t.stance = k.stance
    GROUP BY t.src, t.tgt, t.stance;
  DELETE FROM actor_totals_all t USING (SELECT DISTINCT actor, stance FROM (${actorKeys}) k0) k
    WHERE t.actor = k.actor AND t.stance = k.stance;
  INSERT INTO actor_totals_all (actor, stance, n)
    SELECT t.actor, t.stance, sum(t.n)
    FROM (SELECT DISTINCT actor, stance FROM (${actorKeys}) k0) k
    JOIN actor_totals t ON t.actor = k.actor AND t.stance = k.stance
    GROUP BY t.actor, t.stance;`;
}

/**
 * The graph's totals. At a million events, counting every pair row of the corpus on each question
 * took over ten seconds; the graph's usual questions (all time, a stance, a time window) read these
 * tables instead, whose rows are groups of events between the same actors on the same dates.
 */
const GRAPH_TOTALS_SQL = `
CREATE INDEX event_pairs_src ON event_pairs(src, stance, (coalesce(date_start, '')), (coalesce(date_end, ''))) WHERE canonical;
CREATE INDEX event_pairs_tgt ON event_pairs(tgt, stance, (coalesce(date_start, '')), (coalesce(date_end, ''))) WHERE canonical;

CREATE TABLE pair_totals (
  src TEXT COLLATE "C" NOT NULL,
  tgt TEXT COLLATE "C" NOT NULL,
  stance TEXT NOT NULL,
  date_start TEXT COLLATE "C",
  date_end TEXT COLLATE "C",
  n INTEGER NOT NULL,
  score_sum DOUBLE PRECISION NOT NULL,
  ev_min TEXT COLLATE "C" NOT NULL,
  ev_max TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX pair_totals_key ON pair_totals(src, tgt, stance, (coalesce(date_start, '')), (coalesce(date_end, '')));
CREATE INDEX pair_totals_dates ON pair_totals(date_end, date_start);

CREATE TABLE actor_totals (
  actor TEXT COLLATE "C" NOT NULL,
  stance TEXT NOT NULL,
  date_start TEXT COLLATE "C",
  date_end TEXT COLLATE "C",
  n INTEGER NOT NULL
);
CREATE UNIQUE INDEX actor_totals_key ON actor_totals(actor, stance, (coalesce(date_start, '')), (coalesce(date_end, '')));
CREATE INDEX actor_totals_dates ON actor_totals(date_end, date_start);

-- the same over all time: the dashboard's network, and any question without a time window
CREATE TABLE pair_totals_all (
  src TEXT COLLATE "C" NOT NULL,
  tgt TEXT COLLATE "C" NOT NULL,
  stance TEXT NOT NULL,
  n INTEGER NOT NULL,
  score_sum DOUBLE PRECISION NOT NULL,
  first TEXT COLLATE "C",
  last TEXT COLLATE "C",
  ev_min TEXT COLLATE "C" NOT NULL,
  ev_max TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (src, tgt, stance)
);
CREATE TABLE actor_totals_all (
  actor TEXT COLLATE "C" NOT NULL,
  stance TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (actor, stance)
);

CREATE FUNCTION graph_totals_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM pair_totals;
  DELETE FROM actor_totals;
  INSERT INTO pair_totals (src, tgt, stance, date_start, date_end, n, score_sum, ev_min, ev_max)
    SELECT r.src, r.tgt, r.stance, r.date_start, r.date_end, count(*), sum(r.score), min(r.event_id), max(r.event_id)
    FROM event_pairs r WHERE r.canonical AND ${COUNTED} GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO actor_totals (actor, stance, date_start, date_end, n)
    SELECT x.actor, x.stance, x.date_start, x.date_end, count(DISTINCT x.event_id)
    FROM (SELECT r.src AS actor, r.stance, r.date_start, r.date_end, r.event_id FROM event_pairs r WHERE r.canonical AND ${COUNTED}
          UNION ALL SELECT r.tgt, r.stance, r.date_start, r.date_end, r.event_id FROM event_pairs r WHERE r.canonical AND ${COUNTED}) x
    GROUP BY 1, 2, 3, 4;
  DELETE FROM pair_totals_all;
  DELETE FROM actor_totals_all;
  INSERT INTO pair_totals_all (src, tgt, stance, n, score_sum, first, last, ev_min, ev_max)
    SELECT src, tgt, stance, sum(n), sum(score_sum), min(date_start), max(date_end), min(ev_min), max(ev_max)
    FROM pair_totals GROUP BY 1, 2, 3;
  INSERT INTO actor_totals_all (actor, stance, n) SELECT actor, stance, sum(n) FROM actor_totals GROUP BY 1, 2;
END $$;
${['inserted', 'deleted', 'updated']
  .map((op) => {
    const changed =
      op === 'inserted'
        ? 'new_rows'
        : op === 'deleted'
          ? 'old_rows'
          : '(SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows)';
    // a statement that touches a large part of the table (settling a corpus written in one go)
    // counts everything again in one pass, faster than group by group
    return `CREATE FUNCTION graph_totals_${op}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM (SELECT 1 FROM ${changed} c LIMIT ${REBUILD_ROWS}) c) >= ${REBUILD_ROWS} THEN
    PERFORM graph_totals_rebuild();
  ELSE ${refreshTotals(changed)}
  END IF;
  RETURN NULL;
END $$;`;
  })
  .join('\n')}
CREATE TRIGGER event_pairs_inserted AFTER INSERT ON event_pairs REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION graph_totals_inserted();
CREATE TRIGGER event_pairs_deleted AFTER DELETE ON event_pairs REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION graph_totals_deleted();
CREATE TRIGGER event_pairs_updated AFTER UPDATE ON event_pairs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION graph_totals_updated();

-- the totals of what is stored already
SELECT graph_totals_rebuild();
`;

export const PG_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, actors, mentions, time expressions, events, pairs, search',
    sql: `
CREATE TABLE documents (
  id TEXT COLLATE "C" PRIMARY KEY,
  origin TEXT NOT NULL CHECK (origin IN ('corpus', 'upload')),
  root TEXT COLLATE "C",
  path TEXT NOT NULL,
  title TEXT NOT NULL,
  published TEXT COLLATE "C",
  published_basis TEXT,
  source TEXT,
  url TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  indexed_at TEXT NOT NULL,
  event_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_root ON documents(root);
CREATE INDEX documents_published ON documents((coalesce(published, '')), id);

CREATE TABLE actor_records (
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  raw_id TEXT COLLATE "C" NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  aliases JSONB NOT NULL,
  mentions INTEGER NOT NULL,
  tentative BOOLEAN NOT NULL,
  opening_only BOOLEAN NOT NULL,
  code TEXT,
  role TEXT,
  trail JSONB,
  PRIMARY KEY (document_id, raw_id)
);
CREATE INDEX actor_records_raw ON actor_records(raw_id);

CREATE TABLE actors (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  aliases JSONB NOT NULL,
  mentions INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  code TEXT,
  role TEXT,
  trail JSONB
);
CREATE INDEX actors_name ON actors(lower(name));

CREATE TABLE actor_map (
  raw_id TEXT COLLATE "C" PRIMARY KEY,
  actor_id TEXT COLLATE "C"
);

CREATE TABLE mentions (
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  raw_id TEXT COLLATE "C" NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  form TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id, span_start);

CREATE TABLE timexes (
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  sentence INTEGER NOT NULL
);
CREATE INDEX timexes_document ON timexes(document_id, span_start);

CREATE TABLE events (
  row_no BIGSERIAL UNIQUE,
  id TEXT COLLATE "C" PRIMARY KEY,
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  trigger TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  type TEXT COLLATE "C" NOT NULL,
  cameo TEXT,
  quad TEXT NOT NULL,
  "symmetric" BOOLEAN NOT NULL,
  reported_by_raw TEXT COLLATE "C",
  stance TEXT NOT NULL,
  stance_score DOUBLE PRECISION NOT NULL,
  stance_cues JSONB NOT NULL,
  negated BOOLEAN NOT NULL,
  alleged BOOLEAN NOT NULL,
  date_value TEXT,
  date_start TEXT COLLATE "C",
  date_end TEXT COLLATE "C",
  date_text TEXT,
  date_basis TEXT,
  date_anchor TEXT,
  sort_date TEXT COLLATE "C" NOT NULL,
  evidence JSON NOT NULL,
  pair_key TEXT COLLATE "C" NOT NULL,
  duplicate_of TEXT COLLATE "C",
  modality TEXT NOT NULL DEFAULT 'asserted',
  plover JSON,
  trail JSONB NOT NULL DEFAULT '[]',
  search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', text || ' ' || trigger)) STORED
);
CREATE INDEX events_order ON events(sort_date, id) WHERE duplicate_of IS NULL;
CREATE INDEX events_document ON events(document_id, seq);
CREATE INDEX events_twins ON events(pair_key, stance, date_value);
CREATE INDEX events_duplicate ON events(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX events_search ON events USING GIN (search);

CREATE TABLE event_actors (
  event_id TEXT COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('source', 'target')),
  raw_id TEXT COLLATE "C" NOT NULL,
  actor_id TEXT COLLATE "C",
  PRIMARY KEY (event_id, role, raw_id)
);
CREATE INDEX event_actors_actor ON event_actors(actor_id, role, event_id);
CREATE INDEX event_actors_raw ON event_actors(raw_id);

CREATE TABLE event_pairs (
  event_id TEXT COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  src_raw TEXT COLLATE "C" NOT NULL,
  tgt_raw TEXT COLLATE "C" NOT NULL,
  src TEXT COLLATE "C",
  tgt TEXT COLLATE "C",
  stance TEXT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  date_start TEXT COLLATE "C",
  date_end TEXT COLLATE "C",
  canonical BOOLEAN NOT NULL,
  PRIMARY KEY (event_id, src_raw, tgt_raw)
);
CREATE INDEX event_pairs_graph ON event_pairs(canonical, src, tgt, stance, score, date_start, date_end, event_id);
`,
  },
  {
    version: 2,
    name: 'claims: which indexer extracts which version of a document, so two never do it twice',
    sql: `
CREATE TABLE document_claims (
  id TEXT COLLATE "C" PRIMARY KEY,
  content_hash TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  worker TEXT NOT NULL,
  claimed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 3,
    name: 'graph totals: pair and actor counts by stance and dates, kept by triggers on event_pairs',
    sql: GRAPH_TOTALS_SQL,
  },
  {
    version: 4,
    name: 'the upload queue every instance shares: the uploaded text with each row, batches, workers',
    // SQLite's uploads and upload_batches (lib/store/schema.ts), plus the document as its file holds
    // it (so any instance's worker extracts it without the file) and each worker's last sign of life.
    // Times are ISO strings, as SQLite keeps them, compared byte by byte.
    sql: `
CREATE TABLE uploads (
  document_id TEXT COLLATE "C" PRIMARY KEY,
  file TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  bytes BIGINT NOT NULL,
  client TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'extracting', 'done', 'failed')),
  received_at TEXT COLLATE "C" NOT NULL,
  started_at TEXT COLLATE "C",
  finished_at TEXT COLLATE "C",
  worker TEXT COLLATE "C",
  message TEXT,
  problems JSONB NOT NULL DEFAULT '[]',
  text TEXT,
  published TEXT,
  source TEXT,
  url TEXT
);
CREATE INDEX uploads_waiting ON uploads(received_at, document_id) WHERE state = 'queued';
CREATE INDEX uploads_extracting ON uploads(worker) WHERE state = 'extracting';
CREATE INDEX uploads_client ON uploads(client, received_at);
CREATE TABLE upload_batches (
  id TEXT COLLATE "C" NOT NULL,
  position INTEGER NOT NULL,
  document_id TEXT COLLATE "C" NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (id, position)
);
CREATE TABLE upload_workers (
  worker TEXT COLLATE "C" PRIMARY KEY,
  beat_at TEXT COLLATE "C" NOT NULL
);
`,
  },
  {
    // stance and quad of an event with no CAMEO code are stored as 'uncoded' (a value, not NULL: the
    // totals' triggers match groups with `t.stance = k.stance`, which NULL would never satisfy)
    version: 5,
    name: "the code a user's verb dictionary gives an event, when it is not a CAMEO code (issue 17)",
    sql: `
ALTER TABLE events ADD COLUMN code TEXT;
`,
  },
];
