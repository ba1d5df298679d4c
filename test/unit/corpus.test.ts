import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  defaultMaxBytes,
  DEFAULT_MAX_BYTES,
  loadCorpus,
  normalisePublished,
  parseDocumentFile,
  readCorpus,
  type CorpusItem,
} from '@/lib/corpus';
import { findInvalidUtf8 } from '@/lib/corpus/decode';

// Every test writes its own fixtures into a fresh temporary folder: no shared state, no ../shared.
let dir: string;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'detente-corpus-'));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  // Give back permissions taken away by the EACCES tests so that the folder can be removed.
  for (const p of walkAll(dir)) fs.chmodSync(p, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

function walkAll(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const out = [root];
  fs.chmodSync(root, 0o755);
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const p = path.join(root, entry.name);
    if (entry.isDirectory()) out.push(...walkAll(p));
    else if (!entry.isSymbolicLink()) out.push(p);
  }
  return out;
}

/** Writes a fixture below the temp folder and returns its full path. */
function write(rel: string, content: string | Uint8Array): string {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

function bytes(...parts: (string | number[])[]): Uint8Array {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
}

async function load(paths: string[], options?: { maxBytes?: number }) {
  return loadCorpus(paths, options);
}

/** Loads one fixture file given explicitly. */
async function loadOne(rel: string, content: string | Uint8Array, options?: { maxBytes?: number }) {
  return load([write(rel, content)], options);
}

describe('plain text files', () => {
  it('reads a .txt: id from the base name, title from the first non-empty line, text untouched', async () => {
    const raw = '\n\n   Putin, Trump aim for cooperation  \nThe Kremlin said so.\n';
    const p = write('000_af00a7cc2cefd3e2.txt', raw);
    const { documents, problems } = await load([p]);
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        id: '000_af00a7cc2cefd3e2',
        title: 'Putin, Trump aim for cooperation',
        text: raw,
        published: null,
        path: p,
      },
    ]);
  });

  it('reads .md like .txt, extension case-insensitively', async () => {
    const { documents } = await load([write('Note.MD', '# Heading\nbody')]);
    expect(documents.map((d) => [d.id, d.title])).toEqual([['Note', '# Heading']]);
  });

  it('cuts a fallback title to 300 characters without splitting a surrogate pair', async () => {
    const long = '😀'.repeat(400);
    const { documents } = await loadOne('long.txt', `${long}\nmore`);
    expect(Array.from(documents[0]!.title)).toHaveLength(300);
    expect(documents[0]!.title).toBe('😀'.repeat(300));
  });

  it('keeps CRLF line endings and strips a UTF-8 BOM', async () => {
    const { documents, problems } = await loadOne('crlf.txt', bytes([0xef, 0xbb, 0xbf], 'Title\r\nBody\r\n'));
    expect(problems).toEqual([]);
    expect(documents[0]!.text).toBe('Title\r\nBody\r\n');
    expect(documents[0]!.title).toBe('Title');
  });
});

