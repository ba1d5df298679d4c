/**
 * Whether an act happened, and what ending or judging an act is (issue 14): sentences written for
 * this test, through the whole pipeline (modality and the governing verbs come from the parse).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';
import { REVERSAL_CODES, reversalCode } from '@/lib/nlp/interactions/governed';
import { modalityOf } from '@/lib/nlp/interactions/modality';
import { parseText } from '@/lib/nlp/syntax';
import { VERB_CLASSES } from '@/lib/nlp/lexicon/verbs';

const events = (text: string) =>
  extractDocument({ id: 'doc', title: '', text, published: '2019-05-20', path: 'test' }).events;

/** The modality of the event whose trigger contains `word`. */
function modalityAt(text: string, word: string) {
  const e = events(text).find((x) => x.trigger.toLowerCase().includes(word));
  expect(e, `an event on "${word}" in: ${text}`).toBeDefined();
  return e!.modality;
}

describe('modality from the parse', () => {
  it.each<[string, string, string]>([
    // a modal on the verb
    ['Sanctions on Belarus could be eased soon, the ministry said.', 'sanctions', 'hypothetical'],
    ['Oslo would suspend its aid to the junta, the minister warned.', 'suspend', 'hypothetical'],
    ['Ankara may impose tariffs on Greek goods.', 'impose', 'hypothetical'],
    // a modal two verbs up: the infinitive it governs is as hypothetical
    ['Madrid could try to expel the Venezuelan envoy.', 'expel', 'hypothetical'],
    // an act quantified over ("any"): not one that happened
    ['Any attack on Taiwan would be met with force, Tokyo warned Beijing.', 'attack', 'hypothetical'],
    // a condition
    ['If Pyongyang attacked Seoul, Washington would respond.', 'attack', 'conditional'],
    // stated acts, past or planned
    ['Rome expelled two Russian diplomats on Monday.', 'expel', 'asserted'],
    ['Paris will impose sanctions on Minsk.', 'impose', 'asserted'],
    // a possessed act exists whatever the verb over it may do; a light verb's object is its act
    ['Trump suggested he could back Russia’s bombing raids in Syria.', 'raids', 'asserted'],
    ['Oslo could hold the talks with Hanoi next week.', 'talks', 'hypothetical'],
    ['Nairobi said it had imposed a curfew on the border region.', 'imposed', 'asserted'],
  ])('%s (%s → %s)', (text, word, modality) => {
    expect(modalityAt(text, word)).toBe(modality);
  });

  it('marks what an accusation says was done as alleged', () => {
    const all = events('Cairo accused Ankara of arming the militias in the west.');
    const accusation = all.find((e) => e.type === 'accuse');
    expect(accusation?.modality).toBe('asserted');
    expect(all.some((e) => e.modality === 'alleged')).toBe(true);
  });

  it('reads a weighing verb or a prospect noun over its object', () => {
    const text = 'Paris is weighing fresh sanctions, amid the threat of an attack on the embassy.';
    const [s] = parseText(text, [{ index: 0, start: 0, end: text.length }]);
    const at = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
    expect(modalityOf(s, at('sanctions'), false)).toBe('hypothetical');
    expect(modalityOf(s, at('attack'), false)).toBe('hypothetical');
    // without a parse, only what the rules said
    expect(modalityOf(undefined, at('attack'), true)).toBe('alleged');
    expect(modalityOf(undefined, at('attack'), false)).toBe('asserted');
  });

  it('gives every event a modality, and a PLOVER coding where the table has its code', () => {
    const all = events(
      'Hanoi signed a trade agreement with Canberra. Seoul might halt its joint drills with Washington.',
    );
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const e of all) expect(['asserted', 'hypothetical', 'conditional', 'alleged']).toContain(e.modality);
    // CAMEO2PLOVER files the signing of an agreement (057) under SUPPORT, diplomatic
    const signed = all.find((e) => e.cameo === '057');
    expect(signed?.plover).toEqual({ event: 'SUPPORT', mode: '', context: ['diplomatic'] });
  });
});

