import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  synthArticle,
  synthArticleFile,
  synthArticles,
  synthFilePath,
  writeSynthCorpus,
  type SynthArticle,
} from '@/lib/synth';
import { hash, Rng } from '@/lib/synth/prng';
import { VERBS } from '@/lib/synth/verbs';
import { COUNTRIES, ORGS } from '@/lib/synth/world';

const SAMPLE = 200;
const sample: SynthArticle[] = [...synthArticles(SAMPLE, 42)];
const corpus = sample.map((a) => a.text).join('\n');

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'synth-test-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('prng', () => {
  it('is a fixed stream for a seed', () => {
    const a = new Rng(123);
    const b = new Rng(123);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // Pins the stream (mulberry32, seed 123) and the hash, so that a change of algorithm is noticed:
    // output must be byte-identical on every machine and across versions.
    const c = new Rng(123);
    expect([c.int(0, 999_999), c.int(0, 999_999)]).toEqual([787251, 178543]);
    expect(hash('a', 1)).toBe(2100489905);
  });
});

describe('determinism', () => {
  it('gives the same article for the same index and seed', () => {
    for (const i of [0, 1, 17, 999, 123_456]) {
      expect(synthArticle(i, 7)).toEqual(synthArticle(i, 7));
    }
  });

  it('gives different articles for different seeds', () => {
    for (const i of [0, 5, 77]) {
      expect(synthArticle(i, 7).text).not.toBe(synthArticle(i, 8).text);
    }
  });

  it('gives different articles for different indices', () => {
    const texts = new Set(sample.map((a) => a.text));
    expect(texts.size).toBe(SAMPLE);
  });

  it('is a prefix: the first articles do not depend on how many are drawn', () => {
    const short = [...synthArticles(20, 3)];
    const long = [...synthArticles(60, 3)];
    expect(long.slice(0, 20)).toEqual(short);
    expect(long[45]).toEqual(synthArticle(45, 3));
  });

  it('uses the default seed when none is given', () => {
    expect(synthArticle(3)).toEqual(synthArticle(3, 1));
  });
});