describe('front matter', () => {
  const raw = [
    '---',
    'title: "  Putin and Trump talk  "',
    'published: 2016-11-15',
    'source: the Guardian',
    'url: https://example.org/a',
    'tags: [russia, usa]',
    '---',
    'Putin met Trump.',
    '',
    'Second paragraph.',
  ].join('\n');

  it('parses the keys and keeps the text after the closing line exactly', async () => {
    const p = write('a.md', raw);
    const { documents, problems } = await load([p]);
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        id: 'a',
        title: 'Putin and Trump talk',
        text: 'Putin met Trump.\n\nSecond paragraph.',
        published: '2016-11-15',
        path: p,
        source: 'the Guardian',
        url: 'https://example.org/a',
      },
    ]);
  });

  it('offsets into the text are offsets after the front matter', async () => {
    const { documents } = await loadOne('a.md', raw);
    const bodyStart = raw.indexOf('---\n', 4) + 4;
    const doc = documents[0]!;
    expect(doc.text).toBe(raw.slice(bodyStart));
    expect(doc.text.indexOf('Trump')).toBe(raw.indexOf('Trump', bodyStart) - bodyStart);
  });

  it('works with CRLF and a BOM, and keeps the body CRLF', async () => {
    const crlf = raw.replace(/\n/g, '\r\n');
    const { documents, problems } = await loadOne('a.md', bytes([0xef, 0xbb, 0xbf], crlf));
    expect(problems).toEqual([]);
    expect(documents[0]!.text).toBe('Putin met Trump.\r\n\r\nSecond paragraph.');
    expect(documents[0]!.published).toBe('2016-11-15');
  });

  it('accepts an empty block and a closing line at the very end', async () => {
    const a = await loadOne('a.txt', '---\n---\nBody');
    expect(a.documents[0]!.text).toBe('Body');
    const b = parseDocumentFile('b.txt', '---\ntitle: T\n---');
    expect(b.documents).toEqual([]);
    expect(b.problems[0]!.message).toMatch(/empty file/);
  });

  it('an id in front matter overrides the path-derived id', async () => {
    const { documents } = await loadOne('x/y.txt', '---\nid: custom-1\n---\nText');
    expect(documents[0]!.id).toBe('custom-1');
  });

  it('takes the calendar day of a date-time as written, whatever its offset', async () => {
    const { documents } = await load([
      write('a.txt', '---\npublished: 2016-11-15T23:30:00-05:00\n---\nA'),
      write('b.txt', '---\npublished: "2016-11-15T01:00:00+09:00"\n---\nB'),
      write('c.txt', '---\npublished: 2016-11-15T10:00:00Z\n---\nC'),
    ]);
    expect(documents.map((d) => d.published)).toEqual(['2016-11-15', '2016-11-15', '2016-11-15']);
  });

  it('keeps the document with published null when the date cannot be read, quoting it', async () => {
    const p = write('a.txt', '---\npublished: next Tuesday\n---\nText');
    const { documents, problems } = await load([p]);
    expect(documents[0]!.published).toBeNull();
    expect(problems).toEqual([
      { path: p, message: expect.stringMatching(/could not read the date "next Tuesday"/) },
    ]);
  });

  it('ignores a key of the wrong type with a problem, and keeps the document', async () => {
    const p = write('a.txt', '---\ntitle: [1, 2]\nsource: Reuters\n---\nFirst line\n');
    const { documents, problems } = await load([p]);
    expect(documents[0]).toMatchObject({ title: 'First line', source: 'Reuters' });
    expect(problems).toEqual([
      { path: p, message: expect.stringMatching(/"title" should be a string, got a list/) },
    ]);
  });

  it('drops empty source and url, and falls back from a blank title', async () => {
    const { documents } = await loadOne(
      'a.txt',
      '---\ntitle: "  "\nsource: ""\nurl: " "\n---\n\nReal title\n',
    );
    expect(documents[0]).toEqual({
      id: 'a',
      title: 'Real title',
      text: '\nReal title\n',
      published: null,
      path: expect.any(String),
    });
  });

  it.each([
    ['no closing line', '---\ntitle: T\nBody text\n', /no closing "---"/],
    ['YAML that fails to parse', '---\ntitle: [unclosed\n---\nBody\n', /broken front matter/],
    ['duplicate keys', '---\ntitle: a\ntitle: b\n---\nBody\n', /broken front matter/],
    ['a list, not a mapping', '---\n- a\n- b\n---\nBody\n', /not a list or a single value/],
    ['a single value', '---\njust a string\n---\nBody\n', /not a list or a single value/],
  ])('broken front matter (%s) is a problem and the file is skipped', async (_name, content, message) => {
    const p = write('bad.md', content);
    const { documents, problems } = await load([p]);
    expect(documents).toEqual([]);
    expect(problems).toEqual([{ path: p, message: expect.stringMatching(message) }]);
  });

  it('a "---" that is not the very first line is text, not front matter', async () => {
    const { documents, problems } = await loadOne('a.txt', 'Title\n---\nmore\n');
    expect(problems).toEqual([]);
    expect(documents[0]!.text).toBe('Title\n---\nmore\n');
  });
});

