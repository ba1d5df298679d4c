/**
 * Bad input, where test/unit/corpus.test.ts stops: the same cases through an upload (queueUploads,
 * what POST /api/documents calls, then the upload worker) into a real database; a real PNG image; a 50 MB text with the
 * memory it costs (RSS); text of only punctuation; a folder of many files with one broken; and a
 * single 1 MB line with no sentence end through the reader, the sentence splitter and the extraction.
 */
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { queueUploads, uploadFileName } from '@/lib/api/uploads';
import { drainUploads } from '@/lib/indexer/uploads';
import { loadCorpus, parseDocumentFile } from '@/lib/corpus';
import { indexCorpus } from '@/lib/indexer';
import { extractDocument } from '@/lib/nlp/pipeline';
import { MAX_SENTENCE, splitSentences } from '@/lib/nlp/sentences';
import { SqliteStore } from '@/lib/store';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

/** A real image: the 67-byte 1×1 PNG (signature, IHDR, IDAT, IEND). */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
);

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const MB = 1024 * 1024;

describe('uploads: each kind of bad input is named, the good part kept, nothing throws', () => {
  let store: SqliteStore;
  let data: string;
  beforeAll(() => {
    data = path.join(tmp, 'uploads-data');
    store = new SqliteStore(path.join(data, 'detente.db'));
  });
  afterAll(() => store.close());

  const cases: {
    name: string;
    file: string;
    content: Uint8Array;
    /** Texts of the documents kept, exactly as stored. */
    kept: string[];
    /** What the problems must say, in order (a path suffix such as "#L2" and a message pattern). */
    problems: [string, RegExp][];
  }[] = [
    {
      name: 'an empty file',
      file: 'empty.txt',
      content: new Uint8Array(),
      kept: [],
      problems: [['', /^empty file$/]],
    },
    {
      name: 'an image renamed .txt',
      file: 'photo.txt',
      content: PNG,
      kept: [],
      problems: [['', /^binary file, not text$/]],
    },
    {
      name: 'an image renamed .jsonl',
      file: 'photo.jsonl',
      content: PNG,
      kept: [],
      problems: [['', /^binary file, not text$/]],
    },
    {
      name: 'invalid UTF-8 (Latin-1)',
      file: 'latin1.txt',
      content: Buffer.from([0x43, 0x61, 0x66, 0xe9]),
      kept: [],
      problems: [['', /invalid UTF-8 at byte offset 3 \(byte 0xE9\)/]],
    },
    {
      name: 'UTF-16 LE with a BOM',
      file: 'u16.md',
      content: utf16le('---\r\npublished: 2016-11-15\r\n---\r\nChile praised Peru.\r\n'),
      kept: ['Chile praised Peru.\r\n'],
      problems: [],
    },
    {
      name: 'CRLF line ends, kept as they are',
      file: 'crlf.txt',
      content: Buffer.from('Talks\r\n\r\nChile praised Peru.\r\n'),
      kept: ['Talks\r\n\r\nChile praised Peru.\r\n'],
      problems: [],
    },
    {
      name: 'broken front matter',
      file: 'broken.md',
      content: Buffer.from('---\ntitle: [unclosed\n---\nChile praised Peru.\n'),
      kept: [],
      problems: [['', /^broken front matter: /]],
    },
    {
      name: 'front matter never closed',
      file: 'open.md',
      content: Buffer.from('---\ntitle: T\nChile praised Peru.\n'),
      kept: [],
      problems: [['', /no closing "---" line/]],
    },
    {
      name: 'a broken .jsonl line among good ones',
      file: 'feed.jsonl',
      content: Buffer.from('{"text": "Chile praised Peru."}\n{"text": \n{"text": "Peru thanked Chile."}\n'),
      kept: ['Chile praised Peru.', 'Peru thanked Chile.'],
      problems: [['#L2', /^not valid JSON: .*line skipped$/]],
    },
    {
      name: 'duplicate ids in one file',
      file: 'dups.jsonl',
      content: Buffer.from(
        '{"id": "a", "text": "Chile praised Peru."}\n{"id": "a", "text": "Peru thanked Chile."}\n',
      ),
      kept: ['Chile praised Peru.', 'Peru thanked Chile.'],
      problems: [['#L2', /id "a" was already used .* renamed to "a~2"/]],
    },
    {
      name: 'an unparseable published date',
      file: 'date.md',
      content: Buffer.from('---\npublished: next Tuesday\n---\nChile praised Peru.\n'),
      kept: ['Chile praised Peru.\n'],
      problems: [['', /could not read the date "next Tuesday".*published left empty/]],
    },
    {
      name: 'only whitespace',
      file: 'blank.txt',
      content: Buffer.from(' \n\t\r\n \u00a0\u2003\n'),
      kept: [],
      problems: [['', /^empty file$/]],
    },
  ];

  /** An upload as the route takes it, then the worker's extraction. */
  async function storeUploads(files: { name: string; bytes: Uint8Array }[], s: SqliteStore) {
    const result = await queueUploads(files, '127.0.0.1', s);
    if (result instanceof Response) throw new Error(`refused: ${await result.text()}`);
    await drainUploads(s, { folder: path.join(data, 'uploads') });
    return result;
  }

  it.each(cases)('$name', async ({ file, content, kept, problems }) => {
    vi.stubEnv('DETENTE_DB', path.join(data, 'detente.db'));
    const result = await storeUploads([{ name: file, bytes: content }], store);
    expect(result.problems.map((p) => p.path)).toEqual(problems.map(([suffix]) => file + suffix));
    problems.forEach(([, message], i) => expect(result.problems[i]!.message).toMatch(message));
    // what was acknowledged is stored, text exact
    const texts = result.documents.map((d) => store.getDocument(d.id)?.text);
    expect(texts).toEqual(kept);
  });

  it('text of only punctuation is a document with no events, and a second upload of it is the same document', async () => {
    vi.stubEnv('DETENTE_DB', path.join(data, 'detente.db'));
    const text = '?!.,;:—…()[]{}«»“”‘’-–/\\*&^%$#@~`|'.repeat(3000);
    const first = await storeUploads([{ name: 'punct.txt', bytes: Buffer.from(text) }], store);
    expect(first.documents).toHaveLength(1);
    expect(store.documentCounts(first.documents[0]!.id)).toMatchObject({ events: 0, actors: 0 });
    expect(store.getDocument(first.documents[0]!.id)!.text).toBe(text);
    const again = await storeUploads([{ name: 'punct.txt', bytes: Buffer.from(text) }], store);
    expect(again.documents.map((d) => d.id)).toEqual(first.documents.map((d) => d.id));
  });

  it('nothing of a refused file is kept in the uploads folder', () => {
    const kept = readdirSync(path.join(data, 'uploads')).sort();
    // one file for each document stored, and no temporary file left behind
    const stored = store
      .listDocuments({ limit: 1000, cursor: null })
      .items.filter((d) => d.origin === 'upload')
      .map((d) => uploadFileName(d.id))
      .sort();
    expect(kept).toEqual(stored);
  });
});

