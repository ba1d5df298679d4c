import { describe, expect, it } from 'vitest';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import {
  COMMUNICATION_NOUNS,
  REPORTING_VERBS,
  SHARED_ENTRIES,
  VERB_CLASSES,
  cameoRoot,
  quadOfCameo,
  stanceOfQuad,
} from '@/lib/nlp/lexicon/verbs';
import {
  COOPERATIVE_CUES,
  DIMINISHERS,
  HEDGES,
  HOSTILE_CUES,
  INTENSIFIERS,
  NEGATIONS,
  type StanceCue,
} from '@/lib/nlp/lexicon/stance-cues';
import type { VerbClass } from '@/lib/nlp/lexicon/types';

const nlp = winkNLP(model);
const its = nlp.its;
// wink-nlp's typings declare its.lemma with the helper signature, which `out()` does not accept.
const LEMMA = its.lemma as unknown as ItsFunction<string>;

/** British -ise/-isation folded to -ize/-ization, as the matcher does (applied to both sides). */
const fold = (word: string): string => word.toLowerCase().replace(/is(e|ation)$/, 'iz$1');

/** The folded lemmas of a text, as the matcher sees a sentence. */
function lemmasOf(text: string): string[] {
  return (nlp.readDoc(text).tokens().out(LEMMA) as string[]).map(fold);
}

/** The folded tokens of an entry, which is written in lemma form already. */
function tokensOf(entry: string): string[] {
  return (nlp.readDoc(entry).tokens().out() as string[]).map(fold);
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  }
  return false;
}

const entriesOf = (c: VerbClass): string[] => [...c.verbs, ...(c.nouns ?? [])];
const label = (c: VerbClass): string => `${c.cameo} ${c.type}`;

/**
 * Entries whose words wink-nlp does not give back as their own lemma when read on their own.
 * They are kept as written because that is the form wink produces inside a sentence, or because
 * wink leaves the word alone in running text anyway (see the notes); a new disagreement fails the
 * test so that it gets looked at.
 */
const KNOWN_LEMMA_DISAGREEMENTS: string[] = [
  // "lay" read alone is taken for the past of "lie"; "laid wreaths" does give "lay" in a sentence.
  'lay wreath: lay → lie',
  'lay down arm: lay → lie',
  'lay down weapon: lay → lie',
  'lay siege: lay → lie',
  // In a sentence these are nouns and keep their form ("border crossings" → "crossing").
  'block border crossing: crossing → cross',
  'shelling: shelling → shell',
  'forced displacement: forced → force',
  // Gerund nouns: wink gives either form depending on context; the class also lists the verb.
  'hacking: hacking → hack',
  'killing: killing → kill',
  'targeted killing: targeted → target',
  'targeted killing: killing → kill',
  'shooting: shooting → shoot',
  'fighting: fighting → fight',
  'mass killing: killing → kill',
  // Listed with its wink lemma "accord to" beside it.
  'according to: according → accord',
];