describe('ending an act', () => {
  it.each<[string, string, string]>([
    // an embargo lifted is eased, by the subject of "lifts"
    ['The council lifts its arms embargo on Eritrea.', 'ease sanctions', 'imposes'],
    // joint exercises halted: relations cut, not military cooperation
    [
      'Manila would halt its joint military exercises with Washington.',
      'reduce relations',
      'military cooperation',
    ],
    // drills (a show of force) suspended: de-escalation, whatever else follows the verb ("near the
    // border" is no closing of the border)
    ['Seoul would suspend its military drills near the border.', 'de-escalate', 'blockade'],
    // a treaty quit: relations cut, not a resignation
    ['Caracas said it will quit the defence treaty with Bogota.', 'reduce relations', 'resign'],
    // withdrawing: the dictionary's own pattern says the relations are broken
    ['Quito withdrew from the trade pact with Lima.', 'break relations', 'sign agreement'],
  ])('%s', (text, kept, gone) => {
    const types = events(text).map((e) => e.type);
    expect(types).toContain(kept);
    expect(types).not.toContain(gone);
  });

  it('finds who ends it from the reversing verb when the noun has no owner', () => {
    const e = events('The European Union lifts its embargo on Myanmar.').find((x) => x.cameo === '085');
    expect(e?.source).toEqual(['european-union']);
  });

  it('has a reversal code for every entry, known to the verb classes', () => {
    for (const r of REVERSAL_CODES) {
      expect(reversalCode(r.of)).toBe(r.code);
      expect(VERB_CLASSES.some((c) => c.cameo === r.code)).toBe(true);
    }
    // the longest prefix wins: 163 (embargo) is not the root 16's
    expect(reversalCode('1631')).toBe('085');
    expect(reversalCode('0211')).toBeNull();
    expect(reversalCode(null)).toBeNull();
  });
});

describe('judging an act', () => {
  it.each<[string, string, string]>([
    ["Moscow's embassy called the expulsions of its staff unacceptable.", 'criticize', 'expel or withdraw'],
    ['The Egyptian foreign ministry described the blockade as illegal.', 'criticize', 'blockade'],
    ['Baghdad termed the raids unjustified.', 'criticize', 'aerial attack'],
  ])('%s', (text, kept, gone) => {
    const types = events(text).map((e) => e.type);
    expect(types).toContain(kept);
    expect(types).not.toContain(gone);
  });

  it('leaves a noun with no judging predicate alone ("called off" is an ending, "called" alone a call)', () => {
    const types = events('Kabul called off the talks with the Taliban.').map((e) => e.type);
    expect(types).not.toContain('criticize');
  });
});

describe('a finer code from the dictionary', () => {
  it('takes the pattern the CAMEO dictionary has for the verb and its object, within the same root', () => {
    const [e] = events('Japan sent humanitarian aid to Turkey.');
    expect(e).toMatchObject({
      cameo: '073',
      type: 'humanitarian aid',
      source: ['japan'],
      target: ['turkey'],
    });
    expect(e!.plover?.event).toBe('AID');
  });

  it('keeps the polarity of the act it refines', () => {
    const e = events('Tokyo did not send humanitarian aid to Pyongyang.').find((x) => x.cameo === '073');
    expect(e?.negated).toBe(true);
    expect(e?.stance).not.toBe('cooperative');
  });
});

describe('judgements and relative clauses', () => {
  it('reads "<act> was unacceptable, said X" as X criticising, not as the act', () => {
    const all = events('Tehran said the expulsion of its diplomats was unacceptable.');
    expect(all.map((e) => e.type)).toEqual(['criticize']);
    expect(all[0]!.source).toEqual(['iran']);
  });

  it('does not take a praise for the act of a judged noun ("was successful" is no judgement)', () => {
    const types = events('The raid was successful, the Turkish army said.').map((e) => e.type);
    expect(types).not.toContain('criticize');
    expect(types).not.toContain('praise');
  });

  it('gives a relative clause the source it modifies, not the main clause subject', () => {
    const all = events('Paris condemned a bombing that killed twelve Malian soldiers.');
    const killing = all.find((e) => e.type === 'kill');
    expect(killing?.source ?? []).not.toContain('france');
    expect(all.find((e) => e.type === 'criticize')?.source).toEqual(['france']);
  });

  it('keeps the actor a relative clause modifies as its source', () => {
    const e = events('Kabul thanked the Pakistani troops who freed the hostages.').find(
      (x) => x.type === 'release',
    );
    expect(e?.source).toEqual(['pak-troops']);
  });
});