describe('normalisePublished', () => {
  it.each([
    ['2016-11-15', '2016-11-15'],
    ['  2016-11-15 ', '2016-11-15'],
    ['2016-11-15T10:00:00Z', '2016-11-15'],
    ['2016-11-15T10:00:00.123+02:00', '2016-11-15'],
    ['2016-11-15T23:59-0500', '2016-11-15'],
    ['2016-11-15 10:00', '2016-11-15'],
    ['2016-02-29', '2016-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('normalisePublished(%j) is %s', (value, day) => {
    expect(normalisePublished(value)).toEqual({ ok: true, day });
  });

  it.each([
    '2016-02-30',
    '2015-02-29',
    '1900-02-29',
    '2016-13-01',
    '2016-11-00',
    '15/11/2016',
    'yesterday',
    '2016-11',
    '2016-11-15T25:00',
    '',
  ])('normalisePublished(%j) cannot be read', (value) => {
    const result = normalisePublished(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(JSON.stringify(value));
  });

  it('reads a Date (as YAML 1.1 timestamps produce) by its UTC day', () => {
    expect(normalisePublished(new Date(Date.UTC(2016, 10, 15)))).toEqual({ ok: true, day: '2016-11-15' });
    expect(normalisePublished(new Date(Number.NaN)).ok).toBe(false);
  });
});

describe('sidecars', () => {
  it('sidecar keys win over front matter; the sidecar is never a document', async () => {
    write(
      'seeds/000.txt',
      '---\ntitle: From front matter\npublished: 2016-01-01\nsource: FM\n---\nBody line\n',
    );
    write('seeds/000.meta.json', JSON.stringify({ title: 'From sidecar', published: '2016-11-15' }));
    const { documents, problems } = await load([path.join(dir, 'seeds')]);
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      id: '000',
      title: 'From sidecar',
      published: '2016-11-15',
      source: 'FM',
    });
  });

  it('applies to a file given directly', async () => {
    const p = write('a.txt', 'Body');
    write('a.meta.json', '{"url": "https://example.org", "id": 42}');
    const { documents } = await load([p]);
    expect(documents[0]).toMatchObject({ id: '42', url: 'https://example.org' });
  });

  it.each([
    ['bad JSON', '{"title": ', /not valid JSON/],
    ['not an object', '["a"]', /expected a JSON object, got a list/],
    ['wrong types', '{"title": "ok", "published": 2016}', /"published" should be a date.*got number/],
    ['empty', '', /empty file/],
  ])(
    'a broken sidecar (%s) is a problem naming it; the document is read without it',
    async (_n, json, message) => {
      const p = write('a.txt', '---\ntitle: From front matter\n---\nBody');
      const sidecar = write('a.meta.json', json);
      const { documents, problems } = await load([p]);
      expect(documents).toHaveLength(1);
      expect(documents[0]!.title).toBe('From front matter');
      expect(problems).toEqual([{ path: sidecar, message: expect.stringMatching(message) }]);
    },
  );

  it('a sidecar given explicitly is a problem, not a document', async () => {
    const p = write('a.meta.json', '{}');
    const { documents, problems } = await load([p]);
    expect(documents).toEqual([]);
    expect(problems[0]!.message).toMatch(/sidecar/);
  });
});

