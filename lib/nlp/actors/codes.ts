/**
 * The actor-coding stage: every actor of a document gets a CAMEO code, a role and a country where
 * the dictionaries or the rules give one, read at the article's date, with the trail of how.
 *
 *   "Vladimir Putin" in 2016      → RUSGOV  "from the Phoenix countries list (line …), RUSGOV from 2008-05-08"
 *   "Russian riot police" (group) → RUSCOP  "rule: nationality + agent noun: RUS + "riot police" (COP)"
 *   "the Kremlin" (lexicon code)  → RUSGOV  "from the project's lexicon (lib/nlp/lexicon)"
 *
 * Runs after ./resolve.ts; changes no identity, only adds to the records.
 */
import { countryByIso3 } from '@/lib/nlp/lexicon/countries';
import { phraseTokens, type Token } from '@/lib/nlp/tokens';
import { actorDictionaries, actorsOf, codeEntries, dictKey, readCode, type DictCoding } from './dict';
import type { Mention } from './mentions';
import type { ActorRecord } from './resolve';

/**
 * The dictionary's coding of the words of a mention, at the date: the whole span, or with `tails`
 * the longest tail of it that is a whole phrase of the dictionaries ("US President-elect Donald
 * Trump" → "Donald Trump"). A name's tail is never tried: "Bank of England" is not England.
 */
export function codeSpan(
  tokens: readonly Token[],
  first: number,
  last: number,
  day: string | null,
  tails = false,
): DictCoding | null {
  return codeKeys(tokens.slice(first, last).map(dictKey), day, tails);
}

function codeKeys(keys: readonly string[], day: string | null, tails: boolean): DictCoding | null {
  const d = actorDictionaries();
  for (let k = 0; k < (tails ? keys.length : Math.min(1, keys.length)); k++) {
    const hit = d.trie.longestAt(keys, k);
    if (!hit || hit.end !== keys.length) continue;
    const entries = actorsOf(d, hit.payloads);
    if (!entries.length) continue;
    const coding = codeEntries(entries, day);
    if (coding) return coding;
  }
  return null;
}

const CODED_FORMS = new Set<Mention['form']>(['name', 'titled', 'adjective']);

/** Adds code, role, trail (and a missing country) to the actors the mentions resolved to. */
export function codeActors(
  mentions: readonly Mention[],
  actors: Map<string, ActorRecord>,
  tokens: readonly Token[],
  day: string | null,
): void {
  const done = new Set<string>();
  // names first: a person's own entry says more than a rule about a group
  for (const m of mentions) {
    if (!m.actor || done.has(m.actor) || !CODED_FORMS.has(m.form)) continue;
    const a = actors.get(m.actor);
    if (!a) continue;
    // a titled mention may open with titles and adjectives; a known actor's own name is tried too
    // ("Hezbollah" in "Hezbollah fighters")
    const c =
      codeSpan(tokens, m.first, m.last, day, m.form === 'titled') ??
      // the lists may write the article as part of a name: "THE_HERMIT_KINGDOM"
      (m.form === 'name' && tokens[m.first - 1]?.lower === 'the'
        ? codeSpan(tokens, m.first - 1, m.last, day)
        : null) ??
      (m.lexicon ? codeKeys(m.lexicon.name.toLowerCase().split(/\s+/), day, false) : null);
    if (!c) continue;
    // a place its text puts in another state ("Cordoba, Argentina") is not the one the lists mean
    if (m.evidence === 'place' && m.country && c.country && c.country !== m.country) continue;
    a.code = c.code;
    a.role = c.role;
    a.trail = [c.trail];
    // a city is coded as its state (Phoenix lists capitals as synonyms): the place is in it, but
    // only a name with no country of its own takes it
    a.country ??= c.country;
    // a name the international or armed-groups lists hold is an organisation, and no guess; one the
    // countries list holds with dated codes is a person (leaders and office holders have dates,
    // states and their institutions mostly none)
    if (c.entry.file === 1 || c.entry.file === 2) {
      if (a.kind === 'other') a.kind = 'organization';
      a.guessed = false;
    } else if (c.role && c.entry.codes.some((x) => x.from || x.to)) {
      if (a.kind === 'other') a.kind = 'person';
      a.guessed = false;
    }
    done.add(a.id);
  }
  for (const m of mentions) {
    if (!m.actor || done.has(m.actor)) continue;
    const a = actors.get(m.actor);
    if (!a) continue;
    if ((m.form === 'group' || m.form === 'body') && m.sector && a.country) {
      const role = m.sector.slice(0, 3);
      a.code = `${a.country}${role}${m.faith?.code ?? ''}`;
      a.role = role;
      a.trail = [
        `rule: ${m.form === 'group' ? 'nationality or place + agent noun' : 'state + government body'}: ${a.country} + ${m.faith ? `${m.faith.name} (${m.faith.code}) + ` : ''}"${m.noun ?? ''}" (${m.sector}${m.agentTrail ? `, ${m.agentTrail}` : ''})`,
      ];
      done.add(a.id);
    } else if (m.form === 'group' && m.sector && !a.country) {
      // "Shiite militias" → REBSHI, "kidnappers" → CRM: the role, and the faith where one is named
      const role = m.sector.slice(0, 3);
      a.code = `${role}${m.faith?.code ?? ''}`;
      a.role = role;
      a.trail = [
        m.faith
          ? `rule: faith + agent noun: ${m.faith.name} (${m.faith.code}) + "${m.noun ?? ''}" (${m.sector}${m.agentTrail ? `, ${m.agentTrail}` : ''})`
          : `rule: agent noun with no state: "${m.noun ?? ''}" (${m.sector}${m.agentTrail ? `, ${m.agentTrail}` : ''})`,
      ];
      done.add(a.id);
    }
  }
  // an actor named only by its office ("the Russian president" → the holder of the day): its name
  for (const a of actors.values()) {
    if (done.has(a.id) || a.kind === 'group' || a.kind === 'other') continue;
    if (!mentions.some((m) => m.actor === a.id && m.form === 'role')) continue;
    const c = codeKeys(
      phraseTokens(a.name.toLowerCase()).map((t) => t.replace(/\u2019/g, "'")),
      day,
      false,
    );
    if (!c) continue;
    a.code = c.code;
    a.role = c.role;
    a.trail = [c.trail];
    done.add(a.id);
  }
  // an office whose holder is not known: the state and the office's sector ("the leader of North Korea")
  for (const m of mentions) {
    if (m.form !== 'role' || !m.actor || done.has(m.actor) || !m.sector) continue;
    const a = actors.get(m.actor);
    if (!a?.country || !countryByIso3(a.country)) continue;
    const role = m.sector.slice(0, 3);
    a.code = `${a.country}${role}`;
    a.role = role;
    a.trail = [`rule: state + office: ${a.country} + "${m.title ?? ''}" (${m.sector})`];
    done.add(a.id);
  }
  for (const a of actors.values()) {
    if (done.has(a.id) || !a.code) continue;
    a.role ??= readCode(a.code).role;
    a.trail ??= [`from the project's lexicon (lib/nlp/lexicon), ${a.code}`];
  }
}
