/**
 * Who each mention is: known names map to the lexicon, a surname alone to the person named in full
 * elsewhere in the document ("Trump" = "US President-elect Donald Trump"), titles without names to
 * the office holder of the day, bodies to their state or person, pronouns and "the two leaders" to
 * the actors last in focus. The result is one record per actor of the document, with every surface
 * form seen.
 */
import { ADJECTIVE_INDEX, LEXICON_ACTORS, countryByIso3 } from '@/lib/nlp/lexicon/actors';
import type { ActorKind, LexiconActor } from '@/lib/nlp/lexicon/types';
import { gazetteer } from './gazetteer';
import { pronounKind, SPEAKS_FOR_OWNER, type Mention } from './mentions';
import { surnameOf } from './names';
import { REGIONS } from '@/lib/nlp/lexicon/places';

/** An actor as one document (or, merged, the corpus) knows it. */
export interface ActorRecord {
  /** Stable slug: the lexicon id, else made from the name ("vladimir-putin", "usa-officials"). */
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  /** Every surface form seen, titles included ("US President-elect Donald Trump", "Trump"). */
  aliases: Set<string>;
  /** How many mentions name it (pronouns and pairs not counted). */
  mentions: number;
  /** CAMEO actor code where known, at the article's date: "RUSGOV", "IGOUNO", "USACOP". */
  code?: string;
  /** The CAMEO role (agent) code in it: GOV, MIL, COP, REB, OPP, BUS, MED, CVL, ELI, …; null when it has none. */
  role?: string | null;
  /** How the code was reached: "from the Phoenix countries list (line 39559), RUSGOV from 2008-05-08". */
  trail?: string[];
  /** Only capital letters say it is an actor (an unknown name with no other cue): see `markTentative`. */
  guessed?: boolean;
  /**
   * A guess named once in this document and in no event: kept only if the corpus vouches for it
   * (another document names it too), see lib/nlp/corpus/actors.ts.
   */
  tentative?: boolean;
  /** Every mention opens a sentence ("Bilateral trade …"): kept only if it takes part in an event. */
  openingOnly?: boolean;
}

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The adjective news uses for a state ("RUS" → "Russian"), for naming its bodies and groups. */
const ADJECTIVE_OF = (() => {
  const m = new Map<string, string>();
  for (const [adj, iso3] of ADJECTIVE_INDEX) if (!m.has(iso3) && /^\p{Lu}\p{Ll}/u.test(adj)) m.set(iso3, adj);
  return m;
})();

const lastWord = (name: string, country?: string | null) => surnameOf(name, country);

/** Lexicon people holding an office of this title in this state in this year. */
function officeHolder(title: string, country: string | null, year: number | null): LexiconActor | undefined {
  if (!country) return undefined;
  const t = title.toLowerCase();
  const matches = LEXICON_ACTORS.filter(
    (a) =>
      a.kind === 'person' &&
      a.roles?.some(
        (r) =>
          r.country === country &&
          r.title.toLowerCase() === t &&
          (year == null || ((r.from ?? -Infinity) <= year && year <= (r.to ?? Infinity))),
      ),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

export interface ResolveContext {
  /** The year of the document's publication, to pick the office holder of the day. */
  year: number | null;
  /** The document's tokens, to see the commas around an apposition. */
  tokens?: readonly { text: string }[];
}

/**
 * Roles followed by the name of who holds them, set off by commas: "Qatar's emir, Sheikh Tamim,
 * said" is one person, named by the apposition (not the lexicon's office holder, who may differ).
 * Maps the role mention to the name mention.
 */
function appositions(
  mentions: Mention[],
  tokens: readonly { text: string }[] | undefined,
): Map<Mention, Mention> {
  const out = new Map<Mention, Mention>();
  if (!tokens) return out;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    const n = mentions[k + 1]!;
    if (m.form !== 'role' || m.possessive || n.sentence !== m.sentence) continue;
    if (n.first !== m.last + 1 || tokens[m.last]?.text !== ',') continue;
    if (n.kind !== 'person' || (n.form !== 'name' && n.form !== 'titled')) continue;
    // the apposition closes with a comma or ends the clause: "the emir, Sheikh Tamim, met …"
    const after = tokens[n.last]?.text;
    if (after !== ',' && after !== '.' && after !== ';' && after !== undefined) continue;
    out.set(m, n);
  }
  return out;
}

/**
 * Acronyms defined in parentheses after a name: "the Arab League (AL)". Maps the acronym's mention
 * to the name's; later mentions of the acronym alone are the same actor.
 */
function acronyms(
  mentions: Mention[],
  tokens: readonly { text: string }[] | undefined,
): Map<Mention, Mention> {
  const out = new Map<Mention, Mention>();
  if (!tokens) return out;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    const n = mentions[k + 1]!;
    if (m.form === 'pronoun' || m.form === 'pair' || n.form !== 'name' || n.lexicon) continue;
    if (n.first !== m.last + 1 || tokens[m.last]?.text !== '(' || tokens[n.last]?.text !== ')') continue;
    if (n.last - n.first !== 1 || !/^[A-Z][A-Z&.-]{1,9}$/.test(n.text)) continue;
    out.set(n, m);
  }
  return out;
}

