/**
 * Cue words for stance scoring. The verb class gives an event its direction (cooperative, neutral,
 * hostile: see verbs.ts); these words, found near the event in the same sentence, scale it, cancel
 * it, or tilt the tone of a statement that has no event verb of its own.
 *
 * Every entry is lower-case and may span several words ("in the strongest terms"). Entries are
 * written in base form; the scorer matches them on lemmas as well as on surface forms, so
 * "provocations" finds "provocation". Each entry carries an original example of its use.
 */

export interface StanceCue {
  /** Lower-case word or phrase. */
  word: string;
  /** What it does to the score; the meaning of the number is given with each table. */
  weight: number;
  /** A sentence in which the cue does its work. */
  example: string;
}

/**
 * Adverbs and phrases that strengthen an event in its own direction: the event's score is multiplied
 * by `weight` (> 1). "warmly" and "heartily" go with cooperative events, "sharply" and "bitterly" with
 * hostile ones, but the multiplier applies whatever the direction.
 */
export const INTENSIFIERS: StanceCue[] = [
  { word: 'very', weight: 1.2, example: 'The minister said the talks had been very useful.' },
  { word: 'strongly', weight: 1.5, example: 'Ottawa strongly condemned the attack on its embassy.' },
  { word: 'sharply', weight: 1.5, example: "Beijing sharply criticized Manila's decision." },
  { word: 'harshly', weight: 1.6, example: 'Ankara harshly rebuked the Swedish government.' },
  { word: 'bitterly', weight: 1.6, example: 'Serbia bitterly complained about the vote in Strasbourg.' },
  { word: 'fiercely', weight: 1.6, example: 'Hanoi fiercely opposed the new map.' },
  { word: 'vehemently', weight: 1.7, example: 'Tehran vehemently denied supplying drones to Moscow.' },
  { word: 'categorically', weight: 1.6, example: 'Minsk categorically rejected the accusations.' },
  { word: 'unequivocally', weight: 1.6, example: 'The alliance unequivocally condemned the strike.' },
  {
    word: 'in the strongest terms',
    weight: 1.8,
    example: 'Jordan condemned the raid in the strongest terms.',
  },
  { word: 'directly', weight: 1.2, example: 'The president directly accused Caracas of meddling.' },
  { word: 'openly', weight: 1.3, example: 'Budapest openly sided with Moscow at the summit.' },
  { word: 'publicly', weight: 1.2, example: 'The envoy publicly thanked Warsaw for its help.' },
  { word: 'repeatedly', weight: 1.3, example: 'Seoul has repeatedly warned Pyongyang against new tests.' },
  { word: 'firmly', weight: 1.4, example: 'Paris firmly backs Kyiv in its defense.' },
  { word: 'resolutely', weight: 1.4, example: 'Beijing will resolutely oppose any separatist move.' },
  { word: 'deeply', weight: 1.4, example: 'Canberra is deeply grateful to Wellington for the rescue.' },
  { word: 'profoundly', weight: 1.4, example: 'Rome is profoundly saddened by the loss of life in Libya.' },
  { word: 'extremely', weight: 1.6, example: 'Tokyo called the launch extremely dangerous.' },
  { word: 'highly', weight: 1.3, example: 'Delhi highly appreciates the support of Paris.' },
  { word: 'greatly', weight: 1.3, example: 'Nairobi greatly values its partnership with Addis Ababa.' },
  { word: 'totally', weight: 1.5, example: 'Rabat totally rejects the proposal.' },
  { word: 'fully', weight: 1.4, example: 'Berlin fully supports the new mission.' },
  { word: 'wholeheartedly', weight: 1.5, example: 'Manila wholeheartedly welcomed the ruling.' },
  { word: 'warmly', weight: 1.5, example: 'The king warmly received the visiting premier.' },
  { word: 'heartily', weight: 1.5, example: 'Astana heartily congratulated Baku on the agreement.' },
  { word: 'sincerely', weight: 1.3, example: 'Oslo sincerely thanked Doha for its mediation.' },
  {
    word: 'vigorously',
    weight: 1.4,
    example: 'Washington vigorously protested the detention of its diplomat.',
  },
  { word: 'angrily', weight: 1.5, example: 'Moscow angrily dismissed the report.' },
  { word: 'emphatically', weight: 1.5, example: 'Dublin emphatically backed the resolution.' },
  { word: 'unanimously', weight: 1.3, example: 'The council unanimously condemned the coup.' },
];

/**
 * Adverbs and phrases that weaken an event: the event's score is multiplied by `weight` (0 < w < 1).
 */
