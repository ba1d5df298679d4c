/**
 * What articles are about. Each topic brings its own verbs and phrases; phrases are templates where
 * {A} is the side acting and {B} the side acted upon (the composer swaps them for replies).
 * Template syntax: [a|b|c] picks one alternative, {key} is filled in by the composer.
 */
import type { Weighted } from './prng';

export interface Topic {
  key: string;
  weight: number;
  /** Verbs for the main event, with weights. */
  main: readonly Weighted<string>[];
  /** Verbs for the other side's answer to a hostile or a cooperative main event. */
  replyHostile: readonly string[];
  replyCooperative: readonly string[];
  /** Verbs for third parties and organisations. */
  third: readonly string[];
  /** NP after "over". */
  issue: readonly string[];
  /** Hostile action NP after a possessive: "decision to close the border". Leading "+" marks a plural. */
  acts: readonly string[];
  /** Welcome action NP after a possessive. */
  coopActs: readonly string[];
  /** Gerund phrase after "accused X of". */
  acc: readonly string[];
  /** Infinitive phrase after "urged X to". */
  dem: readonly string[];
  /** Infinitive phrase after "X and Y agreed to". */
  goal: readonly string[];
  /** NP after "congratulated X on". */
  occ?: readonly string[];
  /** NP: what talks are about. */
  topic: readonly string[];
  /** Gerund phrase after "condemned X for". */
  gact: readonly string[];
  /** NP after "warned X against". */
  warnAg?: readonly string[];
  /** NP after "threatened X with". */
  threat?: readonly string[];
  /** Organisations that comment on it. */
  orgs: readonly string[];
  /** Who gets detained or released. */
  people?: readonly string[];
  /** Extra sentences for detail paragraphs. */
  detail?: readonly string[];
  /** Extra headlines. */
  headlines?: readonly string[];
  /** Quotes by stance. */
  quotes?: { hostile?: readonly string[]; cooperative?: readonly string[]; neutral?: readonly string[] };
}

