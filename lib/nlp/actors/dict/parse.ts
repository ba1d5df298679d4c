/**
 * Readers for the PETRARCH dictionary formats (the Phoenix actor, agent and discard files in
 * lib/nlp/lexicon/phoenix). Pure functions of the file's text: no file system, no clock. The build
 * script (scripts/build-actor-dict.ts) runs them once and commits what they give; the actor stage
 * never reads the text files.
 *
 * The formats, as the files' headers and PETRARCH2's reader (PETRreader.py) define them:
 * - A comment starts at `#` and runs to the end of the line; a line that starts with `#` or `<!`
 *   is skipped, and so are blank lines. `<!-- … -->` may span lines.
 * - Actors: an entry opens with its primary phrase on a line of its own, optionally followed on the
 *   same line by one code in brackets. Lines starting with `+` add synonyms; lines starting with
 *   `[` (usually indented) add codes. Words are separated by `_` or blanks; a trailing `_` marks a
 *   word that is not stemmed (PETRARCH2 matches whole words either way).
 * - A code is `[CODE]` or `[CODE DATES]`, where DATES is `>D` (from D on), `<D` (before D) or
 *   `D1-D2` (from D1 to D2, both included); D is YYMMDD (years 00–30 are 20YY, others 19YY) or
 *   YYYYMMDD (anything after the eighth digit is ignored, as PETRARCH does). A bare `D` is read as
 *   `>D` (the files use it for a start: "entered Foreign Service"). A code of `---` means "no code".
 * - Agents: `PHRASE {PLURALS} [CODE]`. The code is `~XXX` (the agent's code goes after the actor's
 *   country code: "Russian police" → RUSCOP) or `XXX~` (before it: NGO~). Without braces the
 *   regular plural is made (Y → IES after a consonant, S/SH/CH/X → ES, else S); `{}` means no
 *   plural; `{A B}` lists irregular plurals. `!MARKER! = A, B, C` defines a substitution set; a
 *   phrase containing `!MARKER!` stands for one phrase per member (no plurals made).
 * - Discards: one phrase a line; a leading `+` marks a story-level discard (the whole article is
 *   off topic: sports, weather), without it the sentence is.
 */

/** A date restriction of a code, as ISO days. Both ends included; a missing end is open. */
export interface DatedCode {
  /** The CAMEO actor code: "RUSGOV", "IGOUNO", "USAELI". */
  code: string;
  /** First day the code holds (YYYY-MM-DD), or null when it holds since ever. */
  from: string | null;
  /** Last day the code holds (YYYY-MM-DD), or null when it still holds. */
  to: string | null;
}

/** One entry of an actor file: a primary phrase, its synonyms and its (dated) codes. */
export interface ActorEntry {
  /** The primary phrase, words upper-case as written: ["VLADIMIR", "PUTIN"]. */
  name: string[];
  /** Every phrase that names it, the primary first: each a list of words. */
  phrases: string[][];
  /** Codes in file order. Empty when the entry gives none (PETRARCH then codes nothing). */
  codes: DatedCode[];
  /** 1-based line of the primary phrase in the file, for the code trail. */
  line: number;
}

/** One entry of the agents file. */
export interface AgentEntry {
  /** Every form that names the agent (singular, plurals, substitutions), each a list of words. */
  forms: string[][];
  /** The agent code without its tilde: "GOV", "OPPEDU", "NGO". */
  code: string;
  /** Where the code goes against an actor's code: `suffix` for `~GOV` (RUS + GOV), `prefix` for `NGO~`. */
  placement: 'suffix' | 'prefix';
  /** 1-based line in the file. */
  line: number;
}

/** One line of the discards file. */
export interface DiscardEntry {
  phrase: string[];
  /** A story-level discard (`+`): the whole article is off topic. */
  story: boolean;
  line: number;
}

/** Something the reader could not take as written, with where it is. Nothing is dropped without one. */
export interface ParseProblem {
  line: number;
  message: string;
}

export interface Parsed<T> {
  entries: T[];
  problems: ParseProblem[];
}