export const DIMINISHERS: StanceCue[] = [
  { word: 'mildly', weight: 0.6, example: 'Brussels mildly criticized the new law.' },
  { word: 'slightly', weight: 0.7, example: 'The spokesman slightly softened his earlier warning.' },
  { word: 'partly', weight: 0.7, example: 'Ankara partly accepted the proposal.' },
  { word: 'partially', weight: 0.7, example: 'Caracas partially lifted the restrictions on flights.' },
  { word: 'somewhat', weight: 0.7, example: 'Delhi was somewhat critical of the statement.' },
  { word: 'cautiously', weight: 0.7, example: 'Seoul cautiously welcomed the offer of talks.' },
  { word: 'tentatively', weight: 0.6, example: 'The two sides tentatively agreed to meet again.' },
  { word: 'reluctantly', weight: 0.6, example: 'Vienna reluctantly endorsed the package.' },
  { word: 'quietly', weight: 0.8, example: 'Riyadh quietly urged Cairo to reconsider.' },
  { word: 'privately', weight: 0.8, example: 'Diplomats privately complained to the host.' },
  { word: 'implicitly', weight: 0.6, example: 'The communiqué implicitly criticized Beijing.' },
  { word: 'indirectly', weight: 0.7, example: 'The minister indirectly blamed the neighboring state.' },
  { word: 'gently', weight: 0.7, example: 'Canberra gently pushed Jakarta to reopen the file.' },
  { word: 'conditionally', weight: 0.7, example: 'Hungary conditionally backed the enlargement.' },
  { word: 'in principle', weight: 0.7, example: 'Athens agreed in principle to the plan.' },
  { word: 'half-heartedly', weight: 0.5, example: 'The government half-heartedly defended its ally.' },
];

/**
 * Words that negate the event they govern ("did not condemn", "declined to criticize"). The event's
 * score is multiplied by `weight`: 0 means the event did not happen and is dropped; a negative weight
 * marks an active refusal, which turns part of the event around ("refused to cooperate" is mildly
 * hostile, "refused to condemn" mildly supportive). A verb class that already names the refusal
 * ("refuse aid", "rule out talk") takes precedence over these.
 */
export const NEGATIONS: StanceCue[] = [
  { word: 'not', weight: 0, example: 'Paris did not condemn the operation.' },
  { word: "n't", weight: 0, example: "Tokyo didn't criticize the decision." },
  { word: 'never', weight: 0, example: 'Baku has never recognized the vote.' },
  { word: 'no', weight: 0, example: 'There were no talks between the two delegations.' },
  { word: 'neither', weight: 0, example: 'Neither side attacked the corridor.' },
  { word: 'nor', weight: 0, example: 'Cairo did not sign the text, nor did it endorse it.' },
  { word: 'without', weight: 0, example: 'The delegation left without meeting its hosts.' },
  { word: 'no longer', weight: 0, example: 'Bamako no longer cooperates with the mission.' },
  { word: 'fail to', weight: 0, example: 'The envoys failed to agree on a text.' },
  { word: 'have yet to', weight: 0, example: 'Ankara has yet to ratify the accession.' },
  { word: 'stop short of', weight: 0, example: 'The statement stopped short of condemning Moscow.' },
  { word: 'decline to', weight: -0.3, example: 'Beijing declined to criticize the invasion.' },
  { word: 'refuse to', weight: -0.5, example: 'Niamey refused to cooperate with the inquiry.' },
];

/**
 * Words that tilt a statement hostile. `weight` is added to the tone of the sentence, −1 (strongest)
 * … 0; the scorer sums the cues it finds and clips the result. Diplomatic language is coded
 * ("frank" talks are ones where the sides disagreed), so some mild words sit here too.
 */
