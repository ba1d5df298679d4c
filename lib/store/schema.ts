/**
 * The database schema, as numbered migrations. A database records the last migration it ran
 * (`meta.schema_version`); opening it runs the ones after, each in a transaction.
 */

export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, actors, mentions, time expressions, events',
    sql: `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL CHECK (origin IN ('corpus', 'upload')),
  root TEXT,
  path TEXT NOT NULL,
  title TEXT NOT NULL,
  published TEXT,
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
CREATE INDEX documents_published ON documents(published, id);

CREATE TABLE actor_records (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  raw_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  aliases TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  tentative INTEGER NOT NULL,
  opening_only INTEGER NOT NULL,
  PRIMARY KEY (document_id, raw_id)
);
CREATE INDEX actor_records_raw ON actor_records(raw_id);

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  aliases TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  documents INTEGER NOT NULL
);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);

CREATE TABLE actor_map (
  raw_id TEXT PRIMARY KEY,
  actor_id TEXT
);

CREATE TABLE mentions (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  raw_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  form TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id, start);

CREATE TABLE timexes (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  sentence INTEGER NOT NULL
);
CREATE INDEX timexes_document ON timexes(document_id, start);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  trigger TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  type TEXT NOT NULL,
  cameo TEXT,
  quad TEXT NOT NULL,
  symmetric INTEGER NOT NULL,
  reported_by_raw TEXT,
  stance TEXT NOT NULL,
  stance_score REAL NOT NULL,
  stance_cues TEXT NOT NULL,
  negated INTEGER NOT NULL,
  alleged INTEGER NOT NULL,
  date_value TEXT,
  date_start TEXT,
  date_end TEXT,
  date_text TEXT,
  date_basis TEXT,
  date_anchor TEXT,
  sort_date TEXT NOT NULL,
  evidence TEXT NOT NULL,
  pair_key TEXT NOT NULL,
  duplicate_of TEXT
);
CREATE INDEX events_order ON events(sort_date, id) WHERE duplicate_of IS NULL;
CREATE INDEX events_document ON events(document_id, seq);
CREATE INDEX events_twins ON events(pair_key, stance, date_value);
CREATE INDEX events_duplicate ON events(duplicate_of);

CREATE TABLE event_actors (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('source', 'target')),
  raw_id TEXT NOT NULL,
  actor_id TEXT,
  PRIMARY KEY (event_id, role, raw_id)
);
CREATE INDEX event_actors_actor ON event_actors(actor_id, role, event_id);
CREATE INDEX event_actors_raw ON event_actors(raw_id);

CREATE VIRTUAL TABLE events_fts USING fts5(text, trigger, content='events', content_rowid='rowid');
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, text, trigger) VALUES (new.rowid, new.text, new.trigger);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, text, trigger) VALUES ('delete', old.rowid, old.text, old.trigger);
END;
`,
  },
  {
    version: 2,
    name: 'duplicates indexed only where there is one, so listing events walks the date index',
    sql: `
DROP INDEX events_duplicate;
CREATE INDEX events_duplicate ON events(duplicate_of) WHERE duplicate_of IS NOT NULL;
`,
  },
  {
    version: 3,
    name: 'event pairs: one row per directed pair of an event, for the graph',
    sql: `
CREATE TABLE event_pairs (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  src_raw TEXT NOT NULL,
  tgt_raw TEXT NOT NULL,
  src TEXT,
  tgt TEXT,
  stance TEXT NOT NULL,
  score REAL NOT NULL,
  date_start TEXT,
  date_end TEXT,
  canonical INTEGER NOT NULL,
  PRIMARY KEY (event_id, src_raw, tgt_raw)
);
CREATE INDEX event_pairs_graph ON event_pairs(canonical, src, tgt, stance, score, date_start, date_end, event_id);
CREATE TRIGGER event_pairs_canonical AFTER UPDATE OF duplicate_of ON events BEGIN
  UPDATE event_pairs SET canonical = (new.duplicate_of IS NULL) WHERE event_id = new.id;
END;
INSERT OR IGNORE INTO event_pairs
  SELECT e.id, s.raw_id, t.raw_id, s.actor_id, t.actor_id, e.stance, e.stance_score, e.date_start, e.date_end, e.duplicate_of IS NULL
  FROM events e
  JOIN event_actors s ON s.event_id = e.id AND s.role = 'source'
  JOIN event_actors t ON t.event_id = e.id AND t.role = 'target';
INSERT OR IGNORE INTO event_pairs
  SELECT e.id, t.raw_id, s.raw_id, t.actor_id, s.actor_id, e.stance, e.stance_score, e.date_start, e.date_end, e.duplicate_of IS NULL
  FROM events e
  JOIN event_actors s ON s.event_id = e.id AND s.role = 'source'
  JOIN event_actors t ON t.event_id = e.id AND t.role = 'target'
  WHERE e.symmetric = 1;
`,
  },
  {
    version: 4,
    name: 'the upload queue: each uploaded document, who sent it, and how its extraction goes',
    sql: `
CREATE TABLE uploads (
  document_id TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  client TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'extracting', 'done', 'failed')),
  received_at TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT,
  worker_pid INTEGER,
  message TEXT,
  problems TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX uploads_queue ON uploads(state, received_at);
CREATE INDEX uploads_client ON uploads(client, received_at);
CREATE TABLE upload_batches (
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  document_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (id, position)
);
`,
  },
  {
    version: 5,
    name: "actors' CAMEO code, role and the trail of how the code was reached (issue 13)",
    sql: `
ALTER TABLE actor_records ADD COLUMN code TEXT;
ALTER TABLE actor_records ADD COLUMN role TEXT;
ALTER TABLE actor_records ADD COLUMN trail TEXT;
ALTER TABLE actors ADD COLUMN code TEXT;
ALTER TABLE actors ADD COLUMN role TEXT;
ALTER TABLE actors ADD COLUMN trail TEXT;
`,
  },
  {
    version: 6,
    name: 'events coded on the parse: modality (so hypothetical acts can be hidden), PLOVER coding, trail',
    sql: `
ALTER TABLE events ADD COLUMN modality TEXT NOT NULL DEFAULT 'asserted';
ALTER TABLE events ADD COLUMN plover TEXT;
ALTER TABLE events ADD COLUMN trail TEXT NOT NULL DEFAULT '[]';
`,
  },
  {
    // an event a user's verb file codes outside CAMEO has no stance or quad: stored as 'uncoded'
    // (lib/store/event-columns.ts), so the columns stay NOT NULL and the graph's counts by stance
    // need no change
    version: 7,
    name: "the code a user's verb dictionary gives an event, when it is not a CAMEO code (issue 17)",
    sql: `
ALTER TABLE events ADD COLUMN code TEXT;
`,
  },
];