describe('bad input is named and skipped', () => {
  it.each([
    ['0 bytes', ''],
    ['only whitespace', ' \n\t\r\n  '],
    ['only a BOM', '\ufeff'],
  ])('an empty file (%s) is a problem "empty file"', async (_n, content) => {
    const p = write('empty.txt', content);
    const { documents, problems } = await load([p]);
    expect(documents).toEqual([]);
    expect(problems).toEqual([{ path: p, message: 'empty file' }]);
  });

  it('a NUL byte in the first 8 KB makes a binary file', async () => {
    const p = write('image.txt', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const { problems } = await load([p]);
    expect(problems).toEqual([{ path: p, message: 'binary file, not text' }]);
  });

  it('many control characters make a binary file', async () => {
    const { documents, problems } = await loadOne('ctl.txt', 'abc\x01\x02\x03\x04\x05 de');
    expect(documents).toEqual([]);
    expect(problems[0]!.message).toBe('binary file, not text');
  });

  it('tabs and form feeds are text', async () => {
    const { documents } = await loadOne('tabs.txt', 'a\tb\fc\vd\n');
    expect(documents).toHaveLength(1);
  });

  it('invalid UTF-8 names the byte offset of the first bad byte', async () => {
    const p = write('latin1.txt', bytes('Caf', [0xe9], ' au lait'));
    const { documents, problems } = await load([p]);
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      { path: p, message: expect.stringMatching(/invalid UTF-8 at byte offset 3 \(byte 0xE9\)/) },
    ]);
  });

  it('counts the offset in the file, BOM included', async () => {
    const { problems } = await loadOne('bom.txt', bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]));
    expect(problems[0]!.message).toMatch(/byte offset 5\b/);
  });

  it.each([
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['an overlong form', [0x61, 0x62, 0xc0, 0x80], 2],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0x61, 0xf4, 0x90, 0x80, 0x80], 1],
    ['a sequence cut at the end', [0x61, 0xe2, 0x82], 1],
    ['valid text', [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], -1],
  ])('findInvalidUtf8 finds %s', (_n, input, at) => {
    const data = Uint8Array.from(input);
    expect(findInvalidUtf8(data)).toBe(at);
    // It must agree with the fatal decoder that it explains.
    let decoderFails = false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      decoderFails = true;
    }
    expect(decoderFails).toBe(at !== -1);
  });

  it.each([
    ['LE', [0xff, 0xfe], 'utf16le'],
    ['BE', [0xfe, 0xff], 'utf16be'],
  ])('UTF-16 %s with a BOM is decoded, front matter included', async (_n, bom, encoding) => {
    const text = '---\r\npublished: 2016-11-15\r\n---\r\nPoutine à Moscou — 😀\r\n';
    let body = Buffer.from(text, 'utf16le');
    if (encoding === 'utf16be') body = Buffer.from(body).swap16();
    const { documents, problems } = await loadOne('u16.txt', bytes(bom, [...body]));
    expect(problems).toEqual([]);
    expect(documents[0]).toMatchObject({
      text: 'Poutine à Moscou — 😀\r\n',
      published: '2016-11-15',
      title: 'Poutine à Moscou — 😀',
    });
  });

  it('UTF-16 with an odd number of bytes is a problem', async () => {
    const { problems } = await loadOne('odd.txt', bytes([0xff, 0xfe, 0x41, 0x00, 0x42]));
    expect(problems[0]!.message).toMatch(/invalid UTF-16LE/);
  });

  it('a file over the size limit is refused, naming its size and the limit', async () => {
    const p = write('big.txt', 'x'.repeat(2000));
    const { documents, problems } = await load([p], { maxBytes: 1000 });
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      { path: p, message: expect.stringMatching(/2000 bytes.*limit of 1000 bytes/) },
    ]);
  });

  it('the size is checked before reading: a huge binary file is refused as too large, not as binary', async () => {
    const p = path.join(dir, 'huge.txt');
    fs.writeFileSync(p, '');
    fs.truncateSync(p, DEFAULT_MAX_BYTES + 1); // sparse: NUL bytes, never written
    const { problems } = await load([p]);
    expect(problems).toEqual([
      { path: p, message: expect.stringMatching(/5242881 bytes \(5\.0 MB\).*limit of 5242880 bytes/) },
    ]);
  });

  it('the default limit comes from DETENTE_MAX_FILE_BYTES, read on each call', async () => {
    expect(defaultMaxBytes()).toBe(5 * 1024 * 1024);
    vi.stubEnv('DETENTE_MAX_FILE_BYTES', '10');
    expect(defaultMaxBytes()).toBe(10);
    const { problems } = await loadOne('a.txt', 'twenty bytes of text');
    expect(problems[0]!.message).toMatch(/limit of 10 bytes/);
    vi.stubEnv('DETENTE_MAX_FILE_BYTES', 'lots');
    expect(defaultMaxBytes()).toBe(DEFAULT_MAX_BYTES);
  });

  it('a nonsensical maxBytes option is a programming error', async () => {
    await expect(load([dir], { maxBytes: -1 })).rejects.toThrow(RangeError);
    expect(() => parseDocumentFile('a.txt', 'x', { maxBytes: Number.NaN })).toThrow(RangeError);
  });

  it('a folder where one file is broken still yields all the other documents', async () => {
    write('c/1.txt', 'One');
    write('c/2.txt', bytes([0, 1, 2]));
    write('c/3.md', '---\nbroken: [\n---\nThree');
    write('c/4.txt', '');
    write('c/5.jsonl', '{"text": "Five"}\nnot json\n');
    write('c/6.txt', bytes('Six', [0xc3]));
    write('c/7.txt', 'Seven');
    const { documents, problems } = await load([path.join(dir, 'c')]);
    expect(documents.map((d) => d.title)).toEqual(['One', 'Five', 'Seven']);
    expect(problems.map((p) => path.relative(dir, p.path))).toEqual([
      'c/2.txt',
      'c/3.md',
      'c/4.txt',
      'c/5.jsonl#L2',
      'c/6.txt',
    ]);
  });

  it('an explicit path that does not exist is a problem', async () => {
    const p = path.join(dir, 'missing.txt');
    expect(await load([p])).toEqual({
      documents: [],
      problems: [{ path: p, message: 'no such file or folder' }],
    });
  });

  it('an explicit path with an unsupported extension is a problem', async () => {
    const p = write('report.pdf', 'x');
    const { problems } = await load([p]);
    expect(problems).toEqual([{ path: p, message: expect.stringMatching(/unsupported file type "\.pdf"/) }]);
  });

  it('an OS error while opening is a problem with the OS message (EACCES, mocked)', async () => {
    const p = write('secret.txt', 'text');
    const error = Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
    vi.spyOn(fs.promises, 'open').mockRejectedValueOnce(error);
    const { documents, problems } = await load([p, write('ok.txt', 'fine')]);
    expect(documents.map((d) => d.id)).toEqual(['ok']);
    expect(problems).toEqual([{ path: p, message: `EACCES: permission denied, open '${p}'` }]);
  });

  it('a path through a file is a problem with the OS message (ENOTDIR)', async () => {
    const p = path.join(write('plain.txt', 'x'), 'inner.txt');
    const { problems } = await load([p]);
    expect(problems).toEqual([{ path: p, message: expect.stringMatching(/^ENOTDIR: not a directory/) }]);
  });

  it.skipIf(isRoot)('an unreadable file is a problem with the OS message (EACCES, real)', async () => {
    const p = write('locked/secret.txt', 'text');
    write('locked/open.txt', 'fine');
    fs.chmodSync(p, 0o000);
    const { documents, problems } = await load([path.join(dir, 'locked')]);
    expect(documents.map((d) => d.id)).toEqual(['open']);
    expect(problems).toEqual([{ path: p, message: expect.stringMatching(/^EACCES: permission denied/) }]);
  });

  it.skipIf(isRoot)('an unreadable folder is a problem with the OS message', async () => {
    write('shut/a.txt', 'a');
    fs.chmodSync(path.join(dir, 'shut'), 0o000);
    const { problems } = await load([path.join(dir, 'shut')]);
    expect(problems[0]!.message).toMatch(/^EACCES/);
  });
});

