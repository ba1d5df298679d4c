/**
 * The user's own PETRARCH-format dictionaries (lib/nlp/dictionaries): found by name in the folders
 * of DETENTE_DICTIONARIES, read beside or instead of the vendored ones, their problems named by
 * file and line, their entries in the code trail. The dictionaries here are written for these
 * tests: a made-up world (Veloria, Kestmark, Ondra), in the format's every construct.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { actorDictionaries } from '@/lib/nlp/actors/dict';
import { userVerbs } from '@/lib/nlp/cameo/user';
import { dictionaryProblems, extractionVersion, kindOf, reloadDictionaries } from '@/lib/nlp/dictionaries';
import { findDictionaryFiles } from '@/lib/nlp/dictionaries/user';
import { EXTRACTOR_VERSION, extractDocument } from '@/lib/nlp/pipeline';

const ACTORS = `<!-- a made-up world, for the tests -->
<!-- a comment
     over two lines -->
VELORIA [VLR]   # a state
+VELORIAN
+VELORIANS

KESTMARK_ [KSM]
+KESTMARKER

ONDRA_LEAGUE # an entry whose codes are on the lines below it
+THE_ONDRA
\t[ONDIGO < 990101]
\t[ONDREB 19990101 - 20091231]
\t[ONDGOV > 20100101]

BROKEN_ENTRY [VLR 2019-13-45]
`;

const AGENTS = `!OFFICIAL! = OFFICIAL, ENVOY
TRADE_!OFFICIAL! [~TRD] # a substitution set
HARBOUR_MASTER {HARBOUR_MASTERS} [~HRB]
COASTGUARD {} [~CGD]
`;

const VERBS = `<!-- verbs, in a made-up scheme: not CAMEO -->
&GOODS
+GRAIN
+TIMBER

--- PLEDGE  [X70]  ---
PLEDGE
- * &GOODS  [X71]  # pledged grain
- * SUPPORT [051]  # a CAMEO code

--- SCOLD  [X90] ---
SCOLD {SCOLDS SCOLDED SCOLDING}
- * [+++]
`;

const DISCARDS = `+HARVEST FESTIVAL
TRADE FAIR
`;

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-dict-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return dir;
}

const world = () =>
  folder({
    'world.actors.txt': ACTORS,
    'world.agents.txt': AGENTS,
    'world.verbs.txt': VERBS,
    'world.discards.txt': DISCARDS,
    'README.md': 'not a dictionary, not read, no problem',
  });

function use(folders: string[], only = false) {
  process.env.DETENTE_DICTIONARIES = folders.join(path.delimiter);
  if (only) process.env.DETENTE_DICTIONARIES_ONLY = '1';
  else delete process.env.DETENTE_DICTIONARIES_ONLY;
  reloadDictionaries();
}

afterEach(() => {
  delete process.env.DETENTE_DICTIONARIES;
  delete process.env.DETENTE_DICTIONARIES_ONLY;
  reloadDictionaries();
});

const extract = (text: string, published = '2016-05-10') => {
  const x = extractDocument({ id: 'd', title: '', text, published, path: '/d.txt' });
  return { ...x, actors: [...x.actors.values()] };
};

describe('finding dictionary files', () => {
  it("takes a file's kind from its name", () => {
    expect(kindOf('PETR.Validate.actors.txt')).toBe('actors');
    expect(kindOf('/x/local.AGENTS.txt')).toBe('agents');
    expect(kindOf('CAMEO.2.0.txt')).toBe('verbs');
    expect(kindOf('mine.discards.txt')).toBe('discards');
    expect(kindOf('notes.txt')).toBeNull();
    expect(kindOf('world.actors.csv')).toBeNull();
  });

  it('names what it cannot read and goes on with the rest', () => {
    const dir = folder({
      'good.actors.txt': 'VELORIA [VLR]\n',
      'binary.actors.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]),
      'latin1.agents.txt': Buffer.from([0x43, 0x41, 0x46, 0xc9, 0x20, 0x5b, 0x7e, 0x42, 0x55, 0x53, 0x5d]),
      'notes.txt': 'what is this',
    });
    const { files, problems } = findDictionaryFiles({
      folders: [dir, path.join(dir, 'missing')],
      only: false,
    });
    expect(files.map((f) => path.basename(f.path))).toEqual(['good.actors.txt']);
    const said = problems.map((p) => `${path.basename(p.path)}: ${p.message}`);
    expect(said).toEqual([
      expect.stringMatching(/^binary\.actors\.txt: dictionary not read: it is not UTF-8 text/),
      expect.stringMatching(/^latin1\.agents\.txt: dictionary not read: it is not UTF-8 text/),
      expect.stringMatching(/^notes\.txt: not read: a dictionary file is named/),
      expect.stringMatching(/^missing: dictionary folder not readable/),
    ]);
  });
});

describe('user actor, agent and discard files', () => {
  it('codes actors from every construct: synonyms, codes on their own lines, dated codes', () => {
    use([world()]);
    const x = extract('Velorian troops crossed into Kestmark on Monday, and the Ondra League condemned it.');
    // a state's word before an agent noun makes a group of the state: VLR + "troops" (MIL)
    expect(x.actors.find((a) => a.code === 'VLRMIL')?.country, JSON.stringify(x.actors)).toBe('VLR');
    const veloria = extract('Veloria protested on Monday.').actors.find((a) => a.code === 'VLR');
    expect(veloria).toBeDefined();
    // a code outside CAMEO passes through; its first three letters stand for its state
    expect(veloria!.country).toBe('VLR');
    expect(veloria!.trail?.[0]).toMatch(/^from the user dictionary .*world\.actors\.txt \(line 4\), VLR$/);
    const kestmark = x.actors.find((a) => a.code === 'KSM');
    expect(kestmark?.trail?.[0]).toMatch(/world\.actors\.txt \(line 8\), KSM$/);
    // the code that held at the article's date (2016): the last of the three
    const ondra = x.actors.find((a) => a.code?.startsWith('OND'));
    expect(ondra?.code).toBe('ONDGOV');
    expect(ondra?.trail?.[0]).toMatch(/\(line 11\), ONDGOV from 2010-01-01$/);
    expect(
      extract('The Ondra League met on Monday.', '2005-06-01').actors.find((a) => a.code?.startsWith('OND'))
        ?.code,
    ).toBe('ONDREB');
  });

  it('finds a one-word name of the lists wherever it stands, in a short sentence too', () => {
    use([world()], true);
    // three capitalised words of four: no title-case headline, for its verb is in lower case
    const x = extract('Kestmark rebuked Veloria on Friday.');
    const coded = (t: string) => x.mentions.find((m) => m.text === t);
    expect(coded('Kestmark'), JSON.stringify(x.mentions)).toBeDefined();
    expect(coded('Veloria')).toBeDefined();
    const byId = new Map(x.actors.map((a) => [a.id, a]));
    const pair = x.events.map((e) => [
      e.source.map((s) => byId.get(s)?.code),
      e.target.map((t) => byId.get(t)?.code),
    ]);
    expect(pair).toContainEqual([['KSM'], ['VLR']]);
    // named once, opening the sentence: the list vouches for it, so it is no tentative guess
    const y = extract('Kestmark is far from the sea, and its harbours are small.');
    expect(y.actors.find((a) => a.code === 'KSM')?.tentative).toBeFalsy();
    expect(y.mentions.map((m) => m.text)).toContain('Kestmark');
  });

  it('takes a name coded with a bare state code for a state: its government, its police', () => {
    use([world()], true);
    const x = extract("Kestmark police detained two traders, and Veloria's government protested.");
    const codes = x.actors.map((a) => a.code);
    expect(codes, JSON.stringify(x.actors)).toContain('KSMCOP');
    expect(codes).toContain('VLRGOV');
  });

  it('codes a name the lists write with its article ("+THE_ONDRA")', () => {
    use([world()], true);
    const x = extract('The Ondra rebuked Veloria on Friday.');
    expect(
      x.actors.map((a) => a.code),
      JSON.stringify(x.actors),
    ).toContain('ONDGOV');
  });

  it('reads agents (substitution sets, plurals) and discards', () => {
    use([world()]);
    const d = actorDictionaries();
    const agents = d.data.agents.filter((a) => a.file);
    expect(agents.map((a) => a.code)).toEqual(['TRD', 'HRB', 'CGD']);
    // a phrase of a substitution set stands for one phrase per member, with no plural made
    expect(agents[0]!.forms).toEqual(['trade official', 'trade envoy']);
    expect(agents[1]!.forms).toEqual(['harbour master', 'harbour masters']);
    expect(agents[2]!.forms).toEqual(['coastguard']);
    expect(
      d.data.discards.filter((x) => x.phrase === 'harvest festival' || x.phrase === 'trade fair'),
    ).toEqual([
      expect.objectContaining({ phrase: 'harvest festival', story: true }),
      expect.objectContaining({ phrase: 'trade fair', story: false }),
    ]);
  });

  it('names each line it could not read, by file and line, and keeps the rest', () => {
    use([world()]);
    const problems = dictionaryProblems();
    const at = (file: string) =>
      problems.filter((p) => p.path.includes(file)).map((p) => `${p.path.replace(/^.*#/, '#')} ${p.message}`);
    expect(at('world.actors.txt')).toEqual([expect.stringMatching(/^#L17 .*2019-13-45/)]);
    // the verb file: a pattern whose code is no code
    expect(at('world.verbs.txt')).toEqual([
      expect.stringMatching(/^#L13 pattern code "\[\+\+\+\]" is not a code/),
    ]);
    expect(
      actorDictionaries()
        .data.actors.filter((a) => a.file >= 4)
        .map((a) => a.name),
    ).toEqual(['Veloria', 'Kestmark', 'Ondra League', 'Broken Entry']);
  });

  it('wins over the vendored lists on a phrase both have, and says so', () => {
    const dir = folder({ 'mine.actors.txt': 'RUSSIA [XRU]\n' });
    use([dir]);
    const x = extract('Russia condemned the attack on Monday.');
    expect(x.actors.find((a) => a.name === 'Russia')?.code).toBe('XRU');
    expect(dictionaryProblems()).toEqual([
      expect.objectContaining({
        path: expect.stringMatching(/mine\.actors\.txt#L1$/),
        message: expect.stringMatching(
          /"russia" is also in the Phoenix countries list as RUS .*this file's entry \(XRU\) is used/,
        ),
      }),
    ]);
  });

  it('with --dictionaries-only, the vendored lists code nothing', () => {
    use([world()], true);
    const x = extract('Velorian troops crossed into Kestmark on Monday, and Russia condemned it.');
    expect(x.actors.find((a) => a.code === 'VLRMIL')).toBeDefined();
    // Russia keeps only what the project's own lexicon says of it, not the Phoenix list's entry
    expect(x.actors.find((a) => a.name === 'Russia')?.trail?.join(' ')).not.toMatch(/Phoenix/);
    expect(actorDictionaries().data.actors.every((a) => a.file >= 4)).toBe(true);
  });

  it('gives no problem and changes nothing without a folder', () => {
    expect(dictionaryProblems()).toEqual([]);
    expect(extractionVersion()).toBe(EXTRACTOR_VERSION);
    expect(
      extract('Russia condemned the attack on Monday.').actors.find((a) => a.name === 'Russia')?.code,
    ).toBe('RUS');
  });

  it('names the dictionaries in the version stored, so that a change extracts again', () => {
    const dir = world();
    use([dir]);
    const first = extractionVersion();
    expect(first).toMatch(new RegExp(`^${EXTRACTOR_VERSION.replace(/\./g, '\\.')}\\+dict\\.[0-9a-f]{12}$`));
    writeFileSync(path.join(dir, 'world.actors.txt'), `${ACTORS}\nNEWLAND [NWL]\n`);
    use([dir]);
    expect(extractionVersion()).not.toBe(first);
  });
});

describe('user verb files', () => {
  it('reads a file laid out as PETRARCH reads any: comments, synsets before and between blocks, codes of its own', () => {
    use([world()]);
    const [file] = userVerbs().files;
    expect(file?.path).toMatch(/world\.verbs\.txt$/);
    expect(file!.dict.blocks.map((b) => [b.name, b.code.code])).toEqual([
      ['PLEDGE', 'X70'],
      ['SCOLD', 'X90'],
    ]);
    expect(file!.dict.synsets['&GOODS']).toEqual([['grain'], ['timber']]);
    expect(file!.dict.patterns.map((p) => p.code.code)).toEqual(['X71', '051']);
    expect(file!.dict.verbs.find((v) => v.lemma === 'scold')?.forms).toEqual([
      'scolds',
      'scolded',
      'scolding',
    ]);
  });

  it("passes a code outside CAMEO through as the event's code, in its trail with the file and line", () => {
    use([world()]);
    const x = extract('Veloria pledged grain to Kestmark on Monday.');
    const e = x.events.find((v) => v.trigger.startsWith('pledged'));
    expect(e, JSON.stringify(x.events)).toBeDefined();
    expect(e!.code).toBe('X71');
    // stance and quad stay the verb class's: they come from CAMEO codes only
    expect(e!.cameo).not.toBe('X71');
    expect(e!.trail?.[1]).toMatch(
      /^X71 from the user dictionary .*world\.verbs\.txt \(line 8\), not a CAMEO code/,
    );
  });
});

describe("the README's example (examples/dictionaries)", () => {
  it('loads with no problem and codes what it names', () => {
    use([path.join(process.cwd(), 'examples', 'dictionaries')]);
    expect(dictionaryProblems()).toEqual([]);
    const x = extract(
      'Norwegian port officials impounded the grain of Harbour Line Shipping on Monday, and the North Vale Defence Force condemned Oslo.',
      '2020-05-04',
    );
    expect(x.actors.map((a) => a.code)).toEqual(expect.arrayContaining(['XNVREB', 'MNCNOR']));
    expect(x.actors.find((a) => a.code === 'XNVREB')?.trail?.[0]).toBe(
      `from the user dictionary ${path.join('examples', 'dictionaries', 'local.actors.txt')} (line 5), XNVREB`,
    );
  });
});

describe('npm run extract --dictionaries', () => {
  it('reads the folder and lists its problems in `problems`', () => {
    const dir = world();
    const docs = mkdtempSync(path.join(os.tmpdir(), 'detente-dict-docs-'));
    mkdirSync(path.join(docs, 'in'));
    writeFileSync(
      path.join(docs, 'in', 'a.txt'),
      'Border row\nVeloria accused Kestmark of shelling a border post on Monday.\n',
    );
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/extract.ts',
        '--reference-date',
        '2016-05-10',
        '--dictionaries',
        dir,
        path.join(docs, 'in'),
      ],
      { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, timeout: 60_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      actors: { name: string; code?: string }[];
      problems: { path: string; message: string }[];
    };
    expect(out.actors.map((a) => a.code)).toEqual(expect.arrayContaining(['VLR', 'KSM']));
    expect(out.problems.map((p) => p.path)).toEqual([
      expect.stringMatching(/world\.actors\.txt#L17$/),
      expect.stringMatching(/world\.verbs\.txt#L13$/),
    ]);
  });
});