/** The meaningful part of each line (comments removed), with its 1-based number; blank lines dropped. */
export function contentLines(text: string): { line: number; text: string; indented: boolean }[] {
  const out: { line: number; text: string; indented: boolean }[] = [];
  const lines = text.split(/\r?\n/);
  let inComment = false;
  for (let k = 0; k < lines.length; k++) {
    let s = lines[k]!;
    if (inComment) {
      const end = s.indexOf('-->');
      if (end < 0) continue;
      s = s.slice(end + 3);
      inComment = false;
    }
    if (s.startsWith('#') || s.startsWith('<!')) {
      // a multi-line XML comment
      if (s.startsWith('<!--') && !s.includes('-->')) inComment = true;
      continue;
    }
    const open = s.indexOf('<!--');
    if (open >= 0) {
      const close = s.indexOf('-->', open);
      if (close >= 0) s = s.slice(0, open) + s.slice(close + 3);
      else {
        s = s.slice(0, open);
        inComment = true;
      }
    }
    const hash = s.indexOf('#');
    if (hash >= 0) s = s.slice(0, hash);
    if (s.trim() === '') continue;
    out.push({ line: k + 1, text: s.trim(), indented: /^\s/.test(s) });
  }
  return out;
}

/** Words of a phrase: split on `_` and blanks, empty pieces dropped, upper-cased. */
export function phraseWords(s: string): string[] {
  return s
    .split(/[_\s]+/)
    .filter((w) => w !== '')
    .map((w) => w.toUpperCase());
}

/**
 * A PETRARCH date (YYMMDD or YYYYMMDD) as an ISO day, or null when it is not a valid day. YYMMDD is
 * at most 7 characters long (years 00–30 → 20YY); longer strings are read as YYYYMMDD from their
 * first eight characters.
 */
