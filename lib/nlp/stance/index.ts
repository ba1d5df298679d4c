/**
 * Stance: cooperative, neutral or hostile, and a Goldstein-like score from −10 to +10. The verb
 * class gives the direction and the base score; cues in the clause move it: intensifiers
 * ("strongly condemned"), diminishers, negation ("did not condemn" is no longer hostile), and
 * words of tone ("extremely unsatisfactory", "constructive"). The cue words are kept so the
 * dashboard can show why.
 */
import type { Stance } from '@/lib/nlp/lexicon/types';
import { COOPERATIVE_CUES, DIMINISHERS, HOSTILE_CUES, INTENSIFIERS } from '@/lib/nlp/lexicon/stance-cues';
import { stanceOfQuad } from '@/lib/nlp/lexicon/verbs';
import type { Token } from '@/lib/nlp/tokens';
import type { EventDraft } from '@/lib/nlp/interactions';

export interface StanceResult {
  stance: Stance;
  stanceScore: number;
  /** The words that moved the score, as written. */
  stanceCues: string[];
}

type Cue = { word: string; weight: number };
const index = (list: readonly Cue[]) => {
  const m = new Map<string, Cue[]>();
  for (const c of list) {
    const first = c.word.toLowerCase().split(/\s+/)[0]!;
    m.set(
      first,
      [...(m.get(first) ?? []), c].sort((a, b) => b.word.length - a.word.length),
    );
  }
  return m;
};
let tables: {
  intens: Map<string, Cue[]>;
  dimin: Map<string, Cue[]>;
  hostile: Map<string, Cue[]>;
  coop: Map<string, Cue[]>;
} | null = null;

/** The longest cue phrase starting at token k, if any. */
function cueAt(
  tokens: readonly Token[],
  k: number,
  table: Map<string, Cue[]>,
): { cue: Cue; end: number } | null {
  const list = table.get(tokens[k]!.lower);
  if (!list) return null;
  for (const cue of list) {
    const words = cue.word.toLowerCase().split(/\s+/);
    if (words.every((w, j) => tokens[k + j]?.lower === w)) return { cue, end: k + words.length };
  }
  return null;
}

const clamp = (x: number) => Math.max(-10, Math.min(10, Math.round(x * 10) / 10));

/**
 * The one place the stance labels meet the scores: cooperative from +1 up, hostile from −1 down,
 * neutral between (the network colours an edge by its mean score with the same bounds). Every
 * event's score lies in its label's band, so the two never disagree.
 */
export const STANCE_BANDS = { cooperative: 1, hostile: -1 } as const;

/** The label a score stands for. */
export function stanceOfScore(score: number): Stance {
  if (score >= STANCE_BANDS.cooperative) return 'cooperative';
  if (score <= STANCE_BANDS.hostile) return 'hostile';
  return 'neutral';
}

/** A score moved into the band of its label (at its edge when it lay outside). */
function inBand(score: number, stance: Stance): number {
  if (stance === 'cooperative') return Math.max(score, STANCE_BANDS.cooperative);
  if (stance === 'hostile') return Math.min(score, STANCE_BANDS.hostile);
  return Math.max(STANCE_BANDS.hostile + 0.1, Math.min(STANCE_BANDS.cooperative - 0.1, score));
}

/** Scores one event from its class and the cues of its clause. */
export function scoreStance(e: EventDraft, tokens: readonly Token[]): StanceResult {
  tables ??= {
    intens: index(INTENSIFIERS),
    dimin: index(DIMINISHERS),
    hostile: index(HOSTILE_CUES),
    coop: index(COOPERATIVE_CUES),
  };
  const base = e.cls.goldstein;
  const cues: string[] = [];
  let factor = 1;
  let tone = 0;
  // modifiers sit next to the trigger: "strongly condemned", "condemned … strongly"
  const [from, to] = e.clause;
  for (let k = Math.max(from, e.head - 3); k < Math.min(tokens.length, e.head + 3); k++) {
    if (tokens[k]!.sentence !== tokens[e.head]!.sentence) continue;
    const i = cueAt(tokens, k, tables.intens);
    if (i) {
      factor *= i.cue.weight;
      cues.push(tokens[k]!.text);
    }
    const d = cueAt(tokens, k, tables.dimin);
    if (d) {
      factor *= d.cue.weight;
      cues.push(tokens[k]!.text);
    }
  }
  // tone words in the clause itself (not in a complement clause after "that")
  let end = to;
  for (
    let k = to;
    k < tokens.length && tokens[k]!.sentence === tokens[e.head]!.sentence && k < to + 12;
    k++
  ) {
    if (tokens[k]!.lower === 'that' || tokens[k]!.text === ',' || tokens[k]!.text === ';') break;
    end = k + 1;
  }
  for (let k = from; k < end; k++) {
    for (const [table, sign] of [
      [tables.hostile, -1],
      [tables.coop, 1],
    ] as const) {
      const c = cueAt(tokens, k, table);
      if (c) {
        tone += sign * Math.abs(c.cue.weight) * 3;
        cues.push(
          tokens
            .slice(k, c.end)
            .map((t) => t.text)
            .join(' '),
        );
      }
    }
  }
  let score = base * factor + tone;
  let stance: Stance = stanceOfQuad(e.quad);
  if (e.negated) {
    // "would not provide support" is a refusal, which is hostile (CAMEO codes it as a rejection);
    // "did not condemn" is no act at all: neutral, with a mild signal the other way
    cues.push('not');
    if (stance === 'cooperative') {
      score = Math.min(-1, -0.5 * base);
      stance = 'hostile';
    } else {
      score = -0.2 * base;
      stance = 'neutral';
    }
  } else if (e.opposed && stance === 'cooperative') {
    // what is aimed "against" someone is done to them, not with them: "an investigation against Iran"
    cues.push('against');
    score = Math.min(-1, -0.5 * base);
    stance = 'hostile';
  } else if (stance === 'neutral') {
    // a statement takes the colour of its words
    if (tone <= -2) stance = 'hostile';
    else if (tone >= 2) stance = 'cooperative';
  }
  const final = clamp(inBand(score, stance));
  return { stance: stanceOfScore(final), stanceScore: final, stanceCues: [...new Set(cues)] };
}