export interface ResolvedMentions {
  actors: Map<string, ActorRecord>;
  /** The mentions, each with `actor` set where it could be resolved. */
  mentions: Mention[];
}

/** Resolves the mentions of one document, in text order. */
export function resolveMentions(mentions: Mention[], ctx: ResolveContext): ResolvedMentions {
  const actors = new Map<string, ActorRecord>();
  const surnames = new Map<string, string>(); // surname → person key, from names written in full
  const g = gazetteer();

  const record = (
    id: string,
    name: string,
    kind: ActorKind,
    country: string | null,
    code?: string,
  ): ActorRecord => {
    let a = actors.get(id);
    if (!a) {
      a = { id, name, kind, country, aliases: new Set(), mentions: 0, code };
      actors.set(id, a);
    } else {
      // the fullest name wins: "Donald Trump" over "Trump"
      if (name.length > a.name.length && kind === a.kind && a.kind === 'person') a.name = name;
      a.country ??= country;
    }
    return a;
  };
  const fromLexicon = (l: LexiconActor) => {
    const a = record(l.id, l.name, l.kind, l.country, l.code);
    a.guessed = false; // the lexicon knows it
    return a;
  };

  // First pass: people written in full, so a surname alone earlier in the text (a headline) finds them.
  for (const m of mentions) {
    const full = m.form === 'titled' || (m.form === 'name' && m.kind === 'person') ? m.name : undefined;
    if (full && full.split(/\s+/).length >= 2) {
      const key = m.lexicon?.id ?? slug(full);
      const last = lastWord(full, m.lexicon?.country ?? m.country);
      if (!surnames.has(last)) surnames.set(last, key);
    }
  }

  /** A person named by one word: in full elsewhere in the document, else a known person of that surname. */
  const personBySurname = (word: string): string | undefined => {
    const inDoc = surnames.get(word);
    if (inDoc) return inDoc;
    const known = g.surnames.get(word);
    if (known && known.length === 1) return fromLexicon(known[0]!).id;
    if (known && ctx.year != null) {
      const active = known.filter((p) =>
        p.roles?.some((r) => (r.from ?? -Infinity) <= ctx.year! && ctx.year! <= (r.to ?? Infinity)),
      );
      if (active.length === 1) return fromLexicon(active[0]!).id;
    }
    return undefined;
  };

  const focus: { key: string; kind: ActorKind; sentence: number }[] = [];
  const lastOf = (pred: (a: ActorRecord) => boolean, exclude?: string) => {
    for (let k = focus.length - 1; k >= Math.max(0, focus.length - ANAPHORA_REACH); k--) {
      const a = actors.get(focus[k]!.key);
      if (a && a.id !== exclude && pred(a)) return a.id;
    }
    return undefined;
  };

  const named = appositions(mentions, ctx.tokens);
  const spelled = acronyms(mentions, ctx.tokens);
  /** Acronyms the document defined ("(AL)") → the actor they stand for. */
  const defined = new Map<string, string>();
  for (const m of mentions) {
    let key: string | undefined;
    // a role named by its apposition takes that person's id, which the name mention after it resolves
    if (named.has(m)) continue;
    switch (m.form) {
      case 'name': {
        const full = spelled.get(m)?.actor;
        if (full) {
          key = full;
          defined.set(m.text, full);
        } else if (!m.lexicon && defined.has(m.text)) key = defined.get(m.text);
        else if (m.lexicon) key = fromLexicon(m.lexicon).id;
        else if (m.kind === 'person' && m.name && m.name.split(/\s+/).length >= 2) {
          key = record(
            surnames.get(lastWord(m.name, m.country)) ?? slug(m.name),
            m.name,
            'person',
            m.country,
          ).id;
        } else if (m.name) {
          key = personBySurname(m.name);
          if (key) record(key, m.name, 'person', null);
          else key = record(slug(m.name), m.name, m.kind, m.country).id;
        }
        break;
      }
      case 'titled': {
        const name = m.name!;
        if (m.lexicon) key = fromLexicon(m.lexicon).id;
        else if (name.split(/\s+/).length >= 2)
          key = record(surnames.get(lastWord(name, m.country)) ?? slug(name), name, 'person', m.country).id;
        else {
          key = personBySurname(name);
          if (!key) {
            key = slug(name);
            surnames.set(name, key);
          }
          record(key, name, 'person', m.country);
        }
        break;
      }
      case 'role': {
        // "the North Korean leader": where the state's top office is called so (a Supreme Leader
        // in the lexicon that year), its holder; elsewhere "leader" names no single office
        // (president, chancellor or prime minister) and stays a role
        const holder =
          officeHolder(m.title!, m.country, ctx.year) ??
          (m.title!.toLowerCase() === 'leader'
            ? officeHolder('Supreme Leader', m.country, ctx.year)
            : undefined);
        if (holder) key = fromLexicon(holder).id;
        else if (m.country) {
          const country = countryByIso3(m.country)?.name ?? m.country;
          key = record(
            `${slug(m.country)}-${slug(m.title!)}`,
            `${m.title!.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} of ${country}`,
            'person',
            m.country,
          ).id;
        }
        break;
      }
      case 'body': {
        const owner = m.owner?.actor ? actors.get(m.owner.actor) : undefined;
        if (owner && owner.kind === 'person' && SPEAKS_FOR_OWNER.has(m.noun!)) key = owner.id;
        else if (owner && owner.kind === 'person') {
          const name = `${lastWord(owner.name, owner.country)} ${m.noun}`;
          key = record(slug(name), name, 'organization', owner.country).id;
        } else if (m.country) {
          const adj = ADJECTIVE_OF.get(m.country) ?? countryByIso3(m.country)?.name ?? m.country;
          const name = `${adj} ${m.noun}`;
          key = record(`${slug(m.country)}-${slug(m.noun!)}`, name, 'organization', m.country).id;
        } else if (m.noun === 'administration') {
          // "the new administration" in an article about a president(-elect) is that person's
          key = lastOf(
            (a) =>
              a.kind === 'person' && a.aliases.size > 0 && [...a.aliases].some((s) => /president/i.test(s)),
          );
        }
        break;
      }
      case 'group': {
        const code = m.country ?? m.region?.code;
        if (code) {
          const adj = m.region?.name ?? ADJECTIVE_OF.get(code) ?? code;
          const name = `${adj} ${m.noun}`;
          key = record(
            `${slug(code)}-${slug(m.noun!)}${m.faith ? `-${slug(m.faith.code)}` : ''}`,
            name,
            'group',
            code,
          ).id;
        } else if (m.noun) {
          // no state: "Shiite militias", "kidnappers", "police" (./mentions.ts lets only a faith's
          // groups and those of roles that act on their own through)
          const name = m.faith ? `${m.faith.name} ${m.noun}` : m.noun;
          key = record(slug(name), name, 'group', null).id;
        }
        break;
      }
      case 'adjective': {
        const c = m.country ? countryByIso3(m.country) : undefined;
        if (c) key = fromLexicon(c).id;
        break;
      }
      case 'pronoun': {
        const k = pronounKind(m.text);
        if (k === 'person') key = lastOf((a) => a.kind === 'person');
        else if (k === 'thing') key = lastOf((a) => a.kind === 'country' || a.kind === 'organization');
        else if (k === 'plural') key = lastOf((a) => a.kind === 'group');
        break;
      }
      case 'pair':
        break; // resolved to two actors by the interaction stage, which knows the clause
    }
    if (!key) continue;
    m.actor = key;
    const a = actors.get(key);
    if (a && a.guessed !== false)
      a.guessed = m.form === 'name' && !m.lexicon && (m.evidence === 'guess' || m.evidence === 'initial');
    if (a && m.form !== 'pronoun') a.openingOnly = (a.openingOnly ?? true) && m.evidence === 'initial';
    if (a && m.form !== 'pronoun') {
      a.mentions++;
      a.aliases.add(m.text);
      if (m.name && m.form !== 'name') a.aliases.add(m.name);
      focus.push({ key, kind: a.kind, sentence: m.sentence });
    }
  }
  for (const [role, name] of named) {
    const a = name.actor ? actors.get(name.actor) : undefined;
    if (!a) continue;
    role.actor = a.id;
    a.mentions++;
    a.aliases.add(role.text);
    a.country ??= role.country;
  }
  return { actors, mentions };
}

