import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The command as users run it: through tsx, in a child process, reading real files.
function extract(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// each test starts the command in a child process, which loads the syntax model: seconds, not ms
describe('npm run extract', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-cli-'));
  writeFileSync(
    path.join(dir, 'a.txt'),
    'Talks resume\nThe ministers met on Monday and will meet again next week.\n',
  );
  writeFileSync(
    path.join(dir, 'b.md'),
    '---\npublished: 2020-03-04\ntitle: Given title\n---\nThey spoke yesterday.\n',
  );
  writeFileSync(path.join(dir, 'broken.jsonl'), '{"id":"j1","text":"Signed in 1991."}\n{not json\n');
  writeFileSync(path.join(dir, 'empty.txt'), '');

  it('prints the contract JSON on stdout, and problems on stderr and in `problems`', () => {
    const r = extract('--reference-date', '2016-11-15', dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['documents', 'actors', 'mentions', 'events', 'timexes', 'problems']);
    expect(out.documents.map((d: { id: string }) => d.id)).toEqual(['a', 'b', 'j1']);
    const a = out.documents[0];
    expect(a).toMatchObject({
      title: 'Talks resume',
      published: '2016-11-15',
      publishedBasis: 'reference-date',
    });
    expect(out.documents[1]).toMatchObject({
      title: 'Given title',
      published: '2020-03-04',
      publishedBasis: 'document',
    });
    const values = out.timexes.map((t: { documentId: string; text: string; value: string }) => [
      t.documentId,
      t.text,
      t.value,
    ]);
    expect(values).toEqual([
      ['a', 'Monday', '2016-11-14'],
      ['a', 'next week', '2016-W47'],
      ['b', 'yesterday', '2020-03-03'],
      ['j1', '1991', '1991'],
    ]);
    const problems = out.problems.map((p: { path: string }) => path.basename(p.path));
    expect(problems).toEqual(['broken.jsonl#L2', 'empty.txt']);
    expect(r.stderr).toContain('broken.jsonl#L2');
    expect(r.stderr).toContain('empty.txt');
  });

  it('leaves relative values unresolved without a date, and says so', () => {
    const r = extract(path.join(dir, 'a.txt'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.documents[0].published).toBeNull();
    expect(out.timexes.map((t: { value: string }) => t.value)).toEqual(['XXXX-WXX-1', 'XXXX-WXX']);
    expect(out.problems[0].message).toMatch(
      /no publication date, so 2 relative time expressions .* could not be placed in time/,
    );
  });

  it('--syntax adds each sentence’s tokens with their tags, heads and relations, at their offsets', () => {
    const file = path.join(dir, 'syntax', 'one.txt');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'Chile and Peru\n\nChile praised Peru on Monday.\n');
    const r = extract('--syntax', '--reference-date', '2016-11-15', file);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      syntax: {
        documentId: string;
        sentence: number;
        tokens: { form: string; span: [number, number]; upos: string; head: number; deprel: string }[];
      }[];
    };
    const text = 'Chile and Peru\n\nChile praised Peru on Monday.\n';
    const body = out.syntax.find((s) => s.tokens.some((t) => t.form === 'praised'))!;
    expect(body.tokens.map((t) => t.form)).toEqual(['Chile', 'praised', 'Peru', 'on', 'Monday', '.']);
    for (const t of body.tokens) expect(text.slice(t.span[0], t.span[1])).toBe(t.form);
    const verb = body.tokens.findIndex((t) => t.form === 'praised') + 1;
    expect(body.tokens.find((t) => t.form === 'praised')).toMatchObject({
      head: 0,
      deprel: 'root',
      upos: 'VERB',
    });
    expect(body.tokens[0]).toMatchObject({ head: verb, deprel: 'nsubj' });
    expect(body.tokens[2]).toMatchObject({ head: verb, deprel: 'obj' });
    // without the flag, the contract's keys only
    expect(Object.keys(JSON.parse(extract(file).stdout))).not.toContain('syntax');
  });

  it('exits 1 when nothing at all could be read', () => {
    const r = extract(path.join(dir, 'empty.txt'), path.join(dir, 'missing.txt'));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.documents).toEqual([]);
    expect(out.problems).toHaveLength(2);
  });

  it.each([
    [['--reference-date', '2016-13-01', dir], /--reference-date must be a real day/],
    [['--reference-date'], /needs a value/],
    [['--frobnicate', dir], /unknown option --frobnicate/],
    [[], /no PATH given/],
  ])('refuses bad arguments %j with exit code 2', (args, message) => {
    const r = extract(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