export const TOPICS: readonly Topic[] = [
  {
    key: 'call',
    weight: 9,
    main: [
      ['speak', 5],
      ['congratulate', 3],
      ['invite', 2],
      ['praise', 1],
      ['accuse', 2],
      ['warn', 1],
      ['urge', 1],
    ],
    replyHostile: ['deny', 'reject', 'accuse', 'dismiss'],
    replyCooperative: ['welcome', 'thank', 'praise'],
    third: ['urge', 'welcome', 'criticise', 'warn'],
    issue: [
      'the state of relations between the two countries',
      '{B.namePoss} foreign policy',
      'the future of the relationship',
      'the stalled peace process',
    ],
    acts: [
      'attempt to foment dissent',
      'interference in the affairs of its neighbours',
      'refusal to return to talks',
      'decision to downgrade diplomatic relations',
    ],
    coopActs: [
      'offer of dialogue',
      'proposal for a summit',
      'decision to restore diplomatic ties',
      'call for a fresh start',
    ],
    acc: [
      'attempting to foment dissent in {A.name}',
      'interfering in its internal affairs',
      'meddling in the affairs of its neighbours',
      'stoking tensions in the region',
    ],
    dem: [
      'respect the principle of non-interference',
      'return to dialogue',
      'clarify its position',
      'stop supporting armed groups',
    ],
    goal: [
      'normalise relations',
      'keep in touch by telephone',
      'meet in person at a later date',
      'work together against international terrorism',
      'restore regular contacts between their foreign ministries',
      'improve what both sides called an unsatisfactory relationship',
    ],
    occ: [
      '{his} election victory',
      '{his} inauguration',
      'the anniversary of diplomatic relations',
      'the national day',
      '{his} re-election',
    ],
    topic: [
      'bilateral relations',
      'regional security',
      'the fight against terrorism',
      'strategic economic issues',
      'the situation in {C.name}',
    ],
    gact: ['stoking tensions', "interfering in its neighbours' affairs", 'backing armed groups'],
    orgs: ['UN', 'EU', 'AL', 'OSCE'],
    headlines: [
      '{A.leadShort}, {B.leadShort} aim for [cooperation|closer ties|a reset], {A.seatish} says',
      '{A.leadShort} and {B.leadShort} agree to [keep talking|meet|normalise ties]',
    ],
    quotes: {
      cooperative: [
        'We agreed that the current state of relations is unsatisfactory and that both sides must work to change it',
        'The two leaders discussed a range of issues, including the threats facing both countries and the history of a relationship that goes back {T.back}',
        'The president expressed readiness to build a partnership on the basis of equality and mutual respect',
      ],
    },
  },
  {
    key: 'summit',
    weight: 8,
    main: [
      ['visit', 4],
      ['host', 3],
      ['meet', 4],
      ['hold', 3],
      ['sign', 3],
      ['invite', 1],
    ],
    replyHostile: ['criticise', 'reject'],
    replyCooperative: ['welcome', 'praise', 'thank', 'back'],
    third: ['welcome', 'criticise', 'back'],
    issue: [
      'the agenda of the summit',
      'plans for a new transport corridor',
      'visa rules',
      'the summit communique',
    ],
    acts: [
      'decision to boycott the summit',
      'last-minute cancellation of the visit',
      'refusal to sign the joint declaration',
    ],
    coopActs: [
      'offer to host the next round of talks',
      'proposal for a joint commission',
      'decision to open a new consulate',
    ],
    acc: ['using the summit for propaganda', 'blocking a joint declaration', 'reneging on earlier promises'],
    dem: [
      'honour the commitments it made at the summit',
      'set a date for the next meeting',
      'ratify the agreement without delay',
    ],
    goal: [
      'deepen cooperation on energy and transport',
      'hold annual consultations',
      'set up a joint commission on trade',
      'open new consulates',
      'ease visa requirements for students',
      'double bilateral trade by {T.fyear}',
    ],
    topic: [
      'trade and investment',
      'energy security',
      'transport links',
      'migration',
      'climate policy',
      'defence cooperation',
    ],
    gact: ['boycotting the summit', 'walking out of the talks'],
    orgs: ['EU', 'ASEAN', 'AU', 'SCO', 'GCC', 'AL'],
    headlines: [
      '{A.leadShort} to visit {B.cap} {T.fup}',
      '{A.name} and {B.name} sign [energy|trade|defence|transport] deal',
      '{A.leadShort} hosts {B.leadShort} for talks on {topic}',
    ],
    detail: [
      'The {T.dadj} visit is the first by {A.aadj} head of government to {B.name} since {T.yr}.',
      'The delegations met in Room {n.room} of the {B.adj} foreign ministry, a few streets from the parliament building.',
      'The leaders signed {n.small} documents, including a memorandum on [student exchanges|nuclear safety|customs cooperation|fisheries] and a {n.money} investment fund.',
    ],
  },
  {
    key: 'trade',
    weight: 6,
    main: [
      ['ban', 3],
      ['sign', 3],
      ['criticise', 2],
      ['threaten', 2],
      ['lift', 1],
      ['accuse', 1],
    ],
    replyHostile: ['criticise', 'threaten', 'reject', 'accuse'],
    replyCooperative: ['welcome', 'praise'],
    third: ['urge', 'criticise', 'warn'],
    issue: [
      'steel tariffs',
      'a ban on wine imports',
      'subsidies for carmakers',
      'the trade imbalance',
      'export controls on semiconductors',
      'dumping of cheap solar panels',
    ],
    acts: [
      'decision to raise tariffs on steel imports',
      'ban on agricultural imports',
      'new customs rules',
      'subsidies for its carmakers',
      'export curbs on rare earths',
    ],
    coopActs: ['decision to lift the import ban', 'offer to cut tariffs', 'proposal for a free-trade zone'],
    acc: [
      'dumping steel on world markets',
      'manipulating its currency',
      'stealing intellectual property',
      'breaking international trade rules',
    ],
    dem: [
      'lift the import ban',
      'scrap the new tariffs',
      'open its market to foreign banks',
      'return to the negotiating table',
    ],
    goal: [
      'cut tariffs on industrial goods',
      'resolve the dispute through negotiations',
      'resume talks on a free-trade agreement',
      'set up a joint working group on trade',
    ],
    topic: ['trade', 'tariffs', 'market access', 'investment rules'],
    gact: ['breaking trade rules', 'flooding the market with subsidised goods'],
    threat: ['retaliatory tariffs', 'a complaint to the World Trade Organization', 'countermeasures'],
    orgs: ['WTO', 'EU', 'IMF'],
    headlines: [
      '{A.name} [slaps|imposes] tariffs on {B.adj} [steel|cars|wine|solar panels]',
      'Trade row: {B.name} hits back at {A.name}',
    ],
    detail: [
      'Bilateral trade reached {n.money} in {T.yr}, up {n.pct} on the year before.',
      '{B.adj} exports to {A.name} fell by {n.pct} in {T.quarter}, according to customs data.',
      'The tariffs, which take effect {T.fu}, cover goods worth about {n.money} a year.',
    ],
  },
  {
    key: 'sanctions',
    weight: 7,
    main: [
      ['impose', 4],
      ['extend', 2],
      ['sanction', 2],
      ['lift', 1],
      ['threaten', 2],
      ['condemn', 1],
    ],
    replyHostile: ['condemn', 'reject', 'threaten', 'denounce', 'warn'],
    replyCooperative: ['welcome'],
    third: ['back', 'criticise', 'urge', 'condemn'],
    issue: [
      '{B.namePoss} actions in {C.name}',
      'the annexation of disputed territory',
      'human rights abuses',
      'its missile programme',
      'the poisoning of a former intelligence officer',
      'cyber-attacks on government networks',
    ],
    acts: [
      'support for separatists',
      'missile programme',
      'crackdown on the opposition',
      'cyber campaign against its neighbours',
    ],
    coopActs: [
      'release of political prisoners',
      'decision to let inspectors return',
      'offer to resume talks',
    ],
    acc: [
      'violating international law',
      'destabilising the region',
      'helping the regime evade sanctions',
      'using energy as a weapon',
    ],
    dem: [
      'withdraw its forces',
      'release political prisoners',
      'comply with the resolution',
      'end its support for armed groups',
    ],
    goal: [
      'keep the sanctions in place {T.dm}',
      'coordinate further measures',
      'close loopholes in the sanctions regime',
    ],
    topic: ['sanctions', 'the sanctions regime', 'asset freezes'],
    gact: ['violating international law', 'undermining the sovereignty of its neighbour'],
    threat: ['further sanctions', 'tougher measures', 'an asset freeze'],
    orgs: ['EU', 'UN', 'NATO', 'ECOWAS'],
    headlines: [
      '{A.name} imposes new sanctions on {B.name} over {issue}',
      'Sanctions on {B.name} to stay, says {A.name}',
      '{B.name} vows response to {A.adj} sanctions',
    ],
    detail: [
      'The measures freeze the assets of {n.small} companies and {n.count} individuals and bar them from travelling to {A.name}.',
      'Sanctions have cut {B.adj} exports by {n.pct} since {T.yr}, the {O.short} estimated.',
      'The list, published on {T.date}, runs to {n.count} pages.',
    ],
  },
  {
    key: 'border',
    weight: 6,
    main: [
      ['accuse', 3],
      ['deploy', 2],
      ['shell', 1],
      ['warn', 2],
      ['violate', 1],
      ['condemn', 2],
      ['urge', 1],
    ],
    replyHostile: ['deny', 'accuse', 'warn', 'reject'],
    replyCooperative: ['welcome'],
    third: ['urge', 'call', 'warn'],
    issue: [
      'the disputed border region',
      'a border incident in which {n.small} soldiers were killed',
      'the closure of a border crossing',
      'water rights on a shared river',
      'a disputed mountain pass',
    ],
    acts: [
      'decision to close the border',
      'deployment of troops near the frontier',
      'construction of a fence along the border',
      'military exercises near the border',
    ],
    coopActs: [
      'decision to reopen the border crossing',
      'offer to pull back troops',
      'proposal for a joint patrol',
    ],
    acc: [
      'moving troops across the line of control',
      'provoking clashes on the border',
      'occupying a strategic hill',
      'shelling villages near the frontier',
    ],
    dem: ['pull back its troops', 'reopen the border', 'respect the ceasefire line', 'exercise restraint'],
    goal: [
      'pull back troops from the frontier',
      'set up a hotline between their military commanders',
      'resume talks on demarcating the border',
      'reopen the main crossing',
    ],
    topic: ['the border', 'demarcation', 'security on the frontier'],
    gact: ['provoking clashes', 'shelling border villages', 'violating the ceasefire'],
    warnAg: [
      'any attempt to change the status quo',
      'further provocations',
      'moving troops closer to the border',
    ],
    threat: ['a military response', 'serious consequences', 'retaliation'],
    orgs: ['UN', 'OSCE', 'AU'],
    headlines: [
      '{A.name} accuses {B.name} of [provocation|aggression|incursion] on border',
      'Tensions rise as {A.name} sends troops to {B.adj} border',
    ],
    detail: [
      'About {n.count} troops have been moved to the area {T.dp}, according to satellite images published by {outlet}.',
      'The border crossing, normally open 24/7, has been closed since {T.rp2}.',
      'Residents of {n.small} villages near the frontier were evacuated overnight.',
    ],
  },
  {
    key: 'nuclear',
    weight: 5,
    main: [
      ['condemn', 3],
      ['warn', 2],
      ['urge', 2],
      ['threaten', 1],
      ['reject', 1],
      ['praise', 1],
    ],
    replyHostile: ['reject', 'dismiss', 'deny', 'accuse'],
    replyCooperative: ['welcome'],
    third: ['urge', 'call', 'condemn', 'warn'],
    issue: [
      'its nuclear programme',
      'uranium enrichment',
      'the inspection regime',
      'a ballistic missile test',
      'the nuclear deal',
    ],
    acts: [
      'latest missile test',
      'refusal to admit inspectors',
      'decision to restart a reactor',
      'enrichment of uranium beyond agreed limits',
    ],
    coopActs: [
      'decision to admit inspectors',
      'offer to freeze enrichment',
      'return to the negotiating table',
    ],
    acc: [
      'secretly enriching uranium',
      'hiding nuclear material from inspectors',
      'breaching the terms of the deal',
    ],
    dem: [
      'allow inspectors full access',
      'halt enrichment',
      'return to compliance with the deal',
      'stop testing ballistic missiles',
    ],
    goal: [
      'resume talks on the nuclear programme',
      'extend the inspection regime',
      'meet again in Vienna {T.fu}',
    ],
    topic: ['the nuclear file', 'nuclear safety', 'non-proliferation'],
    gact: ['testing a ballistic missile', 'expanding its nuclear programme'],
    warnAg: ['any further tests', 'crossing the threshold to weapons-grade enrichment'],
    threat: ['military action', 'a referral to the Security Council', 'crippling sanctions'],
    orgs: ['IAEA', 'UN'],
    headlines: [
      '{A.name} warns {B.name} over [missile test|enrichment|inspections]',
      'Inspectors barred from {B.adj} site, {O.short} says',
    ],
    detail: [
      'Inspectors from the {O.adj} last visited the site {T.fp}, according to a report dated {T.iso}.',
      'The missile flew about {n.count} km before landing in the sea, {A.dmin} said.',
      'Enrichment has reached {n.pct}, well above the limit set in the agreement.',
    ],
  },
  {
    key: 'election',
    weight: 5,
    main: [
      ['congratulate', 5],
      ['accuse', 3],
      ['criticise', 2],
      ['praise', 1],
    ],
    replyHostile: ['deny', 'reject', 'dismiss'],
    replyCooperative: ['thank', 'welcome'],
    third: ['criticise', 'urge', 'welcome', 'question'],
    issue: ['the conduct of the election', 'the disputed vote count', 'the arrest of opposition candidates'],
    acts: ['handling of the election', 'decision to postpone the vote', 'exclusion of opposition candidates'],
    coopActs: [
      'message of congratulations',
      'offer of closer cooperation',
      'decision to send a delegation to the inauguration',
    ],
    acc: [
      'interfering in the election',
      'hacking party servers',
      'funding opposition groups',
      'spreading disinformation during the campaign',
    ],
    dem: ['publish the full results', 'release detained candidates', 'allow observers to work freely'],
    goal: [
      'keep in touch by telephone',
      'meet before the end of the year',
      'work closely with the new government',
    ],
    occ: [
      '{his} election victory',
      '{his} re-election',
      '{his} victory in the election',
      'the peaceful conduct of the vote',
    ],
    topic: ['the election', 'the transition', 'the new government'],
    gact: ['interfering in the vote', 'silencing the opposition'],
    orgs: ['OSCE', 'OAS', 'EU', 'AU', 'ECOWAS'],
    headlines: [
      '{A.leadShort} congratulates {B.leadShort} on [victory|election win|re-election]',
      '{A.name} accused of meddling in {B.adj} election',
    ],
    detail: [
      'Turnout was {n.pct}, the electoral commission said, with {n.count} polling stations reporting.',
      'Observers from the {O.adj} said {T.rp2} that the vote had been "[largely orderly|marred by irregularities|competitive but unfair]".',
    ],
  },
  {
    key: 'conflict',
    weight: 8,
    main: [
      ['attack', 3],
      ['launch', 3],
      ['shell', 2],
      ['fire', 2],
      ['condemn', 2],
      ['shoot', 1],
      ['accuse', 1],
    ],
    replyHostile: ['condemn', 'accuse', 'threaten', 'deny', 'warn'],
    replyCooperative: ['welcome'],
    third: ['condemn', 'urge', 'call', 'criticise'],
    issue: [
      'the fighting in {B.city}',
      'civilian casualties',
      'the siege of {B.city}',
      'attacks on aid convoys',
      'the use of cluster munitions',
    ],
    acts: [
      'air strikes on civilian areas',
      'shelling of a hospital',
      'offensive in the north',
      'bombardment of residential districts',
      'use of drones against civilian targets',
    ],
    coopActs: [
      'offer of a ceasefire',
      'decision to open humanitarian corridors',
      'agreement to exchange prisoners',
    ],
    acc: ['targeting civilians', 'violating the ceasefire', 'using banned weapons', 'arming militias'],
    dem: [
      'stop the bombing',
      'allow aid into besieged areas',
      'agree to an immediate ceasefire',
      'withdraw its fighters',
    ],
    goal: [
      'observe a {T.dadj} ceasefire',
      'exchange prisoners',
      'open humanitarian corridors',
      'resume peace talks {T.fu}',
    ],
    topic: ['the ceasefire', 'humanitarian access', 'the peace process'],
    gact: ['targeting civilians', 'bombing hospitals', 'breaking the truce'],
    threat: ['a military response', 'retaliation', 'further strikes'],
    orgs: ['UN', 'ICRC', 'NATO', 'AU', 'HRW', 'MSF'],
    people: ['soldiers', 'fighters', 'civilians', 'aid workers'],
    headlines: [
      '{n.dead} killed in {A.adj} strikes on {B.city}',
      '{A.name} launches strikes on {B.adj} targets',
      'Ceasefire in {B.name} under strain after {T.rp}',
    ],
    detail: [
      'At least {n.dead} people were killed and {n.count} injured, according to local health officials.',
      'The strikes began at about {T.clock} and lasted for {T.dshort}.',
      'More than {n.count} people have fled their homes since {T.fpb}, the {O.short} said.',
    ],
  },
  {
    key: 'aid',
    weight: 4,
    main: [
      ['send', 4],
      ['pledge', 4],
      ['offer', 2],
      ['praise', 1],
    ],
    replyHostile: ['criticise', 'reject'],
    replyCooperative: ['thank', 'welcome', 'praise'],
    third: ['praise', 'urge', 'call', 'pledge'],
    issue: ['the slow pace of aid deliveries', 'the floods', 'the drought in the south', 'the earthquake'],
    acts: [
      'decision to block aid convoys',
      'restrictions on aid agencies',
      'refusal to accept foreign rescuers',
    ],
    coopActs: ['offer of emergency aid', 'decision to send rescue teams', 'pledge of reconstruction funds'],
    acc: ['diverting aid', 'blocking relief supplies', 'politicising humanitarian aid'],
    dem: ['let aid agencies work freely', 'open the border to relief convoys', 'increase its contribution'],
    goal: [
      'set up a joint relief fund',
      'coordinate rescue efforts',
      'rebuild the damaged schools and hospitals',
    ],
    topic: ['reconstruction', 'relief efforts', 'food security'],
    gact: ['blocking aid', 'delaying relief'],
    orgs: ['UNHCR', 'UNICEF', 'WB', 'ICRC', 'WHO', 'MSF'],
    detail: [
      'The earthquake, which struck at {T.clock}, measured 6.4 on the Richter scale.',
      'Aid agencies say {n.count} people need food assistance and {n.pct} of wells in the region have dried up.',
      'The first {n.small} cargo planes carrying tents and blankets landed in {B.cap} {T.rp2}.',
    ],
  },
  {
    key: 'diplomats',
    weight: 5,
    main: [
      ['expel', 5],
      ['summon', 3],
      ['recall', 2],
      ['accuse', 2],
      ['cut', 1],
    ],
    replyHostile: ['deny', 'expel', 'condemn', 'dismiss', 'threaten'],
    replyCooperative: ['welcome'],
    third: ['back', 'criticise', 'urge'],
    issue: [
      'allegations of spying',
      'the poisoning case',
      'a hacking operation against the foreign ministry',
      'the treatment of its diplomats',
    ],
    acts: [
      'expulsion of {n.small} diplomats',
      'decision to close the consulate',
      'surveillance of embassy staff',
    ],
    coopActs: [
      'decision to reopen the embassy',
      'offer to restore diplomatic relations',
      'agreement to exchange ambassadors',
    ],
    acc: [
      'spying',
      'running an espionage network from its embassy',
      'plotting to kill a defector',
      'recruiting agents among ministry staff',
    ],
    dem: [
      'withdraw its diplomats within {T.dnum} hours',
      'explain the activities of its intelligence officers',
      'hand over the suspects',
    ],
    goal: ['restore diplomatic relations', 'exchange ambassadors', 'reopen their embassies'],
    topic: ['consular matters', 'the spy case'],
    gact: ['harbouring spies', 'harassing diplomats'],
    threat: ['a tit-for-tat response', 'further expulsions'],
    orgs: ['UN', 'EU', 'NATO'],
    headlines: [
      '{A.name} expels {n.small} {B.adj} diplomats over {issue}',
      '{B.name} vows to retaliate after {A.adj} expulsions',
    ],
    detail: [
      'The diplomats have {T.ddays} days to leave the country.',
      'It is the largest expulsion of {B.adj} diplomats since the {T.dec}.',
      '{A.min} said the diplomats had been declared "persona non grata" under Article 9 of the Vienna Convention.',
    ],
  },
  {
    key: 'energy',
    weight: 4,
    main: [
      ['sign', 3],
      ['accuse', 2],
      ['threaten', 2],
      ['warn', 1],
      ['criticise', 1],
    ],
    replyHostile: ['reject', 'accuse', 'criticise'],
    replyCooperative: ['welcome', 'praise'],
    third: ['warn', 'urge', 'criticise'],
    issue: ['gas supplies', 'the new pipeline', 'oil output', 'transit fees', 'electricity prices'],
    acts: [
      'decision to cut gas supplies',
      'plan to build a rival pipeline',
      'refusal to pay transit fees',
      'decision to raise oil output',
    ],
    coopActs: [
      'offer to increase gas deliveries',
      'decision to cut oil output',
      'plan to link the two power grids',
    ],
    acc: [
      'using energy as a political weapon',
      'siphoning gas meant for Europe',
      'flooding the market with cheap oil',
    ],
    dem: [
      'restore gas deliveries',
      'pay its debts to the state energy company',
      'respect the transit agreement',
    ],
    goal: [
      'cut oil output by {n.count} barrels a day',
      'build a new gas pipeline',
      'link their electricity grids by {T.fyear}',
      'extend the transit agreement {T.dm}',
    ],
    topic: ['energy', 'gas transit', 'oil prices', 'the pipeline'],
    gact: ['cutting off gas', 'breaking the supply contract'],
    threat: ['a halt to gas deliveries', 'legal action'],
    orgs: ['OPEC', 'EU', 'IMF'],
    detail: [
      'Brent crude rose {n.pct} to ${n.price} a barrel after the announcement.',
      'The pipeline, which will carry {n.count} cubic metres of gas a year, is due to open {T.fup}.',
      'The country imports {n.pct} of its gas from {B.name}.',
    ],
  },
  {
    key: 'health',
    weight: 3,
    main: [
      ['praise', 2],
      ['send', 3],
      ['criticise', 2],
      ['urge', 2],
      ['ban', 1],
    ],
    replyHostile: ['reject', 'criticise', 'deny'],
    replyCooperative: ['thank', 'welcome'],
    third: ['urge', 'praise', 'warn'],
    issue: [
      'the handling of the outbreak',
      'vaccine exports',
      'travel restrictions',
      'the shortage of medical supplies',
    ],
    acts: [
      'decision to close the border to travellers',
      'ban on vaccine exports',
      'failure to report the outbreak promptly',
    ],
    coopActs: [
      'decision to share vaccine doses',
      'offer to send medical teams',
      'transparency about the outbreak',
    ],
    acc: ['covering up the outbreak', 'hoarding vaccines', 'withholding data from investigators'],
    dem: ['share data about the outbreak', 'lift the travel ban', 'allow investigators into the laboratory'],
    goal: ['share vaccine doses', 'set up joint testing centres', 'coordinate travel rules'],
    topic: ['the outbreak', 'public health', 'vaccine supplies'],
    gact: ['hiding the outbreak', 'hoarding vaccines'],
    orgs: ['WHO', 'UNICEF', 'MSF'],
    detail: [
      'Health officials have recorded {n.count} cases and {n.dead} deaths {T.dp}.',
      'Hospitals in {B.cap} are operating at {n.pct} capacity, the health ministry said.',
      'Testing centres will be open 24/7 until the end of the month.',
    ],
  },
  {
    key: 'protest',
    weight: 3,
    main: [
      ['protest', 3],
      ['condemn', 2],
      ['summon', 2],
      ['detain', 2],
    ],
    replyHostile: ['condemn', 'reject', 'accuse'],
    replyCooperative: ['welcome'],
    third: ['urge', 'criticise', 'condemn'],
    issue: [
      'the storming of its embassy',
      'the treatment of protesters',
      'the burning of flags outside the consulate',
    ],
    acts: ['crackdown on protesters', 'failure to protect the embassy', 'arrest of demonstrators'],
    coopActs: ['decision to release the protesters', 'apology for the attack on the embassy'],
    acc: [
      'orchestrating the protests',
      'failing to protect foreign diplomats',
      'using excessive force against demonstrators',
    ],
    dem: ['protect diplomatic missions', 'release detained protesters', 'investigate the violence'],
    goal: ['investigate the attack on the embassy', 'increase security around diplomatic missions'],
    topic: ['the protests', 'the security of diplomatic missions'],
    gact: ['inciting violence', 'cracking down on peaceful protesters'],
    orgs: ['UN', 'AI', 'HRW', 'EU'],
    people: ['protesters', 'students', 'activists', 'journalists'],
    detail: [
      'Several thousand people gathered outside the {A.adj} embassy in {B.cap}, chanting slogans and burning flags.',
      'Protesters have gathered in the main square {T.set} since {T.fpb}.',
      'Police said {n.small} officers were injured and {n.count} people were arrested.',
    ],
  },
  {
    key: 'maritime',
    weight: 3,
    main: [
      ['seize', 4],
      ['accuse', 2],
      ['intercept', 2],
      ['detain', 2],
      ['warn', 1],
    ],
    replyHostile: ['condemn', 'demand', 'accuse', 'protest'],
    replyCooperative: ['welcome'],
    third: ['urge', 'call', 'criticise'],
    issue: ['fishing rights', 'the disputed islands', 'freedom of navigation', 'the seizure of the tanker'],
    acts: ['seizure of the tanker', 'construction of an artificial island', 'patrols in disputed waters'],
    coopActs: ['release of the crew', 'offer of joint patrols', 'decision to return the seized vessel'],
    acc: ['illegal fishing', 'harassing commercial shipping', 'violating its territorial waters'],
    dem: [
      'release the crew and the vessel',
      'respect freedom of navigation',
      'withdraw its coastguard ships',
    ],
    goal: [
      'set up a code of conduct for the disputed waters',
      'share fishing quotas',
      'hold joint coastguard exercises',
    ],
    topic: ['maritime security', 'fishing quotas', 'freedom of navigation'],
    gact: ['seizing a civilian ship', 'harassing fishermen'],
    orgs: ['UN', 'ASEAN'],
    people: ['sailors', 'fishermen', 'crew members'],
    detail: [
      'The vessel, carrying {n.count} tonnes of crude oil, was boarded at {T.clock} about {n.small} nautical miles off the coast.',
      'The crew of {n.small} were being held in the port of {A.city}, the shipping company said.',
    ],
  },
  {
    key: 'rights',
    weight: 4,
    main: [
      ['detain', 3],
      ['criticise', 3],
      ['urge', 2],
      ['condemn', 2],
      ['release', 2],
    ],
    replyHostile: ['reject', 'dismiss', 'accuse', 'deny'],
    replyCooperative: ['welcome', 'thank'],
    third: ['urge', 'condemn', 'criticise', 'call'],
    issue: [
      'the jailing of journalists',
      'the treatment of minorities',
      'a new law on foreign-funded groups',
      'the death sentence passed on an activist',
    ],
    acts: [
      'crackdown on dissent',
      'new law on foreign agents',
      'jailing of opposition leaders',
      'closure of independent newspapers',
    ],
    coopActs: [
      'release of political prisoners',
      'decision to abolish the death penalty',
      'pardon for the jailed journalists',
    ],
    acc: ['torturing detainees', 'persecuting journalists', 'holding political prisoners'],
    dem: [
      'release the detained journalists',
      'repeal the law',
      'allow independent monitors into its prisons',
    ],
    goal: ['hold a regular human rights dialogue', 'allow consular visits to detainees'],
    topic: ['human rights', 'press freedom', 'the rule of law'],
    gact: ['jailing journalists', 'silencing critics'],
    orgs: ['UN', 'AI', 'HRW', 'ICC', 'EU'],
    people: ['journalists', 'activists', 'nationals', 'aid workers', 'opposition politicians'],
    detail: [
      'Rights groups say at least {n.count} people have been detained since {T.fpb}.',
      'The journalists were sentenced to {n.small} years in prison after a trial that lasted {T.dshort}.',
      'The court will hear the appeal on {T.date}, lawyers said.',
    ],
  },
];