/**
 * How many mentions back a pronoun, a role or "the two leaders" looks for what it refers to. A
 * reader finds the antecedent within a few paragraphs; the bound keeps a long text's time linear in
 * its length (without it, each pronoun of a book-length upload scanned the whole text before it).
 */
export const ANAPHORA_REACH = 80;

/** The two actors last in focus before `before` (a mention index), for "the two leaders". */
export function lastPair(
  mentions: Mention[],
  before: number,
  actors: Map<string, ActorRecord>,
  kind: ActorKind | 'any',
): [string, string] | null {
  // "the two" and "both sides" mean people when two people are in focus, else any two actors
  if (kind === 'any')
    return pairOf(mentions, before, actors, kind, true) ?? pairOf(mentions, before, actors, kind, false);
  return pairOf(mentions, before, actors, kind, false);
}

function pairOf(
  mentions: Mention[],
  before: number,
  actors: Map<string, ActorRecord>,
  kind: ActorKind | 'any',
  preferPeople: boolean,
): [string, string] | null {
  const seen: string[] = [];
  for (let k = before - 1; k >= Math.max(0, before - ANAPHORA_REACH) && seen.length < 2; k--) {
    const m = mentions[k]!;
    if (!m.actor || m.form === 'pronoun' || m.form === 'pair' || seen.includes(m.actor)) continue;
    const a = actors.get(m.actor);
    if (!a) continue;
    if (kind !== 'any' && a.kind !== kind) continue;
    if (kind === 'any' && a.kind === 'media') continue;
    // a name only capitals vouch for is no one's antecedent
    if (a.guessed) continue;
    if (kind === 'any' && preferPeople && a.kind !== 'person') continue;
    seen.push(m.actor);
  }
  return seen.length === 2 ? [seen[1]!, seen[0]!] : null;
}