describe('.jsonl', () => {
  it('ids from the id field (numbers as strings) or <file id>#<line>; paths FILE#L<n>; text exact', async () => {
    const lines = [
      JSON.stringify({
        id: 'a1',
        text: '  Leading and trailing  \r\n',
        published: '2016-11-15T08:00:00+03:00',
      }),
      '',
      JSON.stringify({ id: 7, title: ' Given ', text: 'Body', source: 'AP', url: 'https://x' }),
      '   ',
      JSON.stringify({ text: 'No id here\nsecond line' }),
    ];
    const p = write('feeds/news.jsonl', lines.join('\n') + '\n');
    const { documents, problems } = await load([p]);
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        id: 'a1',
        title: 'Leading and trailing',
        text: '  Leading and trailing  \r\n',
        published: '2016-11-15',
        path: `${p}#L1`,
      },
      {
        id: '7',
        title: 'Given',
        text: 'Body',
        published: null,
        path: `${p}#L3`,
        source: 'AP',
        url: 'https://x',
      },
      {
        id: 'news#5',
        title: 'No id here',
        text: 'No id here\nsecond line',
        published: null,
        path: `${p}#L5`,
      },
    ]);
  });

  it('a line without id in a nested folder gets the nested file id', async () => {
    write('root/sub/feed.jsonl', '{"text": "x"}\n');
    const { documents } = await load([path.join(dir, 'root')]);
    expect(documents[0]!.id).toBe('sub/feed#1');
  });

  it.each([
    ['bad JSON', '{"text": "x",}', /not valid JSON/],
    ['not an object', '["text"]', /expected a JSON object, got a list/],
    ['null', 'null', /expected a JSON object, got null/],
    ['no text', '{"title": "t"}', /no "text" field/],
    ['text not a string', '{"text": 42}', /"text" should be a string, got number/],
    ['empty text', '{"text": ""}', /"text" is empty/],
    ['whitespace-only text', '{"text": " \\n "}', /"text" is empty/],
    ['a wrong type', '{"text": "x", "source": 5}', /"source" should be a string, got number 5/],
    ['an empty id', '{"text": "x", "id": ""}', /"id" should be a non-empty string or a number/],
  ])('a broken line (%s) is a problem at FILE#L<n>; the other lines are kept', async (_n, line, message) => {
    const p = write('f.jsonl', ['{"text": "first"}', line, '{"text": "third"}'].join('\n'));
    const { documents, problems } = await load([p]);
    expect(documents.map((d) => d.path)).toEqual([`${p}#L1`, `${p}#L3`]);
    expect(problems).toEqual([{ path: `${p}#L2`, message: expect.stringMatching(message) }]);
  });

  it('reads CRLF line endings and a BOM', async () => {
    const p = write('f.jsonl', bytes([0xef, 0xbb, 0xbf], '{"text": "one"}\r\n\r\n{"text": "two"}\r\n'));
    const { documents, problems } = await load([p]);
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.text, d.path])).toEqual([
      ['one', `${p}#L1`],
      ['two', `${p}#L3`],
    ]);
  });

  it('the size limit applies per line, not to the file', async () => {
    const small = JSON.stringify({ text: 'short' });
    const big = JSON.stringify({ text: 'y'.repeat(500) });
    const p = write('f.jsonl', [small, big, small, small].join('\n'));
    const { documents, problems } = await load([p], { maxBytes: 100 });
    expect(documents.map((d) => d.path)).toEqual([`${p}#L1`, `${p}#L3`, `${p}#L4`]);
    expect(problems).toEqual([
      { path: `${p}#L2`, message: expect.stringMatching(/line is 511 bytes.*limit of 100 bytes/) },
    ]);
  });

  it('a line with invalid UTF-8 is a problem for that line only', async () => {
    const p = write('f.jsonl', bytes('{"text": "ok"}\n{"text": "caf', [0xe9], '"}\n'));
    const { documents, problems } = await load([p]);
    expect(documents).toHaveLength(1);
    expect(problems).toEqual([
      { path: `${p}#L2`, message: expect.stringMatching(/invalid UTF-8 at byte offset 13/) },
    ]);
  });

  it('a binary .jsonl is one problem, not one per line', async () => {
    const p = write('f.jsonl', bytes([0, 1, 2, 10, 0, 0, 10, 3]));
    expect((await load([p])).problems).toEqual([{ path: p, message: 'binary file, not text' }]);
  });

  it('a .jsonl without any document line is named', async () => {
    const p = write('f.jsonl', '\n  \n\n');
    expect((await load([p])).problems).toEqual([{ path: p, message: expect.stringMatching(/^empty file/) }]);
  });

  it('streams a large file across many chunks, line numbers intact', async () => {
    // Lines of varied length so that line breaks fall at every position of the 64 KB read chunks.
    const n = 5000;
    const lines = Array.from({ length: n }, (_, i) =>
      JSON.stringify({ text: `doc ${i} ${'z'.repeat(i % 97)}` }),
    );
    const p = write('big.jsonl', lines.join('\n'));
    const { documents, problems } = await load([p], { maxBytes: 200 });
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(n);
    expect(documents[4321]).toMatchObject({
      id: 'big#4322',
      path: `${p}#L4322`,
      title: `doc 4321 ${'z'.repeat(4321 % 97)}`,
    });
  });

  it('a consumer may stop early; the file is closed and later reads work', async () => {
    const p = write('f.jsonl', Array.from({ length: 100 }, (_, i) => `{"text": "t${i}"}`).join('\n'));
    for await (const item of readCorpus([p])) {
      expect(item.kind).toBe('document');
      break;
    }
    expect((await load([p])).documents).toHaveLength(100);
  });
});