describe('a real image, and a 50 MB text', () => {
  it('a PNG named .txt, .md or .jsonl in a folder is "binary file, not text"; a .png beside them is not read', async () => {
    const dir = path.join(tmp, 'images');
    mkdirSync(dir, { recursive: true });
    for (const name of ['a.txt', 'b.md', 'c.jsonl', 'd.png']) writeFileSync(path.join(dir, name), PNG);
    writeFileSync(path.join(dir, 'e.txt'), 'Chile praised Peru.');
    const { documents, problems } = await loadCorpus([dir]);
    expect(documents.map((d) => d.id)).toEqual(['e']);
    expect(problems).toEqual(
      ['a.txt', 'b.md', 'c.jsonl'].map((f) => ({
        path: path.join(dir, f),
        message: 'binary file, not text',
      })),
    );
    expect(parseDocumentFile('photo.md', PNG).problems).toEqual([
      { path: 'photo.md', message: 'binary file, not text' },
    ]);
  });

  /** Writes head, `mb` MB of prose, then tail, a megabyte at a time (no large string in this process). */
  function writeLarge(file: string, head: string, mb: number, tail: string) {
    const chunk = Buffer.alloc(MB, 'Chile praised Peru. ');
    const fd = openSync(file, 'w');
    try {
      writeSync(fd, head);
      for (let i = 0; i < mb; i++) writeSync(fd, chunk);
      writeSync(fd, tail);
    } finally {
      closeSync(fd);
    }
  }

  /** The peak RSS growth while `work` runs, sampled every few milliseconds and at the end. */
  async function peakRssGrowth(work: () => Promise<unknown>): Promise<number> {
    const base = process.memoryUsage.rss();
    let peak = base;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
    try {
      await work();
    } finally {
      clearInterval(timer);
    }
    return Math.max(peak, process.memoryUsage.rss()) - base;
  }

  it('a 50 MB .txt is refused naming its size and the limit, without being read (RSS grows by far less than the file)', async () => {
    const file = path.join(tmp, 'big.txt');
    writeLarge(file, '', 50, '');
    let result: Awaited<ReturnType<typeof loadCorpus>> | undefined;
    const growth = await peakRssGrowth(async () => (result = await loadCorpus([file])));
    expect(result!.documents).toEqual([]);
    expect(result!.problems).toEqual([
      {
        path: file,
        message:
          'file too large: file is 52428800 bytes (50.0 MB), over the limit of 5242880 bytes (5.0 MB) ' +
          '(raise it with DETENTE_MAX_FILE_BYTES)',
      },
    ]);
    expect(growth).toBeLessThan(10 * MB);
  });

  it('a 100 MB line in a .jsonl is refused by line number, the lines around it kept, memory bounded by the limit', async () => {
    const file = path.join(tmp, 'big.jsonl');
    writeLarge(file, '{"text": "First."}\n{"text": "', 100, '"}\n{"text": "Last."}\n');
    let result: Awaited<ReturnType<typeof loadCorpus>> | undefined;
    const growth = await peakRssGrowth(async () => (result = await loadCorpus([file])));
    expect(result!.documents.map((d) => d.text)).toEqual(['First.', 'Last.']);
    expect(result!.problems).toEqual([
      { path: `${file}#L2`, message: expect.stringMatching(/^line too large: line is 10485\d{4} bytes/) },
    ]);
    // the splitter drops a line once it passes the 5 MB limit: never the 100 MB line whole
    expect(growth).toBeLessThan(40 * MB);
  });

  it('50 MB handed to parseDocumentFile (an upload in memory) is refused before it is decoded', () => {
    const bytes = Buffer.alloc(50 * MB, 0x61);
    expect(parseDocumentFile('big.txt', bytes).problems).toEqual([
      { path: 'big.txt', message: expect.stringMatching(/^file too large: file is 52428800 bytes/) },
    ]);
    expect(parseDocumentFile('big.jsonl', bytes).problems).toEqual([
      { path: 'big.jsonl#L1', message: expect.stringMatching(/^line too large/) },
    ]);
  });
});

