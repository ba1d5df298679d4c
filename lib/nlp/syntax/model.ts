/**
 * The model file: tagger, lemmatiser and parser in one gzip-compressed binary.
 *
 * Layout (before compression): "DSYN", format version (u32), length of a JSON header (u32), the
 * JSON header (tag lists, dictionaries, metadata), then for each linear model its rows: feature
 * hashes (sorted, as LEB128 differences), entries per row, 16-bit scales, classes and 8-bit weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LemmaModel } from './lemma';
import { buildLinear, rowSet, type LinearModel, type RowSet } from './linear';
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
const VERSION = 3;

interface Header {
  meta: Record<string, string | number>;
  tags: string[];
  dict: [string, number][];
  lexicon: [string, number][];
  exceptions: [string, string][];
  known: string[];
  xpos: string[];
  upos: string[];
  labels: string[];
  /** ParserModel.relabelBelow (absent: Infinity, every word). */
  relabelBelow?: number;
  /** Rows, classes and entries of the linear models, in the order their blocks follow. */
  linear: { rows: number; classes: number; entries: number }[];
}

/** Appends `v` (0 … 2^32 − 1) as LEB128. */
function varint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

function encodeRows(r: RowSet): Buffer[] {
  const deltas: number[] = [];
  let prev = 0;
  for (const k of r.keys) {
    varint(deltas, (k >>> 0) - prev);
    prev = k >>> 0;
  }
  const len = Buffer.alloc(4);
  len.writeUInt32LE(deltas.length);
  return [
    len,
    Buffer.from(deltas),
    Buffer.from(r.lens.buffer, r.lens.byteOffset, r.lens.byteLength),
    Buffer.from(r.scale.buffer, r.scale.byteOffset, r.scale.byteLength),
    Buffer.from(r.cls.buffer, r.cls.byteOffset, r.cls.byteLength),
    Buffer.from(r.q.buffer, r.q.byteOffset, r.q.byteLength),
  ];
}

/** The model as the bytes of a file. Equal models give equal bytes. */
export function encodeModel(m: SyntaxModel): Buffer {
  const sets = [m.tagger.linear, m.parser.arcs, m.parser.attacher, m.parser.labeller].map(rowSet);
  const header: Header = {
    meta: m.meta,
    tags: m.tagger.tags,
    dict: [...m.tagger.dict.entries()],
    lexicon: [...m.tagger.lexicon.entries()],
    exceptions: [...m.lemma.exceptions.entries()],
    known: [...m.lemma.known].sort(),
    xpos: m.parser.xpos,
    upos: m.parser.upos,
    labels: m.parser.labels,
    ...(Number.isFinite(m.parser.relabelBelow) ? { relabelBelow: m.parser.relabelBelow } : {}),
    linear: sets.map((r) => ({ rows: r.keys.length, classes: r.classes, entries: r.cls.length })),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(12);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(VERSION, 4);
  head.writeUInt32LE(json.length, 8);
  return gzipSync(Buffer.concat([head, json, ...sets.flatMap(encodeRows)]), { level: 9 });
}

/** Reads a model from the bytes of a file. */
export function decodeModel(bytes: Uint8Array): SyntaxModel {
  const raw = gunzipSync(bytes);
  if (raw.length < 12 || raw.readUInt32LE(0) !== MAGIC)
    throw new Error('not a syntax model file (bad magic number)');
  const version = raw.readUInt32LE(4);
  if (version !== VERSION) throw new Error(`syntax model format ${version}; this code reads ${VERSION}`);
  const jsonLength = raw.readUInt32LE(8);
  const header = JSON.parse(raw.toString('utf8', 12, 12 + jsonLength)) as Header;
  let at = 12 + jsonLength;
  // copies, so that each array starts on its own aligned buffer
  const take = (n: number) => {
    const b = raw.subarray(at, at + n);
    if (b.length !== n) throw new Error('syntax model file is truncated');
    at += n;
    return new Uint8Array(b);
  };
  const linears: LinearModel[] = header.linear.map(({ rows, classes, entries }) => {
    const nBytes = raw.readUInt32LE(at);
    at += 4;
    const deltas = take(nBytes);
    const keys = new Int32Array(rows);
    let k = 0;
    let p = 0;
    for (let i = 0; i < rows; i++) {
      let v = 0;
      let mul = 1;
      for (;;) {
        const byte = deltas[p++]!;
        v += (byte & 0x7f) * mul;
        if (byte < 0x80) break;
        mul *= 128;
      }
      k += v;
      keys[i] = k | 0;
    }
    const lens = take(rows);
    const scale = new Uint16Array(take(rows * 2).buffer);
    const cls = take(entries);
    const q = new Int8Array(take(entries).buffer);
    return buildLinear({ classes, keys, lens, cls, q, scale });
  });
  return {
    meta: header.meta,
    tagger: {
      tags: header.tags,
      dict: new Map(header.dict),
      lexicon: new Map(header.lexicon),
      linear: linears[0]!,
    },
    lemma: { exceptions: new Map(header.exceptions), known: new Set(header.known) },
    parser: {
      xpos: header.xpos,
      upos: header.upos,
      labels: header.labels,
      arcs: linears[1]!,
      attacher: linears[2]!,
      labeller: linears[3]!,
      relabelBelow: header.relabelBelow ?? Infinity,
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
