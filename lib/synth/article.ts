/**
 * Writes one article: picks a topic, the countries and organisation involved and a main event,
 * then a headline, a standfirst and 4–12 paragraphs built from the event, replies, quotes,
 * background, figures and an outlook. Everything is drawn from one seeded Rng, so the same
 * (index, seed) always gives the same bytes.
 */
import {
  dayNumber,
  isoDay,
  numberWord,
  TimePhrases,
  ymd,
  withCommas,
  formatDate,
  type Style,
} from './calendar';
import { inventPerson, POOLS, type Person } from './names';
import { hash, Rng } from './prng';
import { GENERIC, QUOTE_FRAGMENTS, QUOTES, REGION_NAMES, TOPICS, type Topic } from './topics';
import {
  verb as verbDef,
  type ObjKind,
  type Stance,
  type SubjKind,
  type TailKind,
  type VerbDef,
} from './verbs';
import {
  abbr,
  COUNTRIES,
  leadOf,
  COUNTRY_BY_CODE,
  INSTITUTES,
  officeHolder,
  officeTitle,
  orgHead,
  ORGS,
  PUBLISHERS,
  RELATED,
  WORLD_MEDIA,
  type Country,
  type Office,
  type Org,
} from './world';

export interface ComposedArticle {
  title: string;
  text: string;
  published: string;
  source: string;
}

/** RELATED made symmetric. */
const RELATED_BOTH: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    const list = m.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    m.set(a, list);
  };
  for (const [a, list] of Object.entries(RELATED)) {
    for (const b of list) {
      add(a, b);
      add(b, a);
    }
  }
  return m;
})();

function relatedCodes(code: string): readonly string[] {
  return RELATED_BOTH.get(code) ?? [];
}

/** Verbs that read well after "threatened to" / "pledged to" / "vowed to". */
const INTENT_OK = new Set([
  'impose',
  'extend',
  'expel',
  'cut',
  'suspend',
  'ban',
  'recall',
  'sanction',
  'deploy',
  'retaliate',
  'send',
  'pledge',
  'lift',
  'ease',
  'release',
  'sign',
  'visit',
  'host',
  'offer',
  'back',
  'support',
  'hold',
]);

const FIRST_DAY = dayNumber(2000, 1, 1);
const LAST_DAY = dayNumber(2025, 12, 31);

/** A and B are the main parties, C a third party, D a bystander named in asides. */
type Side = 'A' | 'B' | 'C' | 'D';

interface Party {
  kind: SubjKind;
  k?: Country;
  org?: Org;
  /** For kind 'group': the words, and whether they are plural. */
  text?: string;
}

interface Ref {
  text: string;
  pl: boolean;
}

interface Interaction {
  subj: Party;
  verb: VerbDef;
  /** The country acted upon. */
  obj: Country;
  objKind: ObjKind;
  tail: TailKind;
}

/** What a clause is made of, so that time and attribution can be slotted in. */
interface Clause {
  subj: string;
  pred: string;
}

type ClauseForm = 'past' | 'perfect' | 'pluperfect' | 'passive' | 'neg' | 'future' | 'intent' | 'present';

const US_SPELLING: readonly [RegExp, string][] = [
  [
    /\b(criticis|apologis|recognis|normalis|mobilis|stabilis|emphasis|organis|realis|destabilis|politicis|characteris)(e|ed|es|ing|ation|ations)\b/gi,
    '$1$2',
  ],
  [/\bprogrammes\b/g, 'programs'],
  [/\bprogramme\b/g, 'program'],
  [/\bdefence\b/g, 'defense'],
  [/\bfavour/g, 'favor'],
  [/\bhonour/g, 'honor'],
  [/\bneighbour/g, 'neighbor'],
  [/\bbehaviour/g, 'behavior'],
  [/\blabour\b/g, 'labor'],
  [/\bcentre\b/g, 'center'],
  [/\btravellers\b/g, 'travelers'],
  [/\bharbouring\b/g, 'harboring'],
  [/\bSt (?=[A-Z])/g, 'St. '],
  [/\bMs (?=[A-Z])/g, 'Ms. '],
];

export function americanise(s: string): string {
  let out = s;
  for (const [re, to] of US_SPELLING) {
    out =
      to === '$1$2'
        ? out.replace(re, (_m: string, stem: string, ending: string) => stem.slice(0, -1) + 'z' + ending)
        : out.replace(re, to);
  }
  return out;
}

