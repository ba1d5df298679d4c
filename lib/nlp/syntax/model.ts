/**
 * The model file: tagger, lemmatiser and parser in one gzip-compressed binary.
 *
 * Layout (before compression): "DSYN", format version (u32), length of a JSON header (u32), the
 * JSON header (tag lists, dictionaries, metadata), padding to 4 bytes, then for each linear model
 * its rows: feature hashes (sorted, stored as differences), one scale per row, the 8-bit weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LemmaModel } from './lemma';
import { buildLinear, rowKeys, type LinearModel } from './linear';
import type { ParserModel } from './parser';
import type { TaggerModel } from './tagger';

/** Everything the syntax stages need. */
export interface SyntaxModel {
  tagger: TaggerModel;
  lemma: LemmaModel;
  parser: ParserModel;
  /** Where the model came from: treebank, version, settings, date. */
  meta: Record<string, string | number>;
}

const MAGIC = 0x4e595344; // "DSYN" little-endian
const VERSION = 1;

interface Header {
  meta: Record<string, string | number>;
  tags: string[];
  dict: [string, number][];
  exceptions: [string, string][];
  known: string[];
  xpos: string[];
  upos: string[];
  labels: string[];
  /** Rows and classes of the linear models, in the order their blocks follow. */
  linear: { rows: number; classes: number }[];
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/** The model as the bytes of a file. Equal models give equal bytes. */
export function encodeModel(m: SyntaxModel): Buffer {
  const linears = [m.tagger.linear, m.parser.arcs, m.parser.labeller];
  const header: Header = {
    meta: m.meta,
    tags: m.tagger.tags,
    dict: [...m.tagger.dict.entries()],
    exceptions: [...m.lemma.exceptions.entries()],
    known: [...m.lemma.known].sort(),
    xpos: m.parser.xpos,
    upos: m.parser.upos,
    labels: m.parser.labels,
    linear: linears.map((l) => ({ rows: l.scale.length, classes: l.classes })),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [];
  const head = Buffer.alloc(12);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(VERSION, 4);
  head.writeUInt32LE(json.length, 8);
  parts.push(head, json, Buffer.alloc(pad4(json.length)));
  for (const l of linears) {
    const keys = rowKeys(l);
    // sorted as unsigned, stored as differences: small numbers compress far better than hashes
    const order = Array.from(keys.keys()).sort((a, b) => (keys[a]! >>> 0) - (keys[b]! >>> 0));
    const deltas = new Uint32Array(keys.length);
    const scale = new Float32Array(keys.length);
    const C = l.classes;
    const q = new Int8Array(keys.length * C);
    let prev = 0;
    order.forEach((r, i) => {
      const k = keys[r]! >>> 0;
      deltas[i] = k - prev;
      prev = k;
      scale[i] = l.scale[r]!;
      q.set(l.q.subarray(r * C, r * C + C), i * C);
    });
    parts.push(Buffer.from(deltas.buffer), Buffer.from(scale.buffer), Buffer.from(q.buffer));
    parts.push(Buffer.alloc(pad4(q.length)));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reads a model from the bytes of a file. */
export function decodeModel(bytes: Uint8Array): SyntaxModel {
  const raw = gunzipSync(bytes);
  const buf = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
  const view = new DataView(buf);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not a syntax model file (bad magic number)');
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`syntax model format ${version}; this code reads ${VERSION}`);
  const jsonLength = view.getUint32(8, true);
  const header = JSON.parse(Buffer.from(buf, 12, jsonLength).toString('utf8')) as Header;
  let at = 12 + jsonLength + pad4(jsonLength);
  const linears: LinearModel[] = header.linear.map(({ rows, classes }) => {
    const deltas = new Uint32Array(buf, at, rows);
    at += rows * 4;
    const scale = new Float32Array(buf, at, rows);
    at += rows * 4;
    const q = new Int8Array(buf, at, rows * classes);
    at += rows * classes + pad4(rows * classes);
    const keys = new Int32Array(rows);
    let k = 0;
    for (let i = 0; i < rows; i++) {
      k = (k + deltas[i]!) >>> 0;
      keys[i] = k | 0;
    }
    return buildLinear(classes, keys, q, scale);
  });
  return {
    meta: header.meta,
    tagger: { tags: header.tags, dict: new Map(header.dict), linear: linears[0]! },
    lemma: { exceptions: new Map(header.exceptions), known: new Set(header.known) },
    parser: {
      xpos: header.xpos,
      upos: header.upos,
      labels: header.labels,
      arcs: linears[1]!,
      labeller: linears[2]!,
    },
  };
}

/** The committed model, beside this file. */
export const MODEL_FILE = path.join(process.cwd(), 'lib/nlp/syntax/en_ewt.model.gz');

export function saveModel(file: string, m: SyntaxModel): void {
  writeFileSync(file, encodeModel(m));
}

export function readModel(file: string): SyntaxModel {
  return decodeModel(readFileSync(file));
}