describe('ids, paths and order', () => {
  it('derives ids from the path below the folder argument, "/"-separated, without extension', async () => {
    const root = path.join(dir, 'corpus');
    write('corpus/2016/11/putin.txt', 'a');
    write('corpus/2016/trump.v2.md', 'b');
    write('corpus/top.txt', 'c');
    const { documents } = await load([root]);
    expect(documents.map((d) => [d.id, d.path])).toEqual([
      ['2016/11/putin', path.join(root, '2016', '11', 'putin.txt')],
      ['2016/trump.v2', path.join(root, '2016', 'trump.v2.md')],
      ['top', path.join(root, 'top.txt')],
    ]);
  });

  it('a seeds-like folder gives the file name as id', async () => {
    write('seeds/000_af00a7cc2cefd3e2.txt', 'Title\nBody');
    write('seeds/000_af00a7cc2cefd3e2.meta.json', '{"published": "2016-11-15"}');
    const { documents } = await load([path.join(dir, 'seeds')]);
    expect(documents.map((d) => d.id)).toEqual(['000_af00a7cc2cefd3e2']);
  });

  it('paths are joined from the argument as given', async () => {
    write('rel/a.txt', 'a');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { documents } = await load(['./rel/']);
      expect(documents[0]!.path).toBe(path.join('rel', 'a.txt'));
    } finally {
      process.chdir(cwd);
    }
  });

  it('walks in a deterministic order: arguments as given, entries by name (code units), depth first', async () => {
    for (const f of ['b.txt', 'a/z.txt', 'a/b/y.txt', 'B.txt', '10.txt', '9.txt', 'ä.txt', 'c.jsonl'])
      write(`w/${f}`, f === 'c.jsonl' ? '{"text": "c1"}\n{"text": "c2"}' : f);
    write('x/only.txt', 'x');
    const run = async () =>
      (await load([path.join(dir, 'x'), path.join(dir, 'w')])).documents.map((d) => d.id);
    const first = await run();
    expect(first).toEqual(['only', '10', '9', 'B', 'a/b/y', 'a/z', 'b', 'c#1', 'c#2', 'ä']);
    expect(await run()).toEqual(first);
  });

  it('ignores hidden files and folders, node_modules and other extensions when walking', async () => {
    write('w/.hidden.txt', 'h');
    write('w/.git/HEAD.txt', 'h');
    write('w/node_modules/pkg/readme.md', 'h');
    write('w/notes.pdf', 'h');
    write('w/data.json', '{}');
    write('w/orphan.meta.json', '{}');
    write('w/kept.txt', 'kept');
    expect(await load([path.join(dir, 'w')])).toEqual({
      documents: [expect.objectContaining({ id: 'kept' })],
      problems: [],
    });
  });

  it('does not loop through a symlinked folder pointing back up', async () => {
    write('loop/a.txt', 'a');
    fs.symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop', 'again'));
    const { documents } = await load([path.join(dir, 'loop')]);
    expect(documents.map((d) => d.id)).toEqual(['a']);
  });

  it('renames a repeated id <id>~2, <id>~3 with a problem; nothing is lost', async () => {
    const a = write('one/x.txt', 'first');
    const b = write('two/x.md', 'second');
    const c = write('three/x.jsonl', '{"id": "x", "text": "third"}\n{"id": "x~2", "text": "fourth"}');
    const { documents, problems } = await load([a, b, c]);
    expect(documents.map((d) => [d.id, d.text])).toEqual([
      ['x', 'first'],
      ['x~2', 'second'],
      ['x~3', 'third'],
      ['x~2~2', 'fourth'],
    ]);
    expect(problems).toEqual([
      { path: b, message: 'id "x" was already used by an earlier document; renamed to "x~2"' },
      { path: `${c}#L1`, message: 'id "x" was already used by an earlier document; renamed to "x~3"' },
      { path: `${c}#L2`, message: 'id "x~2" was already used by an earlier document; renamed to "x~2~2"' },
    ]);
  });

  it('streams items, the rename problem right after the document it concerns', async () => {
    write('s/a.txt', 'a');
    write('s/sub/b.txt', '---\nid: a\n---\nb');
    const items: CorpusItem[] = [];
    for await (const item of readCorpus([path.join(dir, 's')])) items.push(item);
    expect(
      items.map((i) => (i.kind === 'document' ? `doc ${i.document.id}` : `problem ${i.problem.message}`)),
    ).toEqual([
      'doc a',
      'doc a~2',
      'problem id "a" was already used by an earlier document; renamed to "a~2"',
    ]);
  });
});

