/**
 * The PostgreSQL schema, as numbered migrations (the same tables as SQLite's lib/store/schema.ts,
 * in PostgreSQL's types: booleans, jsonb, a tsvector for search). Text keys sort byte by byte
 * (COLLATE "C") as SQLite's do, so both engines page and order alike whatever the server's locale.
 */

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
];
