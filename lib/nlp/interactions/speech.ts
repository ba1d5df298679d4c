/**
 * Reported speech: "The Kremlin said that Putin congratulated Trump" is reported by the Kremlin;
 * "…, the Guardian reported" by the Guardian; "according to X" by X; a quotation by whoever the
 * sentence around it says spoke it, including over several sentences (“… extremism. In this
 * spirit, … discussed,” the Kremlin statement said). "the statement said" is the speaker of the
 * statement named before.
 */
import type { Mention } from '@/lib/nlp/actors/mentions';
import { findSubject, type ClauseView } from './clause';
import { isReporting } from './triggers';

export interface SpeechFrame {
  /** The reporting verb. */
  verb: number;
  /** Who speaks (may be several: "Trump and Putin said"). */
  speaker: Mention[];
  /** The tokens [first, last) of what is reported. */
  scope: [number, number];
}

export interface Quote {
  /** Tokens [first, last) inside the quotation marks. */
  first: number;
  last: number;
  speaker: Mention[];
}

const OPEN = new Set(['\u201c', '"', '\u00ab']);
const CLOSE = new Set(['\u201d', '"', '\u00bb']);

/** Reporting frames of every sentence, and the quotations with their speakers. */
export function findSpeech(
  v: ClauseView,
  sentences: readonly [number, number][],
): { frames: SpeechFrame[]; quotes: Quote[] } {
  const { tokens } = v;
  const frames: SpeechFrame[] = [];
  let lastStatement: Mention[] = [];
  for (const [a, b] of sentences) {
    for (let r = a; r < b; r++) {
      const t = tokens[r]!;
      if (t.lower === 'according' && tokens[r + 1]?.lower === 'to') {
        let j = r + 2;
        if (tokens[j]?.lower === 'the') j++;
        const m = v.startingAt.get(j);
        if (m) frames.push({ verb: r, speaker: [m], scope: [a, b] });
        continue;
      }
      if (!isReporting(t)) continue;
      const subject = findSubject(v, r, a);
      let speaker = subject?.mentions ?? [];
      if (subject?.communication && speaker.length === 0) speaker = lastStatement;
      let inverted = false;
      if (!subject) {
        // "…,” said Putin / said the Chancellery
        let j = r + 1;
        if (tokens[j]?.lower === 'the') j++;
        const m = v.startingAt.get(j);
        if (m) {
          speaker = [m];
          inverted = true;
        }
      }
      if (speaker.length === 0) continue;
      let first = inverted ? r : Math.min(...speaker.map((m) => m.first));
      while (first > a && /^(the|a|an)$/.test(tokens[first - 1]!.lower)) first--;
      const before = tokens[first - 1];
      // "…, the Kremlin said" / "…,” the statement said": what it reports comes before it
      const postposed =
        before != null &&
        before.sentence === t.sentence &&
        first - 1 > a && // a quotation mark opening the sentence opens, it does not close
        (before.text === ',' || CLOSE.has(before.text) || before.text === '\u2019' || before.text === "'");
      frames.push({ verb: r, speaker, scope: postposed ? [a, first] : [r + 1, b] });
      // "said in a statement": later "the statement said" is this speaker again
      for (let j = r + 1; j < Math.min(b, r + 5); j++)
        if (v.communication.has(tokens[j]!.lemma)) lastStatement = speaker;
      if (subject?.communication && subject.mentions.length) lastStatement = speaker;
    }
  }

  // quotations: double quotes, straight or curly, possibly over several sentences
  const framesIn = framesBySentence(frames, tokens);
  const quotes: Quote[] = [];
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    const s = tokens[k]!.text;
    if (open < 0 && OPEN.has(s)) open = k;
    else if (open >= 0 && CLOSE.has(s)) {
      const q: Quote = { first: open + 1, last: k, speaker: [] };
      // the frame right after the closing mark, else the one right before the opening mark
      const closing = framesIn(tokens[k]!.sentence);
      const after = closing.find((f) => f.verb > k && f.scope[1] <= k + 4 && f.scope[0] <= q.first);
      const afterAny = after ?? closing.find((f) => f.verb > k && f.verb - k <= 6);
      const before = framesIn(tokens[open]!.sentence).find((f) => f.verb < open && open - f.verb <= 3);
      q.speaker = (afterAny ?? before)?.speaker ?? [];
      quotes.push(q);
      open = -1;
    }
  }
  return { frames, quotes };
}

/**
 * The frames whose reporting verb lies in a sentence, in the order they were found: lookups by
 * sentence keep a long document's time linear in its length.
 */
export function framesBySentence(
  frames: readonly SpeechFrame[],
  tokens: readonly { sentence: number }[],
): (sentence: number) => SpeechFrame[] {
  const map = new Map<number, SpeechFrame[]>();
  for (const f of frames) {
    const s = tokens[f.verb]!.sentence;
    const list = map.get(s);
    if (list) list.push(f);
    else map.set(s, [f]);
  }
  return (sentence) => map.get(sentence) ?? [];
}

/** The quotation that holds token `k`, if any (quotations are in text order and never overlap). */
export function quoteAt(quotes: readonly Quote[], k: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.last <= k) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q && q.first <= k && k < q.last ? q : undefined;
}