/** Upper-cases the first letter, past any opening quote. */
export function capFirst(s: string): string {
  const m = /^([“"‘'(]*)(.)/su.exec(s);
  if (!m) return s;
  return m[1]! + m[2]!.toUpperCase() + s.slice(m[0].length);
}

function endSentence(s: string): string {
  const t = s.trimEnd();
  if (/[.!?]["”’']?$/.test(t)) return t;
  if (/[.!?]\)$/.test(t)) return t;
  return t + '.';
}

export function aOrAn(word: string): string {
  if (/^(?:U\.|US|UK|UN|Ukr|Ugan|Uru|Euro|one)/.test(word)) return 'a';
  return /^[aeiouAEIOU]/.test(word) ? 'an' : 'a';
}

function possessive(text: string): string {
  if (/\b(?:States|Netherlands|Philippines|Emirates)$/.test(text)) return text + "'";
  return text + "'s";
}

function stripThe(s: string): string {
  return s.replace(/^the /, '');
}

/** Chooses a verb form by the subject's number. */
function agree(pl: boolean, sing: string, plur: string): string {
  return pl ? plur : sing;
}

export class Composer {
  private readonly rng: Rng;
  private readonly style: Style;
  private readonly time: TimePhrases;
  private readonly pubDay: number;
  private readonly year: number;
  private readonly topic: Topic;
  private readonly countries: Record<Side, Country>;
  private sides: Record<Side, Country>;
  private readonly org: Org;
  private readonly honorific: boolean;
  private readonly quoteStyle: 'straight' | 'curly' | 'mixed';
  private readonly mainDaysBefore: number;
  private readonly main: Interaction;
  private readonly source: string;
  private mentioned = new Set<string>();
  private headlineMode = false;
  /** Templates already used in this article, so that paragraphs do not repeat one another. */
  private readonly used = new Set<string>();
  /** The article's own issue, topic, goal…: the first pick is reused most of the time. */
  private readonly sticky = new Map<string, string>();

  constructor(index: number, seed: number) {
    this.rng = new Rng(hash('synth-article', seed, index));
    const r = this.rng;
    this.pubDay = r.int(FIRST_DAY, LAST_DAY);
    this.year = ymd(this.pubDay).y;
    this.style = r.chance(0.4) ? 'us' : 'uk';
    this.time = new TimePhrases(r, this.pubDay, this.style);
    this.source = r.pick(PUBLISHERS);
    this.honorific = r.chance(this.style === 'us' ? 0.7 : 0.35);
    this.quoteStyle = r.weighted([
      ['straight', 55],
      ['curly', 33],
      ['mixed', 12],
    ]);
    this.topic = r.weighted(TOPICS.map((t) => [t, t.weight] as const));
    const A = r.weighted(COUNTRIES.map((k) => [k, k.weight] as const));
    const B = this.relatedTo(A, []);
    const C = this.relatedTo(r.chance(0.5) ? A : B, [A.code, B.code]);
    const D = this.relatedTo(r.chance(0.5) ? A : B, [A.code, B.code, C.code]);
    this.countries = { A, B, C, D };
    this.sides = { A, B, C, D };
    this.org = this.pickOrg();
    this.mainDaysBefore = r.weighted([
      [0, 2],
      [1, 5],
      [2, 3],
      [3, 2],
      [4, 1],
      [5, 1],
      [6, 1],
    ]);
    this.main = this.makeInteraction('A', 'B', r.weighted(this.topic.main), 'main');
  }

  // ------------------------------------------------------------------------------------------
  // Set-up

  private relatedTo(k: Country, exclude: readonly string[]): Country {
    const r = this.rng;
    const rel = relatedCodes(k.code).filter((c) => c !== k.code && !exclude.includes(c));
    if (rel.length > 0 && r.chance(0.6)) return COUNTRY_BY_CODE.get(r.pick(rel))!;
    const sameGeo = COUNTRIES.filter(
      (c) => c.geo === k.geo && c.code !== k.code && !exclude.includes(c.code),
    );
    if (sameGeo.length > 0 && r.chance(0.75))
      return r.weighted(sameGeo.map((c) => [c, Math.sqrt(c.weight)] as const));
    const any = COUNTRIES.filter((c) => c.code !== k.code && !exclude.includes(c.code));
    return r.weighted(any.map((c) => [c, Math.sqrt(c.weight)] as const));
  }

  private pickOrg(): Org {
    const { A, B } = this.countries;
    const fits = ORGS.filter(
      (o) => this.topic.orgs.includes(o.id) && (!o.geo || o.geo.includes(A.geo) || o.geo.includes(B.geo)),
    );
    return fits.length > 0 ? this.rng.pick(fits) : ORGS[0]!;
  }

  private subjectParty(side: Side, v: VerbDef, role: 'main' | 'reply' | 'third'): Party {
    const k = this.sides[side];
    const allowed: readonly SubjKind[] = v.subj ?? ['state', 'leader', 'fm', 'ministry', 'officials'];
    const weights: Partial<Record<SubjKind, number>> =
      role === 'main'
        ? { state: 35, leader: 40, fm: 12, ministry: 10, officials: 8, military: 25, group: 4 }
        : { state: 35, leader: 25, fm: 15, ministry: 20, officials: 12, military: 20, group: 6 };
    const options = allowed
      .filter((s) => s !== 'org' && s !== 'orgHead')
      .filter((s) => s !== 'group' || (k.groups?.length ?? 0) > 0)
      .map((s) => [s, weights[s] ?? 5] as const);
    const kind = options.length > 0 ? this.rng.weighted(options) : 'state';
    if (kind === 'group') return { kind, k, text: this.rng.pick(k.groups ?? ['armed groups']) };
    return { kind, k };
  }

  private makeInteraction(
    subjSide: Side,
    objSide: Side,
    lemma: string,
    role: 'main' | 'reply' | 'third',
  ): Interaction {
    const v = verbDef(lemma);
    const subj = this.subjectParty(subjSide, v, role);
    const obj = this.sides[objSide];
    return { subj, verb: v, obj, objKind: this.objKindFor(v, obj), tail: this.rng.pick(v.tails) };
  }

  /**
   * The topic's hostile acts belong to whoever the main event targets (B); aimed at anyone else,
   * an "act" object becomes that side's claims or the side itself.
   */
  private objKindFor(v: VerbDef, obj: Country): ObjKind {
    const kind = this.rng.pick(v.objs);
    const target = this.main ? this.main.obj : this.countries.B;
    if (kind !== 'act' || obj === target) return kind;
    if (v.objs.includes('claims')) return 'claims';
    return v.objs.includes('actor') ? 'actor' : kind;
  }

  private orgInteraction(objSide: Side): Interaction {
    const r = this.rng;
    const usable = this.topic.third.filter((l) => {
      const v = verbDef(l);
      return !v.subj || v.subj.includes('org');
    });
    const v = verbDef(usable.length > 0 ? r.pick(usable) : 'urge');
    const subj: Party = { kind: r.chance(0.6) ? 'org' : 'orgHead', org: this.org };
    const obj = this.sides[objSide];
    return { subj, verb: v, obj, objKind: this.objKindFor(v, obj), tail: r.pick(v.tails) };
  }

  // ------------------------------------------------------------------------------------------
  // Templates

  /** A template not used yet in this article (any, once all are used). */
  private fresh(list: readonly string[]): string {
    const unused = list.filter((t) => !this.used.has(t));
    const t = this.rng.pick(unused.length > 0 ? unused : list);
    this.used.add(t);
    return t;
  }

  /** A number that stays the same through the article ("three diplomats"), in words. */
  private count(key: string, lo: number, hi: number): string {
    const kept = this.sticky.get(key);
    if (kept !== undefined) return kept;
    const n = numberWord(this.rng.int(lo, hi));
    this.sticky.set(key, n);
    return n;
  }

  /** A topic phrase template that tends to stay the same through the article. */
  private stick(key: string, list: readonly string[]): string {
    const kept = this.sticky.get(key);
    if (kept !== undefined && this.rng.chance(0.5)) return kept;
    const t = this.rng.pick(list);
    if (kept === undefined) this.sticky.set(key, t);
    return t;
  }

  /** Fills a template: [a|b] picks one, {key} is resolved (recursively). */
  fill(tpl: string): string {
    let s = tpl;
    const alt = /\[([^[\]]*)\]/;
    for (let m = alt.exec(s); m; m = alt.exec(s)) {
      s = s.slice(0, m.index) + this.rng.pick(m[1]!.split('|')) + s.slice(m.index + m[0].length);
    }
    return s.replace(/\{([A-Za-z0-9_.]+)\}/g, (_, key: string) => this.resolve(key));
  }

  private withSides<T>(sides: Partial<Record<Side, Country>>, fn: () => T): T {
    const saved = this.sides;
    this.sides = { ...saved, ...sides };
    try {
      return fn();
    } finally {
      this.sides = saved;
    }
  }

  /** The sides as seen by `side`: it becomes A, the other main party becomes B. */
  private asSpeaker<T>(side: Side, fn: () => T): T {
    const { A, B, C } = this.countries;
    if (side === 'A') return this.withSides({ A, B, C }, fn);
    if (side === 'B') return this.withSides({ A: B, B: A, C }, fn);
    if (side === 'C') return this.withSides({ A: C, B: this.rng.chance(0.5) ? A : B, C: A }, fn);
    return this.withSides({ A: this.countries.D, B: A, C: B }, fn);
  }

  private resolve(key: string): string {
    const dot = key.indexOf('.');
    const head = dot === -1 ? key : key.slice(0, dot);
    const field = dot === -1 ? '' : key.slice(dot + 1);
    const t = this.topic;
    const r = this.rng;
    if (key === 'q.frag') {
      const st = this.stanceOf(this.main) === 'cooperative' ? 'cooperative' : 'hostile';
      return `"${r.pick(QUOTE_FRAGMENTS[st])}"`;
    }
    if (head === 'A' || head === 'B' || head === 'C' || head === 'D')
      return this.countryField(this.sides[head], field);
    if (head === 'O') return this.orgField(field);
    if (head === 'T') return this.timeField(field);
    if (head === 'n') return this.numberField(field);
    switch (key) {
      case 'issue':
        return this.fill(this.stick('issue', t.issue));
      case 'act':
        return this.fill(this.stick('act', t.acts).replace(/^\+/, ''));
      case 'coopAct':
        return this.fill(this.stick('coopAct', t.coopActs));
      case 'acc':
        return this.fill(this.stick('acc', t.acc));
      case 'dem':
        return this.fill(this.stick('dem', t.dem));
      case 'goal':
        return this.fill(this.stick('goal', t.goal));
      case 'goal2':
        return this.fill(r.pick(t.goal));
      case 'occ':
        return this.fill(r.pick(t.occ ?? ['the national day']));
      case 'topic':
        return this.fill(this.stick('topic', t.topic));
      case 'gact':
        return this.fill(r.pick(t.gact));
      case 'warnAg':
        return this.fill(r.pick(t.warnAg ?? GENERIC.warnAg));
      case 'threat':
        return this.fill(r.pick(t.threat ?? GENERIC.threat));
      case 'deal':
        return this.fill(r.pick(GENERIC.deal));
      case 'aid':
        return this.fill(r.pick(GENERIC.aid));
      case 'coopFor':
        return this.fill(r.pick(GENERIC.coopFor));
      case 'summit':
        return this.fill(r.pick(GENERIC.summit));
      case 'outlet':
        return this.outlet();
      case 'analyst':
        return this.analyst(true);
      case 'analystEnd':
        return this.analyst(false);
      case 'his':
        return this.pronounPoss(this.sides.B);
      case 'Mr':
        return this.style === 'us' ? 'Mr.' : 'Mr';
      case 'Gen':
        return this.style === 'us' ? 'Gen.' : 'Gen';

      default:
        return `{${key}}`;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Referring to countries, people and organisations

  private mark(key: string): boolean {
    const first = !this.mentioned.has(key);
    this.mentioned.add(key);
    return first;
  }

  private nameRef(k: Country): string {
    const r = this.rng;
    const first = this.mark(`name/${k.code}`);
    let name = k.name;
    if (!first || this.headlineMode) {
      const ab = abbr(k, this.style);
      if (ab && r.chance(this.headlineMode ? 0.7 : 0.4)) name = (k.code === 'CD' ? 'the ' : 'the ') + ab;
      else if (k.alt && r.chance(0.4)) name = r.pick(k.alt);
    }
    return this.headlineMode ? stripThe(name) : name;
  }

  private adjRef(k: Country): string {
    const r = this.rng;
    const ab = abbr(k, this.style);
    if (k.code === 'US') return r.chance(0.75) ? ab! : 'American';
    if (k.code === 'GB') return r.chance(0.8) ? 'British' : ab!;
    if (k.code === 'AE' && r.chance(0.4)) return ab!;
    return k.adj;
  }

  /** The state as a singular noun phrase. */
  private stateRef(k: Country): string {
    const r = this.rng;
    if (this.headlineMode || !this.mentioned.has(`name/${k.code}`)) return this.nameRef(k);
    const options: [() => string, number][] = [
      [() => this.nameRef(k), 45],
      [() => k.capital, k.capital === k.name ? 0 : 20],
      [() => k.seat ?? k.capital, k.seat ? 12 : 0],
      [() => `the ${this.adjRef(k)} government`, 15],
      [() => `the government in ${k.capital}`, 4],
    ];
    return r.weighted(options)();
  }

  /** A possessive of the state: "Hungary's", "Budapest's", "the Kremlin's". */
  private possRef(k: Country): string {
    let ref = this.stateRef(k);
    for (let i = 0; i < 4 && /^the government in /.test(ref); i++) ref = this.stateRef(k);
    return possessive(/^the government in /.test(ref) ? this.nameRef(k) : ref);
  }

  private leadOffice(k: Country): Office {
    const lead = leadOf(k, this.year);
    return this.rng.chance(0.85) ? lead : lead === 'hos' && k.hog ? 'hog' : k.hos ? 'hos' : lead;
  }

  private person(k: Country, office: Office): Person {
    return officeHolder(k, office, this.year);
  }

  private honor(p: Person): string {
    const t = p.female ? 'Ms' : 'Mr';
    return this.style === 'us' ? t + '.' : t;
  }

  private personRef(k: Country, office: Office): string {
    const r = this.rng;
    const p = this.person(k, office);
    const title = officeTitle(k, office);
    if (this.headlineMode) return p.short;
    const first = this.mark(`person/${p.full}`);
    const adj = this.adjRef(k);
    if (office === 'spk') {
      const noun = p.female ? 'spokeswoman' : 'spokesman';
      if (first) {
        const body =
          k.seatAdj && r.chance(0.5)
            ? k.seatAdj
            : r.pick([`${adj} foreign ministry`, 'foreign ministry', 'government']);
        return `${body} ${noun} ${p.full}`;
      }
      return r.chance(0.5) ? p.short : `the ${noun}`;
    }
    if (title.monarch) {
      if (first)
        return r.pick([
          `${adj} ${p.full}`,
          `${p.full} of ${this.nameRef(k)}`,
          `${possessive(this.nameRef(k))} ${p.full}`,
        ]);
      return r.pick([p.short, p.short, `the ${title.lower}`, `the ${adj} monarch`]);
    }
    if (first) {
      return r.weighted<() => string>([
        [() => `${adj} ${title.title} ${p.full}`, 60],
        [() => `${possessive(this.nameRef(k))} ${title.lower} ${p.full}`, 25],
        [() => `${title.title} ${p.full} of ${this.nameRef(k)}`, title.title === 'leader' ? 0 : 10],
      ])();
    }
    const opts: [() => string, number][] = [
      [() => p.short, 45],
      [() => `${this.honor(p)} ${p.short}`, this.honorific ? 35 : 0],
      [() => `the ${title.lower}`, 10],
      [() => `the ${adj} ${title.lower}`, 8],
      [
        () => `${title.title} ${p.short}`,
        /^(President|Chancellor|Prime Minister)$/.test(title.title) ? 6 : 0,
      ],
      [() => `the ${adj} leader`, office === 'hos' || office === 'hog' ? 5 : 0],
    ];
    return r.weighted(opts)();
  }

  /** "Trump's", or "the Austrian chancellor's" before the leader is named. */
  private leaderPoss(k: Country): string {
    const p = this.person(k, leadOf(k, this.year));
    if (this.headlineMode || this.mentioned.has(`person/${p.full}`)) return possessive(p.short);
    const title = officeTitle(k, leadOf(k, this.year));
    return title.monarch ? possessive(p.full) : `the ${this.adjRef(k)} ${title.lower}'s`;
  }

  private ministryRef(k: Country): string {
    const r = this.rng;
    if (k.ministry && r.chance(0.6)) return k.ministry;
    return r.pick([
      `${possessive(this.nameRef(k))} foreign ministry`,
      `the ${this.adjRef(k)} foreign ministry`,
      `the foreign ministry in ${k.capital}`,
    ]);
  }

  private defenceRef(k: Country): string {
    const r = this.rng;
    if (k.defence && r.chance(0.6)) return k.defence;
    return r.pick([
      `${possessive(this.nameRef(k))} defence ministry`,
      `the ${this.adjRef(k)} defence ministry`,
    ]);
  }

  private officials(k: Country): string {
    const adj = this.adjRef(k);
    return this.rng.pick([
      `${adj} officials`,
      `${adj} officials`,
      `senior ${adj} officials`,
      `officials in ${k.capital}`,
      `${adj} diplomats`,
    ]);
  }

  /** A singular speaker for the country: "the Kremlin", "Trump's office", a spokesperson. */
  private voice(k: Country): string {
    const r = this.rng;
    const options: [() => string, number][] = [
      [() => k.seat!, k.seat ? 25 : 0],
      [() => this.ministryRef(k), 25],
      [() => `${this.leaderPoss(k)} office`, 12],
      [() => this.personRef(k, 'spk'), 20],
      [() => `the ${this.adjRef(k)} government`, 12],
      [() => `a spokesperson for the ${this.adjRef(k)} government`, 6],
      [
        () => (this.style === 'us' ? 'a No. 10 spokesperson' : 'a No 10 spokesperson'),
        k.code === 'GB' ? 6 : 0,
      ],
    ];
    return r.weighted(options)();
  }

  private countryMedia(k: Country): string {
    if (k.media && this.rng.chance(0.75)) return this.rng.pick(k.media);
    return this.rng.pick([
      'state media',
      'state television',
      `the ${k.adj} state news agency`,
      'local media',
    ]);
  }

  private outlet(): string {
    const r = this.rng;
    if (r.chance(0.35)) return this.countryMedia(r.chance(0.5) ? this.sides.A : this.sides.B);
    return r.pick(WORLD_MEDIA);
  }

  private pronounPoss(k: Country): string {
    return this.person(k, leadOf(k, this.year)).female ? 'her' : 'his';
  }

  private analyst(subject: boolean): string {
    const r = this.rng;
    const formerAmbassador = r.chance(0.2);
    const pool = formerAmbassador ? this.sides.A.pool : r.pick(Object.keys(POOLS));
    const p = inventPerson(pool, 'analyst', r.int(0, 1_000_000));
    let name = p.full;
    if (this.style === 'us' && r.chance(0.35) && /^[A-Z]/.test(name)) {
      // Initials: "J. R. Whitfield".
      const parts = name.split(' ');
      const last = parts.pop()!;
      name = `${parts[0]![0]}. ${String.fromCharCode(65 + r.int(0, 25))}. ${last}`;
    }
    const role = formerAmbassador
      ? `a former ${this.adjRef(this.sides.A)} ambassador to ${this.nameRef(this.sides.B)}`
      : r.pick([
          `a senior fellow at ${r.pick(INSTITUTES)}`,
          `an analyst at ${r.pick(INSTITUTES)}`,
          `director of the ${r.pick(['Europe', 'Middle East', 'Asia', 'Africa', 'security', 'energy'])} programme at ${r.pick(INSTITUTES)}`,
          `a professor of international relations at the University of ${r.pick([this.sides.A.capital, this.sides.B.capital, 'Leiden', 'Toronto', 'Melbourne'])}`,
        ]);
    const dr = this.style === 'us' && r.chance(0.2) ? 'Dr. ' : '';
    return subject ? `${dr}${name}, ${role},` : `${dr}${name}, ${role}`;
  }

  private countryField(k: Country, f: string): string {
    const r = this.rng;
    switch (f) {
      case '':
        return this.stateRef(k);
      case 'name':
        return this.nameRef(k);
      case 'namePoss':
        return possessive(this.nameRef(k));
      case 'poss':
        return this.possRef(k);
      case 'adj':
        return this.adjRef(k);
      case 'aadj': {
        const a = this.adjRef(k);
        return `${aOrAn(a)} ${a}`;
      }
      case 'cap':
        return k.capital;
      case 'city':
        return k.cities && r.chance(0.7) ? r.pick(k.cities) : k.capital;
      case 'lead':
        return this.personRef(k, this.leadOffice(k));
      case 'leadShort':
        return this.person(k, leadOf(k, this.year)).short;
      case 'leadPoss':
        return this.leaderPoss(k);
      case 'fm':
        return this.personRef(k, 'fm');
      case 'def':
        return this.personRef(k, 'def');
      case 'spk':
        return this.personRef(k, 'spk');
      case 'min':
        return this.ministryRef(k);
      case 'dmin':
        return this.defenceRef(k);
      case 'off':
        return this.officials(k);
      case 'mil':
        return r.pick([
          `the ${this.adjRef(k)} military`,
          `the ${this.adjRef(k)} army`,
          `the ${this.adjRef(k)} air force`,
        ]);
      case 'troops':
        return r.pick([`${this.adjRef(k)} troops`, `${this.adjRef(k)} forces`]);
      case 'media':
        return this.countryMedia(k);
      case 'voice':
        return this.voice(k);
      case 'group':
        return k.groups && r.chance(0.7)
          ? r.pick(k.groups)
          : r.pick([
              `${k.adj} opposition groups`,
              `${k.adj} activists`,
              `opposition lawmakers in ${k.capital}`,
            ]);
      case 'seatish':
        return k.seatAdj ?? k.capital;
      case 'region':
        return r.pick(REGION_NAMES[k.geo] ?? ['the region']);
      case 'his':
        return this.pronounPoss(k);
      default:
        return `{?${f}}`;
    }
  }

  private orgRef(o: Org): string {
    const short = o.short[this.style === 'us' ? 1 : 0];
    if (this.headlineMode) return stripThe(short);
    if (!this.mark(`org/${o.id}`)) return short;
    return o.name === o.short[0] ? short : o.name;
  }

  private orgHeadRef(o: Org): string {
    const p = orgHead(o, this.year);
    const adj = o.adj[this.style === 'us' ? 1 : 0];
    if (this.headlineMode) return p.short;
    if (this.mark(`person/${p.full}`)) {
      return `${adj} ${o.head.title} ${p.full}`;
    }
    return this.rng.pick([
      p.short,
      `the ${adj} ${o.head.lower}`,
      this.honorific ? `${this.honor(p)} ${p.short}` : p.short,
    ]);
  }

  private orgField(f: string): string {
    const o = this.org;
    const adj = o.adj[this.style === 'us' ? 1 : 0];
    switch (f) {
      case '':
        return this.orgRef(o);
      case 'short':
        return stripThe(o.short[this.style === 'us' ? 1 : 0]);
      case 'adj':
        return adj;
      case 'head':
        return this.orgHeadRef(o);
      case 'body':
        return o.bodies ? this.rng.pick(o.bodies).replace('{adj}', adj) : this.orgRef(o);
      case 'seat':
        return o.seat;
      default:
        return `{?O.${f}}`;
    }
  }

  private timeField(f: string): string {
    const t = this.time;
    const r = this.rng;
    const y = this.year;
    switch (f) {
      case 'rp':
        return t.recentPast(this.mainDaysBefore);
      case 'rp2':
        return t.recentPast();
      case 'fp':
        return t.farPast();
      case 'fpb':
        return t.farPastBare();
      case 'fu':
        return t.future();
      case 'fup':
        return t.pointFuture();
      case 'du':
        return t.duration();
      case 'dm':
        return r.pick([
          `for ${numberWord(r.int(2, 11))} months`,
          'for another year',
          `for at least ${numberWord(r.int(2, 5))} years`,
          `until ${y + r.int(1, 4)}`,
        ]);
      case 'dp':
        return r.pick([
          'in the past 24 hours',
          `over the past ${numberWord(r.int(2, 8))} weeks`,
          `over the past ${numberWord(r.int(2, 11))} months`,
          `since ${t.pastYear()}`,
          'this year',
          'since the start of the year',
          `since ${formatDate(this.pubDay - r.int(10, 200), this.style, { year: true })}`,
        ]);
      case 'dshort':
        return `${numberWord(r.int(2, 9))} ${r.pick(['hours', 'days', 'weeks'])}`;
      case 'dadj':
        return t.durationAdj();
      case 'set':
        return t.set();
      case 'vg':
        return t.vague();
      case 'dec':
        return t.decade();
      case 'yr':
        return t.pastYear();
      case 'oldyr':
        return String(r.int(1946, 1995));
      case 'fyear':
        return String(y + r.int(1, 10));
      case 'iso':
        return t.isoRecent();
      case 'clock':
        return t.clock();
      case 'quarter':
        return r.chance(0.5)
          ? `the ${r.pick(['first', 'second', 'third', 'fourth'])} quarter`
          : `the ${r.pick(['first', 'second', 'third', 'fourth'])} quarter of ${y - r.int(0, 1)}`;
      case 'date': {
        const day = this.pubDay + r.int(-90, 90);
        return formatDate(day, this.style, {
          year: ymd(day).y !== y || r.chance(0.3),
          abbr: this.style === 'us' && r.chance(0.5),
        });
      }
      case 'dnum':
        return r.pick(['24', '48', '72']);
      case 'ddays':
        return r.pick(['seven', 'ten', '14', 'five', '30']);
      case 'back':
        return r.pick([
          'over 200 years',
          'more than a century',
          `to the ${t.decade()}`,
          'several decades',
          'to the end of the second world war',
        ]);
      case 'since':
        return r.pick([
          `since ${t.pastYear()}`,
          `in the past ${numberWord(r.int(3, 10))} years`,
          'over the past decade',
          `since the ${t.decade()}`,
        ]);
      case 'fy':
        return String(y + 1);
      default:
        return `{?T.${f}}`;
    }
  }

  private numberField(f: string): string {
    const r = this.rng;
    switch (f) {
      case 'small':
        return numberWord(r.int(2, 9));
      case 'count':
        return withCommas(
          r.pick([r.int(12, 99) * 10, r.int(11, 99) * 100, r.int(1, 30) * 1000 + r.int(0, 9) * 100]),
        );
      case 'dead': {
        const n = r.int(3, 80);
        return n < 10 && r.chance(0.7) ? numberWord(n) : String(n);
      }
      case 'pct': {
        const whole = r.int(1, 40);
        const shape = r.int(0, 3);
        const num =
          shape === 0
            ? `${whole}`
            : shape === 1
              ? `${whole}.${r.int(1, 9)}`
              : `${whole}.${String(r.int(1, 99)).padStart(2, '0')}`;
        if (this.style === 'us' && r.chance(0.3)) return `${num} percent`;
        if (this.style === 'uk' && r.chance(0.15)) return `${num} per cent`;
        return `${num}%`;
      }
      case 'money': {
        const cur = r.weighted([
          ['$', 6],
          ['€', 3],
          ['£', 1],
        ]);
        const big = r.chance(0.5);
        const amount = big
          ? `${r.int(1, 40)}${r.chance(0.5) ? '.' + r.int(1, 9) : ''}`
          : String(r.int(2, 95) * 10);
        if (this.style === 'us') return `${cur}${amount} ${big ? 'billion' : 'million'}`;
        return `${cur}${amount}${big ? 'bn' : 'm'}`;
      }
      case 'pages':
        return withCommas(r.pick([r.int(12, 90), r.int(100, 480), r.int(500, 1400)]));
      case 'spct':
        return `${r.int(0, 9)}.${r.int(1, 9)}${this.style === 'us' && r.chance(0.3) ? ' percent' : '%'}`;
      case 'room':
        return String(r.chance(0.5) ? r.int(1900, 2030) : r.int(101, 980));
      case 'res':
        return String(r.int(1200, 2790));
      case 'price':
        return `${r.int(28, 130)}.${String(r.int(0, 99)).padStart(2, '0')}`;
      case 'mins':
        return numberWord(r.pick([20, 30, 40, 45, 50, 60, 90]));
      default:
        return `{?n.${f}}`;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Clauses from interactions

  private subjRef(p: Party): Ref {
    const r = this.rng;
    switch (p.kind) {
      case 'state':
        return { text: this.stateRef(p.k!), pl: false };
      case 'leader':
        return { text: this.personRef(p.k!, this.leadOffice(p.k!)), pl: false };
      case 'fm':
        return { text: this.personRef(p.k!, 'fm'), pl: false };
      case 'ministry':
        return { text: this.ministryRef(p.k!), pl: false };
      case 'officials':
        return { text: this.officials(p.k!), pl: true };
      case 'military':
        return r.chance(0.6)
          ? { text: this.countryField(p.k!, 'mil'), pl: false }
          : { text: this.countryField(p.k!, 'troops'), pl: true };
      case 'org':
        return { text: this.orgRef(p.org!), pl: false };
      case 'orgHead':
        return { text: this.orgHeadRef(p.org!), pl: false };
      case 'group':
        return { text: p.text ?? 'armed groups', pl: !/^(Hezbollah|Hamas)$/.test(p.text ?? '') };
    }
  }

  private objRef(kind: ObjKind, k: Country): Ref {
    const r = this.rng;
    const adj = (): string => this.adjRef(k);
    switch (kind) {
      case 'actor':
        return { text: r.chance(0.25) ? this.personRef(k, this.leadOffice(k)) : this.stateRef(k), pl: false };
      case 'leader':
        return { text: this.personRef(k, this.leadOffice(k)), pl: false };
      case 'act': {
        const raw = this.stick('act', this.topic.acts);
        return { text: `${this.possRef(k)} ${this.fill(raw.replace(/^\+/, ''))}`, pl: raw.startsWith('+') };
      }
      case 'coopAct':
        return {
          text: `${this.possRef(k)} ${this.fill(this.stick('coopAct', this.topic.coopActs))}`,
          pl: false,
        };
      case 'claims':
        return r.pick([
          { text: `${this.possRef(k)} claims`, pl: true },
          { text: `the accusations from ${this.stateRef(k)}`, pl: true },
          { text: `${this.possRef(k)} version of events`, pl: false },
        ]);
      case 'people':
        return {
          text: `${this.count(`people/${k.code}`, 2, 9)} ${adj()} ${this.stick(`who/${k.code}`, this.topic.people ?? GENERIC.people)}`,
          pl: true,
        };
      case 'diplomats':
        return { text: `${this.count(`diplomats/${k.code}`, 2, 20)} ${adj()} diplomats`, pl: true };
      case 'amb':
        return {
          text: r.chance(0.5) ? `${possessive(this.nameRef(k))} ambassador` : `the ${adj()} ambassador`,
          pl: false,
        };
      case 'place':
        return { text: r.chance(0.6) ? this.nameRef(k) : k.capital, pl: false };
      case 'targets': {
        const tpl = r.pick(GENERIC.targets);
        const text = this.withSides({ B: k }, () => this.fill(tpl));
        return { text, pl: !/^an? /.test(text) };
      }
      case 'vessel': {
        const a = adj();
        return { text: `${aOrAn(a)} ${a}-flagged ${r.pick(GENERIC.vessel)}`, pl: false };
      }
      case 'aircraft': {
        const a = adj();
        return { text: `${aOrAn(a)} ${a} ${r.pick(GENERIC.aircraft)}`, pl: false };
      }
      case 'airspace':
        return { text: `${possessive(this.nameRef(k))} airspace`, pl: false };
      case 'imports':
        return r.chance(0.5)
          ? { text: `imports from ${this.nameRef(k)}`, pl: true }
          : {
              text: `${adj()} ${r.pick(['steel', 'wine', 'poultry', 'cars', 'grain', 'timber'])}`,
              pl: false,
            };
      case 'draft':
        return { text: `a resolution drafted by ${this.nameRef(k)}`, pl: false };
      case 'officials':
        return { text: `${numberWord(r.int(2, 12))} senior ${adj()} officials`, pl: true };
    }
  }

  private tailText(tail: TailKind, subjK: Country | undefined, objK: Country): string {
    if (tail === '') return '';
    const sides: Partial<Record<Side, Country>> = { B: objK };
    if (subjK) sides.A = subjK;
    return this.withSides(sides, () => {
      switch (tail) {
        case 'over':
          return ' over ' + this.resolve('issue');
        case 'for':
          return ' for ' + this.resolve('gact');
        case 'forCoop':
          return ' for ' + this.resolve('coopFor');
        case 'of':
          return ' of ' + this.resolve('acc');
        case 'on':
          return ' on ' + this.resolve('occ');
        case 'to':
          return ' to ' + this.resolve('dem');
        case 'against':
          return ' against ' + this.resolve('warnAg');
        case 'with':
          return ' with ' + this.resolve('threat');
        case 'in':
          return ' in ' + (subjK && this.rng.chance(0.5) ? subjK.capital : objK.capital);
        case 'side':
          return ' on the sidelines of ' + this.resolve('summit');
        case 'forTalks':
          return ' for talks on ' + this.resolve('topic');
        case 'toVisit':
          return ' to visit ' + (subjK ? subjK.capital : 'the capital');
        case 'about':
          return ' about ' + this.resolve('topic');
      }
    });
  }

  /** Renders an interaction as subject + predicate in the given form. */
  private clause(I: Interaction, form: ClauseForm): Clause {
    const r = this.rng;
    const v = I.verb;
    const subjK = I.subj.k;
    const S = this.subjRef(I.subj);
    const mid = v.mid
      ? ' ' + this.withSides({ B: I.obj, ...(subjK ? { A: subjK } : {}) }, () => this.fill(v.mid!))
      : '';
    const O = this.objRef(I.objKind, I.obj);
    const tail = this.tailText(I.tail, subjK, I.obj);
    const rest = `${mid} ${O.text}${tail}`;
    const has = agree(S.pl, 'has', 'have');
    const isAre = agree(S.pl, 'is', 'are');
    const canPassive = v.passive === true && form === 'passive';
    switch (canPassive ? 'passive' : form === 'passive' ? 'past' : form) {
      case 'passive':
        return { subj: O.text, pred: `${agree(O.pl, 'was', 'were')} ${v.pp}${mid} by ${S.text}${tail}` };
      case 'perfect':
        return { subj: S.text, pred: `${has} ${v.pp}${rest}` };
      case 'pluperfect':
        return { subj: S.text, pred: `had ${v.pp}${rest}` };
      case 'neg': {
        const neg = r.weighted<() => string>([
          [() => `did not ${v.base}${rest}`, 4],
          [() => `${has} not ${v.pp}${rest}`, 2],
          [() => `declined to ${v.base}${rest}`, 1],
          [() => `stopped short of ${v.ing}${rest}`, v.stance === 'hostile' ? 2 : 0],
          [() => `refused to ${v.base}${rest}`, 1],
        ])();
        return { subj: S.text, pred: neg };
      }
      case 'future': {
        const fut = r.pick([
          `will ${v.base}`,
          `${isAre} expected to ${v.base}`,
          `${isAre} set to ${v.base}`,
          `${isAre} due to ${v.base}`,
        ]);
        return { subj: S.text, pred: `${fut}${rest}` };
      }
      case 'intent': {
        if (!INTENT_OK.has(v.lemma)) {
          return { subj: S.text, pred: `${isAre} expected to ${v.base}${rest}` };
        }
        const lead =
          v.stance === 'hostile'
            ? r.pick(['threatened to', 'vowed to', 'warned that it could'])
            : v.stance === 'cooperative'
              ? r.pick(['pledged to', 'offered to', 'promised to'])
              : r.pick(['said it would', 'plans to', 'vowed to']);
        return { subj: S.text, pred: `${lead} ${v.base}${rest}` };
      }
      case 'present':
        return { subj: S.text, pred: `${S.pl ? v.base : v.s}${rest}` };
      default:
        return { subj: S.text, pred: `${v.past}${rest}` };
    }
  }

  /** A speech verb; with a person as speaker, sometimes where they spoke. */
  private say(speaker = ''): string {
    const verb = this.sayVerb();
    const institution =
      /^(?:the |a |an )|ministry|government|office|Department|Office|Kremlin|House|Street|Elysée/.test(
        speaker,
      );
    if (verb !== 'said' || institution || !this.rng.chance(0.3)) return verb;
    return (
      'said ' +
      this.fill(
        this.rng.pick([
          'at a news conference in {A.cap}',
          'in a televised address',
          'during a visit to {C.cap}',
          'in an interview with {outlet}',
          'at a briefing {T.rp2}',
          'in a speech to parliament',
        ]),
      )
    );
  }

  private sayVerb(): string {
    return this.rng.weighted([
      ['said', 10],
      ['said in a statement', 3],
      ['told reporters', 2],
      ['told a news conference', 1],
      ['added', 1],
      ['said on Twitter', this.year >= 2009 && this.year < 2024 ? 1 : 0],
      ['wrote on social media', this.year >= 2010 ? 1 : 0],
      ['told state television', 1],
    ]);
  }

  /** A whole sentence about an interaction, in one of many shapes. */
  private eventSentence(I: Interaction, time: string | null, opts: { speaker?: string } = {}): string {
    const r = this.rng;
    const shape = r.weighted<string>([
      ['active', 30],
      ['passive', I.verb.passive ? 12 : 0],
      ['reported', 14],
      ['trailing', 14],
      ['according', 5],
      ['statement', 6],
      ['perfect', 6],
    ]);
    const spk = (): string => opts.speaker ?? (I.subj.k ? this.voice(I.subj.k) : this.outlet());
    const at = (c: Clause): string => {
      if (!time) return `${c.subj} ${c.pred}`;
      const pos = r.int(0, 2);
      if (pos === 0) return `${capFirst(time)}, ${c.subj} ${c.pred}`;
      if (pos === 1 && !/^(was|were|had|has|have|did) /.test(c.pred)) return `${c.subj} ${time} ${c.pred}`;
      return `${c.subj} ${c.pred} ${time}`;
    };
    switch (shape) {
      case 'passive':
        return endSentence(capFirst(at(this.clause(I, 'passive')) + this.elaboration()));
      case 'reported': {
        const who = spk();
        const c = this.clause(I, r.chance(0.5) ? 'past' : 'pluperfect');
        const tm = time ? ` ${time}` : '';
        return endSentence(
          capFirst(
            `${who} said${r.chance(0.5) ? ' that' : ''} ${c.subj} ${c.pred}${tm}${this.elaboration()}`,
          ),
        );
      }
      case 'trailing': {
        const c = this.clause(I, 'past');
        return endSentence(
          capFirst(`${at(c)}, ${spk()} ${r.pick(['said', 'said', 'said in a statement', 'confirmed'])}`),
        );
      }
      case 'according': {
        const c = this.clause(I, 'past');
        return endSentence(capFirst(`${at(c)}, according to ${r.chance(0.5) ? spk() : this.outlet()}`));
      }
      case 'statement': {
        const c = this.clause(I, 'past');
        return endSentence(
          capFirst(
            `In a statement${time ? ' ' + time : ''}, ${spk()} said ${c.subj} ${c.pred}${this.elaboration()}`,
          ),
        );
      }
      case 'perfect': {
        const c = this.clause(I, 'perfect');
        return endSentence(capFirst(`${c.subj} ${c.pred}${this.elaboration()}`));
      }
      default:
        return endSentence(capFirst(at(this.clause(I, 'past')) + this.elaboration()));
    }
  }

  /** Sometimes a trailing clause that situates the event: ", two days after …". */
  private elaboration(p = 0.5): string {
    const r = this.rng;
    if (!r.chance(p)) return '';
    const any = [
      ', the first such [step|move] since {T.fpb}',
      ', a move that is likely to [anger|please|worry] {D.name}',
      ', [weeks|days|months] after {A.lead} [visited|called] {D.cap}',
      ', according to a person familiar with the matter',
      ', in what [officials|analysts|diplomats] described as a significant shift',
    ];
    const hostile = [
      ', {n.small} days after talks in {D.cap} [collapsed|broke down|ended without agreement]',
      ', amid [growing|mounting] tensions over {issue}',
      ', despite [warnings|objections|appeals] from {D}',
      ', citing {issue}',
      ', raising fears of [a wider conflict|a diplomatic crisis] in {A.region}',
      ', in what [officials|analysts|diplomats] described as [a sharp escalation|a setback]',
    ];
    const cooperative = [
      ', as part of [efforts|a wider push] to {goal2}',
      ', in what [officials|analysts|diplomats] described as a rare gesture of goodwill',
      ', in a sign of [warming|improving] ties',
    ];
    const st = this.stanceOf(this.main);
    return this.fill(
      r.pick([...any, ...(st === 'cooperative' ? cooperative : st === 'hostile' ? hostile : [])]),
    );
  }

  // ------------------------------------------------------------------------------------------
  // Quotes

  private q(s: string): string {
    return `"${s}"`;
  }

  private quoteBody(stance: Stance): string[] {
    const r = this.rng;
    const bank = [...QUOTES[stance], ...(this.topic.quotes?.[stance] ?? [])];
    const first = this.fill(this.fresh(bank));
    const sentences = first.split(/(?<=[.?!]) /).map((s) => endSentence(s));
    if (sentences.length === 1 && r.chance(0.55)) sentences.push(endSentence(this.fill(this.fresh(bank))));
    return sentences;
  }

  /** A quote with its attribution, as one or two sentences. */
  private quoteSentences(side: Side | 'O', stance: Stance): string[] {
    const r = this.rng;
    const body = side === 'O' ? this.quoteBody(stance) : this.asSpeaker(side, () => this.quoteBody(stance));
    const speaker = (): string =>
      side === 'O'
        ? r.chance(0.6)
          ? this.orgHeadRef(this.org)
          : this.orgRef(this.org)
        : r.chance(0.45)
          ? this.countryField(this.sides[side], r.pick(['lead', 'lead', 'fm', 'spk']))
          : this.voice(this.sides[side]);
    const joined = body.join(' ');
    const withComma = joined.replace(/\.$/, ',');
    const shape = r.int(0, 5);
    if (shape === 0) {
      const who = speaker();
      return [endSentence(`${this.q(withComma)} ${who} ${this.say(who)}`)];
    }
    if (shape === 1) {
      const who = speaker();
      return [endSentence(`${this.q(withComma)} said ${who}`)];
    }
    if (shape === 2) return [endSentence(capFirst(`${speaker()} said: ${this.q(joined)}`))];
    if (shape === 3 && body.length > 1) {
      const [firstQ, ...more] = body;
      return [
        endSentence(`${this.q(firstQ!.replace(/\.$/, ','))} ${speaker()} said`),
        this.q(more.join(' ')),
      ];
    }
    if (shape === 4) {
      const frag = r.pick(QUOTE_FRAGMENTS[stance]);
      return [
        endSentence(
          capFirst(
            `${speaker()} ${r.pick(
              stance === 'cooperative'
                ? [
                    'said the talks had been',
                    'described the meeting as',
                    'called the visit',
                    'described the decision as',
                  ]
                : [
                    'described the move as',
                    'called the decision',
                    'called the situation',
                    'described the proposal as',
                  ],
            )} ${this.q(frag)}`,
          ),
        ),
      ];
    }
    return [
      endSentence(
        capFirst(`${speaker()} told ${r.chance(0.5) ? this.outlet() : 'reporters'}: ${this.q(joined)}`),
      ),
    ];
  }

  // ------------------------------------------------------------------------------------------
  // Paragraph roles

  private stanceOf(I: Interaction): Stance {
    return I.verb.stance;
  }

  private lead(k: number): string[] {
    const r = this.rng;
    const out = [this.eventSentence(this.main, this.time.recentPast(this.mainDaysBefore))];
    const extra: (() => string)[] = [
      () => this.nominalSentence(),
      () => (this.stanceOf(this.main) === 'hostile' ? this.nominalSentence() : this.coordinationSentence()),
      () => this.backgroundSentence(),
      () =>
        capFirst(
          endSentence(
            this.fill(r.pick([...(this.topic.detail ?? []), '{A.voice} gave no further details.'])),
          ),
        ),
    ];
    while (out.length < k) out.push(r.pick(extra)());
    return out;
  }

  /** Adds an elaboration before the final full stop of a plain sentence (not after a quote). */
  private elaborate(sentence: string, p: number): string {
    if (!/[a-z0-9]\.$/.test(sentence) || /["”]/.test(sentence) || sentence.length > 150) return sentence;
    return sentence.slice(0, -1) + this.elaboration(p) + '.';
  }

  private nominalSentence(): string {
    const st = this.stanceOf(this.main);
    const coop = [
      'The [talks|meeting] between {A.lead} and {B.lead} [lasted|went on for] about {n.mins} minutes, officials said.',
      'A phone conversation between the two leaders {T.rp} was the first since {T.fpb}.',
      'The visit by {A.lead} to {B.cap} is part of a [regional tour|wider effort to repair ties|push for new investment].',
      'Relations between {A.name} and {B.name} have [improved|warmed] {T.since}.',
      'The agreement between {A.name} and {B.name} [covers|includes] {topic}.',
    ];
    const hostile = [
      'The dispute between {A.name} and {B.name} over {issue} has [escalated|deepened|intensified] {T.dp}.',
      'Relations between {A} and {B} have [deteriorated|soured|been strained] {T.since}.',
      'The row is the [latest|most serious] in a series of clashes between the two [countries|governments|capitals].',
      '{A.poss} [condemnation|criticism] of {B} came {n.small} days after talks in {C.cap} [collapsed|broke down].',
      'Tensions between {A.name} and {B.name} have been high {T.since}.',
    ];
    const neutral = [
      'The [appeal|call] from {A} is the latest in a series of diplomatic efforts over {issue}.',
      'Talks between {A.name} and {B.name} on {topic} have [stalled|made little progress] {T.dp}.',
    ];
    return this.elaborate(
      capFirst(
        endSentence(
          this.fill(this.fresh(st === 'cooperative' ? coop : st === 'hostile' ? hostile : neutral)),
        ),
      ),
      0.3,
    );
  }

  private coordinationSentence(): string {
    const tpl = this.fresh([
      '{A.lead} and {B.lead} agreed to {goal}.',
      'The two [leaders|sides|governments] agreed to {goal} {T.fu}.',
      '{A.name} and {B.name} [pledged|promised|vowed] to {goal}.',
      'Both sides agreed to {goal}, {A.voice} said.',
      '{A.name} and {C.name} [jointly called on|urged] {B} to {dem}.',
      '{A.fm} and {B.fm} [met|held talks] in {C.cap} {T.rp2} and agreed to {goal}.',
    ]);
    return this.elaborate(capFirst(endSentence(this.fill(tpl))), 0.2);
  }

  private backgroundSentence(): string {
    const r = this.rng;
    const { A } = this.sides;
    const choice = r.int(0, 9);
    if (choice === 0) {
      // A former office holder.
      const office = A.lead;
      const pastYear = this.year - r.int(3, 15);
      const p = officeHolder(A, office, pastYear);
      const title = officeTitle(A, office);
      const now = this.person(A, office);
      const who =
        p.full === now.full
          ? this.personRef(A, office)
          : title.monarch
            ? p.full
            : `then-${title.lower} ${p.full}`;
      return endSentence(
        capFirst(
          this.fill(
            `In ${pastYear}, ${who} [visited {B.cap}|hosted {B.lead} in {A.cap}|signed {deal} with {B.name}|broke off talks with {B.name}]`,
          ),
        ),
      );
    }
    if (choice === 1) {
      const subjSide: Side = r.chance(0.5) ? 'B' : 'A';
      const lemmas = [...this.topic.replyHostile, ...this.topic.replyCooperative];
      const past = this.makeInteraction(subjSide, subjSide === 'A' ? 'B' : 'A', r.pick(lemmas), 'reply');
      return this.eventSentence(past, this.time.farPast());
    }
    const tpls = [
      '{A.name} and {B.name} established diplomatic relations in {T.oldyr}.',
      'The two countries [were bitter rivals|were close allies|clashed repeatedly over {topic}] in the {T.dec}.',
      '{A} has on numerous occasions accused {B} of {acc}.',
      'The [dispute|rivalry|friendship] between the two [goes|dates] back {T.back}.',
      '{A.adj} and {B.adj} officials [meet|hold talks] {T.set} to discuss {topic}.',
      'The last [summit|meeting] between the two leaders took place {T.fp}.',
      '{A.name} has been one of the [largest investors in|main trading partners of|fiercest critics of] {B.name} {T.since}.',
      '{B.name} [denied|rejected] similar accusations {T.fp}.',
    ];
    return capFirst(endSentence(this.fill(this.fresh(tpls))));
  }

  private reply(k: number): string[] {
    const r = this.rng;
    const st = this.stanceOf(this.main);
    const lemmas =
      st === 'hostile'
        ? this.topic.replyHostile
        : st === 'cooperative'
          ? this.topic.replyCooperative
          : [...this.topic.replyHostile, ...this.topic.replyCooperative];
    const out: string[] = [];
    while (out.length < k) {
      const pick = r.int(0, 3);
      if (pick <= 1) {
        const I = this.makeInteraction('B', 'A', this.fresh(lemmas), 'reply');
        out.push(this.eventSentence(I, r.chance(0.6) ? this.time.recentPast() : null));
      } else if (pick === 2) {
        out.push(...this.quoteSentences('B', this.replyStance(st)));
      } else {
        out.push(
          capFirst(
            endSentence(
              this.asSpeaker('B', () =>
                this.fill(
                  this.fresh(
                    st === 'hostile'
                      ? [
                          '{A.voice} [dismissed|rejected] the [accusations|claims|allegations] as {q.frag}.',
                          '{A.off} denied any wrongdoing.',
                          '{A.lead} has denied any [involvement|interference].',
                          '{A.voice} said it would respond "in a proportionate manner".',
                        ]
                      : [
                          '{A.voice} said {A.lead} [had accepted|welcomed] the invitation.',
                          '{A.off} described the [talks|call|meeting] as {q.frag}.',
                          '{A.voice} said the two sides would [stay in close contact|meet again soon].',
                        ],
                  ),
                ),
              ),
            ),
          ),
        );
      }
    }
    return out.slice(0, Math.max(k, 1));
  }

  private replyStance(st: Stance): Stance {
    return st === 'hostile'
      ? 'hostile'
      : st === 'cooperative'
        ? 'cooperative'
        : this.rng.pick(['neutral', 'hostile']);
  }

  private negatedSentence(I: Interaction): string {
    const c = this.clause(I, 'neg');
    return this.elaborate(endSentence(capFirst(`${c.subj} ${c.pred}`)), 0.3);
  }

  private orgRole(k: number): string[] {
    const r = this.rng;
    const out: string[] = [];
    while (out.length < k) {
      const pick = r.int(0, 3);
      if (pick === 0) {
        const I = this.orgInteraction(r.chance(0.5) ? 'A' : 'B');
        out.push(
          this.eventSentence(I, r.chance(0.5) ? this.time.recentPast() : null, {
            speaker: this.orgRef(this.org),
          }),
        );
      } else if (pick === 1) {
        out.push(...this.quoteSentences('O', 'neutral'));
      } else if (pick === 2) {
        out.push(
          capFirst(
            endSentence(
              this.fill(
                this.fresh([
                  '{O.body} will meet {T.fup} to discuss {issue}.',
                  '{O.body} held an emergency session {T.rp2} at the request of {A.name}.',
                  'The {O.adj} has [called for|repeatedly urged] an independent investigation.',
                  '{O.head} is due to travel to {B.cap} {T.fup}.',
                  'A spokesperson for the {O.adj} in {O.seat} said the organisation was [monitoring the situation|ready to help|in touch with both governments].',
                ]),
              ),
            ),
          ),
        );
      } else {
        const I = this.orgInteraction(r.chance(0.5) ? 'A' : 'B');
        out.push(this.negatedOrFuture(I));
      }
    }
    return out;
  }

  private negatedOrFuture(I: Interaction): string {
    const r = this.rng;
    const form: ClauseForm = r.pick(['neg', 'future', 'intent']);
    const c = this.clause(I, form);
    const tm = form === 'future' && r.chance(0.6) ? ' ' + this.time.future() : '';
    return endSentence(capFirst(`${c.subj} ${c.pred}${tm}`));
  }

  private third(k: number): string[] {
    const r = this.rng;
    const out: string[] = [];
    const geoGroups: Record<string, string[]> = {
      europe: ['European leaders', 'EU foreign ministers', 'Western governments'],
      eurasia: ['European leaders', 'Western governments', 'Nato allies'],
      mena: ['Gulf states', 'Arab foreign ministers', 'Western governments'],
      africa: ['African leaders', 'regional governments', 'donor countries'],
      asia: ['Asian governments', 'regional powers', 'G7 foreign ministers'],
      americas: ['Latin American governments', 'regional leaders'],
      oceania: ['Pacific island states', 'regional governments'],
    };
    while (out.length < k) {
      const pick = r.int(0, 4);
      if (pick <= 1) {
        const I = this.makeInteraction('C', r.chance(0.6) ? 'A' : 'B', r.pick(this.topic.third), 'third');
        out.push(
          r.chance(0.25)
            ? this.negatedSentence(I)
            : this.eventSentence(I, r.chance(0.5) ? this.time.recentPast() : null),
        );
      } else if (pick === 2) {
        out.push(...this.quoteSentences('C', r.pick(['neutral', 'neutral', this.stanceOf(this.main)])));
      } else if (pick === 3) {
        const who = r.pick(geoGroups[this.sides.A.geo] ?? ['Western governments']);
        out.push(
          capFirst(
            endSentence(
              this.fill(
                `${who} ${this.fresh([
                  'have [urged|called on] both sides to {dem}',
                  'were [divided|cautious] in their response',
                  '[welcomed|criticised] the move {T.rp2}',
                  'did not [condemn|comment on] {A.poss} decision',
                  'are expected to discuss the [issue|crisis] at a meeting {T.fup}',
                ])}`,
              ),
            ),
          ),
        );
      } else {
        out.push(this.coordinationSentence());
      }
    }
    return out;
  }

  private background(k: number): string[] {
    const out: string[] = [];
    while (out.length < k) out.push(this.backgroundSentence());
    return out;
  }

  private detail(k: number): string[] {
    const r = this.rng;
    const generic = [
      'The {A.adj} economy grew by {n.pct} in {T.quarter}, official figures showed.',
      '{A.min} runs a 24/7 hotline for citizens abroad, which has received more than {n.count} calls {T.dp}.',
      'The package is worth {n.money}, or roughly {n.pct} of {A.namePoss} annual defence budget.',
      'Resolution {n.res}, adopted by the Security Council in {T.yr}, calls for {dem2}.',
      'The meeting, held in Room {n.room} of the conference centre in {B.cap}, lasted {T.dshort}.',
      'About {n.count} {A.adj} troops are stationed in the region, and another {n.count} are on standby.',
      '{Gen} {C.defname}, the head of the {A.adj} joint staff, said the army was ready for "any scenario".',
      'A {n.pages}-page report published {T.rp2} put the cost of the [dispute|crisis] at {n.money}.',
      'Officials [gave no date|did not set a date] for the [meeting|next round of talks].',
      '{A.min} published the note, dated {T.iso}, on its website.',
      'The [memo|letter|note verbale], dated {T.iso} and seen by {outlet}, runs to {n.small} pages.',
      'A court filing dated {T.iso} lists {n.count} claims against the {B.adj} state.',
      'Flights between {A.cap} and {B.cap} [were suspended|resumed] at {T.clock} {T.rp2}.',
      '{A.aadj} court ruled on {T.date} that the [contract|agreement] was valid.',
      'The {A.adj} [currency|stock market] fell {n.spct} after the announcement, its lowest level since {T.fpb}.',
    ];
    const topicDetail = this.topic.detail ?? [];
    const out: string[] = [];
    while (out.length < k) {
      const topicLeft = topicDetail.filter((t) => !this.used.has(t));
      const tpl = topicLeft.length > 0 && r.chance(0.5) ? this.fresh(topicLeft) : this.fresh(generic);
      out.push(capFirst(endSentence(this.fillDetail(tpl))));
    }
    return out;
  }

  private fillDetail(tpl: string): string {
    const r = this.rng;
    return this.fill(
      tpl
        .replace(
          '{dem2}',
          r.pick([
            'an immediate ceasefire',
            'the withdrawal of foreign forces',
            'unhindered humanitarian access',
            'a negotiated settlement',
          ]),
        )
        .replace('{C.defname}', this.person(this.sides.A, 'def').full),
    );
  }

  private analystRole(k: number): string[] {
    const r = this.rng;
    const out: string[] = [];
    while (out.length < k) {
      const pick = r.int(0, 2);
      if (pick === 0) {
        const body = this.quoteBody(r.pick(['neutral', this.stanceOf(this.main)]));
        out.push(endSentence(`${this.q(body.join(' ').replace(/\.$/, ','))} said ${this.analyst(false)}`));
      } else if (pick === 1) {
        out.push(
          capFirst(
            endSentence(
              `${this.analyst(true)} ${this.fill(
                this.fresh([
                  'said the [move|decision|visit] showed that {A.name} was [keen|determined|reluctant] to {goal}',
                  'said {B.name} had little room for manoeuvre',
                  'said the [crisis|dispute] could last {T.dm}',
                  'said it was the most serious [crisis|rift] between the two since the {T.dec}',
                ]),
              )}`,
            ),
          ),
        );
      } else {
        out.push(
          capFirst(
            endSentence(
              this.fill(
                this.fresh([
                  'Analysts say {A.name} [is trying to|hopes to|wants to] {goal}.',
                  'Some diplomats in {B.cap} [fear|worry] that the [row|dispute] could spill over into {topic}.',
                  'Observers note that {A.lead} has [softened|hardened] {A.his} tone [recently|in recent weeks|since taking office].',
                  'It is not clear whether {B.name} will {dem}.',
                ]),
              ),
            ),
          ),
        );
      }
    }
    return out;
  }

  private media(k: number): string[] {
    const r = this.rng;
    const out: string[] = [];
    while (out.length < k) {
      const side: Side = r.chance(0.5) ? 'A' : 'C';
      const other: Side = side === 'A' ? 'B' : r.chance(0.5) ? 'A' : 'B';
      const st = this.stanceOf(this.main);
      const replies = st === 'cooperative' ? this.topic.replyCooperative : this.topic.replyHostile;
      const lemmas = [...replies, ...this.topic.third];
      const I = this.makeInteraction(side, other, r.pick(lemmas), 'third');
      const c = this.clause(I, 'past');
      const outlet = this.outlet();
      const shape = r.int(0, 3);
      if (shape === 0)
        out.push(
          endSentence(capFirst(`${outlet} reported ${this.time.recentPast()} that ${c.subj} ${c.pred}`)),
        );
      else if (shape === 1)
        out.push(
          endSentence(
            capFirst(
              `${c.subj} ${c.pred}, ${outlet} reported, citing ${r.pick(['unnamed officials', 'a senior diplomat', 'sources close to the government', 'two people familiar with the matter'])}`,
            ),
          ),
        );
      else if (shape === 2) out.push(endSentence(capFirst(`According to ${outlet}, ${c.subj} ${c.pred}`)));
      else out.push(endSentence(capFirst(`Meanwhile ${c.subj} ${c.pred}, ${outlet} reported`)));
    }
    return out;
  }

  private quotesRole(k: number): string[] {
    const r = this.rng;
    const out: string[] = [];
    const st = this.stanceOf(this.main);
    while (out.length < k) {
      const side: Side = r.pick(['A', 'A', 'B', 'C']);
      out.push(
        ...this.quoteSentences(side, side === 'A' ? st : side === 'B' ? this.replyStance(st) : 'neutral'),
      );
    }
    return out;
  }

  private outlook(k: number): string[] {
    const r = this.rng;
    const out: string[] = [];
    while (out.length < k) {
      const pick = r.int(0, 2);
      if (pick === 0) {
        const I = this.makeInteraction(r.chance(0.6) ? 'A' : 'B', 'B', r.weighted(this.topic.main), 'third');
        if (I.subj.k === I.obj) continue;
        out.push(this.negatedOrFuture(I));
      } else {
        out.push(
          capFirst(
            endSentence(
              this.fill(
                this.fresh([
                  '{A.lead} is expected to [visit {B.cap}|meet {B.lead}|travel to {B.cap}] {T.fup}.',
                  'The two sides agreed to [meet again|continue the talks] {T.fup}.',
                  'A date for the next round of talks has not been set.',
                  'The agreement [takes|will take] effect {T.fu} and will be reviewed [annually|every year|every six months|each spring].',
                  '{A.voice} said further steps would be announced [soon|in the near future|at a later date|in the coming days].',
                  'The measures will remain in force {T.dm}.',
                  'The {O.adj} is due to publish its next report {T.fup}.',
                  'The two [leaders|sides] agreed to keep in touch and to meet {T.fup}.',
                  'No date has been set for a visit by {B.lead} to {A.cap}, though officials said one could come [soon|in the near future|at a later date].',
                ]),
              ),
            ),
          ),
        );
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // Headline and standfirst

  private headline(): string {
    const r = this.rng;
    this.headlineMode = true;
    this.mentioned.clear();
    let h: string;
    try {
      const I = this.main;
      const st = this.stanceOf(I);
      const choice = r.int(0, 5);
      if (choice === 0 && this.topic.headlines) {
        h = this.fill(r.pick(this.topic.headlines));
      } else if (choice === 1) {
        const verbs =
          st === 'hostile'
            ? ['hits out at', 'responds to', 'reacts to', 'turns on']
            : st === 'cooperative'
              ? ['welcomes talks with', 'responds to', 'reaches out to', 'hails ties with']
              : ['responds to', 'reacts to'];
        h = `'${capFirst(r.pick(QUOTE_FRAGMENTS[st]))}': ${this.fill(`{A.name} ${r.pick(verbs)} {B.name}`)}`;
      } else if (choice === 2 && I.verb.passive) {
        // Headline passive drops the auxiliary: "Serbia condemned by Hungary".
        const c = this.clause({ ...I, tail: '' }, 'passive');
        h = `${c.subj} ${c.pred.replace(/^(was|were) /, '')}`;
      } else {
        const keepTail = !I.verb.tails.includes('') || r.chance(0.5);
        const c = this.clause({ ...I, tail: keepTail ? I.tail : '' }, 'present');
        h = `${c.subj} ${c.pred}`;
        if (r.chance(0.25))
          h += `, ${capFirst(stripThe(this.voice(this.countries.A)).replace(/^a /, ''))} says`;
      }
    } finally {
      this.headlineMode = false;
      this.mentioned.clear();
    }
    // Headlines drop the leading article: "Kremlin says …", "German foreign ministry …".
    h = capFirst(
      h
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.,]$/, '')
        .replace(/^the (?!Hague)/i, ''),
    );
    if (this.style === 'us' && r.chance(0.35)) h = titleCase(h);
    return h;
  }

  private standfirst(): string {
    const r = this.rng;
    this.mentioned.clear();
    let s: string;
    const choice = r.int(0, 3);
    if (choice === 0 && this.stanceOf(this.main) !== 'hostile') {
      const goal = this.fill('{goal}');
      const q = this.quoteStyle === 'straight' ? (x: string) => `'${x}'` : (x: string) => `‘${x}’`;
      s = this.fill(
        `{A.lead} and {B.lead} will [try to|seek to|aim to] ${q(goal)}, {A.voice} said [following|after] [talks|a phone call|a meeting] between the two`,
      );
    } else if (choice === 1) {
      const c = this.clause(this.main, 'perfect');
      s = `${c.subj} ${c.pred}, ${this.fill(r.pick(['in a move that is likely to [anger|please|worry] {C.name}', 'the latest twist in a [long-running|months-long] dispute over {issue}', 'as {O} [calls|pushes] for {topic} talks']))}`;
    } else if (choice === 2) {
      s = this.fill(
        r.pick(
          this.stanceOf(this.main) === 'cooperative'
            ? [
                '{A.leadShort} [says|insists] relations with {B.name} are [entering a new phase|on the right track]',
                '[Move|Decision] [comes|follows] [weeks|months] of [talks|quiet diplomacy] between {A.cap} and {B.cap}',
                'Officials in {B.cap} [say|hope] the [visit|agreement] could [boost|unlock] {topic}',
              ]
            : [
                '{A.leadShort} [says|insists] {A.name} will not [back down|give in to pressure] over {issue}',
                '[Move|Decision] [comes|follows] [weeks|months] of [tension|talks] between {A.cap} and {B.cap}',
                'Officials in {B.cap} [say|warn] the [dispute|decision] could [affect|derail] {topic}',
                '{O} [urges|calls on] both sides to {dem}',
              ],
        ),
      );
    } else {
      const c = this.clause(this.main, 'present');
      s = `${c.subj} ${c.pred}${this.fill(r.pick([' amid [tensions|a row|talks] over {issue}', ', {A.voice} says', ' as {O} [watches|looks on]', '']))}`;
    }
    s = capFirst(s.replace(/\s+/g, ' ').trim());
    return r.chance(0.5) ? endSentence(s) : s.replace(/[.]$/, '');
  }

  // ------------------------------------------------------------------------------------------
  // The whole article

  compose(): ComposedArticle {
    const r = this.rng;
    const title = this.headline();
    const standfirst = this.standfirst();
    this.mentioned.clear();

    // Mostly 6–12 paragraphs, sometimes a short item of 4–5.
    const nPar = r.chance(0.08) ? r.int(4, 6) : 8 + r.int(0, 2) + r.int(0, 2);
    const sentencesFor = (): number =>
      r.weighted([
        [1, 8],
        [2, 27],
        [3, 40],
        [4, 25],
      ]);
    type Role = (k: number) => string[];
    const pool: [Role, number][] = [
      [(k) => this.reply(k), 14],
      [(k) => this.orgRole(k), 10],
      [(k) => this.third(k), 10],
      [(k) => this.background(k), 12],
      [(k) => this.detail(k), 10],
      [(k) => this.analystRole(k), 6],
      [(k) => this.media(k), 7],
      [(k) => this.quotesRole(Math.min(k, 2)), 12],
    ];
    const paragraphs: string[][] = [];
    paragraphs.push(
      this.lead(
        r.weighted([
          [1, 15],
          [2, 50],
          [3, 35],
        ]),
      ),
    );
    const opening = this.quoteSentences('A', this.stanceOf(this.main));
    if (opening.length === 1 && r.chance(0.5))
      opening.push(r.chance(0.5) ? this.nominalSentence() : this.backgroundSentence());
    paragraphs.push(opening);
    // The other side usually answers early.
    paragraphs.push(this.reply(sentencesFor()));
    const middle = nPar - (nPar >= 5 ? 4 : 3);
    for (let i = 0; i < middle; i++) paragraphs.push(r.weighted(pool)(sentencesFor()));
    if (nPar >= 5) paragraphs.push(this.outlook(r.int(1, 3)));

    const lines = paragraphs.map((sents) => this.finishParagraph(sents.slice(0, 4).join(' ')));
    let text = [title, this.finishParagraph(standfirst), ...lines].join('\n') + '\n';
    let outTitle = title;
    if (this.style === 'us') {
      text = americanise(text);
      outTitle = americanise(title);
    }
    return { title: outTitle, text, published: isoDay(this.pubDay), source: this.source };
  }

  private finishParagraph(p: string): string {
    const clean = p
      .replace(/\s+/g, ' ')
      .replace(/ ,/g, ',')
      // "the U.S." ending a sentence takes no second full stop.
      .replace(/([A-Z]\.)\.(?=\s|$)/g, '$1')
      .trim();
    const curly = this.quoteStyle === 'curly' || (this.quoteStyle === 'mixed' && this.rng.chance(0.5));
    return curly ? curlify(clean) : clean;
  }
}

/** Straight quotes and apostrophes to typographic ones. */
export function curlify(s: string): string {
  return s
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/(^|[\s(])'/g, '$1‘')
    .replace(/'/g, '’');
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'on',
  'in',
  'to',
  'for',
  'by',
  'at',
  'with',
  'over',
  'from',
  'as',
]);

function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) =>
      i > 0 && SMALL_WORDS.has(w)
        ? w
        : w.length > 0 && /^[a-z]/.test(w)
          ? w[0]!.toUpperCase() + w.slice(1)
          : w,
    )
    .join(' ');
}
