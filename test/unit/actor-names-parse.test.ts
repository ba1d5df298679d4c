/**
 * Name boundaries from the parse, and group actors named by faith or by a role alone (issue 13).
 * Every sentence here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';

function extract(text: string) {
  return extractDocument({ id: 'doc', title: '', text, published: '2017-04-10', path: 'test' });
}
/** The mentions of a text, as "text → actor id (kind)". */
function mentions(text: string): string[] {
  const x = extract(text);
  return x.mentions.map((m) => `${m.text} → ${m.actorId} (${x.actors.get(m.actorId)?.kind})`);
}

describe('coordination splits names the parse coordinates', () => {
  it.each([
    [
      'Singapore Airlines and Korean Air signed a code-share deal.',
      ['Singapore Airlines → singapore-airlines (organization)', 'Korean Air → korean-air (other)'],
    ],
    [
      'Vietnam Airlines and Thai Airways will share a lounge in Hanoi.',
      ['Vietnam Airlines → vietnam-airlines (organization)', 'Thai Airways → thai-airways (organization)'],
    ],
  ])('%j', (text, expected) => {
    for (const m of expected) expect(mentions(text)).toContain(m);
    expect(mentions(text).some((m) => / and /.test(m))).toBe(false);
  });

  it('keeps "and" inside a name whose first part is no name of its own', () => {
    expect(mentions('The Securities and Exchange Commission fined a broker.')).toContain(
      'Securities and Exchange Commission → securities-and-exchange-commission (organization)',
    );
  });
});

describe("a state's name inside a longer name is not the state", () => {
  it.each([
    // the state opens the name, joined to it by the parse (compound)
    ['The carrier agreed a deal with China Southern on Tuesday.', 'China Southern', 'CHN'],
    // the state ends the name (flat)
    ['Air India cancelled its flights to Kuwait.', 'Air India', 'IND'],
    ['Air Canada added a route to Lima.', 'Air Canada', 'CAN'],
  ])('%j: %s is an organisation of %s', (text, name, country) => {
    const x = extract(text);
    const m = x.mentions.find((k) => k.text === name);
    expect(m).toBeDefined();
    expect(x.actors.get(m!.actorId)).toMatchObject({ kind: 'organization', country });
    expect(x.actors.get(m!.actorId)?.tentative).toBeFalsy();
  });

  it('a place the Phoenix lists file under a state stays a place', () => {
    const x = extract('Herders in Inner Mongolia sold their sheep.');
    const m = x.mentions.find((k) => k.text === 'Inner Mongolia');
    expect(m && x.actors.get(m.actorId)?.kind).toBe('other');
  });
});

describe('groups named by faith', () => {
  it.each([
    ['Shiite militias shelled the village, residents said.', 'shiite-militias', 'REBSHI', 'REB'],
    ['Sunni clerics condemned the bombing.', 'sunni-clerics', 'RELSUN', 'REL'],
    ['Coptic priests met the governor of Minya.', 'coptic-priests', 'RELCPT', 'REL'],
  ])('%j → %s %s', (text, id, code, role) => {
    expect(extract(text).actors.get(id)).toMatchObject({ kind: 'group', country: null, code, role });
  });

  it('with a nationality too, the state, the role and the faith', () => {
    const x = extract('Iraqi Shiite militias entered the town.');
    expect(x.actors.get('irq-militias-shi')).toMatchObject({ country: 'IRQ', code: 'IRQREBSHI' });
  });

  it('a faith word opening a name is part of the name', () => {
    const ids = [...extract('Christian Wulff visited Hanover.').actors.keys()];
    expect(ids.some((id) => /christian-wulff|wulff/.test(id))).toBe(true);
    expect(ids.some((id) => /-chr$|^christian-/.test(id) && id !== 'christian-wulff')).toBe(false);
  });
});

describe('groups of a role with no state', () => {
  it.each([
    ['Kidnappers seized two engineers near the dam.', 'kidnappers', 'CRM'],
    ['Protesters clashed with police at dawn.', 'police', 'COP'],
    ['Smugglers bribed the guards, the report said.', 'smugglers', 'CRM'],
    ['Gunmen opened fire on a bus.', 'gunmen', 'UAF'],
  ])('%j → %s (%s)', (text, id, role) => {
    expect(extract(text).actors.get(id)).toMatchObject({ kind: 'group', country: null, role });
  });

  it('takes the state of the place its sentence names (./group-place.test.ts)', () => {
    expect(extract('Protesters in Caracas clashed with police.').actors.get('ven-police')).toMatchObject({
      kind: 'group',
      country: 'VEN',
      code: 'VENCOP',
    });
  });

  it.each([
    // roles that need a side to name one: "forces", "rebels", "officials" alone name none
    'The two leaders agreed to join forces.',
    'Iran denied arming rebels.',
    'Officials said the road was closed.',
  ])('%j names no group', (text) => {
    expect([...extract(text).actors.values()].filter((a) => a.kind === 'group')).toEqual([]);
  });
});