/** Phrases that any topic can fall back on. */
export const GENERIC = {
  deal: [
    'a trade agreement',
    'a defence cooperation pact',
    'an energy deal',
    'a memorandum of understanding',
    'a visa agreement',
    'a {n.money} investment package',
  ],
  aid: [
    'humanitarian aid',
    'medical supplies',
    'tents and blankets',
    'a team of rescuers',
    'food aid',
    'emergency supplies',
  ],
  coopFor: [
    'its help during the crisis',
    'its role in the talks',
    'its support',
    'its restraint',
    'its hospitality',
  ],
  warnAg: ['any escalation', 'interfering in the region', 'a rash response', 'further provocations'],
  threat: ['sanctions', 'retaliation', 'serious consequences', 'countermeasures'],
  people: ['nationals', 'journalists', 'sailors', 'businessmen', 'students', 'aid workers'],
  summit: [
    'the G20 summit',
    'the UN General Assembly',
    'a regional summit in {C.cap}',
    'the G7 summit',
    'an economic forum in {A.city}',
  ],
  vessel: ['tanker', 'cargo ship', 'fishing boat', 'container ship'],
  aircraft: ['military drone', 'surveillance aircraft', 'fighter jet', 'helicopter'],
  targets: [
    '{B.adj} positions',
    'targets in {B.name}',
    '{B.adj} military sites',
    'an air base in {B.city}',
    'weapons depots near {B.city}',
  ],
};