export const HOSTILE_CUES: StanceCue[] = [
  { word: 'unacceptable', weight: -0.8, example: 'Warsaw called the remarks unacceptable.' },
  { word: 'unsatisfactory', weight: -0.5, example: 'Tokyo described the reply as unsatisfactory.' },
  {
    word: 'extremely unsatisfactory',
    weight: -0.8,
    example: 'Seoul found the answer extremely unsatisfactory.',
  },
  { word: 'intolerable', weight: -0.8, example: 'Islamabad said the violations were intolerable.' },
  { word: 'provocative', weight: -0.7, example: 'Hanoi denounced the provocative patrol.' },
  { word: 'provocation', weight: -0.7, example: 'Pyongyang called the drills a provocation.' },
  { word: 'aggressive', weight: -0.7, example: 'Vilnius condemned the aggressive rhetoric from Minsk.' },
  { word: 'aggression', weight: -0.8, example: 'Kyiv urged partners to stop the aggression.' },
  { word: 'act of aggression', weight: -0.9, example: 'Doha called the strike an act of aggression.' },
  { word: 'illegal', weight: -0.6, example: 'The ministry called the settlements illegal.' },
  { word: 'illegitimate', weight: -0.7, example: 'The opposition called the election illegitimate.' },
  { word: 'unjustified', weight: -0.6, example: 'Ottawa called the tariffs unjustified.' },
  { word: 'unprovoked', weight: -0.7, example: 'NATO condemned the unprovoked attack.' },
  { word: 'hostile', weight: -0.8, example: 'Tehran denounced the hostile policy of its neighbor.' },
  { word: 'unfriendly', weight: -0.6, example: 'Moscow called the expulsions an unfriendly step.' },
  {
    word: 'unfriendly act',
    weight: -0.8,
    example: 'The ministry described the decision as an unfriendly act.',
  },
  { word: 'dangerous', weight: -0.6, example: 'Stockholm called the overflight dangerous.' },
  { word: 'reckless', weight: -0.7, example: 'London criticized the reckless maneuver.' },
  { word: 'irresponsible', weight: -0.6, example: 'Canberra said the launch was irresponsible.' },
  { word: 'destabilizing', weight: -0.6, example: 'The statement warned of destabilizing activities.' },
  { word: 'outrageous', weight: -0.8, example: 'Manila called the water cannon attack outrageous.' },
  { word: 'heinous', weight: -0.9, example: 'The president condemned the heinous crime.' },
  { word: 'barbaric', weight: -0.9, example: 'The foreign ministry denounced the barbaric shelling.' },
  { word: 'brutal', weight: -0.7, example: 'Activists described a brutal crackdown.' },
  { word: 'criminal', weight: -0.7, example: 'The envoy called the blockade criminal.' },
  { word: 'war crime', weight: -0.9, example: 'Kyiv said the strike on the hospital was a war crime.' },
  {
    word: 'flagrant violation',
    weight: -0.8,
    example: 'Beirut denounced a flagrant violation of its sovereignty.',
  },
  {
    word: 'blatant violation',
    weight: -0.8,
    example: 'The ministry cited a blatant violation of the accord.',
  },
  { word: 'violation', weight: -0.5, example: 'The observers reported a violation of the truce.' },
  { word: 'interference', weight: -0.6, example: 'Beijing rejected what it called interference.' },
  {
    word: 'interference in internal affairs',
    weight: -0.7,
    example: 'Caracas denounced interference in internal affairs.',
  },
  { word: 'escalation', weight: -0.5, example: 'Amman warned against any escalation.' },
  { word: 'threat', weight: -0.5, example: 'The minister described the missile program as a threat.' },
  { word: 'enemy', weight: -0.9, example: 'The speaker called the neighboring state an enemy.' },
  { word: 'regime', weight: -0.3, example: 'The senator criticized the regime in Minsk.' },
  { word: 'puppet', weight: -0.7, example: 'State media called the opposition leader a puppet.' },
  { word: 'warmonger', weight: -0.9, example: 'Pyongyang branded the defense minister a warmonger.' },
  { word: 'blackmail', weight: -0.7, example: 'Chisinau called the gas cut blackmail.' },
  { word: 'baseless', weight: -0.5, example: 'Beijing dismissed the allegations as baseless.' },
  { word: 'groundless', weight: -0.5, example: 'The embassy called the report groundless.' },
  { word: 'absurd', weight: -0.5, example: 'The spokesman called the claim absurd.' },
  { word: 'slander', weight: -0.7, example: 'The ministry rejected the report as slander.' },
  { word: 'hypocritical', weight: -0.6, example: 'Ankara called the criticism hypocritical.' },
  { word: 'retaliation', weight: -0.6, example: 'The minister warned of retaliation.' },
  { word: 'red line', weight: -0.6, example: 'Athens said the drilling crossed a red line.' },
  { word: 'grave concern', weight: -0.5, example: 'The council expressed grave concern over the shelling.' },
  { word: 'deep concern', weight: -0.4, example: 'Berlin voiced deep concern about the arrests.' },
  { word: 'frank', weight: -0.2, example: 'The two ministers held frank talks in Geneva.' },
];

/**
 * Words that tilt a statement cooperative. `weight` is added to the tone of the sentence,
 * 0 … +1 (strongest); summed and clipped like the hostile cues.
 */