export function petrarchDate(s: string): string | null {
  if (!/^\d{6,}$/.test(s)) return null;
  let y: number, m: number, d: number;
  if (s.length > 7) {
    y = Number(s.slice(0, 4));
    m = Number(s.slice(4, 6));
    d = Number(s.slice(6, 8));
  } else {
    const yy = Number(s.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    m = Number(s.slice(2, 4));
    d = Number(s.slice(4, 6));
  }
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (m < 1 || m > 12 || d < 1 || d > days[m - 1]!) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day before an ISO day ("<D" means before D, and `to` is inclusive). */
export function dayBefore(iso: string): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return new Date(t - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The inside of one bracketed code: "RUSGOV", "RUSGOV >120507", "RUSGOV > 120507", "USAELI 010120-090120",
 * "AFGGOV <780427". Returns null (with a reason) when the dates cannot be read.
 */
export function parseCode(inner: string): { code: DatedCode | null; error?: string } {
  const parts = inner.trim().split(/\s+/);
  const code = parts[0] ?? '';
  if (code === '') return { code: null, error: 'empty code' };
  if (code === '---') return { code: null };
  const rest = parts.slice(1).join('');
  if (rest === '') return { code: { code, from: null, to: null } };
  // a bare date is read as "from": the two in the Phoenix lists mark a start ("entered Foreign Service")
  let m = /^>?(\d+)$/.exec(rest);
  if (m) {
    const from = petrarchDate(m[1]!);
    return from ? { code: { code, from, to: null } } : { code: null, error: `bad date "${rest}"` };
  }
  m = /^<(\d+)$/.exec(rest);
  if (m) {
    const before = petrarchDate(m[1]!);
    return before
      ? { code: { code, from: null, to: dayBefore(before) } }
      : { code: null, error: `bad date "${rest}"` };
  }
  m = /^(\d+)-(\d+)$/.exec(rest);
  if (m) {
    const from = petrarchDate(m[1]!);
    const to = petrarchDate(m[2]!);
    if (from && to) return { code: { code, from, to } };
  }
  return { code: null, error: `bad date "${rest}"` };
}

/** Every `[...]` group of a line, and the line without them. */
function brackets(s: string): { codes: string[]; rest: string } {
  const codes: string[] = [];
  const rest = s.replace(/\[([^\]]*)\]?/g, (_, inner: string) => {
    codes.push(inner);
    return ' ';
  });
  return { codes, rest: rest.trim() };
}

/**
 * Reads an actor file (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
 * Phoenix.MilNonState.actors.txt). Every primary phrase gives one entry.
 */
export function parseActorDictionary(text: string): Parsed<ActorEntry> {
  const entries: ActorEntry[] = [];
  const problems: ParseProblem[] = [];
  let current: ActorEntry | null = null;
  const addCodes = (inners: string[], line: number) => {
    for (const inner of inners) {
      const { code, error } = parseCode(inner);
      if (error) problems.push({ line, message: `${error} in [${inner}]: code skipped` });
      if (code && current) current.codes.push(code);
    }
  };
  for (const { line, text: s } of contentLines(text)) {
    if (s.startsWith('[')) {
      if (!current) problems.push({ line, message: 'a code before any entry: skipped' });
      else addCodes(brackets(s).codes, line);
      continue;
    }
    if (s.startsWith('+')) {
      if (!current) {
        problems.push({ line, message: 'a synonym before any entry: skipped' });
        continue;
      }
      const { codes, rest } = brackets(s.slice(1));
      // a "+" inside the line starts another synonym: a line break lost in the file ("…AL_ISLAMI+_ISLAMIC…")
      for (const piece of rest.split(/\+(?=[_\p{L}])/u)) {
        const words = phraseWords(piece);
        if (words.length) current.phrases.push(words);
        else problems.push({ line, message: 'an empty synonym: skipped' });
      }
      addCodes(codes, line);
      continue;
    }
    const { codes, rest } = brackets(s);
    const words = phraseWords(rest);
    current = { name: words, phrases: words.length ? [words] : [], codes: [], line };
    entries.push(current);
    if (!words.length) problems.push({ line, message: 'an entry with no words' });
    addCodes(codes, line);
  }
  return { entries, problems };
}

/** The regular plural of an agent phrase's last word: POLICEMAN is irregular and listed in braces. */
export function regularPlural(words: readonly string[]): string[] {
  const last = words[words.length - 1]!;
  let plural: string;
  if (/[^AEIOU]Y$/.test(last)) plural = last.slice(0, -1) + 'IES';
  else if (/(S|SH|CH|X|Z)$/.test(last)) plural = last + 'ES';
  else plural = last + 'S';
  return [...words.slice(0, -1), plural];
}

/** Reads the agents file (Phoenix.agents.txt). Every line with a code gives one entry. */
export function parseAgentDictionary(text: string): Parsed<AgentEntry> {
  const entries: AgentEntry[] = [];
  const problems: ParseProblem[] = [];
  const sets = new Map<string, string[]>();
  for (const { line, text: s } of contentLines(text)) {
    const def = /^!([^!]+)!\s*=\s*(.*)$/.exec(s);
    if (def) {
      sets.set(
        def[1]!,
        def[2]!
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      );
      continue;
    }
    const open = s.indexOf('[');
    if (open < 0) {
      problems.push({ line, message: 'an agent without a code: skipped' });
      continue;
    }
    const rawCode = s.slice(open + 1, s.indexOf(']', open) < 0 ? undefined : s.indexOf(']', open)).trim();
    const placement = rawCode.endsWith('~') ? 'prefix' : 'suffix';
    const code = rawCode.replace(/~/g, '');
    if (!code) {
      problems.push({ line, message: 'an empty agent code: skipped' });
      continue;
    }
    let phrase = s.slice(0, open).trim();
    let plurals: string[][] | null = null;
    const brace = /\{([^}]*)\}?/.exec(phrase);
    if (brace) {
      plurals = brace[1]!
        .split(/\s+/)
        .filter(Boolean)
        .map((p) => phraseWords(p));
      phrase = phrase.slice(0, brace.index).trim();
    }
    const marker = /!([^!]+)!/.exec(phrase);
    let forms: string[][];
    if (marker) {
      const members = sets.get(marker[1]!);
      if (!members) {
        problems.push({ line, message: `substitution set !${marker[1]}! is not defined: skipped` });
        continue;
      }
      forms = members.map((m) => phraseWords(phrase.replace(marker[0], m)));
    } else {
      const words = phraseWords(phrase);
      if (!words.length) {
        problems.push({ line, message: 'an agent with no words: skipped' });
        continue;
      }
      forms = [words, ...(plurals ?? [regularPlural(words)])];
    }
    entries.push({ forms: forms.filter((f) => f.length > 0), code, placement, line });
  }
  return { entries, problems };
}

/** Reads the discards file (Phoenix.discards.txt). Every phrase line gives one entry. */
export function parseDiscards(text: string): Parsed<DiscardEntry> {
  const entries: DiscardEntry[] = [];
  const problems: ParseProblem[] = [];
  for (const { line, text: s } of contentLines(text)) {
    const story = s.startsWith('+');
    const phrase = phraseWords(story ? s.slice(1) : s);
    if (!phrase.length) {
      problems.push({ line, message: 'an empty discard: skipped' });
      continue;
    }
    entries.push({ phrase, story, line });
  }
  return { entries, problems };
}
