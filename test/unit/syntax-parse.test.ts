/**
 * The committed model on sentences written for this test (none from the treebank), for the
 * constructions event extraction reads: who did what to whom.
 */
import { describe, expect, it } from 'vitest';
import { loadSyntaxModel, parseText, type SyntaxToken } from '@/lib/nlp/syntax';

/** Parses one sentence; `rel(dep)` gives "deprel>head-form" for the first token written `dep`. */
function parse(text: string) {
  const [s] = parseText(text, [{ index: 0, start: 0, end: text.length }]);
  const tokens = s!.tokens;
  const find = (form: string): SyntaxToken => {
    const t = tokens.find((x) => x.form === form);
    if (!t) throw new Error(`no token "${form}" in ${tokens.map((x) => x.form).join(' ')}`);
    return t;
  };
  const headOf = (t: SyntaxToken) => (t.head === 0 ? 'ROOT' : tokens[t.head - 1]!.form);
  return {
    tokens,
    rel: (dep: string) => {
      const t = find(dep);
      return `${t.deprel}>${headOf(t)}`;
    },
    /** Like rel, with the relation's subtype dropped. */
    urel: (dep: string) => {
      const t = find(dep);
      return `${t.deprel.split(':')[0]}>${headOf(t)}`;
    },
  };
}