export const COOPERATIVE_CUES: StanceCue[] = [
  { word: 'constructive', weight: 0.6, example: 'Both sides described the talks as constructive.' },
  { word: 'fruitful', weight: 0.6, example: 'The ministers held fruitful discussions in Hanoi.' },
  { word: 'productive', weight: 0.6, example: 'The envoy called the meeting productive.' },
  { word: 'friendly', weight: 0.6, example: 'The talks took place in a friendly atmosphere.' },
  { word: 'cordial', weight: 0.6, example: 'The leaders had a cordial exchange in Rome.' },
  { word: 'warm', weight: 0.5, example: 'The premier thanked his hosts for a warm welcome.' },
  { word: 'positive', weight: 0.4, example: 'Nicosia saw positive signals from the other side.' },
  {
    word: 'excellent',
    weight: 0.5,
    example: 'The minister praised the excellent relations between the capitals.',
  },
  { word: 'successful', weight: 0.4, example: 'The visit was described as successful.' },
  { word: 'breakthrough', weight: 0.6, example: 'Negotiators hailed a breakthrough on grain exports.' },
  { word: 'historic', weight: 0.3, example: 'The two presidents signed what they called a historic accord.' },
  {
    word: 'strong and enduring',
    weight: 0.7,
    example: 'The statement spoke of a strong and enduring partnership.',
  },
  {
    word: 'partner-like',
    weight: 0.5,
    example: 'The ministry praised the partner-like cooperation with Prague.',
  },
  { word: 'mutual respect', weight: 0.6, example: 'The leaders pledged to build ties on mutual respect.' },
  { word: 'mutual trust', weight: 0.6, example: 'The visit deepened mutual trust, the readout said.' },
  { word: 'mutually beneficial', weight: 0.6, example: 'The deal was called mutually beneficial.' },
  { word: 'win-win', weight: 0.6, example: 'The premier spoke of win-win cooperation.' },
  { word: 'good relations', weight: 0.6, example: 'Both sides stressed their good relations.' },
  { word: 'good-neighborly', weight: 0.6, example: 'The treaty promotes good-neighborly ties.' },
  { word: 'friendship', weight: 0.6, example: 'The king spoke of a century of friendship.' },
  { word: 'brotherly', weight: 0.7, example: 'The emir thanked the brotherly people of Kuwait.' },
  {
    word: 'strategic partnership',
    weight: 0.7,
    example: 'The two capitals upgraded their ties to a strategic partnership.',
  },
  { word: 'ally', weight: 0.6, example: 'The president called Tokyo a trusted ally.' },
  { word: 'close partner', weight: 0.6, example: 'The minister described Accra as a close partner.' },
  { word: 'partner', weight: 0.4, example: 'Berlin remains a reliable partner, the chancellor said.' },
  { word: 'solidarity', weight: 0.6, example: 'The parliament voted a motion of solidarity with Moldova.' },
  { word: 'goodwill', weight: 0.5, example: 'The release was seen as a gesture of goodwill.' },
  { word: 'in good faith', weight: 0.5, example: 'Both delegations negotiated in good faith.' },
  { word: 'common ground', weight: 0.5, example: 'The ministers found common ground on energy.' },
  { word: 'shared values', weight: 0.5, example: 'The leaders invoked their shared values.' },
  {
    word: 'unwavering support',
    weight: 0.8,
    example: 'The senator reaffirmed unwavering support for Taipei.',
  },
  { word: 'ironclad', weight: 0.8, example: 'The commitment to defend Manila is ironclad.' },
  { word: 'steadfast', weight: 0.6, example: 'Ottawa remains a steadfast supporter of Kyiv.' },
  { word: 'pragmatic', weight: 0.3, example: 'The two sides agreed on a pragmatic approach.' },
];

/**
 * Words that mark an event as alleged rather than established: the event's confidence is multiplied
 * by `weight` (0 < w < 1); its direction is unchanged. "accused of" also marks the accuser's own
 * 112 event, which the hedge does not weaken.
 */
export const HEDGES: StanceCue[] = [
  { word: 'allegedly', weight: 0.6, example: 'Agents allegedly planted explosives near the border post.' },
  { word: 'alleged', weight: 0.6, example: 'The court examined the alleged plot against the minister.' },
  { word: 'reportedly', weight: 0.7, example: 'The militia reportedly shelled the village overnight.' },
  { word: 'purported', weight: 0.5, example: 'A purported leak showed the plans for the offensive.' },
  { word: 'purportedly', weight: 0.5, example: 'The video purportedly shows troops crossing the river.' },
  { word: 'supposedly', weight: 0.5, example: 'The convoy was supposedly carrying aid.' },
  { word: 'apparently', weight: 0.7, example: 'The drone apparently came from the south.' },
  { word: 'accused of', weight: 0.6, example: 'The group is accused of attacking aid convoys.' },
  {
    word: 'suspected of',
    weight: 0.5,
    example: 'Two men suspected of spying for Moscow were held in Gdansk.',
  },
  { word: 'believed to', weight: 0.6, example: 'The unit is believed to have crossed the border.' },
  { word: 'said to', weight: 0.6, example: 'The envoy is said to have warned the rebels.' },
  { word: 'unconfirmed', weight: 0.5, example: 'Unconfirmed reports spoke of clashes near the airport.' },
  { word: 'unverified', weight: 0.5, example: 'Unverified footage showed a strike on the depot.' },
  { word: 'rumored', weight: 0.4, example: 'A rumored deal with the junta was denied.' },
];