/**
 * "Cupertino, California", "San Jose, Costa Rica": a place written with the larger place it lies
 * in. The whole is an alias of the first (news and gazetteers write places so).
 */
export function addPlaceAliases(
  mentions: Mention[],
  tokens: readonly { text: string; lower: string }[],
  actors: Map<string, ActorRecord>,
): void {
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  for (const m of mentions) {
    if (m.form !== 'name' || !m.actor) continue;
    const a = actors.get(m.actor);
    if (!a || (a.kind !== 'other' && a.kind !== 'country')) continue;
    if (tokens[m.last]?.text !== ',') continue;
    const n = byFirst.get(m.last + 1);
    if (!n || n.form !== 'name' || !n.actor) continue;
    if (m.evidence === 'guess' && m.kind !== 'country' && !m.lexicon && !REGIONS.has(n.text)) {
      // a place is named with its region after a word that places it ("in Cupertino, California"),
      // or when the second is a known region ("the Cupertino, California event")
      const before = tokens[m.first - 1]?.lower ?? '';
      if (!/^(in|at|from|near|of|to|outside)$/.test(before)) continue;
    }
    const kindN = actors.get(n.actor)?.kind;
    if (kindN !== 'other' && kindN !== 'country') continue;
    // the pair ends there: "Cupertino, California," or "… in Cupertino, California."
    const after = tokens[n.last];
    if (after && /^\p{Lu}/u.test(after.text)) continue;
    a.aliases.add(`${m.text}, ${n.text}`);
    // the pair vouches for both: "Cupertino, California" is a place in a place
    a.guessed = false;
    const b = actors.get(n.actor);
    if (b) b.guessed = false;
  }
}

/**
 * An unknown name that only capitals vouch for ("Features", "Mac OS X") counts for this document
 * when it names it twice or it takes part in an event; otherwise it is tentative, and the corpus
 * keeps it only if another document names it too.
 */
export function markTentative(resolved: ResolvedMentions, inEvents: Set<string>): void {
  for (const [id, a] of resolved.actors) {
    a.tentative = Boolean(a.guessed && (a.mentions < 2 || a.openingOnly) && !inEvents.has(id));
  }
}
