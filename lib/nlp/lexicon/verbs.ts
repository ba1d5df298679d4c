/**
 * The verb classes: which words name an interaction, and what CAMEO event it is.
 *
 * Conventions the matcher (lib/nlp/interactions) relies on:
 * - Entries are lemmas as wink-nlp produces them, lower-case, American spelling ("criticize",
 *   "normalize"). The matcher folds British -ise/-isation to -ize/-ization, so only one spelling is
 *   listed. Words that end in -ise without being British spellings ("promise", "exercise") are
 *   listed as they are: the fold must be applied to entries and text alike.
 * - Multi-word entries are phrasal verbs or fixed phrases, matched on lemmas in order ("join force",
 *   "cut tie", "hold talk"). News puts determiners and possessives inside them ("lodged a protest",
 *   "recalled its ambassador", "expressed its readiness"), so the matcher should let those through;
 *   the examples here are written so that the entry also matches contiguously.
 * - An entry that ends in a preposition ("call on", "bow to", "travel to", "object to") takes its
 *   target from the noun phrase right after it: such classes need no `targetPreps` for it.
 * - When several entries match the same words, the longest wins ("pledge support" over "pledge",
 *   "lift sanction" over the noun "sanction", "phone call" over "call").
 * - Each entry sits in one class only, apart from `SHARED_ENTRIES` below.
 * - wink-nlp has its own lemmas: "dialogue" → "dialog", "according" → "accord", "arms" → "arm",
 *   so entries say "call for dialog", "arm sale". Gerund nouns come out either way depending on
 *   context ("killings" → "killing", but "a killing" is often tagged as the verb "kill"), so a class
 *   with an -ing noun also lists its verb ("fighting"/"fight", "shooting"/"shoot").
 *
 * Goldstein values follow the published CAMEO–Goldstein scale (as distributed with GDELT); where a
 * code has no published value (176 cyber attack) it takes its root's value. The scale does not always
 * agree in sign with the quad class the root falls in: 018/019 (+3.4) and 020–028 (−0.3…+4.0) sit in
 * the neutral quad, and 09x "investigate" (−2.0) sits in material cooperation. Those values are kept
 * as published; the quad and so the stance still follow the root.
 */
import type { Quad, Stance, VerbClass } from './types';

/** The two-digit CAMEO root of a code: "051" → 5, "1823" → 18. Throws on a malformed code. */
export function cameoRoot(code: string): number {
  if (!/^\d{2,4}$/.test(code)) throw new Error(`Not a CAMEO event code: "${code}"`);
  const root = Number(code.slice(0, 2));
  if (root < 1 || root > 20) throw new Error(`CAMEO root out of range 01–20: "${code}"`);
  return root;
}

/** CAMEO's statements (01) and appeals (02), which the CAMEO→PLOVER table leaves out. */
const STATEMENT_AND_APPEAL_CODES = /^(01[0-9]?|02[0-8]?|021[1-4]|023[1-4]|024[1-4]|025[1-6])$/;

/**
 * Whether a code is one of CAMEO's event codes: a code of the CAMEO→PLOVER table (`plover`, keyed
 * by code), or a statement or appeal code. A user's file may use another scheme ("W31", "1010").
 */
export function isCameoCode(code: string, plover: Readonly<Record<string, unknown>>): boolean {
  return Object.hasOwn(plover, code) || STATEMENT_AND_APPEAL_CODES.test(code);
}

/**
 * The quad class of a CAMEO code, by its root: 01–02 neutral, 03–05 verbal cooperation,
 * 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict.
 */
export function quadOfCameo(code: string): Quad {
  const root = cameoRoot(code);
  if (root <= 2) return 'neutral';
  if (root <= 5) return 'verbal_cooperation';
  if (root <= 9) return 'material_cooperation';
  if (root <= 14) return 'verbal_conflict';
  return 'material_conflict';
}

/** The stance a quad class carries: cooperation → cooperative, conflict → hostile. */
export function stanceOfQuad(quad: Quad): Stance {
  switch (quad) {
    case 'verbal_cooperation':
    case 'material_cooperation':
      return 'cooperative';
    case 'verbal_conflict':
    case 'material_conflict':
      return 'hostile';
    case 'neutral':
      return 'neutral';
  }
}

/**
 * Entries deliberately found in more than one class, with the reason. Everything else is unique
 * across all classes (verbs and nouns together).
 */
export const SHARED_ENTRIES: Readonly<Record<string, string>> = {
  // "X talked with Y" is a consultation (040); "talks" as a noun means negotiations (046).
  talk: 'verb "talk" → 040 consult; noun "talks" → 046 negotiate',
};