export const QUOTES = {
  cooperative: [
    'We are ready to build a relationship with {B.name} based on mutual respect and equality',
    'This agreement opens a new chapter in the relations between our two countries',
    'We had a frank and productive conversation. Both sides want to see results before the end of the year',
    '{B.name} is an important partner for us, and we intend to keep it that way',
    'There is much more that unites our peoples than divides them',
    'The door to dialogue remains open, and we hope {B.name} will walk through it',
    'We welcome this decision and hope it marks the start of a more constructive period',
    'This is a good day for {A.region} and a good day for peace',
    'We will continue to stand by the people of {B.name}',
    'Trade between our countries has doubled {T.since}, and we want to double it again',
    'We have agreed to meet again soon. There is a lot of work ahead of us',
    'Our friendship has survived many storms. It will survive this one too',
    'The visit was warm and very useful. We understand each other better now',
    'Nobody gains from confrontation. Cooperation is the only sensible course',
    'We are grateful to {B.name} for its help, which came when we needed it most',
  ],
  hostile: [
    'This is a flagrant violation of international law, and it will not go unanswered',
    '{B.name} bears full responsibility for the consequences',
    'We will not be intimidated by threats',
    'Such actions are unacceptable and deeply irresponsible',
    'Our patience is not unlimited',
    'These accusations are absurd. They are designed to distract from the real problems in {B.name}',
    'We reserve the right to respond by all available means',
    'The decision is provocative and will only raise tensions in the region',
    'Nobody should be under any illusion: we will defend our sovereignty',
    'What happened {T.rp2} was a deliberate attempt to undermine stability',
    'Words are not enough. We need to see {B.name} change course',
    'Is this how a responsible state behaves? We do not think so',
    'We have seen this playbook before, and we know how it ends',
    'This is not the behaviour of a partner. It is the behaviour of a bully',
    'The evidence is overwhelming. Denials will not change the facts',
  ],
  neutral: [
    'We are following the situation closely and remain in contact with all parties',
    'All options remain on the table',
    'It is too early to say what the outcome will be',
    'We call on all sides to exercise restraint and return to the negotiating table',
    'We have not yet received a formal request',
    'Our position has not changed',
    'This is a complex issue and there are no quick solutions',
    'The talks will continue, and we will not comment on their content until they are over',
    'We need to see the details before we can make a judgment',
    'Both sides have legitimate concerns, and both will have to make compromises',
  ],
};

/** Short quoted phrases for "described the move as '…'". */
export const QUOTE_FRAGMENTS = {
  cooperative: [
    'a historic step',
    'a turning point',
    'very productive',
    'warm and constructive',
    'an important signal',
    'a good start',
  ],
  hostile: [
    'deeply regrettable',
    'a dangerous escalation',
    'unacceptable',
    'an act of aggression',
    'a political provocation',
    'a gross violation of sovereignty',
    'absurd',
    'reckless',
  ],
  neutral: [
    'premature',
    'complicated',
    'a matter for the courts',
    'one step among many',
    'an internal affair',
  ],
};

/** Regional names, by geo. */
export const REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  europe: ['Europe', 'the continent', 'the European Union'],
  eurasia: ['eastern Europe', 'the former Soviet space', 'the Black Sea region'],
  mena: ['the Middle East', 'the Gulf', 'the region'],
  africa: ['Africa', 'the Sahel', 'the region'],
  asia: ['Asia', 'the Asia-Pacific region', 'the region'],
  americas: ['Latin America', 'the western hemisphere', 'the Americas'],
  oceania: ['the Pacific', 'the region'],
};