describe('VERB_CLASSES', () => {
  it('has a sensible number of classes with unique types', () => {
    expect(VERB_CLASSES.length).toBeGreaterThanOrEqual(60);
    expect(VERB_CLASSES.length).toBeLessThanOrEqual(130);
    const types = VERB_CLASSES.map((c) => c.type);
    expect(new Set(types).size).toBe(types.length);
  });

  it.each(VERB_CLASSES.map((c) => [label(c), c] as const))('%s: code, quad and Goldstein agree', (_, c) => {
    expect(c.cameo).toMatch(/^\d{2,4}$/);
    const root = cameoRoot(c.cameo);
    expect(root).toBeGreaterThanOrEqual(1);
    expect(root).toBeLessThanOrEqual(20);
    expect(c.quad).toBe(quadOfCameo(c.cameo));
    expect(c.goldstein).toBeGreaterThanOrEqual(-10);
    expect(c.goldstein).toBeLessThanOrEqual(10);
    switch (c.quad) {
      case 'verbal_cooperation':
        expect(c.goldstein).toBeGreaterThanOrEqual(0);
        break;
      case 'material_cooperation':
        // 09 "investigate" sits in material cooperation by root, but the published scale gives it −2.0.
        if (root === 9) expect(c.goldstein).toBe(-2);
        else expect(c.goldstein).toBeGreaterThanOrEqual(0);
        break;
      case 'verbal_conflict':
      case 'material_conflict':
        expect(c.goldstein).toBeLessThanOrEqual(0);
        break;
      case 'neutral':
        // The published scale runs from −2.0 (016 deny) to +4.0 (026–028 appeals) within roots 01–02.
        expect(c.goldstein).toBeGreaterThanOrEqual(-2);
        expect(c.goldstein).toBeLessThanOrEqual(4);
        break;
    }
  });

  it.each(VERB_CLASSES.map((c) => [label(c), c] as const))('%s: entries are well-formed', (_, c) => {
    const entries = entriesOf(c);
    expect(entries.length).toBeGreaterThan(0);
    // A lemma may be both a verb and a noun of the same class ("protest", "visit"), but not twice in one list.
    expect(new Set(c.verbs).size).toBe(c.verbs.length);
    expect(new Set(c.nouns ?? []).size).toBe((c.nouns ?? []).length);
    for (const entry of entries) {
      expect(entry).toBe(entry.trim().toLowerCase());
      expect(entry).not.toMatch(/\s{2,}/);
      // American spelling: British -ise/-isation is folded by the matcher and must not be listed.
      expect(entry).not.toMatch(
        /(?:criti|apologi|normali|mobili|organi|recogni|sympathi|emphasi|terrori|nationali|expropri)s(?:e|ation)\b/,
      );
    }
    for (const prep of c.targetPreps ?? []) expect(prep).toMatch(/^[a-z]+$/);
  });

  it.each(VERB_CLASSES.map((c) => [label(c), c] as const))('%s: the example names its actors', (_, c) => {
    const { sentence, source, target } = c.example;
    expect(sentence).toContain(source);
    if (c.intransitive) {
      if (target !== null) expect(sentence).toContain(target);
    } else {
      expect(target).not.toBeNull();
      expect(sentence).toContain(target ?? '');
    }
    if (target !== null) expect(target).not.toBe(source);
  });

  it.each(VERB_CLASSES.map((c) => [label(c), c] as const))(
    '%s: the example contains one of its entries',
    (_, c) => {
      const lemmas = lemmasOf(c.example.sentence);
      const hit = entriesOf(c).find((entry) => containsSequence(lemmas, tokensOf(entry)));
      expect(hit, `no entry of ${label(c)} in lemmas [${lemmas.join(' ')}]`).toBeDefined();
    },
  );

  it('covers all 20 CAMEO roots', () => {
    const roots = new Set(VERB_CLASSES.map((c) => cameoRoot(c.cameo)));
    for (let root = 1; root <= 20; root++) expect(roots.has(root), `root ${root}`).toBe(true);
  });

  it('puts no entry in two classes, except the listed ones', () => {
    const owners = new Map<string, Set<string>>();
    for (const c of VERB_CLASSES) {
      for (const entry of entriesOf(c)) {
        const key = tokensOf(entry).join(' ');
        owners.set(key, (owners.get(key) ?? new Set()).add(label(c)));
      }
    }
    const shared = [...owners].filter(([, classes]) => classes.size > 1).map(([entry]) => entry);
    expect(shared.sort()).toEqual(Object.keys(SHARED_ENTRIES).sort());
  });

  it('writes entries in lemma form (nouns and verbs as wink lemmatizes them)', () => {
    const disagreements: string[] = [];
    const all = [...VERB_CLASSES.flatMap(entriesOf), ...REPORTING_VERBS, ...COMMUNICATION_NOUNS];
    for (const entry of new Set(all)) {
      const tokens = nlp.readDoc(entry).tokens();
      const words = tokens.out() as string[];
      const lemmas = tokens.out(LEMMA) as string[];
      const pos = tokens.out(its.pos) as string[];
      words.forEach((word, i) => {
        if (pos[i] !== 'NOUN' && pos[i] !== 'VERB') return;
        if (fold(word) !== fold(lemmas[i] ?? word)) disagreements.push(`${entry}: ${word} → ${lemmas[i]}`);
      });
    }
    expect([...disagreements].sort()).toEqual([...KNOWN_LEMMA_DISAGREEMENTS].sort());
  });
});