// prettier-ignore
export const VERB_CLASSES: VerbClass[] = [
  // ── 01 Make public statement (neutral) ────────────────────────────────────────────────────────
  {
    // These verbs are also REPORTING_VERBS: when they frame a clause ("announced that…") the
    // embedded event is coded; only a bare statement falls back to 010.
    type: 'make statement',
    cameo: '010',
    quad: 'neutral',
    goldstein: 0,
    verbs: [
      'comment', 'state', 'announce', 'declare', 'remark', 'note', 'reiterate', 'stress', 'emphasize',
      'point out',
    ],
    targetPreps: ['on', 'about'],
    objectIsTopic: true,
    example: { sentence: "Japan commented on China's new export rules.", source: 'Japan', target: 'China' },
  },
  {
    type: 'pessimistic comment',
    cameo: '012',
    quad: 'neutral',
    goldstein: -0.4,
    verbs: [
      'express concern', 'voice concern', 'express pessimism', 'voice pessimism', 'express doubt',
      'voice doubt', 'express alarm',
    ],
    targetPreps: ['about', 'over', 'at'],
    example: {
      sentence: "Australia voiced concern over China's growing presence in the Pacific.",
      source: 'Australia',
      target: 'China',
    },
  },
  {
    type: 'optimistic comment',
    cameo: '013',
    quad: 'neutral',
    goldstein: 0.4,
    verbs: ['express optimism', 'voice optimism', 'express hope', 'voice hope', 'express confidence'],
    targetPreps: ['about', 'over', 'for'],
    example: {
      sentence: "Greece expressed optimism about Turkey's new tone.",
      source: 'Greece',
      target: 'Turkey',
    },
  },
  {
    type: 'consider policy option',
    cameo: '014',
    quad: 'neutral',
    goldstein: 0,
    verbs: ['consider', 'weigh', 'mull', 'contemplate'],
    targetPreps: ['against', 'toward', 'on'],
    objectIsTopic: true,
    example: {
      sentence: 'Britain is weighing new measures against Iran.',
      source: 'Britain',
      target: 'Iran',
    },
  },
  {
    type: 'claim responsibility',
    cameo: '015',
    quad: 'neutral',
    goldstein: 0,
    verbs: ['claim responsibility', 'take responsibility', 'accept responsibility', 'admit', 'acknowledge'],
    intransitive: true,
    example: {
      sentence: 'The Houthis claimed responsibility for the missile launch.',
      source: 'Houthis',
      target: null,
    },
  },
  {
    type: 'deny',
    cameo: '016',
    quad: 'neutral',
    goldstein: -2,
    verbs: [
      'deny', 'refute', 'reject accusation', 'reject allegation', 'dismiss accusation', 'dismiss allegation',
    ],
    nouns: ['denial'],
    intransitive: true,
    example: {
      sentence: 'Moscow denied any role in the sabotage of the pipeline.',
      source: 'Moscow',
      target: null,
    },
  },
  {
    type: 'symbolic act',
    cameo: '017',
    quad: 'neutral',
    goldstein: 0,
    verbs: ['pay tribute', 'pay homage', 'lay wreath', 'commemorate', 'honor'],
    nouns: ['minute of silence'],
    targetPreps: ['to'],
    example: {
      sentence: "Scholz laid wreaths at a memorial to Poland's war dead.",
      source: 'Scholz',
      target: 'Poland',
    },
  },
  {
    type: 'sympathize',
    cameo: '018',
    quad: 'neutral',
    goldstein: 3.4,
    verbs: [
      'sympathize', 'condole', 'mourn', 'express condolence', 'offer condolence', 'send condolence',
      'extend condolence', 'express sympathy', 'express solidarity',
    ],
    nouns: ['condolence', 'sympathy'],
    targetPreps: ['to', 'with'],
    example: {
      sentence: 'India sent condolences to Turkey after the earthquake.',
      source: 'India',
      target: 'Turkey',
    },
  },
  {
    type: 'express accord',
    cameo: '019',
    quad: 'neutral',
    goldstein: 3.4,
    verbs: ['agree with', 'concur', 'share view', 'see eye to eye'],
    targetPreps: ['with'],
    example: {
      sentence: 'Paris agreed with Berlin on the need for joint borrowing.',
      source: 'Paris',
      target: 'Berlin',
    },
  },

  // ── 02 Appeal (neutral) ───────────────────────────────────────────────────────────────────────
  {
    type: 'appeal',
    cameo: '020',
    quad: 'neutral',
    goldstein: 3,
    verbs: [
      'appeal', 'urge', 'call on', 'call upon', 'ask', 'request', 'plead', 'implore', 'beseech', 'exhort',
    ],
    nouns: ['appeal', 'request', 'plea'],
    targetPreps: ['to'],
    example: { sentence: 'The UN called on Myanmar to end the violence.', source: 'UN', target: 'Myanmar' },
  },
  {
    // "called for X": X is what is asked for; whoever is asked comes with "from".
    type: 'call for',
    cameo: '020',
    quad: 'neutral',
    goldstein: 3,
    verbs: ['call for', 'press for', 'push for'],
    targetPreps: ['from'],
    objectIsTopic: true,
    example: {
      sentence: 'Britain called for an explanation from Moscow.',
      source: 'Britain',
      target: 'Moscow',
    },
  },
  {
    type: 'appeal for support',
    cameo: '022',
    quad: 'neutral',
    goldstein: 3.2,
    verbs: [
      'seek support', 'request support', 'ask for support', 'appeal for support', 'seek cooperation',
      'seek investment', 'lobby',
    ],
    targetPreps: ['from'],
    example: {
      sentence: 'Ukraine sought support from Brazil for its peace plan.',
      source: 'Ukraine',
      target: 'Brazil',
    },
  },
  {
    type: 'appeal for aid',
    cameo: '023',
    quad: 'neutral',
    goldstein: 3.4,
    verbs: [
      'seek aid', 'request aid', 'ask for aid', 'appeal for aid', 'seek assistance', 'request assistance',
      'appeal for assistance', 'seek help', 'ask for help', 'appeal for help', 'seek loan', 'request loan',
      'seek bailout',
    ],
    targetPreps: ['from', 'to'],
    example: {
      sentence: 'Pakistan requested aid from China after the floods.',
      source: 'Pakistan',
      target: 'China',
    },
  },
  {
    type: 'appeal for reform',
    cameo: '024',
    quad: 'neutral',
    goldstein: -0.3,
    verbs: [
      'urge reform', 'call for reform', 'press for reform', 'push for reform', 'call for election',
      'call for resignation',
    ],
    targetPreps: ['in', 'of'],
    example: {
      sentence: "Brussels urged reform of Serbia's judiciary.",
      source: 'Brussels',
      target: 'Serbia',
    },
  },
  {
    type: 'appeal for de-escalation',
    cameo: '0256',
    quad: 'neutral',
    goldstein: -0.3,
    verbs: [
      'urge restraint', 'call for restraint', 'appeal for restraint', 'urge calm', 'call for calm',
      'urge ceasefire', 'call for ceasefire', 'call for truce', 'urge de-escalation',
      'call for de-escalation',
    ],
    targetPreps: ['on', 'from'],
    example: { sentence: 'China urged restraint on India and Pakistan.', source: 'China', target: 'India' },
  },
  {
    type: 'appeal to negotiate',
    cameo: '026',
    quad: 'neutral',
    goldstein: 4,
    verbs: [
      'call for talk', 'urge talk', 'seek talk', 'call for negotiation', 'urge negotiation',
      'call for dialog', 'urge dialog', 'seek dialog', 'seek meeting', 'request meeting',
    ],
    targetPreps: ['with'],
    example: { sentence: 'Seoul called for talks with Pyongyang.', source: 'Seoul', target: 'Pyongyang' },
  },
  {
    type: 'appeal for mediation',
    cameo: '028',
    quad: 'neutral',
    goldstein: 4,
    verbs: [
      'call for mediation', 'seek mediation', 'request mediation', 'ask for mediation',
      'appeal for mediation',
    ],
    targetPreps: ['from', 'by'],
    example: {
      sentence: 'Sudan sought mediation from the African Union.',
      source: 'Sudan',
      target: 'African Union',
    },
  },

  // ── 03 Express intent to cooperate (verbal cooperation) ───────────────────────────────────────
  {
    type: 'intent to cooperate',
    cameo: '030',
    quad: 'verbal_cooperation',
    goldstein: 4,
    verbs: [
      'pledge', 'promise', 'vow', 'commit', 'offer', 'look forward to', 'express readiness',
      'express willingness', 'express intent', 'seek closer tie', 'aim for cooperation',
    ],
    targetPreps: ['to', 'with'],
    example: {
      sentence: 'Vietnam pledged closer cooperation with the Philippines.',
      source: 'Vietnam',
      target: 'Philippines',
    },
  },
  {
    type: 'agree',
    cameo: '030',
    quad: 'verbal_cooperation',
    goldstein: 4,
    verbs: ['agree', 'reach consensus', 'reach understanding'],
    symmetric: true,
    targetPreps: ['with'],
    example: {
      sentence: 'Armenia and Azerbaijan agreed to demarcate part of their border.',
      source: 'Armenia',
      target: 'Azerbaijan',
    },
  },
  {
    type: 'intent to cooperate materially',
    cameo: '031',
    quad: 'verbal_cooperation',
    goldstein: 5.2,
    verbs: [
      'pledge cooperation', 'promise cooperation', 'offer cooperation', 'pledge to cooperate',
      'promise to cooperate', 'vow to cooperate', 'agree to cooperate', 'pledge investment',
      'promise investment', 'pledge to invest', 'promise to invest',
    ],
    targetPreps: ['in', 'with', 'to'],
    example: {
      sentence: "Saudi Arabia pledged investment in Egypt's Red Sea coast.",
      source: 'Saudi Arabia',
      target: 'Egypt',
    },
  },
  {
    type: 'intent to support',
    cameo: '032',
    quad: 'verbal_cooperation',
    goldstein: 4.5,
    verbs: [
      'pledge support', 'promise support', 'vow support', 'offer support', 'pledge to support',
      'promise to support', 'vow to support', 'pledge solidarity',
    ],
    targetPreps: ['to', 'for'],
    example: {
      sentence: "Lithuania pledged support for Ukraine's bid to join NATO.",
      source: 'Lithuania',
      target: 'Ukraine',
    },
  },
  {
    type: 'intent to provide aid',
    cameo: '033',
    quad: 'verbal_cooperation',
    goldstein: 5.2,
    verbs: [
      'pledge aid', 'promise aid', 'offer aid', 'pledge assistance', 'promise assistance', 'offer assistance',
      'offer help', 'pledge to help', 'offer to help', 'pledge funding', 'promise funding', 'pledge loan',
      'offer loan',
    ],
    targetPreps: ['to', 'for'],
    example: { sentence: "Norway pledged aid to Sudan's refugees.", source: 'Norway', target: 'Sudan' },
  },
  {
    type: 'agree to meet',
    cameo: '036',
    quad: 'verbal_cooperation',
    goldstein: 4,
    verbs: [
      'agree to meet', 'agree to talk', 'agree to hold talk', 'plan to meet', 'plan talk', 'arrange meeting',
      'schedule talk',
    ],
    symmetric: true,
    targetPreps: ['with'],
    example: { sentence: 'Putin and Trump agreed to meet in Alaska.', source: 'Putin', target: 'Trump' },
  },
  {
    type: 'invite',
    cameo: '036',
    quad: 'verbal_cooperation',
    goldstein: 4,
    verbs: [
      'invite', 'extend invitation', 'propose talk', 'offer talk', 'propose meeting', 'offer to meet',
      'offer to negotiate',
    ],
    nouns: ['invitation'],
    targetPreps: ['to'],
    example: { sentence: "Egypt invited Sudan's army chief to Cairo.", source: 'Egypt', target: 'Sudan' },
  },
  {
    type: 'offer to mediate',
    cameo: '039',
    quad: 'verbal_cooperation',
    goldstein: 5,
    verbs: ['offer to mediate', 'volunteer to mediate', 'offer mediation', 'propose mediation'],
    targetPreps: ['between'],
    example: {
      sentence: 'Turkey offered to mediate between Russia and Ukraine.',
      source: 'Turkey',
      target: 'Russia',
    },
  },

  // ── 04 Consult (verbal cooperation) ───────────────────────────────────────────────────────────
  {
    type: 'consult',
    cameo: '040',
    quad: 'verbal_cooperation',
    goldstein: 1,
    verbs: [
      'consult', 'confer', 'meet', 'talk', 'speak', 'sit down', 'keep in touch', 'stay in touch',
      'exchange view',
    ],
    nouns: ['meeting', 'consultation', 'dialog'],
    symmetric: true,
    targetPreps: ['with'],
    example: { sentence: 'Blinken met Wang Yi in Munich.', source: 'Blinken', target: 'Wang Yi' },
  },
  {
    type: 'discuss',
    cameo: '040',
    quad: 'verbal_cooperation',
    goldstein: 1,
    verbs: ['discuss', 'debate'],
    nouns: ['discussion'],
    symmetric: true,
    targetPreps: ['with'],
    objectIsTopic: true,
    example: {
      sentence: 'Japan discussed maritime security with the Philippines.',
      source: 'Japan',
      target: 'Philippines',
    },
  },
  {
    type: 'phone call',
    cameo: '041',
    quad: 'verbal_cooperation',
    goldstein: 1,
    verbs: ['phone', 'telephone', 'speak by phone', 'talk by phone', 'speak by telephone'],
    nouns: [
      'phone call', 'telephone call', 'call', 'phone conversation', 'telephone conversation', 'phone talk',
      'telephone talk', 'video call', 'video conference', 'videoconference',
    ],
    symmetric: true,
    targetPreps: ['with'],
    example: {
      sentence: 'Modi held a phone call with Zelensky on Monday.',
      source: 'Modi',
      target: 'Zelensky',
    },
  },
  {
    type: 'visit',
    cameo: '042',
    quad: 'verbal_cooperation',
    goldstein: 1.9,
    verbs: ['visit', 'travel to', 'fly to', 'arrive in', 'tour'],
    nouns: ['visit', 'state visit', 'official visit', 'trip'],
    targetPreps: ['to'],
    example: {
      sentence: 'Erdogan visited Saudi Arabia for the first time since 2017.',
      source: 'Erdogan',
      target: 'Saudi Arabia',
    },
  },
  {
    type: 'host',
    cameo: '043',
    quad: 'verbal_cooperation',
    goldstein: 2.8,
    verbs: ['host', 'welcome', 'receive', 'greet'],
    example: { sentence: 'Xi hosted Lula in Beijing.', source: 'Xi', target: 'Lula' },
  },
  {
    type: 'summit',
    cameo: '044',
    quad: 'verbal_cooperation',
    goldstein: 2.5,
    verbs: ['hold summit', 'meet on sideline'],
    nouns: ['summit', 'sideline meeting'],
    symmetric: true,
    targetPreps: ['with'],
    example: { sentence: 'Biden and Xi held a summit in San Francisco.', source: 'Biden', target: 'Xi' },
  },
  {
    type: 'mediate',
    cameo: '045',
    quad: 'verbal_cooperation',
    goldstein: 5,
    verbs: ['mediate', 'broker'],
    nouns: ['mediation'],
    targetPreps: ['between'],
    example: { sentence: 'Qatar is mediating between Israel and Hamas.', source: 'Qatar', target: 'Israel' },
  },
  {
    type: 'negotiate',
    cameo: '046',
    quad: 'verbal_cooperation',
    goldstein: 7,
    verbs: ['negotiate', 'bargain', 'hold talk', 'hold negotiation', 'resume talk', 'resume negotiation'],
    nouns: ['talk', 'negotiation', 'peace talk'],
    symmetric: true,
    targetPreps: ['with'],
    objectIsTopic: true,
    example: {
      sentence: 'Iran held talks with the United States in Oman.',
      source: 'Iran',
      target: 'United States',
    },
  },

  // ── 05 Engage in diplomatic cooperation (verbal cooperation) ──────────────────────────────────
  {
    type: 'improve relations',
    cameo: '050',
    quad: 'verbal_cooperation',
    goldstein: 3.5,
    verbs: [
      'normalize', 'reconcile', 'restore tie', 'restore relation', 'restore diplomatic tie',
      'restore diplomatic relation', 'establish tie', 'establish relation', 'establish diplomatic tie',
      'establish diplomatic relation', 'mend tie', 'mend fence', 'improve tie', 'improve relation',
      'strengthen tie', 'deepen tie', 'upgrade tie', 'upgrade relation', 'reopen embassy',
    ],
    nouns: ['rapprochement', 'normalization', 'reconciliation'],
    symmetric: true,
    targetPreps: ['with'],
    example: {
      sentence: 'Saudi Arabia and Iran restored diplomatic ties in 2023.',
      source: 'Saudi Arabia',
      target: 'Iran',
    },
  },
  {
    // "congratulate X on Y", "thank X for Y", "wish X success": the direct object is the target.
    type: 'praise',
    cameo: '051',
    quad: 'verbal_cooperation',
    goldstein: 3.4,
    verbs: [
      'praise', 'commend', 'hail', 'laud', 'applaud', 'salute', 'endorse', 'support', 'congratulate', 'thank',
      'wish success', 'express support', 'express gratitude', 'express appreciation',
    ],
    nouns: ['praise', 'congratulation', 'gratitude', 'endorsement'],
    targetPreps: ['to'],
    example: {
      sentence: 'Macron congratulated Meloni on her election victory.',
      source: 'Macron',
      target: 'Meloni',
    },
  },
  {
    type: 'defend verbally',
    cameo: '052',
    quad: 'verbal_cooperation',
    goldstein: 3.5,
    verbs: ['defend', 'stand by', 'stand up for', 'side with'],
    example: {
      sentence: 'Beijing defended Moscow at the Security Council.',
      source: 'Beijing',
      target: 'Moscow',
    },
  },
  {
    type: 'rally support',
    cameo: '053',
    quad: 'verbal_cooperation',
    goldstein: 3.8,
    verbs: [
      'rally support', 'drum up support', 'mobilize support', 'build support', 'rally behind', 'campaign for',
    ],
    targetPreps: ['for', 'behind'],
    example: {
      sentence: "Kenya rallied support for Haiti's security mission.",
      source: 'Kenya',
      target: 'Haiti',
    },
  },
  {
    type: 'recognize',
    cameo: '054',
    quad: 'verbal_cooperation',
    goldstein: 6,
    verbs: ['recognize', 'grant recognition', 'extend recognition'],
    nouns: ['recognition'],
    example: {
      sentence: 'Spain recognized Palestine as a state in 2024.',
      source: 'Spain',
      target: 'Palestine',
    },
  },
  {
    type: 'apologize',
    cameo: '055',
    quad: 'verbal_cooperation',
    goldstein: 7,
    verbs: ['apologize', 'express regret', 'express sorrow', 'say sorry', 'issue apology'],
    nouns: ['apology'],
    targetPreps: ['to'],
    example: {
      sentence: 'Japan apologized to South Korea for wartime forced labor.',
      source: 'Japan',
      target: 'South Korea',
    },
  },
  {
    type: 'forgive',
    cameo: '056',
    quad: 'verbal_cooperation',
    goldstein: 7,
    verbs: ['forgive', 'pardon', 'absolve', 'accept apology', 'grant amnesty'],
    nouns: ['pardon', 'amnesty'],
    targetPreps: ['to'],
    example: {
      sentence: 'Lukashenko pardoned a jailed German citizen.',
      source: 'Lukashenko',
      target: 'German',
    },
  },
  {
    type: 'sign agreement',
    cameo: '057',
    quad: 'verbal_cooperation',
    goldstein: 8,
    verbs: ['sign', 'ratify', 'ink', 'conclude agreement', 'conclude treaty', 'seal deal'],
    nouns: ['agreement', 'treaty', 'accord', 'pact', 'deal', 'peace deal', 'memorandum of understanding'],
    symmetric: true,
    targetPreps: ['with'],
    example: {
      sentence: 'Kyiv and Washington signed a minerals deal in April.',
      source: 'Kyiv',
      target: 'Washington',
    },
  },

  // ── 06 Engage in material cooperation ─────────────────────────────────────────────────────────
  {
    type: 'cooperate',
    cameo: '060',
    quad: 'material_cooperation',
    goldstein: 6,
    verbs: ['cooperate', 'collaborate', 'join force', 'work together', 'work with', 'team up', 'partner', 'share expertise', 'share intelligence', 'share information', 'exchange intelligence'],
    nouns: ['cooperation', 'collaboration', 'partnership'],
    symmetric: true,
    targetPreps: ['with'],
    example: {
      sentence: 'Indonesia and Australia joined forces against people smugglers.',
      source: 'Indonesia',
      target: 'Australia',
    },
  },
  {
    type: 'economic cooperation',
    cameo: '061',
    quad: 'material_cooperation',
    goldstein: 6.4,
    verbs: ['invest', 'expand trade', 'boost trade'],
    nouns: ['investment', 'trade deal', 'trade agreement', 'free trade agreement', 'economic cooperation'],
    targetPreps: ['in', 'with'],
    example: {
      sentence: "China invested heavily in Serbia's steel industry.",
      source: 'China',
      target: 'Serbia',
    },
  },
  {
    type: 'military cooperation',
    cameo: '062',
    quad: 'material_cooperation',
    goldstein: 7.4,
    verbs: [
      'hold joint exercise', 'conduct joint exercise', 'hold joint drill', 'conduct joint drill', 'train',
    ],
    nouns: [
      'joint exercise', 'joint drill', 'joint military exercise', 'joint naval exercise', 'joint patrol',
      'military cooperation', 'defense cooperation', 'defense pact',
    ],
    symmetric: true,
    targetPreps: ['with'],
    example: {
      sentence: 'India and France held joint naval exercises off Goa.',
      source: 'India',
      target: 'France',
    },
  },
  {
    // The person handed over is a topic; the state receiving them is the target.
    type: 'judicial cooperation',
    cameo: '063',
    quad: 'material_cooperation',
    goldstein: 7.4,
    verbs: ['extradite', 'hand over'],
    nouns: ['extradition'],
    targetPreps: ['to'],
    objectIsTopic: true,
    example: {
      sentence: 'Colombia extradited a drug lord to the United States.',
      source: 'Colombia',
      target: 'United States',
    },
  },

  // ── 07 Provide aid (material cooperation) ─────────────────────────────────────────────────────
  {
    type: 'provide aid',
    cameo: '070',
    quad: 'material_cooperation',
    goldstein: 7,
    verbs: [
      'aid', 'assist', 'help', 'supply', 'donate', 'send aid', 'give aid', 'provide aid', 'deliver aid',
      'provide assistance', 'send assistance', 'provide support', 'give support',
    ],
    nouns: ['aid', 'assistance', 'aid package', 'donation'],
    targetPreps: ['to'],
    example: {
      sentence: 'Japan donated emergency supplies to Morocco after the earthquake.',
      source: 'Japan',
      target: 'Morocco',
    },
  },
  {
    type: 'economic aid',
    cameo: '071',
    quad: 'material_cooperation',
    goldstein: 7.4,
    verbs: [
      'lend', 'fund', 'finance', 'bail out', 'extend loan', 'grant loan', 'provide loan', 'extend credit',
      'forgive debt', 'write off debt',
    ],
    nouns: [
      'loan', 'bailout', 'credit line', 'financial aid', 'economic aid', 'financial assistance',
      'debt relief',
    ],
    targetPreps: ['to', 'for'],
    example: {
      sentence: 'The IMF approved a $3 billion loan for Sri Lanka.',
      source: 'IMF',
      target: 'Sri Lanka',
    },
  },
  {
    // "arms" lemmatizes to "arm": "arm sale" is how "arms sales" reads in lemmas.
    type: 'military aid',
    cameo: '072',
    quad: 'material_cooperation',
    goldstein: 8.3,
    verbs: [
      'arm', 'supply weapon', 'send weapon', 'deliver weapon', 'provide weapon', 'ship weapon', 'supply arm',
      'send arm',
    ],
    nouns: [
      'military aid', 'military assistance', 'arm shipment', 'arm sale', 'weapon delivery', 'weapon package',
    ],
    targetPreps: ['to'],
    example: { sentence: 'Germany supplied weapons to Ukraine.', source: 'Germany', target: 'Ukraine' },
  },
  {
    type: 'humanitarian aid',
    cameo: '073',
    quad: 'material_cooperation',
    goldstein: 7.4,
    verbs: ['airdrop'],
    nouns: [
      'humanitarian aid', 'humanitarian assistance', 'food aid', 'medical aid', 'relief supply', 'aid convoy',
    ],
    targetPreps: ['to', 'into', 'for'],
    example: { sentence: 'Jordan airdropped humanitarian aid into Gaza.', source: 'Jordan', target: 'Gaza' },
  },
  {
    type: 'peacekeeping',
    cameo: '074',
    quad: 'material_cooperation',
    goldstein: 8.5,
    verbs: ['deploy peacekeeper', 'send peacekeeper', 'deploy peacekeeping force', 'send peacekeeping force'],
    nouns: ['peacekeeping', 'peacekeeper', 'peacekeeping force', 'peacekeeping mission'],
    targetPreps: ['to', 'in'],
    example: { sentence: 'Kenya sent peacekeepers to Haiti.', source: 'Kenya', target: 'Haiti' },
  },
  {
    type: 'grant asylum',
    cameo: '075',
    quad: 'material_cooperation',
    goldstein: 7,
    verbs: ['grant asylum', 'give asylum', 'offer asylum', 'grant refuge', 'give refuge', 'shelter'],
    nouns: ['asylum'],
    targetPreps: ['to'],
    example: {
      sentence: 'Ecuador granted asylum to the Swedish activist at its embassy.',
      source: 'Ecuador',
      target: 'Swedish',
    },
  },

  // ── 08 Yield (material cooperation) ───────────────────────────────────────────────────────────
  {
    type: 'yield',
    cameo: '080',
    quad: 'material_cooperation',
    goldstein: 5,
    verbs: ['yield', 'concede', 'relent', 'back down', 'give in', 'cave in', 'bow to', 'call off strike', 'pay compensation', 'compensate'],
    targetPreps: ['to', 'with'],
    example: {
      sentence: "Hungary gave in to Brussels over Sweden's NATO bid.",
      source: 'Hungary',
      target: 'Brussels',
    },
  },
  {
    type: 'ease restrictions',
    cameo: '081',
    quad: 'material_cooperation',
    goldstein: 5,
    verbs: [
      'ease restriction', 'lift restriction', 'relax restriction', 'lift ban', 'lift travel ban',
      'lift curfew', 'ease curfew', 'lift state of emergency', 'end state of emergency', 'lift martial law',
      'reopen border',
    ],
    targetPreps: ['on', 'for', 'in'],
    example: {
      sentence: 'Saudi Arabia lifted restrictions on Qatari flights.',
      source: 'Saudi Arabia',
      target: 'Qatari',
    },
  },
  {
    type: 'accede to demands',
    cameo: '083',
    quad: 'material_cooperation',
    goldstein: 5,
    verbs: [
      'accede to', 'comply with', 'meet demand', 'accept demand', 'agree to demand', 'heed call',
      'heed demand',
    ],
    example: {
      sentence: "Tehran complied with the IAEA's inspection regime.",
      source: 'Tehran',
      target: 'IAEA',
    },
  },
  {
    type: 'resign',
    cameo: '0831',
    quad: 'material_cooperation',
    goldstein: 5,
    verbs: ['resign', 'step down', 'quit'],
    nouns: ['resignation'],
    intransitive: true,
    example: { sentence: 'Sheikh Hasina resigned and fled to India.', source: 'Sheikh Hasina', target: null },
  },
  {
    type: 'release',
    cameo: '084',
    quad: 'material_cooperation',
    goldstein: 7,
    verbs: ['release', 'free', 'set free', 'hand back', 'repatriate'],
    nouns: ['release'],
    targetPreps: ['to'],
    example: { sentence: 'Russia released a US journalist on Thursday.', source: 'Russia', target: 'US' },
  },
  {
    type: 'prisoner exchange',
    cameo: '084',
    quad: 'material_cooperation',
    goldstein: 7,
    verbs: ['exchange prisoner', 'swap prisoner', 'trade prisoner'],
    nouns: ['prisoner swap', 'prisoner exchange'],
    symmetric: true,
    targetPreps: ['with'],
    example: {
      sentence: 'Russia and Ukraine exchanged prisoners on Friday.',
      source: 'Russia',
      target: 'Ukraine',
    },
  },
  {
    type: 'ease sanctions',
    cameo: '085',
    quad: 'material_cooperation',
    goldstein: 7,
    verbs: [
      'lift sanction', 'ease sanction', 'relax sanction', 'suspend sanction', 'waive sanction',
      'remove sanction', 'lift embargo', 'ease embargo', 'end embargo', 'lift tariff', 'cut tariff',
      'lower tariff', 'unfreeze asset',
    ],
    nouns: ['sanction relief'],
    targetPreps: ['on', 'against'],
    example: { sentence: 'Washington lifted sanctions on Syria.', source: 'Washington', target: 'Syria' },
  },
  {
    type: 'allow international involvement',
    cameo: '086',
    quad: 'material_cooperation',
    goldstein: 9,
    verbs: [
      'grant access', 'allow access', 'allow inspector', 'admit inspector', 'accept peacekeeper',
      'accept observer', 'allow aid', 'give permission', 'grant permission',
    ],
    targetPreps: ['to'],
    example: {
      sentence: 'Iran granted access to IAEA inspectors at Fordow.',
      source: 'Iran',
      target: 'IAEA',
    },
  },
  {
    type: 'de-escalate',
    cameo: '087',
    quad: 'material_cooperation',
    goldstein: 9,
    verbs: [
      'withdraw troop', 'withdraw force', 'withdraw soldier', 'pull out', 'pull back', 'stand down',
      'demobilize', 'de-escalate', 'disengage',
    ],
    nouns: ['withdrawal', 'troop withdrawal', 'pullout', 'de-escalation', 'disengagement'],
    targetPreps: ['from'],
    example: { sentence: 'Ethiopia withdrew troops from Somalia.', source: 'Ethiopia', target: 'Somalia' },
  },
  {
    type: 'ceasefire',
    cameo: '0871',
    quad: 'material_cooperation',
    goldstein: 9,
    verbs: ['declare ceasefire', 'agree to ceasefire', 'declare truce', 'agree to truce'],
    nouns: ['ceasefire', 'cease-fire', 'truce', 'armistice'],
    symmetric: true,
    targetPreps: ['with', 'between'],
    example: {
      sentence: 'Israel and Hezbollah agreed to a ceasefire in November.',
      source: 'Israel',
      target: 'Hezbollah',
    },
  },
  {
    type: 'retreat or surrender',
    cameo: '0874',
    quad: 'material_cooperation',
    goldstein: 10,
    verbs: ['retreat', 'surrender', 'capitulate', 'lay down arm', 'lay down weapon'],
    nouns: ['retreat', 'surrender'],
    intransitive: true,
    targetPreps: ['to'],
    example: {
      sentence: 'Ukrainian forces retreated from Avdiivka in February.',
      source: 'Ukrainian',
      target: null,
    },
  },

  // ── 09 Investigate (material cooperation by root; Goldstein −2.0 as published) ─────────────────
  {
    type: 'investigate',
    cameo: '090',
    quad: 'material_cooperation',
    goldstein: -2,
    verbs: [
      'investigate', 'probe', 'inquire', 'look into', 'open investigation', 'launch investigation',
      'open probe', 'launch probe', 'open inquiry', 'launch inquiry', 'inspect', 'examine', 're-examine',
    ],
    nouns: ['investigation', 'probe', 'inquiry'],
    targetPreps: ['into', 'in'],
    example: {
      sentence: 'The European Commission opened an investigation into TikTok.',
      source: 'European Commission',
      target: 'TikTok',
    },
  },

  // ── 10 Demand (verbal conflict) ───────────────────────────────────────────────────────────────
  {
    type: 'demand',
    cameo: '100',
    quad: 'verbal_conflict',
    goldstein: -5,
    verbs: ['demand', 'insist on'],
    nouns: ['demand'],
    targetPreps: ['from', 'of'],
    example: { sentence: 'Moscow demanded explanations from Warsaw.', source: 'Moscow', target: 'Warsaw' },
  },

  // ── 11 Disapprove (verbal conflict) ───────────────────────────────────────────────────────────
  {
    type: 'disapprove',
    cameo: '110',
    quad: 'verbal_conflict',
    goldstein: -2,
    verbs: [
      'disapprove', 'oppose', 'object to', 'frown on', 'take issue with', 'express displeasure',
      'express dissatisfaction', 'express disappointment', 'express opposition', 'voice opposition',
    ],
    example: {
      sentence: "Turkey objected to Sweden's NATO membership bid.",
      source: 'Turkey',
      target: 'Sweden',
    },
  },
  {
    type: 'criticize',
    cameo: '111',
    quad: 'verbal_conflict',
    goldstein: -2,
    verbs: [
      'criticize', 'condemn', 'denounce', 'blast', 'slam', 'decry', 'deplore', 'rebuke', 'reprimand',
      'lambaste', 'censure', 'chastise', 'castigate', 'berate', 'assail', 'excoriate',
    ],
    nouns: ['criticism', 'condemnation', 'denunciation', 'rebuke', 'censure'],
    targetPreps: ['of'],
    example: {
      sentence: "Germany criticized Israel's settlement expansion in the West Bank.",
      source: 'Germany',
      target: 'Israel',
    },
  },
  {
    // "accuse X of Y": the direct object is the target, "of" brings the charge.
    type: 'accuse',
    cameo: '112',
    quad: 'verbal_conflict',
    goldstein: -2,
    verbs: ['accuse', 'blame', 'allege', 'fault', 'implicate', 'present evidence', 'produce evidence'],
    nouns: ['accusation', 'allegation'],
    targetPreps: ['against'],
    example: {
      sentence: 'Azerbaijan accused Armenia of provocations along the border.',
      source: 'Azerbaijan',
      target: 'Armenia',
    },
  },
  {
    type: 'rally opposition',
    cameo: '113',
    quad: 'verbal_conflict',
    goldstein: -2,
    verbs: ['rally opposition', 'mobilize opposition', 'campaign against', 'lobby against'],
    example: {
      sentence: "Lithuania campaigned against Russia's return to the Olympics.",
      source: 'Lithuania',
      target: 'Russia',
    },
  },
  {
    // "summoned Russia's ambassador": the envoy's state is the target.
    type: 'complain officially',
    cameo: '114',
    quad: 'verbal_conflict',
    goldstein: -2,
    verbs: [
      'complain', 'summon', 'lodge protest', 'lodge complaint', 'file complaint', 'issue demarche',
      'deliver demarche',
    ],
    nouns: ['complaint', 'demarche', 'protest note', 'formal protest', 'note verbale'],
    targetPreps: ['to', 'against', 'with'],
    example: {
      sentence: "Poland summoned Russia's ambassador over the airspace violation.",
      source: 'Poland',
      target: 'Russia',
    },
  },
  {
    type: 'sue',
    cameo: '115',
    quad: 'verbal_conflict',
    goldstein: -2,
    verbs: ['sue', 'file lawsuit', 'file suit', 'file case', 'bring case', 'take to court'],
    nouns: ['lawsuit', 'legal action'],
    targetPreps: ['against'],
    example: {
      sentence: 'Ukraine sued Russia at the International Court of Justice.',
      source: 'Ukraine',
      target: 'Russia',
    },
  },

  // ── 12 Reject (verbal conflict) ───────────────────────────────────────────────────────────────
  {
    // "refuse" with a noun object rejects it; "refuse to" + verb is a negation (stance-cues NEGATIONS).
    type: 'reject',
    cameo: '120',
    quad: 'verbal_conflict',
    goldstein: -4,
    verbs: [
      'reject', 'refuse', 'rebuff', 'dismiss', 'spurn', 'repudiate', 'turn down', 'brush aside', 'refuse entry',
      'refuse admittance', 'bar entry',
    ],
    nouns: ['rejection'],
    // "refused entry to the refugees"
    targetPreps: ['to'],
    example: { sentence: "Israel rejected Hamas's latest proposal.", source: 'Israel', target: 'Hamas' },
  },
  {
    type: 'reject aid',
    cameo: '122',
    quad: 'verbal_conflict',
    goldstein: -4,
    verbs: [
      'reject aid', 'refuse aid', 'decline aid', 'turn down aid', 'reject assistance', 'refuse assistance',
      'decline assistance', 'turn down assistance',
    ],
    targetPreps: ['from'],
    example: {
      sentence: 'Eritrea rejected aid from the United Nations.',
      source: 'Eritrea',
      target: 'United Nations',
    },
  },
  {
    type: 'refuse to yield',
    cameo: '124',
    quad: 'verbal_conflict',
    goldstein: -4,
    verbs: [
      'refuse to yield', 'refuse to back down', 'refuse to budge', 'refuse to concede', 'refuse to withdraw',
      'stand firm', 'hold firm',
    ],
    targetPreps: ['against', 'with', 'to'],
    example: {
      sentence: 'Venezuela refused to back down in its dispute with Guyana.',
      source: 'Venezuela',
      target: 'Guyana',
    },
  },
  {
    type: 'reject talks',
    cameo: '125',
    quad: 'verbal_conflict',
    goldstein: -5,
    verbs: [
      'reject talk', 'refuse talk', 'rule out talk', 'reject negotiation', 'rule out negotiation',
      'reject dialog', 'rule out dialog', 'refuse to negotiate', 'refuse to meet', 'refuse to talk', 'snub',
    ],
    targetPreps: ['with'],
    example: { sentence: 'Kyiv ruled out talks with Moscow.', source: 'Kyiv', target: 'Moscow' },
  },
  {
    type: 'defy norms',
    cameo: '128',
    quad: 'verbal_conflict',
    goldstein: -5,
    verbs: ['defy', 'flout', 'violate', 'breach', 'disregard'],
    example: {
      sentence: 'North Korea defied the United Nations by launching a satellite.',
      source: 'North Korea',
      target: 'United Nations',
    },
  },
  {
    type: 'veto',
    cameo: '129',
    quad: 'verbal_conflict',
    goldstein: -5,
    verbs: ['veto', 'block'],
    nouns: ['veto'],
    example: { sentence: 'Russia vetoed a US resolution on Gaza.', source: 'Russia', target: 'US' },
  },

  // ── 13 Threaten (verbal conflict) ─────────────────────────────────────────────────────────────
  {
    type: 'threaten',
    cameo: '130',
    quad: 'verbal_conflict',
    goldstein: -4.4,
    verbs: ['threaten', 'warn'],
    nouns: ['threat', 'warning'],
    targetPreps: ['against'],
    example: {
      sentence: 'Beijing warned Manila against further provocations in the South China Sea.',
      source: 'Beijing',
      target: 'Manila',
    },
  },
  {
    type: 'threaten sanctions',
    cameo: '131',
    quad: 'verbal_conflict',
    goldstein: -5.8,
    verbs: [
      'threaten sanction', 'threaten to sanction', 'threaten tariff', 'threaten embargo', 'threaten boycott',
      'threaten to impose', 'threaten to cut', 'threaten to suspend', 'threaten to freeze',
      'threaten to expel',
    ],
    targetPreps: ['on', 'against'],
    example: { sentence: 'Trump threatened tariffs on Canada.', source: 'Trump', target: 'Canada' },
  },
  {
    type: 'threaten to halt talks',
    cameo: '134',
    quad: 'verbal_conflict',
    goldstein: -5.8,
    verbs: [
      'threaten to walk out', 'threaten to quit', 'threaten to abandon', 'threaten to pull out',
      'threaten to withdraw',
    ],
    targetPreps: ['with'],
    example: {
      sentence: 'Hamas threatened to walk out of talks with Israel.',
      source: 'Hamas',
      target: 'Israel',
    },
  },
  {
    type: 'threaten force',
    cameo: '138',
    quad: 'verbal_conflict',
    goldstein: -7,
    verbs: [
      'threaten force', 'threaten military action', 'threaten war', 'threaten to attack',
      'threaten to strike', 'threaten to invade', 'threaten to bomb', 'threaten retaliation',
      'threaten to retaliate', 'vow retaliation', 'vow to retaliate', 'vow revenge',
    ],
    targetPreps: ['against', 'on'],
    example: { sentence: 'Iran vowed retaliation against Israel.', source: 'Iran', target: 'Israel' },
  },
  {
    type: 'ultimatum',
    cameo: '139',
    quad: 'verbal_conflict',
    goldstein: -7,
    verbs: ['give ultimatum', 'issue ultimatum', 'set deadline'],
    nouns: ['ultimatum'],
    targetPreps: ['to'],
    example: {
      sentence: "Azerbaijan issued an ultimatum to Karabakh's separatists.",
      source: 'Azerbaijan',
      target: 'Karabakh',
    },
  },

  // ── 14 Protest (verbal conflict) ──────────────────────────────────────────────────────────────
  {
    type: 'protest',
    cameo: '140',
    quad: 'verbal_conflict',
    goldstein: -6.5,
    verbs: ['protest', 'rally against', 'march against', 'voice protest'],
    nouns: ['protest'],
    targetPreps: ['against', 'outside'],
    example: {
      sentence: "Serbian students protested against Vucic's government.",
      source: 'Serbian students',
      target: 'Vucic',
    },
  },
  {
    type: 'demonstrate',
    cameo: '141',
    quad: 'verbal_conflict',
    goldstein: -6.5,
    verbs: ['demonstrate', 'rally', 'march', 'stage sit-in'],
    nouns: ['demonstration', 'rally', 'sit-in'],
    targetPreps: ['outside', 'against', 'at'],
    example: {
      sentence: 'Kenyan activists demonstrated outside the US embassy in Nairobi.',
      source: 'Kenyan activists',
      target: 'US',
    },
  },
  {
    type: 'strike or boycott',
    cameo: '143',
    quad: 'verbal_conflict',
    goldstein: -6.5,
    verbs: ['boycott', 'go on strike', 'stage walkout', 'walk out'],
    nouns: [
      'boycott', 'general strike', 'hunger strike', 'walkout', 'day strike', 'labor strike', 'nationwide strike',
      'national strike', 'teacher strike', 'worker strike',
    ],
    example: {
      sentence: "The United States boycotted Beijing's Winter Olympics.",
      source: 'United States',
      target: 'Beijing',
    },
  },
  {
    type: 'obstruct',
    cameo: '144',
    quad: 'verbal_conflict',
    goldstein: -7.5,
    verbs: ['obstruct', 'barricade', 'block road', 'blockade road', 'block border crossing', 'block street'],
    nouns: ['roadblock'],
    targetPreps: ['to', 'with'],
    example: {
      sentence: 'Polish farmers blocked roads at the border with Ukraine.',
      source: 'Polish farmers',
      target: 'Ukraine',
    },
  },
  {
    type: 'riot',
    cameo: '145',
    quad: 'verbal_conflict',
    goldstein: -7.5,
    verbs: ['riot', 'storm', 'ransack', 'torch', 'throw stone', 'hurl stone', 'set fire to', 'set on fire'],
    nouns: ['riot'],
    example: {
      sentence: "Iranian protesters stormed Saudi Arabia's embassy in Tehran.",
      source: 'Iranian protesters',
      target: 'Saudi Arabia',
    },
  },

  // ── 15 Exhibit force posture (material conflict) ──────────────────────────────────────────────
  {
    type: 'show of force',
    cameo: '150',
    quad: 'material_conflict',
    goldstein: -7.2,
    verbs: [
      'hold drill', 'stage drill', 'conduct drill', 'send warship', 'scramble jet', 'test-fire',
      'put on alert',
    ],
    nouns: [
      'military drill', 'naval drill', 'military exercise', 'war game', 'show of force', 'missile test',
      'live-fire drill',
    ],
    targetPreps: ['around', 'near', 'off', 'against'],
    example: { sentence: 'China staged military drills around Taiwan.', source: 'China', target: 'Taiwan' },
  },
  {
    type: 'mobilize',
    cameo: '154',
    quad: 'material_conflict',
    goldstein: -7.2,
    verbs: [
      'mobilize', 'deploy', 'amass', 'reinforce', 'mass troop', 'deploy troop', 'send troop', 'station troop',
      'build up',
    ],
    nouns: ['mobilization', 'deployment', 'buildup', 'troop buildup', 'military buildup'],
    targetPreps: ['to', 'near', 'along', 'on'],
    example: { sentence: "Russia massed troops near Ukraine's border.", source: 'Russia', target: 'Ukraine' },
  },

  // ── 16 Reduce relations (material conflict) ───────────────────────────────────────────────────
  {
    type: 'reduce relations',
    cameo: '160',
    quad: 'material_conflict',
    goldstein: -4,
    verbs: [
      'downgrade tie', 'downgrade relation', 'downgrade diplomatic tie', 'downgrade diplomatic relation',
      'freeze tie', 'freeze relation', 'suspend tie', 'suspend relation', 'suspend diplomatic relation',
      'reduce tie', 'scale back tie', 'close embassy', 'close border', 'seal border', 'shut border', 'suspend air link', 'suspend link', 'suspend flight', 'advise against travel', 'warn against travel',
    ],
    targetPreps: ['with', 'to'],
    example: {
      sentence: 'Lithuania downgraded ties with China over Taiwan.',
      source: 'Lithuania',
      target: 'China',
    },
  },
  {
    type: 'break relations',
    cameo: '161',
    quad: 'material_conflict',
    goldstein: -4,
    verbs: [
      'cut tie', 'cut relation', 'cut diplomatic tie', 'cut diplomatic relation', 'sever tie',
      'sever relation', 'sever diplomatic tie', 'sever diplomatic relation', 'break tie', 'break relation',
      'break diplomatic relation', 'break off tie', 'break off relation', 'break off diplomatic tie',
      'break off diplomatic relation',
    ],
    targetPreps: ['with'],
    example: {
      sentence: 'Nicaragua severed diplomatic ties with Taiwan.',
      source: 'Nicaragua',
      target: 'Taiwan',
    },
  },
  {
    type: 'reduce aid',
    cameo: '162',
    quad: 'material_conflict',
    goldstein: -5.6,
    verbs: [
      'cut aid', 'suspend aid', 'halt aid', 'freeze aid', 'withhold aid', 'stop aid', 'pause aid',
      'cut assistance', 'suspend assistance', 'cut funding', 'suspend funding', 'halt funding',
      'freeze funding', 'pause funding', 'withhold funding',
    ],
    targetPreps: ['to', 'for', 'in'],
    example: { sentence: 'Sweden suspended aid to Niger after the coup.', source: 'Sweden', target: 'Niger' },
  },
  {
    type: 'sanction',
    cameo: '163',
    quad: 'material_conflict',
    goldstein: -8,
    verbs: [
      'sanction', 'embargo', 'blacklist', 'impose sanction', 'slap sanction', 'tighten sanction',
      'expand sanction', 'impose embargo', 'impose tariff', 'slap tariff', 'raise tariff', 'freeze asset',
    ],
    nouns: [
      'sanction', 'embargo', 'arm embargo', 'tariff', 'export ban', 'export control', 'trade ban',
      'asset freeze',
    ],
    targetPreps: ['on', 'against'],
    example: { sentence: "The EU imposed sanctions on Iran's drone makers.", source: 'EU', target: 'Iran' },
  },
  {
    type: 'halt negotiations',
    cameo: '164',
    quad: 'material_conflict',
    goldstein: -7,
    verbs: [
      'suspend talk', 'halt talk', 'freeze talk', 'end talk', 'abandon talk', 'quit talk', 'call off talk',
      'break off talk', 'walk out of talk', 'pull out of talk', 'suspend negotiation', 'halt negotiation',
      'break off negotiation', 'pull out of negotiation',
    ],
    targetPreps: ['with'],
    example: {
      sentence: 'Pyongyang broke off talks with Seoul last week.',
      source: 'Pyongyang',
      target: 'Seoul',
    },
  },
  {
    type: 'halt mediation',
    cameo: '165',
    quad: 'material_conflict',
    goldstein: -6.5,
    verbs: [
      'suspend mediation', 'halt mediation', 'pause mediation', 'end mediation', 'withdraw as mediator',
      'quit as mediator',
    ],
    targetPreps: ['between'],
    example: {
      sentence: 'Qatar suspended mediation between Israel and Hamas.',
      source: 'Qatar',
      target: 'Israel',
    },
  },
  {
    // "recall" alone is a reporting verb ("recalled that…"): only "recall ambassador/envoy" is here.
    type: 'expel or withdraw',
    cameo: '166',
    quad: 'material_conflict',
    goldstein: -7,
    verbs: [
      'expel', 'kick out', 'order out', 'expel diplomat', 'withdraw ambassador', 'withdraw envoy',
      'withdraw diplomat', 'recall ambassador', 'recall envoy', 'declare persona non grata',
    ],
    nouns: ['expulsion'],
    example: { sentence: "Niger expelled France's ambassador in 2023.", source: 'Niger', target: 'France' },
  },

  // ── 17 Coerce (material conflict) ─────────────────────────────────────────────────────────────
  {
    type: 'coerce',
    cameo: '170',
    quad: 'material_conflict',
    goldstein: -7,
    verbs: ['coerce', 'pressure', 'force', 'blackmail', 'intimidate', 'bully', 'strong-arm'],
    nouns: ['coercion', 'intimidation', 'economic coercion'],
    example: {
      sentence: 'Beijing pressured Vilnius over its Taiwan office.',
      source: 'Beijing',
      target: 'Vilnius',
    },
  },
  {
    type: 'seize property',
    cameo: '171',
    quad: 'material_conflict',
    goldstein: -9.2,
    verbs: ['seize', 'confiscate', 'impound', 'nationalize', 'expropriate', 'demolish', 'raze', 'bulldoze', 'vandalize'],
    nouns: ['seizure', 'confiscation', 'expropriation'],
    targetPreps: ['from'],
    example: { sentence: 'Iran seized a Greek tanker in the Gulf of Oman.', source: 'Iran', target: 'Greek' },
  },
  {
    type: 'administrative sanctions',
    cameo: '172',
    quad: 'material_conflict',
    goldstein: -5,
    verbs: [
      'ban', 'bar', 'restrict', 'outlaw', 'censor', 'shut down', 'deny entry', 'impose curfew',
      'impose restriction', 'impose martial law', 'declare state of emergency', 'revoke license',
      'revoke accreditation',
    ],
    nouns: ['ban', 'travel ban', 'entry ban', 'curfew', 'restriction', 'martial law', 'state of emergency'],
    targetPreps: ['on', 'against', 'from', 'in'],
    example: { sentence: 'Latvia banned Russian television channels.', source: 'Latvia', target: 'Russian' },
  },
  {
    type: 'arrest',
    cameo: '173',
    quad: 'material_conflict',
    goldstein: -5,
    verbs: [
      'arrest', 'detain', 'jail', 'imprison', 'apprehend', 'charge', 'indict', 'convict', 'sentence',
      'round up', 'lock up', 'take into custody',
    ],
    nouns: ['arrest', 'detention', 'indictment', 'conviction'],
    example: {
      sentence: 'Russian authorities detained a French researcher in Moscow.',
      source: 'Russian authorities',
      target: 'French',
    },
  },
  {
    type: 'deport',
    cameo: '174',
    quad: 'material_conflict',
    goldstein: -5,
    verbs: ['deport'],
    nouns: ['deportation'],
    targetPreps: ['to'],
    example: { sentence: 'Pakistan deported thousands of Afghans.', source: 'Pakistan', target: 'Afghans' },
  },
  {
    type: 'repress',
    cameo: '175',
    quad: 'material_conflict',
    goldstein: -9,
    verbs: ['repress', 'suppress', 'quell', 'disperse', 'crack down', 'tear-gas'],
    nouns: ['crackdown', 'repression', 'suppression'],
    targetPreps: ['on', 'against'],
    example: { sentence: 'Iran cracked down on Kurdish protesters.', source: 'Iran', target: 'Kurdish' },
  },
  {
    // No published Goldstein value (176 was added after the scale): the root's −7.0.
    type: 'cyberattack',
    cameo: '176',
    quad: 'material_conflict',
    goldstein: -7,
    verbs: ['hack', 'hack into', 'launch cyberattack', 'carry out cyberattack'],
    nouns: ['cyberattack', 'cyber-attack', 'cyber attack', 'hacking', 'ransomware attack'],
    targetPreps: ['on', 'against'],
    example: { sentence: 'A Chinese group hacked the US Treasury.', source: 'Chinese', target: 'US' },
  },

  // ── 18 Use unconventional violence (material conflict) ────────────────────────────────────────
  {
    type: 'terror attack',
    cameo: '180',
    quad: 'material_conflict',
    goldstein: -9,
    verbs: ['terrorize'],
    nouns: ['terror attack', 'terrorist attack', 'militant attack', 'insurgent attack'],
    targetPreps: ['on', 'against', 'in'],
    example: {
      sentence: "Al-Shabaab carried out a terrorist attack on Kenya's Lamu county.",
      source: 'Al-Shabaab',
      target: 'Kenya',
    },
  },
  {
    type: 'abduct',
    cameo: '181',
    quad: 'material_conflict',
    goldstein: -9,
    verbs: ['kidnap', 'abduct', 'hijack', 'take hostage', 'hold hostage'],
    nouns: ['kidnapping', 'abduction', 'hijacking'],
    example: {
      sentence: 'Boko Haram kidnapped Nigerian schoolgirls in Chibok.',
      source: 'Boko Haram',
      target: 'Nigerian',
    },
  },
  {
    type: 'physical assault',
    cameo: '182',
    quad: 'material_conflict',
    goldstein: -9.5,
    verbs: ['assault', 'torture', 'mistreat', 'beat up'],
    nouns: ['torture', 'physical assault'],
    example: {
      sentence: 'Israeli settlers assaulted Palestinian farmers near Hebron.',
      source: 'Israeli settlers',
      target: 'Palestinian',
    },
  },
  {
    type: 'kill',
    cameo: '1823',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: ['kill', 'murder', 'slay'],
    nouns: ['killing', 'murder'],
    example: {
      sentence: 'The Islamic State killed Syrian soldiers near Palmyra.',
      source: 'Islamic State',
      target: 'Syrian',
    },
  },
  {
    type: 'bombing',
    cameo: '183',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: ['detonate'],
    nouns: [
      'suicide bombing', 'suicide attack', 'car bomb', 'car bombing', 'truck bomb', 'roadside bomb',
      'bomb attack',
    ],
    targetPreps: ['on', 'against', 'in'],
    example: {
      sentence: "The Pakistani Taliban carried out a suicide bombing against Pakistan's police in Peshawar.",
      source: 'Pakistani Taliban',
      target: 'Pakistan',
    },
  },
  {
    type: 'assassinate',
    cameo: '186',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: ['assassinate'],
    nouns: ['assassination', 'targeted killing'],
    example: {
      sentence: "Israel assassinated Hamas's political leader in Tehran.",
      source: 'Israel',
      target: 'Hamas',
    },
  },

  // ── 19 Fight (material conflict) ──────────────────────────────────────────────────────────────
  {
    type: 'attack',
    cameo: '190',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: [
      'attack', 'strike', 'raid', 'ambush', 'shoot', 'blow up', 'gun down', 'open fire', 'fire on', 'fire at',
      'launch attack', 'carry out attack', 'launch offensive',
    ],
    nouns: [
      'attack', 'strike', 'raid', 'offensive', 'counteroffensive', 'ground offensive', 'incursion',
      'military operation', 'shooting', 'gunfire',
    ],
    targetPreps: ['on', 'against', 'at'],
    example: {
      sentence: "Ukraine attacked Russia's Black Sea Fleet in Sevastopol.",
      source: 'Ukraine',
      target: 'Russia',
    },
  },
  {
    type: 'fight',
    cameo: '190',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: ['fight', 'clash', 'battle', 'skirmish', 'wage war'],
    nouns: ['clash', 'border clash', 'fighting', 'skirmish', 'battle', 'hostility'],
    symmetric: true,
    targetPreps: ['with', 'against'],
    example: {
      sentence: 'Thai and Cambodian troops clashed along the border.',
      source: 'Thai',
      target: 'Cambodian',
    },
  },
  {
    type: 'blockade',
    cameo: '191',
    quad: 'material_conflict',
    goldstein: -9.5,
    verbs: ['blockade', 'besiege', 'encircle', 'impose blockade', 'lay siege'],
    nouns: ['blockade', 'naval blockade', 'siege'],
    targetPreps: ['on', 'of', 'against'],
    example: { sentence: 'Israel imposed a siege on Gaza.', source: 'Israel', target: 'Gaza' },
  },
  {
    type: 'occupy',
    cameo: '192',
    quad: 'material_conflict',
    goldstein: -9.5,
    verbs: ['occupy', 'annex', 'invade', 'capture', 'take control of', 'seize control of'],
    nouns: ['invasion', 'occupation', 'annexation'],
    example: {
      sentence: 'Russia annexed four Ukrainian regions in 2022.',
      source: 'Russia',
      target: 'Ukrainian',
    },
  },
  {
    type: 'exchange fire',
    cameo: '193',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: ['exchange fire', 'exchange gunfire', 'trade fire', 'trade gunfire'],
    nouns: ['firefight', 'gunfight', 'gun battle', 'shootout', 'exchange of fire'],
    symmetric: true,
    targetPreps: ['with'],
    example: {
      sentence: 'Indian and Pakistani troops exchanged fire across the Line of Control.',
      source: 'Indian',
      target: 'Pakistani',
    },
  },
  {
    type: 'artillery',
    cameo: '194',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: ['shell', 'pound', 'bombard', 'fire rocket', 'launch rocket', 'fire artillery'],
    nouns: [
      'shelling', 'bombardment', 'barrage', 'artillery fire', 'artillery strike', 'rocket fire',
      'rocket attack', 'tank fire',
    ],
    targetPreps: ['on', 'at', 'into'],
    example: { sentence: 'Russian forces shelled Kharkiv overnight.', source: 'Russian', target: 'Kharkiv' },
  },
  {
    type: 'aerial attack',
    cameo: '195',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: [
      'bomb', 'launch airstrike', 'launch air strike', 'carry out airstrike', 'carry out air strike',
      'launch drone attack', 'launch missile', 'fire missile',
    ],
    nouns: [
      'airstrike', 'air strike', 'air raid', 'bombing', 'bombing raid', 'bombing campaign',
      'aerial bombardment', 'drone attack', 'drone strike', 'missile attack', 'missile strike',
    ],
    targetPreps: ['on', 'against'],
    example: {
      sentence: 'Israel carried out air strikes on Hezbollah positions in Lebanon.',
      source: 'Israel',
      target: 'Hezbollah',
    },
  },
  {
    type: 'violate ceasefire',
    cameo: '196',
    quad: 'material_conflict',
    goldstein: -9.5,
    verbs: [
      'violate ceasefire', 'breach ceasefire', 'break ceasefire', 'violate truce', 'breach truce',
      'break truce',
    ],
    nouns: ['ceasefire violation', 'ceasefire breach', 'truce violation'],
    targetPreps: ['against'],
    example: {
      sentence: 'Pakistani troops committed ceasefire violations against India.',
      source: 'Pakistani',
      target: 'India',
    },
  },

  // ── 20 Use unconventional mass violence (material conflict) ───────────────────────────────────
  {
    type: 'genocide',
    cameo: '200',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: ['commit genocide'],
    nouns: ['genocide'],
    targetPreps: ['against'],
    example: {
      sentence: "Myanmar's military committed genocide against the Rohingya.",
      source: 'Myanmar',
      target: 'Rohingya',
    },
  },
  {
    type: 'mass expulsion',
    cameo: '201',
    quad: 'material_conflict',
    goldstein: -9.5,
    verbs: ['forcibly displace', 'forcibly deport'],
    nouns: ['mass expulsion', 'mass deportation', 'forced displacement', 'forcible transfer'],
    targetPreps: ['of'],
    example: {
      sentence: 'Stalin ordered the mass deportation of Chechens in 1944.',
      source: 'Stalin',
      target: 'Chechens',
    },
  },
  {
    type: 'mass killing',
    cameo: '202',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: ['massacre'],
    nouns: ['massacre', 'mass killing', 'mass murder'],
    example: {
      sentence: 'Serb forces massacred Bosniak men at Srebrenica in 1995.',
      source: 'Serb',
      target: 'Bosniak',
    },
  },
  {
    type: 'ethnic cleansing',
    cameo: '203',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: ['ethnically cleanse'],
    nouns: ['ethnic cleansing'],
    targetPreps: ['against', 'of'],
    example: {
      sentence: 'The RSF carried out ethnic cleansing against the Masalit in West Darfur.',
      source: 'RSF',
      target: 'Masalit',
    },
  },
  {
    type: 'weapons of mass destruction',
    cameo: '204',
    quad: 'material_conflict',
    goldstein: -10,
    verbs: ['use chemical weapon', 'use nuclear weapon'],
    nouns: [
      'chemical attack', 'chemical weapon attack', 'gas attack', 'sarin attack', 'chlorine attack',
      'nuclear attack', 'nuclear strike',
    ],
    targetPreps: ['on', 'against'],
    example: {
      sentence: 'Syrian government forces carried out a chemical attack on Douma in 2018.',
      source: 'Syrian government',
      target: 'Douma',
    },
  },
];

