/**
 * Events that only a user's verb file knows (issue 17): a verb that no verb class codes, found by
 * the user's entry on the parse, becomes an event of its own when its source and target are
 * actors. A CAMEO code takes its class's stance and quad; any other code is passed through with no
 * stance, no quad and no CAMEO code. The dictionaries and sentences are written for these tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reloadDictionaries } from '@/lib/nlp/dictionaries';
import { extractDocument } from '@/lib/nlp/pipeline';
import { VERB_CLASSES } from '@/lib/nlp/lexicon/verbs';

const ACTORS = `MARVENIA [MRV]
+MARVENIANS
+MARVENIAN

TOLLAND_ [TLD]

QUORVIA [QRV]

OSTRELAND [OST]
`;

// line numbers matter: the trail names them
const VERBS = `<!-- a scheme of its own, with one CAMEO code -->
--- SERENADE  [W64]  ---
SERENADE {SERENADES SERENADED SERENADING}

--- WALTZ  [043]  ---
WALTZ {WALTZES WALTZED WALTZING}
- * WITH +  [043]

--- WELCOME  [W41]  ---
WELCOME

--- OPINE  [W23]  ---
OPINE {OPINES OPINED OPINING}

--- CAJOLE  [0241]  ---
CAJOLE {CAJOLES CAJOLED CAJOLING}

--- REKINDLE  [W64:W64]  ---
REKINDLE {REKINDLES REKINDLED REKINDLING}

--- RESTORE  [064]  ---
RESTORE

--- MEET  [W40:W40]  ---
MEET {MEETS MET MEETING}
`;

function use() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-verbs-'));
  writeFileSync(path.join(dir, 'tunes.actors.txt'), ACTORS);
  writeFileSync(path.join(dir, 'tunes.verbs.txt'), VERBS);
  process.env.DETENTE_DICTIONARIES = dir;
  reloadDictionaries();
}

afterEach(() => {
  delete process.env.DETENTE_DICTIONARIES;
  reloadDictionaries();
});

const extract = (text: string) =>
  extractDocument({ id: 'd', title: '', text, published: '2020-03-03', path: '/d.txt' });

describe("events from a user's verb file", () => {
  it('finds nothing for a verb no class knows without the file', () => {
    expect(VERB_CLASSES.some((c) => c.verbs.includes('serenade') || c.verbs.includes('waltz'))).toBe(false);
    expect(extract('Marvenia serenaded Tolland on Tuesday.').events).toEqual([]);
    expect(extract('Marvenia waltzed with Tolland on Tuesday.').events).toEqual([]);
  });

  it('makes an event of a verb only the file knows, its actors from the parse; a code outside CAMEO has no tone', () => {
    use();
    const x = extract('Marvenia serenaded Tolland on Tuesday.');
    expect(x.events).toHaveLength(1);
    const e = x.events[0]!;
    expect(e).toMatchObject({
      trigger: 'serenaded',
      code: 'W64',
      cameo: null,
      stance: null,
      quad: null,
      stanceScore: 0,
      date: { value: '2020-03-03' },
    });
    const name = (id: string) => x.actors.get(id)?.name;
    expect(e.source.map(name)).toEqual(['Marvenia']);
    expect(e.target.map(name)).toEqual(['Tolland']);
    expect(e.plover).toBeUndefined();
    expect(e.trail?.[0]).toMatch(
      /^W64 from the user dictionary .*tunes\.verbs\.txt \(line 3\), not a CAMEO code: tone and quad not coded/,
    );
  });

  it("gives a CAMEO code its class's stance and quad", () => {
    use();
    const x = extract('Marvenia waltzed with Tolland on Tuesday.');
    expect(x.events).toHaveLength(1);
    const e = x.events[0]!;
    const cls = VERB_CLASSES.find((c) => c.cameo === '043')!;
    expect(e).toMatchObject({ trigger: 'waltzed', cameo: '043', quad: cls.quad, type: cls.type });
    expect(e.code).toBeUndefined();
    expect(e.stance).toBe('cooperative');
    expect(e.trail?.[0]).toMatch(/^CAMEO 043 from the user dictionary .*tunes\.verbs\.txt \(line 7\)/);
  });

  it('makes no event when the verb has no actor on one side, or the same on both', () => {
    use();
    expect(extract('Marvenia serenaded the crowd on Tuesday.').events).toEqual([]);
    expect(extract('The Marvenians serenaded Marvenia on Tuesday.').events).toEqual([]);
  });

  it("reads the sides of a verb the file codes as PETRARCH does: the first actors of the verb's phrase, with their conjuncts", () => {
    const between = 'Marvenia welcomed a renewal of ties between Tolland and Quorvia.';
    const senators = 'Senators in Marvenia and Tolland welcomed a renewal of ties with Quorvia.';
    // the rules take no target from "between …", and one side of the coordination in the subject
    const name0 = (x: ReturnType<typeof extract>) => (id: string) => x.actors.get(id)?.name;
    const b0 = extract(between);
    expect(b0.events.find((e) => e.trigger === 'welcomed')?.target).toEqual([]);
    const s0 = extract(senators);
    expect(s0.events.find((e) => e.trigger === 'welcomed')?.source.map(name0(s0))).toEqual(['Tolland']);
    use();
    const x = extract(between);
    const name = name0(x);
    const e = x.events.find((v) => v.trigger === 'welcomed')!;
    expect(e.code).toBe('W41');
    expect(e.source.map(name)).toEqual(['Marvenia']);
    expect(e.target.map(name)).toEqual(['Tolland', 'Quorvia']);
    const y = extract(senators);
    const country = (id: string) => y.actors.get(id)?.country;
    const f = y.events.find((v) => v.trigger === 'welcomed')!;
    expect(f.source.map(country)).toEqual(['MRV', 'TLD']);
    expect(f.target.map(country)).toEqual(['QRV']);
  });

  it('takes every actor coordinated inside the subject: "the envoys of X, Y and Z"', () => {
    use();
    const y = extract('Envoys of Marvenia, Tolland and Quorvia serenaded Ostreland on Tuesday.');
    const country = (id: string) => y.actors.get(id)?.country;
    const f = y.events.find((v) => v.trigger === 'serenaded')!;
    expect(f.source.map(country)).toEqual(['MRV', 'TLD', 'QRV']);
    expect(f.target.map(country)).toEqual(['OST']);
  });

  it("finds the target in the clause a verb takes, as a constituency parse's verb phrase holds it", () => {
    use();
    const x = extract('Marvenia opined that Tolland is a pleasant place for a holiday.');
    const name = (id: string) => x.actors.get(id)?.name;
    const e = x.events.find((v) => v.trigger === 'opined')!;
    expect(e).toMatchObject({ code: 'W23', cameo: null, stance: null });
    expect(e.source.map(name)).toEqual(['Marvenia']);
    expect(e.target.map(name)).toEqual(['Tolland']);
  });

  it("takes CAMEO's statement and appeal codes (01, 02), which the PLOVER table lacks, as CAMEO codes", () => {
    use();
    const x = extract('Marvenia cajoled Tolland on Tuesday.');
    const e = x.events.find((v) => v.trigger === 'cajoled')!;
    expect(e.code).toBeUndefined();
    expect(e.cameo?.slice(0, 2)).toBe('02');
    expect(e.stance).not.toBeNull();
    expect(e.trail?.[0]).toMatch(/^CAMEO 0241 from the user dictionary/);
  });

  it('makes a symmetric code with coordinated subjects and no one else an act between them', () => {
    use();
    const x = extract('Old rivals Marvenia and Tolland have rekindled their friendship.');
    const name = (id: string) => x.actors.get(id)?.name;
    const e = x.events.find((v) => v.trigger === 'rekindled')!;
    expect(e).toMatchObject({ code: 'W64', symmetric: true });
    expect(e.source.map(name)).toEqual(['Marvenia']);
    expect(e.target.map(name)).toEqual(['Tolland']);
    // three of them: every two, as the rules pair a symmetric act
    const y = extract('Old rivals Marvenia, Tolland and Quorvia have rekindled their friendship.');
    const pairs = y.events
      .filter((v) => v.trigger === 'rekindled')
      .map(
        (v) =>
          `${v.source.map((id) => y.actors.get(id)?.name)} ~ ${v.target.map((id) => y.actors.get(id)?.name)}`,
      );
    expect(pairs).toEqual(['Marvenia ~ Tolland', 'Marvenia ~ Quorvia', 'Tolland ~ Quorvia']);
  });

  it('leaves a symmetric act the rules paired as they paired it when the file codes its verb', () => {
    const sides = (text: string) => {
      const x = extract(text);
      return x.events
        .filter((v) => v.source.length || v.target.length)
        .map((v) => [
          v.code ?? v.cameo,
          v.symmetric,
          v.source.map((id) => x.actors.get(id)?.country),
          v.target.map((id) => x.actors.get(id)?.country),
        ]);
    };
    const restored = 'Marvenia and Tolland restored diplomatic relations on Monday.';
    const met = 'France, Germany and Italy met in Rome on Monday.';
    const before = { restored: sides(restored), met: sides(met) };
    expect(before.restored).toHaveLength(1);
    expect(before.met).toHaveLength(3);
    use();
    // the same pairs, coded by the file (064 as its CAMEO class, W40 passed through)
    const after = { restored: sides(restored), met: sides(met) };
    expect(after.restored.map(([, ...rest]) => rest)).toEqual([[true, ['MRV'], ['TLD']]]);
    expect(after.met.map(([code, symmetric, s, t]) => [code, symmetric, `${s}~${t}`])).toEqual([
      ['W40', true, 'FRA~DEU'],
      ['W40', true, 'FRA~ITA'],
      ['W40', true, 'DEU~ITA'],
    ]);
  });

  it('reads both sides where the rules found one only, and perhaps put it on the wrong side', () => {
    const text = 'The Marvenian chess club wants to restore normal relations with Tolland.';
    // the rules: no actor for "club", so the partner of a symmetric act stands alone as its source
    const before = extract(text).events.find((v) => v.trigger.startsWith('restore'))!;
    expect(before.target).toEqual([]);
    use();
    const x = extract(text);
    const country = (id: string) => x.actors.get(id)?.country;
    const e = x.events.find((v) => v.trigger.startsWith('restore'))!;
    expect(e.source.map(country)).toEqual(['MRV']);
    expect(e.target.map(country)).toEqual(['TLD']);
    // CAMEO 064 has no class of its own: its root's general class (060) gives type, stance and quad
    expect(e.cameo).toBe('060');
    expect(e.trail).toEqual(
      expect.arrayContaining([expect.stringMatching(/^CAMEO 064 from the user dictionary/)]),
    );
  });
});
