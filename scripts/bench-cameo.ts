/**
 * Times the CAMEO dictionary: reading and indexing lib/nlp/cameo/dict/cameo.json.gz, and coding
 * verbs of parsed sentences (sentences written here; the parse itself is not timed).
 *
 *   npx tsx scripts/bench-cameo.ts [--seconds 3]
 */
import os from 'node:os';
import { CAMEO_FILE, matchVerb, prepareTree, readCameo } from '@/lib/nlp/cameo';
import { parseText } from '@/lib/nlp/syntax';

const SENTENCES = [
  'The ministry condemned the deal that the two sides had reached in Geneva.',
  'Both governments signed a trade agreement on Tuesday.',
  'The EU provided emergency aid to the refugees who crossed the border.',
  'Police arrested three protesters outside the parliament.',
  'The ambassador was expelled by Russia after the spy scandal.',
  'Opposition parties have called for new elections in the spring.',
  'The rebels called off the talks with the government.',
  'France and Germany urged Iran to return to the negotiating table.',
  'North Korea threatened to attack Guam with ballistic missiles.',
  'Washington imposed new sanctions on Venezuela and froze the assets of its officials.',
  'The president visited Beijing and met his Chinese counterpart.',
  'Egypt hosted peace talks between Israel and Hamas.',
  'Turkey expelled four Russian diplomats and recalled its ambassador.',
  'Syrian troops attacked the town and seized the airport.',
  'The United Nations sent peacekeepers to the region.',
  'Japan promised to provide military assistance to the Philippines.',
  'The minister praised the agreement and thanked the mediators.',
  'Iran rejected the accusations and denied any role in the attack.',
  'Protesters gathered in the capital to demand the release of political prisoners.',
  'The court sentenced the opposition leader to five years in prison.',
  'India and Pakistan agreed to a ceasefire along the border.',
  'The foreign minister will travel to Moscow next week for consultations.',
  'Kenya deployed additional troops to the border with Somalia.',
  'The government lifted the curfew and released dozens of detainees.',
  'Gunmen kidnapped two aid workers near the border.',
  'The prime minister apologised to the victims of the bombing.',
  'Israel launched air strikes on targets in Gaza.',
  'The council approved the plan and pledged funds for reconstruction.',
  'Britain accused Moscow of orchestrating the cyber attack.',
  'The army shelled rebel positions and killed twelve fighters.',
];

const secondsArg = process.argv.indexOf('--seconds');
const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 3;

// load: first read (as a process starts) and a few more
const loads: number[] = [];
let dict = readCameo(CAMEO_FILE);
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  dict = readCameo(CAMEO_FILE);
  loads.push(performance.now() - t0);
}

const text = SENTENCES.join(' ');
let at = 0;
const spans = SENTENCES.map((s, index) => {
  const start = text.indexOf(s, at);
  at = start + s.length;
  return { index, start, end: start + s.length };
});
const parsed = parseText(text, spans);
const verbs = parsed.map((s) => s.tokens.filter((t) => t.upos === 'VERB').map((t) => t.id));
const jobs = verbs.flat();

let matches = 0;
let coded = 0;
let known = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
while (performance.now() - t0 < seconds * 1000) {
  for (let k = 0; k < parsed.length; k++) {
    const tree = prepareTree(parsed[k]!.tokens);
    for (const id of verbs[k]!) {
      const m = matchVerb(dict, tree, id);
      matches++;
      if (m) known++;
      if (m?.code) coded++;
    }
  }
}
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const sorted = [...loads].sort((a, b) => a - b);
console.log(
  [
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}, ${os.cpus().length} cores`,
    `read and index ${CAMEO_FILE.replace(process.cwd() + '/', '')}: first ${loads[0]!.toFixed(1)} ms, ` +
      `median of ${loads.length} ${sorted[sorted.length >> 1]!.toFixed(1)} ms (after one warm-up read)`,
    `${SENTENCES.length} sentences, ${jobs.length} verbs: ${matches} matches in ${wall.toFixed(2)} s ` +
      `(${Math.round(matches / wall)} matches/s wall, ${Math.round(matches / cpuSeconds)} per CPU second); ` +
      `${Math.round((100 * known) / matches)}% of verbs in the dictionary, ${Math.round((100 * coded) / matches)}% coded`,
  ].join('\n'),
);