/**
 * Verbs (lemmas) that introduce reported speech and are not events by themselves: in "Russia said
 * it would retaliate", the event is "retaliate", and "say" only attributes it.
 *
 * Decision on verbs that are both: "state", "announce", "declare", "note", "remark", "comment",
 * "reiterate", "stress", "emphasize", "point out" are listed here AND in the 010 "make statement"
 * class. When one of them frames a clause or a quote, it is a reporting verb and the clause is
 * coded; when nothing codable follows, the statement itself is coded as 010. No other class shares
 * a verb with this list (a test checks): "claim responsibility", "insist on", "deny", "warn",
 * "accuse" are events, while bare "claim", "insist", "recall" only report.
 */
// prettier-ignore
export const REPORTING_VERBS: string[] = [
  'say', 'tell', 'add', 'report', 'reveal', 'confirm', 'write', 'explain', 'quote',
  // wink lemmatizes "according" to "accord": both forms, for surface and lemma matching
  'according to', 'accord to', 'claim', 'insist', 'assert', 'argue', 'suggest', 'maintain', 'recall',
  'observe', 'tweet', 'post', 'inform', 'brief', 'reply', 'respond', 'answer',
  // also in the 010 class, see above
  'state', 'announce', 'declare', 'note', 'remark', 'comment', 'reiterate', 'stress', 'emphasize',
  'point out',
];

/**
 * Nouns (lemmas) that name the channel of a statement, to attribute "said in a statement",
 * "told a news conference", "wrote in a letter to…", "a Kremlin readout", "the spokesman said".
 */
// prettier-ignore
export const COMMUNICATION_NOUNS: string[] = [
  'statement', 'joint statement', 'communiqué', 'communique', 'readout', 'press release', 'news conference',
  'press conference', 'briefing', 'press briefing', 'interview', 'tweet', 'post', 'letter', 'open letter',
  'speech', 'address', 'remark', 'message', 'telegram', 'declaration', 'note', 'op-ed', 'editorial',
  'spokesman', 'spokeswoman', 'spokesperson',
];
