/**
 * Interaction verbs across the CAMEO spectrum (statements, appeals, consultation, cooperation, aid,
 * demands, disapproval, rejection, threats, protest, coercion, assault). Each verb knows its forms,
 * what may stand as its object, which complements ("tails") it takes, and whether it passivises.
 */

export type { Stance } from '@/lib/model';
import type { Stance } from '@/lib/model';

/** What the object slot holds. */
export type ObjKind =
  | 'actor' // the other side itself: "Serbia", "the Serbian president"
  | 'leader' // the other side's leader
  | 'act' // the other side's action: "Serbia's decision to close the border"
  | 'coopAct' // a welcome action: "Serbia's offer of talks"
  | 'claims' // "Serbia's claims"
  | 'people' // "two Serbian journalists"
  | 'diplomats' // "four Serbian diplomats"
  | 'amb' // "Serbia's ambassador"
  | 'place' // "Serbia", "Belgrade"
  | 'targets' // "Serbian positions", "targets in Serbia"
  | 'vessel' // "a Serbian-flagged tanker"
  | 'aircraft' // "a Serbian military drone"
  | 'airspace' // "Serbia's airspace"
  | 'imports' // "imports from Serbia"
  | 'draft' // "a resolution drafted by Serbia"
  | 'officials'; // "five senior Serbian officials"

/** Complements after the object. */
export type TailKind =
  | ''
  | 'over'
  | 'for'
  | 'forCoop'
  | 'of'
  | 'on'
  | 'to'
  | 'against'
  | 'with'
  | 'in'
  | 'side'
  | 'forTalks'
  | 'toVisit'
  | 'about';

/** Who may be the subject. */
export type SubjKind =
  'state' | 'leader' | 'fm' | 'ministry' | 'officials' | 'military' | 'org' | 'orgHead' | 'group';

export interface VerbDef {
  lemma: string;
  /** CAMEO root code, for reference. */
  cameo: string;
  stance: Stance;
  base: string;
  s: string;
  past: string;
  pp: string;
  ing: string;
  /** Words between the verb and the object: "sanctions on", "by phone with". May hold {placeholders}. */
  mid?: string;
  objs: readonly ObjKind[];
  tails: readonly TailKind[];
  /** Regular passive: "<object> was <pp> [mid] by <subject>". */
  passive?: boolean;
  /** Subjects it fits (default: any state-side subject). */
  subj?: readonly SubjKind[];
  /** Nominalisation for "X's condemnation of Y". */
  noun?: string;
}

interface Opts {
  s?: string;
  past?: string;
  pp?: string;
  ing?: string;
  mid?: string;
  passive?: boolean;
  subj?: readonly SubjKind[];
  noun?: string;
}

function thirdPerson(b: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(b)) return b + 'es';
  if (/[^aeiou]y$/.test(b)) return b.slice(0, -1) + 'ies';
  return b + 's';
}

function pastOf(b: string): string {
  if (/e$/.test(b)) return b + 'd';
  if (/[^aeiou]y$/.test(b)) return b.slice(0, -1) + 'ied';
  return b + 'ed';
}

function ingOf(b: string): string {
  if (/ie$/.test(b)) return b.slice(0, -2) + 'ying';
  if (/[^e]e$/.test(b)) return b.slice(0, -1) + 'ing';
  return b + 'ing';
}

function v(
  lemma: string,
  cameo: string,
  stance: Stance,
  objs: readonly ObjKind[],
  tails: readonly TailKind[],
  o: Opts = {},
): VerbDef {
  const past = o.past ?? pastOf(lemma);
  return {
    lemma,
    cameo,
    stance,
    base: lemma,
    s: o.s ?? thirdPerson(lemma),
    past,
    pp: o.pp ?? past,
    ing: o.ing ?? ingOf(lemma),
    mid: o.mid,
    objs,
    tails,
    passive: o.passive,
    subj: o.subj,
    noun: o.noun,
  };
}

const STATE_ONLY: readonly SubjKind[] = ['state', 'ministry', 'officials'];
const PEOPLE: readonly SubjKind[] = ['leader', 'fm'];
const ARMED: readonly SubjKind[] = ['state', 'military', 'group'];

