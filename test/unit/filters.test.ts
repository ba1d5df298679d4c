/**
 * The URL filter descriptor: what every route, the page and the client read from a URL. Filters
 * survive a trip through a URL unchanged, and every bad parameter is an error that names it.
 */
import { documentIdProblem } from '@/lib/corpus/ids';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BINS,
  boundOf,
  EMPTY_FILTERS,
  FORMATS,
  MODALITIES,
  parseChoice,
  parseFilters,
  parsePage,
  QUADS,
  serializeFilters,
  STANCE_FILTERS,
  type Filters,
} from '@/lib/filters';

const params = (query: string) => new URLSearchParams(query);

/** The filters of a query string, or the test fails with the errors. */
function ok(query: string): Filters {
  const r = parseFilters(params(query));
  if (!r.ok) throw new Error(`expected "${query}" to parse: ${JSON.stringify(r.errors)}`);
  return r.value;
}

/** The params named by the errors of a query string (it must not parse). */
function badParams(query: string): string[] {
  const r = parseFilters(params(query));
  if (r.ok) throw new Error(`expected "${query}" to be refused`);
  return [...new Set(r.errors.map((e) => e.param))];
}

/** Through a URL string and back. */
const roundTrip = (f: Filters) => parseFilters(new URLSearchParams(serializeFilters(f).toString()));

describe('parseFilters', () => {
  it('no parameters are the empty filters', () => {
    expect(ok('')).toEqual(EMPTY_FILTERS);
  });

  it('reads every parameter', () => {
    expect(
      ok(
        'actor=russia&pair=russia>china&stance=hostile&quad=verbal_conflict&modality=asserted,alleged&type=accuse&from=2016-03&to=2016&q=border+talks&doc=2016/a',
      ),
    ).toEqual({
      actors: ['russia'],
      pair: { a: 'russia', b: 'china', directed: true },
      stance: ['hostile'],
      quad: ['verbal_conflict'],
      modality: ['asserted', 'alleged'],
      type: ['accuse'],
      from: '2016-03-01',
      to: '2016-12-31',
      q: 'border talks',
      document: '2016/a',
    });
  });

  it('a pair written with ~ is undirected, with > directed', () => {
    expect(ok('pair=japan~china').pair).toEqual({ a: 'japan', b: 'china', directed: false });
    expect(ok('pair=japan>china').pair).toEqual({ a: 'japan', b: 'china', directed: true });
  });

  it('list parameters accept repeated keys and commas, trimmed and without duplicates', () => {
    const f = ok('actor=russia,%20china&actor=japan&actor=russia&stance=hostile&stance=neutral,hostile');
    expect(f.actors).toEqual(['russia', 'china', 'japan']);
    expect(f.stance).toEqual(['hostile', 'neutral']);
    expect(ok('quad=neutral,material_conflict&quad=neutral').quad).toEqual(['neutral', 'material_conflict']);
    expect(ok('type=praise&type=agree to meet,praise').type).toEqual(['praise', 'agree to meet']);
  });

  it('takes "uncoded" as a stance (events whose tone a user\'s code outside CAMEO left uncoded), and writes it back', () => {
    const f = ok('stance=uncoded,hostile');
    expect(f.stance).toEqual(['uncoded', 'hostile']);
    expect(serializeFilters(f).get('stance')).toBe('hostile,uncoded');
  });

  it('empty values mean no restriction', () => {
    expect(ok('actor=&stance=,&from=&to=&q=%20&doc=')).toEqual(EMPTY_FILTERS);
  });

  it('dates are widened to the days they cover: a month, a year, a leap day', () => {
    expect(ok('from=2016-02&to=2016-02')).toMatchObject({ from: '2016-02-01', to: '2016-02-29' });
    expect(ok('from=2015&to=2015')).toMatchObject({ from: '2015-01-01', to: '2015-12-31' });
    expect(ok('from=2016-02-29').from).toBe('2016-02-29');
    expect(ok('from=2016-11-14&to=2016-11-14')).toMatchObject({ from: '2016-11-14', to: '2016-11-14' });
  });

  it('boundOf knows the leap years of every century, years 0 to 99 included', () => {
    expect(boundOf('2000-02-29', false)).toBe('2000-02-29');
    expect(boundOf('1900-02-29', false)).toBeNull();
    expect(boundOf('0000-02-29', false)).toBe('0000-02-29');
    expect(boundOf('0004-02', true)).toBe('0004-02-29');
    expect(boundOf('0001-02', true)).toBe('0001-02-28');
    expect(boundOf('0100-02', true)).toBe('0100-02-28');
    expect(boundOf('2016-04', true)).toBe('2016-04-30');
  });

  it.each<[string, string]>([
    ['stance=foo', 'stance'],
    ['stance=hostile,Hostile', 'stance'],
    ['quad=x', 'quad'],
    ['quad=verbal-conflict', 'quad'],
    ['modality=maybe', 'modality'],
    ['modality=stated', 'modality'],
    ['from=2016-13-01', 'from'],
    ['from=2016-02-30', 'from'],
    ['from=16-01-01', 'from'],
    ['from=2016-1-1', 'from'],
    ['from=yesterday', 'from'],
    ['to=2016-00', 'to'],
    ['to=2016-11-31', 'to'],
    ['from=2016-12-01&to=2016-11-30', 'from'],
    ['pair=russia', 'pair'],
    ['pair=russia~russia', 'pair'],
    ['pair=russia>', 'pair'],
    ['pair=~china', 'pair'],
    ['pair=-russia~china', 'pair'],
    ['pair=russia~chi%20na', 'pair'],
    ['actor=russia;drop', 'actor'],
    ['actor=%3Cscript%3E', 'actor'],
    ['actor=-russia', 'actor'],
    ['actor=rus%20sia', 'actor'],
    ['actor=' + 'a'.repeat(201), 'actor'],
    ['type=Praise', 'type'],
    ['type=praise!', 'type'],
    ['type=' + 'a'.repeat(61), 'type'],
    ['q=' + 'w'.repeat(201), 'q'],
    ['q=tab%09inside', 'q'],
    ['q=line%0Abreak', 'q'],
    ['doc=..', 'doc'],
    ['doc=../etc/passwd', 'doc'],
    ['doc=a%00b', 'doc'],
  ])('%s is refused, naming %s', (query, param) => {
    expect(badParams(query)).toEqual([param]);
  });

  it('a q of exactly 200 characters is fine', () => {
    expect(ok('q=' + 'w'.repeat(200)).q).toHaveLength(200);
  });

  it('huge lists are refused, naming the parameter', () => {
    const ids = Array.from({ length: 51 }, (_, i) => `actor-${i}`);
    expect(badParams(`actor=${ids.join(',')}`)).toEqual(['actor']);
    expect(badParams(ids.map((id) => `actor=${id}`).join('&'))).toEqual(['actor']);
    expect(ok(`actor=${ids.slice(0, 50).join(',')}`).actors).toHaveLength(50);
    const letter = (i: number) => String.fromCharCode(97 + (i % 26));
    const types = Array.from({ length: 51 }, (_, i) => `kind ${letter(i)}${letter(Math.floor(i / 26))}`);
    expect(badParams(`type=${types.join(',')}`)).toEqual(['type']);
    expect(ok(`type=${types.slice(0, 50).join(',')}`).type).toHaveLength(50);
    // many repeats of a valid value are one value
    expect(ok(`stance=${Array(5000).fill('hostile').join(',')}`).stance).toEqual(['hostile']);
    expect(badParams(`quad=${Array(300).fill('x').join(',')}`)).toEqual(['quad']);
  });

  it.each(['from', 'to', 'q', 'doc', 'pair'])('%s given twice is an error naming it', (key) => {
    const value = { from: '2016', to: '2017', q: 'talks', doc: 'a', pair: 'russia~china' }[key]!;
    expect(badParams(`${key}=${encodeURIComponent(value)}&${key}=${encodeURIComponent(value)}`)).toEqual([
      key,
    ]);
  });

  it('every bad parameter is named at once', () => {
    expect(badParams('stance=foo&quad=x&from=2016-13&pair=a&actor=%21&q=' + 'w'.repeat(201)).sort()).toEqual([
      'actor',
      'from',
      'pair',
      'q',
      'quad',
      'stance',
    ]);
  });

  it('errors are short messages, quoting at most the start of a long value', () => {
    const r = parseFilters(params(`actor=${'%21'.repeat(500)}&from=${'9'.repeat(500)}`));
    expect(r.ok).toBe(false);
    if (!r.ok) for (const e of r.errors) expect(e.message.length).toBeLessThan(120);
  });
});