describe('syntax model on event constructions', () => {
  it('loads once and quickly', () => {
    const t0 = performance.now();
    const m = loadSyntaxModel();
    expect(loadSyntaxModel()).toBe(m);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('active subject and object', () => {
    const p = parse('Germany criticised Russia.');
    expect(p.rel('criticised')).toBe('root>ROOT');
    expect(p.rel('Germany')).toBe('nsubj>criticised');
    expect(p.rel('Russia')).toBe('obj>criticised');
    expect(p.rel('.')).toBe('punct>criticised');
  });

  it('tags, lemmas and offsets', () => {
    const p = parse('The ministers criticised Russia.');
    const [the, ministers, criticised, russia] = p.tokens;
    expect([the!.upos, ministers!.upos, criticised!.upos, russia!.upos]).toEqual([
      'DET',
      'NOUN',
      'VERB',
      'PROPN',
    ]);
    expect([ministers!.xpos, criticised!.xpos, russia!.xpos]).toEqual(['NNS', 'VBD', 'NNP']);
    expect([ministers!.lemma, criticised!.lemma, russia!.lemma]).toEqual(['minister', 'criticise', 'Russia']);
    expect([criticised!.start, criticised!.end]).toEqual([14, 24]);
  });

  it('passive with a by-agent', () => {
    const p = parse('Russia was criticised by Germany.');
    expect(p.rel('Russia')).toBe('nsubj:pass>criticised');
    expect(p.rel('was')).toBe('aux:pass>criticised');
    expect(p.urel('Germany')).toBe('obl>criticised');
    expect(p.rel('by')).toBe('case>Germany');
  });

  it('object control with an infinitive (xcomp)', () => {
    const p = parse('France urged Iran to release the sailors.');
    expect(p.rel('Iran')).toBe('obj>urged');
    expect(p.rel('release')).toBe('xcomp>urged');
    expect(p.rel('to')).toBe('mark>release');
    expect(p.rel('sailors')).toBe('obj>release');
  });

  it('that-clause (ccomp)', () => {
    const p = parse('China said that Japan had violated the agreement.');
    expect(p.rel('violated')).toBe('ccomp>said');
    expect(p.rel('that')).toBe('mark>violated');
    expect(p.rel('Japan')).toBe('nsubj>violated');
    expect(p.rel('agreement')).toBe('obj>violated');
  });

  it('coordinated subjects', () => {
    const p = parse('Germany and France condemned the attack.');
    expect(p.rel('Germany')).toBe('nsubj>condemned');
    expect(p.rel('France')).toBe('conj>Germany');
    expect(p.rel('and')).toBe('cc>France');
  });

  it('coordinated objects', () => {
    const p = parse('The minister thanked Spain and Italy for their support.');
    expect(p.rel('Spain')).toBe('obj>thanked');
    expect(p.rel('Italy')).toBe('conj>Spain');
  });

  it('apposition', () => {
    const p = parse("Sergei Lavrov, Russia's foreign minister, said the talks had failed.");
    expect(p.rel('Sergei')).toBe('nsubj>said');
    expect(p.rel('Lavrov')).toBe('flat>Sergei');
    expect(p.rel('minister')).toBe('appos>Sergei');
    expect(p.rel('Russia')).toBe('nmod:poss>minister');
    expect(p.rel('failed')).toBe('ccomp>said');
  });

  it('relative clause (acl:relcl)', () => {
    const p = parse('The diplomats who visited Tehran criticised the sanctions.');
    expect(p.rel('visited')).toBe('acl:relcl>diplomats');
    expect(p.rel('who')).toBe('nsubj>visited');
    expect(p.rel('Tehran')).toBe('obj>visited');
  });

  // Backlog: after a relative clause on the subject, the main verb is taken for an adverbial
  // clause of the relative clause's verb, and the subject noun becomes the root.
  it.fails('main clause after a relative clause on its subject', () => {
    const p = parse('The diplomats who visited Tehran criticised the sanctions.');
    expect(p.rel('criticised')).toBe('root>ROOT');
    expect(p.rel('diplomats')).toBe('nsubj>criticised');
    expect(p.rel('sanctions')).toBe('obj>criticised');
  });

  it('event noun with a possessor and an of-phrase', () => {
    const p = parse("Russia's annexation of Crimea angered Ukraine.");
    expect(p.rel('Russia')).toBe('nmod:poss>annexation');
    expect(p.rel("'s")).toBe('case>Russia');
    expect(p.rel('Crimea')).toBe('nmod>annexation');
    expect(p.rel('annexation')).toBe('nsubj>angered');
    expect(p.rel('Ukraine')).toBe('obj>angered');
  });

  it('event noun with a between-phrase', () => {
    const p = parse('Talks between Iran and the United States resumed on Monday.');
    expect(p.rel('Iran')).toBe('nmod>Talks');
    expect(p.rel('between')).toBe('case>Iran');
    expect(p.rel('States')).toBe('conj>Iran');
    expect(p.rel('Talks')).toBe('nsubj>resumed');
  });

  it('prepositional objects (obl)', () => {
    const p = parse('The president met with the Chinese ambassador.');
    expect(p.rel('ambassador')).toBe('obl>met');
    expect(p.rel('with')).toBe('case>ambassador');
    const q = parse('Students protested against the government.');
    expect(q.rel('government')).toBe('obl>protested');
    expect(q.rel('against')).toBe('case>government');
  });

  it('indirect object', () => {
    const p = parse('China gave Vietnam a warning.');
    expect(p.rel('Vietnam')).toBe('iobj>gave');
    expect(p.rel('warning')).toBe('obj>gave');
  });

  // Backlog: a proper noun before a noun phrase without a determiner is read as a compound
  // modifier of it ("Vietnam … boats") instead of the indirect object.
  it.fails('indirect object before a bare plural', () => {
    expect(parse('Japan gave Vietnam two patrol boats.').rel('Vietnam')).toBe('iobj>gave');
  });

  it('parses a document sentence by sentence, with offsets in the document', () => {
    const text = 'Kardia protested.  \n  Velmora did not reply.';
    const second = text.indexOf('Velmora');
    const parsed = parseText(text, [
      { index: 0, start: 0, end: 17 },
      { index: 1, start: 17, end: 17 },
      { index: 2, start: second, end: text.length },
    ]);
    expect(parsed.map((s) => s.tokens.length)).toEqual([3, 0, 5]);
    const did = parsed[2]!.tokens[1]!;
    expect([did.form, did.start, did.end, did.sentence, did.id]).toEqual([
      'did',
      second + 8,
      second + 11,
      2,
      2,
    ]);
    expect(parsed[2]!.tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Velmora',
      'did',
      'not',
      'reply',
      '.',
    ]);
    expect(parsed[2]!.tokens.find((t) => t.form === 'reply')!.deprel).toBe('root');
  });
});