describe('structure', () => {
  it('has a title line, a standfirst and 4–12 paragraphs of text', () => {
    for (const a of sample) {
      expect(a.text.endsWith('\n')).toBe(true);
      const lines = a.text.slice(0, -1).split('\n');
      expect(lines[0]).toBe(a.title);
      expect(lines.length).toBeGreaterThanOrEqual(5);
      const paragraphs = lines.length - 2;
      expect(paragraphs).toBeGreaterThanOrEqual(4);
      expect(paragraphs).toBeLessThanOrEqual(12);
      for (const line of lines) {
        expect(line.trim()).toBe(line);
        expect(line.length).toBeGreaterThan(10);
        expect(line).not.toMatch(/ {2}/);
      }
      expect(a.title).not.toMatch(/\n/);
      expect(a.id).toMatch(/^\d{6}$/);
    }
  });

  it('leaves no template syntax or undefined values behind', () => {
    expect(corpus).not.toMatch(/[{}[\]]|undefined|NaN/);
  });

  it('ends paragraphs with punctuation', () => {
    for (const a of sample) {
      for (const p of a.text.trimEnd().split('\n').slice(2)) expect(p).toMatch(/[.!?]["”’)]?$/);
    }
  });

  it('is news-sized: about 2–4 KB on average', () => {
    const avg = sample.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / SAMPLE;
    expect(avg).toBeGreaterThan(1800);
    expect(avg).toBeLessThan(4500);
  });

  it('gives each article a valid publication day in 2000–2025', () => {
    for (const a of sample) {
      expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const d = new Date(`${a.published}T00:00:00Z`);
      expect(d.toISOString().slice(0, 10)).toBe(a.published);
      expect(a.published >= '2000-01-01' && a.published <= '2025-12-31').toBe(true);
    }
    const years = new Set(sample.map((a) => a.published.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(20);
  });
});

describe('variety', () => {
  it('names at least 40 countries', () => {
    const named = COUNTRIES.filter((k) =>
      new RegExp(`\\b${escapeRe(k.name.replace(/^the /, ''))}\\b`).test(corpus),
    );
    expect(named.length).toBeGreaterThanOrEqual(40);
  });

  it('uses at least 20 interaction verbs', () => {
    const used = new Set<string>();
    for (const v of VERBS) {
      const forms = [v.past, v.s, v.pp].flatMap((f) => [f, f.replace(/is(e|ed|es)$/, 'iz$1')]);
      if (forms.some((f) => new RegExp(`\\b${escapeRe(f)}\\b`).test(corpus))) used.add(v.lemma);
    }
    expect(used.size).toBeGreaterThanOrEqual(20);
    // All three stances occur.
    const stances = new Set(VERBS.filter((v) => used.has(v.lemma)).map((v) => v.stance));
    expect(stances).toEqual(new Set(['cooperative', 'neutral', 'hostile']));
  });

  it('names international organisations, seats of government and outlets', () => {
    const orgs = ORGS.filter(
      (o) => corpus.includes(o.short[0].replace(/^the /, '')) || corpus.includes(o.short[1]),
    );
    expect(orgs.length).toBeGreaterThanOrEqual(10);
    for (const seat of [
      'the Kremlin',
      'the White House',
      'Downing Street',
      'the Elysée',
      'the State Department',
    ]) {
      expect(corpus.toLowerCase()).toContain(seat.toLowerCase());
    }
    expect(corpus).toMatch(/ reported\b/);
  });

  it('writes people with titles and later by surname', () => {
    expect(corpus).toMatch(
      /\b(?:President|Prime Minister|Chancellor|Foreign Minister) [A-Z][\p{L}-]+ [A-Z]/u,
    );
    expect(corpus).toMatch(/\bMr\.? [A-Z]/);
    expect(corpus).toMatch(/\b[A-Z]\. [A-Z]\. [A-Z][\p{L}'-]+/u); // initials: "J. R. Whitfield"
  });

  it('uses several syntactic patterns', () => {
    expect(corpus).toMatch(/\b(?:was|were) \w+ (?:\w+ )?by /); // passive
    expect(corpus).toMatch(/\bsaid (?:that )?[A-Z]/); // reported speech
    expect(corpus).toMatch(/\bdid not \w+/); // negation
    expect(corpus).toMatch(/ and .+ agreed to /); // coordination
    expect(corpus).toMatch(/\b(?:talks|meeting|conversation) between /); // nominal
    expect(corpus).toMatch(/,"\s/); // straight quotes with attribution
    expect(corpus).toMatch(/“[^”]+”/); // curly quotes
    expect(corpus).toMatch(/\bthreatened\b/);
  });

  it('has many kinds of time expressions', () => {
    const kinds: Record<string, RegExp> = {
      weekday: /\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
      yesterday: /\byesterday\b/,
      today: /\btoday\b/,
      lastWeek: /\blast week\b/,
      nextMonth: /\bnext month\b/,
      ago: /\b(?:two|three|four|five|six) days ago\b/,
      month:
        /\bin (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
      dayMonth:
        /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
      monthDayYear:
        /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}\b/,
      iso: /\b\d{4}-\d{2}-\d{2}\b/,
      year: /\bin (?:19|20)\d\d\b/,
      decade: /\bthe (?:early |mid-|late )?(?:19|20)\d0s\b/,
      quarter: /\bthe (?:first|second|third|fourth) quarter\b/,
      season: /\b(?:last|this) (?:spring|summer|autumn|fall|winter)\b/,
      duration: /\bfor (?:two|three|four|five|six) (?:days|weeks|months)\b/,
      set: /\b(?:every|each) (?:Monday|Tuesday|Wednesday|Thursday|Friday|week|year|month|spring|summer|January)\b|\bannually\b/,
      vague: /\b(?:recently|at a later date|currently|in recent years)\b/,
      clock: /\b\d{1,2}(?:[.:]\d{2})(?:am|pm| a\.m\.| p\.m\.| local time)/,
    };
    for (const [kind, re] of Object.entries(kinds)) expect(corpus, kind).toMatch(re);
  });

  it('has distractors that are not dates', () => {
    expect(corpus).toMatch(/\b\d+\.\d{2}%/); // 12.53%
    expect(corpus).toMatch(/\bRoom \d{3,4}\b/);
    expect(corpus).toContain('24/7');
    expect(corpus).toMatch(/[$€£]\d+(?:\.\d)?(?:bn|m| billion| million)\b/);
    expect(corpus).toMatch(/\bU\.S\./);
    expect(corpus).toMatch(/\b(?:Gen|Mr|Dr)\. [A-Z]/);
  });

  it('uses both UK and US house styles', () => {
    expect(corpus).toMatch(/\bcriticised\b/);
    expect(corpus).toMatch(/\bcriticized\b/);
  });
});

describe('front matter', () => {
  it('writes published, title and source as YAML, then the text', () => {
    for (const a of sample) {
      const file = synthArticleFile(a);
      const m = /^---\npublished: (\d{4}-\d{2}-\d{2})\ntitle: (.+)\nsource: (.+)\n---\n/.exec(file);
      expect(m).not.toBeNull();
      const yaml = parseYaml(file.slice(4, m![0].length - 4)) as Record<string, unknown>;
      expect(String(yaml.published)).toBe(a.published);
      expect(yaml.title).toBe(a.title);
      expect(yaml.source).toBe(a.source);
      expect(file.slice(m![0].length)).toBe(a.text);
    }
  });

  it('quotes titles that YAML would misread', () => {
    const quoted = sample.filter((a) => /^['"]|: /.test(a.title));
    expect(quoted.length).toBeGreaterThan(0);
    for (const a of quoted) expect(synthArticleFile(a)).toContain(`title: ${JSON.stringify(a.title)}\n`);
  });
});

describe('writing a corpus', () => {
  it('writes N .txt files that match the articles', () => {
    const dir = tempDir();
    const progress: number[] = [];
    const summary = writeSynthCorpus({
      docs: 25,
      out: dir,
      seed: 5,
      format: 'txt',
      every: 10,
      onProgress: (n) => progress.push(n),
    });
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(25);
    expect(files[0]).toBe('000000.txt');
    expect(files[24]).toBe('000024.txt');
    expect(readFileSync(join(dir, '000007.txt'), 'utf8')).toBe(synthArticleFile(synthArticle(7, 5)));
    expect(summary.docs).toBe(25);
    expect(summary.files).toBe(25);
    expect(summary.bytes).toBe(files.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0));
    expect(progress).toEqual([10, 20]);
  });

  it('overwrites files in an existing folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '000001.txt'), 'old');
    writeSynthCorpus({ docs: 3, out: dir, seed: 1, format: 'txt' });
    expect(readFileSync(join(dir, '000001.txt'), 'utf8')).toBe(synthArticleFile(synthArticle(1, 1)));
  });

  it('shards into folders of 1000 when there are more than 1000', () => {
    expect(synthFilePath(5, 1000)).toBe('000005.txt');
    expect(synthFilePath(5, 1001)).toBe(join('000', '000005.txt'));
    expect(synthFilePath(1000, 1001)).toBe(join('001', '001000.txt'));
    expect(synthFilePath(123_456, 200_000)).toBe(join('123', '123456.txt'));
    expect(synthFilePath(1_234_567, 2_000_000)).toBe(join('1234', '1234567.txt'));
    const dir = tempDir();
    writeSynthCorpus({ docs: 1001, out: dir, seed: 2, format: 'txt' });
    expect(readdirSync(dir).sort()).toEqual(['000', '001']);
    expect(readdirSync(join(dir, '000'))).toHaveLength(1000);
    expect(readdirSync(join(dir, '001'))).toEqual(['001000.txt']);
  });

  it('writes one .jsonl file with a record per line', () => {
    const dir = tempDir();
    writeSynthCorpus({ docs: 6, out: dir, seed: 4, format: 'jsonl' });
    expect(readdirSync(dir)).toEqual(['synth.jsonl']);
    const lines = readFileSync(join(dir, 'synth.jsonl'), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(6);
    lines.forEach((line, i) => {
      const rec = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(rec)).toEqual(['id', 'title', 'text', 'published', 'source']);
      expect(rec).toEqual({ ...synthArticle(i, 4) });
    });
  });
});

describe('command line', () => {
  const run = (args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/synth.ts', ...args], { cwd: process.cwd(), encoding: 'utf8' });

  it('writes the files and a summary on stderr', () => {
    const dir = tempDir();
    const res = run(['--docs', '3', '--out', dir, '--seed', '11']);
    expect(res.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['000000.txt', '000001.txt', '000002.txt']);
    expect(readFileSync(join(dir, '000002.txt'), 'utf8')).toBe(synthArticleFile(synthArticle(2, 11)));
    expect(res.stderr).toMatch(/synth: wrote 3 docs/);
  }, 30_000);

  it('rejects bad arguments with exit code 2', () => {
    const dir = join(tempDir(), 'never');
    for (const args of [
      ['--docs', '3'],
      ['--docs', 'many', '--out', dir],
      ['--docs', '3', '--out', dir, '--format', 'xml'],
    ]) {
      const res = run(args);
      expect(res.status).toBe(2);
      expect(res.stderr).toMatch(/^synth: /);
    }
    expect(existsSync(dir)).toBe(false);
  }, 30_000);
});