describe('parseDocumentFile', () => {
  it('parses a string: format from the name, id from its base, path = name', () => {
    const result = parseDocumentFile(
      'upload.md',
      '\ufeff---\r\ntitle: T\r\npublished: 2016-11-15\r\n---\r\nBody\r\n',
    );
    expect(result).toEqual({
      documents: [{ id: 'upload', title: 'T', text: 'Body\r\n', published: '2016-11-15', path: 'upload.md' }],
      problems: [],
    });
  });

  it('parses bytes, decoding UTF-16 and naming bad UTF-8 as readCorpus does', () => {
    const u16 = bytes([0xff, 0xfe], [...Buffer.from('Héllo', 'utf16le')]);
    expect(parseDocumentFile('a.txt', u16).documents[0]!.text).toBe('Héllo');
    expect(parseDocumentFile('b.txt', bytes('ab', [0xc3])).problems).toEqual([
      { path: 'b.txt', message: expect.stringMatching(/byte offset 2/) },
    ]);
    expect(parseDocumentFile('c.txt', new Uint8Array()).problems).toEqual([
      { path: 'c.txt', message: 'empty file' },
    ]);
    expect(parseDocumentFile('d.txt', 'a\u0000b').problems[0]!.message).toBe('binary file, not text');
  });

  it('uses idBase instead of the name', () => {
    expect(parseDocumentFile('x.txt', 'Body', { idBase: 'uploads/42' }).documents[0]!.id).toBe('uploads/42');
    const jsonl = parseDocumentFile('x.jsonl', '{"text": "a"}\n{"text": "b", "id": 9}', { idBase: 'u' });
    expect(jsonl.documents.map((d) => [d.id, d.path])).toEqual([
      ['u#1', 'x.jsonl#L1'],
      ['9', 'x.jsonl#L2'],
    ]);
  });

  it('parses .jsonl from a string and from bytes alike, deduplicating ids within the call', () => {
    const content = '{"id": "a", "text": "one"}\r\n\nnot json\n{"id": "a", "text": "two"}\n';
    for (const input of [content, Buffer.from(content)]) {
      const { documents, problems } = parseDocumentFile('feed.jsonl', input);
      expect(documents.map((d) => [d.id, d.text, d.path])).toEqual([
        ['a', 'one', 'feed.jsonl#L1'],
        ['a~2', 'two', 'feed.jsonl#L4'],
      ]);
      expect(problems.map((p) => p.path)).toEqual(['feed.jsonl#L3', 'feed.jsonl#L4']);
    }
  });

  it('applies the size limit to the content, and per line for .jsonl', () => {
    expect(parseDocumentFile('a.txt', 'x'.repeat(50), { maxBytes: 10 }).problems[0]!.message).toMatch(
      /50 bytes.*limit of 10 bytes/,
    );
    // Measured in UTF-8 bytes, not characters.
    expect(parseDocumentFile('a.txt', 'é'.repeat(6), { maxBytes: 10 }).problems).toHaveLength(1);
    const jsonl = parseDocumentFile('a.jsonl', `{"text": "ok"}\n{"text": "${'y'.repeat(50)}"}`, {
      maxBytes: 30,
    });
    expect(jsonl.documents).toHaveLength(1);
    expect(jsonl.problems).toEqual([
      { path: 'a.jsonl#L2', message: expect.stringMatching(/line too large/) },
    ]);
  });

  it('names an unsupported file type', () => {
    expect(parseDocumentFile('a.docx', 'x')).toEqual({
      documents: [],
      problems: [{ path: 'a.docx', message: expect.stringMatching(/unsupported file type "\.docx"/) }],
    });
  });
});