export const VERBS: readonly VerbDef[] = [
  // --- cooperative -------------------------------------------------------------------------
  v('praise', '051', 'cooperative', ['actor', 'coopAct'], ['forCoop', ''], { passive: true, noun: 'praise' }),
  v('welcome', '051', 'cooperative', ['coopAct'], ['', ''], { passive: true }),
  v('congratulate', '051', 'cooperative', ['leader'], ['on'], {
    passive: true,
    subj: PEOPLE,
    noun: 'congratulations',
  }),
  v('thank', '051', 'cooperative', ['actor'], ['forCoop'], { passive: true }),
  v('back', '057', 'cooperative', ['actor', 'coopAct'], [''], { passive: true }),
  v('support', '057', 'cooperative', ['coopAct', 'actor'], [''], { passive: true, noun: 'support' }),
  v('endorse', '057', 'cooperative', ['coopAct'], [''], { passive: true, noun: 'endorsement' }),
  v('defend', '057', 'cooperative', ['act'], [''], { passive: true }),
  v('host', '042', 'cooperative', ['leader'], ['forTalks', '', 'forTalks'], { passive: true, subj: PEOPLE }),
  v('visit', '042', 'cooperative', ['place'], ['forTalks', ''], { subj: ['leader', 'fm'], noun: 'visit' }),
  v('meet', '043', 'cooperative', ['leader'], ['in', 'side', ''], {
    past: 'met',
    ing: 'meeting',
    subj: PEOPLE,
    noun: 'meeting',
  }),
  v('hold', '043', 'cooperative', ['actor', 'leader'], ['in', 'about', ''], {
    past: 'held',
    mid: 'talks with',
    subj: ['leader', 'fm', 'state'],
    noun: 'talks',
  }),
  v('speak', '043', 'cooperative', ['leader'], ['', 'about'], {
    past: 'spoke',
    pp: 'spoken',
    mid: 'by phone with',
    subj: PEOPLE,
    noun: 'phone call',
  }),
  v('sign', '061', 'cooperative', ['actor'], ['', 'in'], { mid: '{deal} with', noun: 'agreement' }),
  v('pledge', '073', 'cooperative', ['actor'], ['', 'over'], {
    mid: '{n.money} in aid to',
    subj: ['state', 'leader'],
  }),
  v('send', '073', 'cooperative', ['actor', 'place'], [''], {
    past: 'sent',
    mid: '{aid} to',
    subj: STATE_ONLY,
  }),
  v('lift', '081', 'cooperative', ['actor'], ['', 'over'], { mid: 'sanctions on', subj: STATE_ONLY }),
  v('ease', '081', 'cooperative', ['actor'], [''], { mid: 'restrictions on', subj: STATE_ONLY }),
  v('release', '084', 'cooperative', ['people'], [''], { passive: true, subj: ['state'] }),
  v('invite', '036', 'cooperative', ['leader'], ['toVisit'], {
    passive: true,
    subj: PEOPLE,
    noun: 'invitation',
  }),
  v('reassure', '031', 'cooperative', ['actor', 'leader'], ['over', ''], { passive: true }),
  v('apologise', '055', 'cooperative', ['actor', 'leader'], ['over'], { mid: 'to' }),
  v('offer', '033', 'cooperative', ['actor'], [''], { mid: 'assistance to' }),
  v('recognise', '057', 'cooperative', ['coopAct'], [''], { passive: true }),

  // --- neutral -----------------------------------------------------------------------------
  v('urge', '021', 'neutral', ['actor', 'leader'], ['to'], { passive: true, noun: 'appeal' }),
  v('call', '021', 'neutral', ['actor'], ['to'], { mid: 'on' }),
  v('ask', '020', 'neutral', ['actor', 'leader'], ['to'], { passive: true }),
  v('discuss', '040', 'neutral', ['actor', 'leader'], [''], { mid: '{topic} with' }),
  v('consult', '040', 'neutral', ['actor'], ['about'], { passive: true }),
  v('respond', '020', 'neutral', ['claims', 'act'], [''], { mid: 'to' }),
  v('question', '111', 'neutral', ['claims', 'act'], [''], { passive: true }),

  // --- hostile -----------------------------------------------------------------------------
  v('condemn', '111', 'hostile', ['actor', 'act', 'act'], ['over', 'for', ''], {
    passive: true,
    noun: 'condemnation',
  }),
  v('criticise', '111', 'hostile', ['actor', 'act'], ['over', 'for', ''], {
    passive: true,
    noun: 'criticism',
  }),
  v('denounce', '111', 'hostile', ['act', 'actor'], ['', 'over'], { passive: true, noun: 'denunciation' }),
  v('accuse', '112', 'hostile', ['actor'], ['of'], { passive: true, noun: 'accusation' }),
  v('blame', '112', 'hostile', ['actor'], ['for'], { passive: true }),
  v('reject', '120', 'hostile', ['act', 'claims'], [''], { passive: true, noun: 'rejection' }),
  v('dismiss', '120', 'hostile', ['claims'], [''], { passive: true }),
  v('deny', '120', 'hostile', ['claims'], [''], { passive: true, noun: 'denial' }),
  v('warn', '130', 'hostile', ['actor', 'leader'], ['against', 'over'], { passive: true, noun: 'warning' }),
  v('threaten', '130', 'hostile', ['actor'], ['with'], { passive: true, noun: 'threat' }),
  v('demand', '100', 'hostile', ['actor'], [''], { mid: 'an explanation from' }),
  v('protest', '140', 'hostile', ['act'], [''], { mid: 'against', subj: ['state', 'ministry', 'group'] }),
  v('summon', '111', 'hostile', ['amb'], ['over', ''], { passive: true, subj: ['state', 'ministry'] }),
  v('expel', '161', 'hostile', ['diplomats'], ['', 'for'], {
    past: 'expelled',
    ing: 'expelling',
    passive: true,
    subj: STATE_ONLY,
    noun: 'expulsion',
  }),
  v('recall', '161', 'hostile', ['place'], ['over', ''], { mid: 'its ambassador from', subj: ['state'] }),
  v('suspend', '161', 'hostile', ['actor'], ['over', ''], { mid: 'talks with', subj: STATE_ONLY }),
  v('cut', '161', 'hostile', ['actor'], ['over'], {
    past: 'cut',
    ing: 'cutting',
    mid: 'diplomatic ties with',
    subj: ['state'],
  }),
  v('impose', '163', 'hostile', ['actor'], ['over', ''], {
    mid: 'sanctions on',
    subj: STATE_ONLY,
    noun: 'sanctions',
  }),
  v('extend', '163', 'hostile', ['actor'], ['over', ''], { mid: 'sanctions against', subj: STATE_ONLY }),
  v('sanction', '163', 'hostile', ['officials'], ['over', 'for'], { passive: true, subj: STATE_ONLY }),
  v('ban', '163', 'hostile', ['imports'], ['', 'over'], {
    past: 'banned',
    ing: 'banning',
    passive: true,
    subj: STATE_ONLY,
  }),
  v('veto', '163', 'hostile', ['draft'], [''], { s: 'vetoes', passive: true, subj: ['state'] }),
  v('detain', '173', 'hostile', ['people'], ['', 'of'], {
    passive: true,
    subj: ['state', 'military', 'group'],
  }),
  v('arrest', '173', 'hostile', ['people'], ['', 'of'], { passive: true, subj: ['state'] }),
  v('seize', '171', 'hostile', ['vessel'], ['', 'over'], { passive: true, subj: ['state', 'military'] }),
  v('intercept', '171', 'hostile', ['vessel', 'aircraft'], [''], {
    passive: true,
    subj: ['military', 'state'],
  }),
  v('violate', '152', 'hostile', ['airspace'], [''], { passive: true, subj: ['military', 'state'] }),
  v('deploy', '152', 'hostile', ['place'], [''], {
    mid: 'troops to the border with',
    subj: ['state', 'military'],
  }),
  v('attack', '190', 'hostile', ['targets'], [''], { passive: true, subj: ARMED, noun: 'attack' }),
  v('shell', '194', 'hostile', ['targets'], [''], { passive: true, subj: ARMED, noun: 'shelling' }),
  v('launch', '195', 'hostile', ['targets'], [''], { mid: 'air strikes on', subj: ['state', 'military'] }),
  v('fire', '195', 'hostile', ['targets'], [''], { mid: 'missiles at', subj: ARMED }),
  v('shoot', '190', 'hostile', ['aircraft'], [''], {
    past: 'shot',
    ing: 'shooting',
    mid: 'down',
    passive: true,
    subj: ['military', 'state'],
  }),
];

export const VERB_BY_LEMMA: ReadonlyMap<string, VerbDef> = new Map(VERBS.map((x) => [x.lemma, x]));

export function verb(lemma: string): VerbDef {
  const found = VERB_BY_LEMMA.get(lemma);
  if (!found) throw new Error(`unknown verb ${lemma}`);
  return found;
}

/** Past forms the articles use (before US spelling), for tests of variety. */
export function verbPastForms(): string[] {
  return VERBS.map((x) => (x.mid && !x.mid.includes('{') ? `${x.past} ${x.mid}` : x.past));
}