describe('a folder of many files with one broken', () => {
  it('300 articles and one broken file: the 300 indexed, one problem naming the broken file', async () => {
    const dir = path.join(tmp, 'many');
    for (let i = 0; i < 300; i++) {
      const sub = path.join(dir, String(Math.floor(i / 100)));
      mkdirSync(sub, { recursive: true });
      writeFileSync(
        path.join(sub, `a${String(i).padStart(3, '0')}.txt`),
        `Article ${i}\n\nChile praised Peru.\n`,
      );
    }
    const broken = path.join(dir, '1', 'a150-broken.txt');
    writeFileSync(broken, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const store = new SqliteStore(':memory:');
    const r = await indexCorpus(store, [dir]);
    expect(r).toMatchObject({ extracted: 300, problems: 1 });
    expect(r.problemList).toEqual([
      { path: broken, message: expect.stringMatching(/invalid UTF-8 at byte offset 3/) },
    ]);
    expect(store.stats().documents).toBe(300);
    store.close();
  });
});

describe('a single 1 MB line with no sentence end', () => {
  const line = 'Putin said Trump praised Russia and '.repeat(Math.ceil(MB / 36)).slice(0, MB);

  it('is read as one document: text untouched, title cut to 300 characters', async () => {
    const file = path.join(tmp, 'one-line.txt');
    writeFileSync(file, line);
    const { documents, problems } = await loadCorpus([file]);
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.text).toBe(line);
    expect(documents[0]!.title.length).toBeLessThanOrEqual(300);
  });

  it('is cut into pieces of at most MAX_SENTENCE that cover the whole text', () => {
    const sentences = splitSentences(line);
    expect(sentences.length).toBeGreaterThanOrEqual(MB / MAX_SENTENCE);
    for (const x of sentences) expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(sentences[0]!.start).toBe(0);
    expect(sentences[sentences.length - 1]!.end).toBe(line.trimEnd().length);
  });

  it('extracts whole (the pieces keep the work per sentence bounded), every span inside the text', () => {
    const x = extractDocument({ id: 'l', title: 't', text: line, published: '2016-11-15', path: 'l' });
    expect(x.events.length).toBeGreaterThan(0);
    for (const e of x.events) expect(line.slice(e.span[0], e.span[1])).toBe(e.text);
    for (const m of x.mentions) expect(line.slice(m.span[0], m.span[1])).toBe(m.text);
  }, 120_000);
});