describe('serializeFilters', () => {
  it('writes one canonical URL: fixed key order, sorted lists, nothing for empty filters', () => {
    expect(serializeFilters(EMPTY_FILTERS).toString()).toBe('');
    const a = serializeFilters({
      ...EMPTY_FILTERS,
      q: 'peace talks',
      stance: ['neutral', 'cooperative'],
      actors: ['russia', 'china'],
      pair: { a: 'japan', b: 'china', directed: true },
      from: '2016-01-01',
    }).toString();
    expect(a).toBe(
      'actor=china%2Crussia&pair=japan%3Echina&stance=cooperative%2Cneutral&from=2016-01-01&q=peace+talks',
    );
    const b = serializeFilters(
      ok(`q=peace+talks&from=2016&stance=cooperative&stance=neutral&actor=russia,china&pair=japan>china`),
    );
    expect(b.toString()).toBe(a);
  });

  it('serialize → parse gives the same filters', () => {
    const f: Filters = {
      actors: ['china', 'russia'],
      pair: { a: 'usa', b: 'iran', directed: false },
      stance: ['cooperative', 'hostile'],
      quad: ['material_conflict', 'verbal_conflict'],
      modality: ['alleged', 'asserted'],
      type: ['accuse', 'agree to meet'],
      from: '2016-02-29',
      to: '2016-12-31',
      q: 'sanctions, "oil" OR gas',
      document: 'upload-0123456789ab#1',
    };
    expect(roundTrip(f)).toEqual({ ok: true, value: f });
  });

  // the values parseFilters can give: actor ids are slugs, types lower-case words, dates real days
  const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
  const day = fc
    .date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const sortedSet = <T extends string>(a: fc.Arbitrary<T>, max: number) =>
    fc.uniqueArray(a, { maxLength: max }).map((xs) => [...xs].sort());
  const filters: fc.Arbitrary<Filters> = fc
    .record({
      actors: sortedSet(slug, 50),
      pair: fc.option(
        fc.record({ a: slug, b: slug, directed: fc.boolean() }).filter((p) => p.a !== p.b),
        { nil: null },
      ),
      stance: sortedSet(fc.constantFrom(...STANCE_FILTERS), 4),
      quad: sortedSet(fc.constantFrom(...QUADS), 5),
      modality: sortedSet(fc.constantFrom(...MODALITIES), 4),
      type: sortedSet(fc.stringMatching(/^[a-z][a-z -]{0,20}[a-z]$/), 10),
      from: fc.option(day, { nil: null }),
      to: fc.option(day, { nil: null }),
      q: fc.option(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
          .map((s) => s.trim())
          .filter((s) => s.length > 0 && s.length <= 200 && !/[\u0000-\u001f]/.test(s)),
        { nil: null },
      ),
      // any id the one rule of ids takes (lib/corpus/ids.ts), spaces, % and non-Latin letters included
      document: fc.option(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
          .filter((s) => documentIdProblem(s) == null),
        { nil: null },
      ),
    })
    .filter((f) => !(f.from && f.to && f.from > f.to));

  it('any valid filters survive serialize → URL → parse', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(roundTrip(f)).toEqual({ ok: true, value: f });
      }),
      { numRuns: 500 },
    );
  });

  it('serializing is idempotent: parse(serialize(f)) serializes to the same URL', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const once = serializeFilters(f).toString();
        const again = roundTrip(f);
        expect(again.ok && serializeFilters(again.value).toString()).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('any query string parses or names a parameter it was given, and never throws', () => {
    const keys = fc.constantFrom(
      'actor',
      'pair',
      'stance',
      'quad',
      'modality',
      'type',
      'from',
      'to',
      'q',
      'doc',
      'other',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.string({ maxLength: 30 })), { maxLength: 8 }), (entries) => {
        const p = new URLSearchParams(entries);
        const r = parseFilters(p);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(p.has(e.param)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parsePage', () => {
  it('defaults when not given', () => {
    expect(parsePage(params(''))).toEqual({ ok: true, value: { limit: 100, cursor: null } });
    expect(parsePage(params(''), { limit: 50, max: 500 })).toEqual({
      ok: true,
      value: { limit: 50, cursor: null },
    });
  });

  it('a limit from 1 to the maximum', () => {
    expect(parsePage(params('limit=1'))).toMatchObject({ ok: true, value: { limit: 1 } });
    expect(parsePage(params('limit=1000'))).toMatchObject({ ok: true, value: { limit: 1000 } });
    expect(parsePage(params('limit=500'), { limit: 50, max: 500 })).toMatchObject({ value: { limit: 500 } });
  });

  it.each(['limit=0', 'limit=1001', 'limit=-5', 'limit=2.5', 'limit=ten', 'limit=1e3', 'limit=99999999'])(
    '%s is refused, naming limit',
    (q) => {
      const r = parsePage(params(q));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.param)).toEqual(['limit']);
    },
  );

  it('a cursor is passed through; one with other characters, or too long, is refused', () => {
    expect(parsePage(params('cursor=MjAxNi0xMS0xNAB4'))).toMatchObject({
      value: { cursor: 'MjAxNi0xMS0xNAB4' },
    });
    for (const c of ['a.b', 'a/b', 'x'.repeat(401), '%3D%3D']) {
      const r = parsePage(params(`cursor=${c}`));
      expect(r.ok, c).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.param)).toEqual(['cursor']);
    }
  });

  it.each(['limit', 'cursor'])('%s given twice is an error naming it', (key) => {
    const r = parsePage(params(`${key}=5&${key}=6`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.param)).toEqual([key]);
  });
});

describe('parseChoice', () => {
  it('the fallback when absent or empty, the value when allowed', () => {
    expect(parseChoice(params(''), 'bin', BINS, 'month')).toEqual({ ok: true, value: 'month' });
    expect(parseChoice(params('bin='), 'bin', BINS, 'month')).toEqual({ ok: true, value: 'month' });
    expect(parseChoice(params('bin=week'), 'bin', BINS, 'month')).toEqual({ ok: true, value: 'week' });
    expect(parseChoice(params('format=jsonl'), 'format', FORMATS, 'csv')).toEqual({
      ok: true,
      value: 'jsonl',
    });
  });

  it('a value outside the set, or the key twice, is an error naming the key', () => {
    for (const q of ['bin=decade', 'bin=Month', 'bin=day&bin=week']) {
      const r = parseChoice(params(q), 'bin', BINS, 'month');
      expect(r.ok, q).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.param)).toEqual(['bin']);
    }
    const r = parseChoice(params('format=xlsx'), 'format', FORMATS, 'csv');
    expect(r).toMatchObject({ ok: false, errors: [{ param: 'format' }] });
  });
});