describe('quadOfCameo and stanceOfQuad', () => {
  it('map roots to quads and quads to stances', () => {
    expect(quadOfCameo('010')).toBe('neutral');
    expect(quadOfCameo('0256')).toBe('neutral');
    expect(quadOfCameo('036')).toBe('verbal_cooperation');
    expect(quadOfCameo('057')).toBe('verbal_cooperation');
    expect(quadOfCameo('06')).toBe('material_cooperation');
    expect(quadOfCameo('090')).toBe('material_cooperation');
    expect(quadOfCameo('112')).toBe('verbal_conflict');
    expect(quadOfCameo('145')).toBe('verbal_conflict');
    expect(quadOfCameo('163')).toBe('material_conflict');
    expect(quadOfCameo('2042')).toBe('material_conflict');
    expect(stanceOfQuad('neutral')).toBe('neutral');
    expect(stanceOfQuad('verbal_cooperation')).toBe('cooperative');
    expect(stanceOfQuad('material_cooperation')).toBe('cooperative');
    expect(stanceOfQuad('verbal_conflict')).toBe('hostile');
    expect(stanceOfQuad('material_conflict')).toBe('hostile');
  });

  it('rejects malformed codes', () => {
    expect(() => quadOfCameo('21')).toThrow();
    expect(() => quadOfCameo('00')).toThrow();
    expect(() => quadOfCameo('5')).toThrow();
    expect(() => quadOfCameo('05a')).toThrow();
  });
});

describe('REPORTING_VERBS and COMMUNICATION_NOUNS', () => {
  it('are lower-case and unique', () => {
    for (const list of [REPORTING_VERBS, COMMUNICATION_NOUNS]) {
      expect(new Set(list).size).toBe(list.length);
      for (const w of list) expect(w).toBe(w.trim().toLowerCase());
    }
    expect(REPORTING_VERBS).toContain('say');
    expect(COMMUNICATION_NOUNS).toContain('statement');
  });

  it('share verbs with the 010 "make statement" class only', () => {
    const statement = VERB_CLASSES.find((c) => c.cameo === '010');
    expect(statement).toBeDefined();
    for (const c of VERB_CLASSES) {
      if (c === statement) continue;
      for (const entry of c.verbs) expect(REPORTING_VERBS, `${label(c)}: "${entry}"`).not.toContain(entry);
    }
    for (const verb of statement?.verbs ?? []) expect(REPORTING_VERBS).toContain(verb);
    expect(REPORTING_VERBS).not.toContain('deny');
    expect(REPORTING_VERBS).not.toContain('warn');
  });
});

describe('stance cues', () => {
  const tables: [string, StanceCue[], (w: number) => boolean][] = [
    ['INTENSIFIERS', INTENSIFIERS, (w) => w > 1 && w <= 2.5],
    ['DIMINISHERS', DIMINISHERS, (w) => w > 0 && w < 1],
    ['NEGATIONS', NEGATIONS, (w) => w >= -1 && w <= 0],
    ['HOSTILE_CUES', HOSTILE_CUES, (w) => w >= -1 && w < 0],
    ['COOPERATIVE_CUES', COOPERATIVE_CUES, (w) => w > 0 && w <= 1],
    ['HEDGES', HEDGES, (w) => w > 0 && w < 1],
  ];

  it.each(tables)(
    '%s: lower-case words, weights in bounds, examples that use the word',
    (_, table, inBounds) => {
      expect(table.length).toBeGreaterThan(0);
      const words = table.map((c) => c.word);
      expect(new Set(words).size).toBe(words.length);
      for (const cue of table) {
        expect(cue.word).toBe(cue.word.trim().toLowerCase());
        expect(cue.word).not.toMatch(/\s{2,}/);
        expect(inBounds(cue.weight), `${cue.word}: ${cue.weight}`).toBe(true);
        const used =
          cue.example.toLowerCase().includes(cue.word) ||
          containsSequence(lemmasOf(cue.example), tokensOf(cue.word));
        expect(used, `${cue.word} in "${cue.example}"`).toBe(true);
      }
    },
  );

  it('has no word that is both hostile and cooperative', () => {
    const hostile = new Set(HOSTILE_CUES.map((c) => c.word));
    expect(COOPERATIVE_CUES.filter((c) => hostile.has(c.word))).toEqual([]);
  });

  it('covers the words the scorer expects', () => {
    const has = (table: StanceCue[], word: string) => table.some((c) => c.word === word);
    for (const w of ['strongly', 'sharply', 'vehemently', 'warmly'])
      expect(has(INTENSIFIERS, w), w).toBe(true);
    for (const w of ['mildly', 'cautiously', 'reluctantly']) expect(has(DIMINISHERS, w), w).toBe(true);
    for (const w of ['not', "n't", 'never', 'refuse to', 'decline to', 'fail to'])
      expect(has(NEGATIONS, w), w).toBe(true);
    for (const w of ['unacceptable', 'provocative', 'illegal']) expect(has(HOSTILE_CUES, w), w).toBe(true);
    for (const w of ['constructive', 'fruitful', 'mutual respect'])
      expect(has(COOPERATIVE_CUES, w), w).toBe(true);
    for (const w of ['allegedly', 'reportedly', 'accused of']) expect(has(HEDGES, w), w).toBe(true);
  });
});
