/**
 * A reader of PETRARCH2's verb dictionary format (`CAMEO.2.0.txt`), written here from the file's
 * own header and PETRARCH2's documentation of the format (PETRreader.read_verb_dictionary):
 *
 *     &CEASEFIRE                      a synonym set, members on `+` lines until a blank line
 *     +TRUCE
 *     +CEASE_FIRE                     `_` joins words; a trailing `_` means "no plural"
 *
 *     ---  GRANT   [060]  ---         a verb block: name and default code
 *     GIVE {GIVES GIVING GAVE GIVEN } # jw 11/14/91
 *     DONATE [070]                    a verb with its own code
 *     +CALL_OFF [160]                 a multi-word verb: `+` marks the verb word
 *     - * {HUMANITARIAN AID}  [073]  # GRANT
 *     - &MILITARY * (TO +)    [154]   words before `*` (the verb), words after it; `(PREP …)` a
 *                                     prepositional phrase, `{… HEAD}` a noun phrase, `$` source,
 *                                     `+` target, `^` any noun phrase
 *     ~ a (a b ATTACK) SAY = a b 015  a verb transformation (kept, not applied)
 *
 * `#` starts a comment anywhere on a line. The reader is a pure function of the text: nothing is
 * dropped in silence; every line with content that is not an entry is listed in `skipped`.
 */
import type {
  EventCode,
  NounPhrase,
  PatternElement,
  PrepPhrase,
  SkippedLine,
  Synset,
  Term,
  Transformation,
  VerbBlock,
  VerbDictionary,
  VerbEntry,
  VerbPattern,
} from './types';

/**
 * `[042:043]` → { code: "042", reverse: "043" }. Null when the text is not a code. With `anyCode`
 * (a user's dictionary, whose scheme may not be CAMEO: "075A", "1010") a code is any 1 to 8 letters
 * and digits, passed through as written.
 */
export function parseEventCode(raw: string, anyCode = false): EventCode | null {
  const s = raw.trim();
  if (s === '---') return { code: null, reverse: null, raw: s };
  // "080!" occurs once (a typing slip in the file): the mark is kept in `raw`, the code read
  const m = (
    anyCode
      ? /^([A-Za-z0-9]{1,8}|---)?(?::([A-Za-z0-9]{1,8}|---)?)?!?$/
      : /^(\d{2,4}|---)?(?::(\d{2,4}|---)?)?!?$/
  ).exec(s);
  if (!m || s === '' || s === ':' || s === '!') return null;
  const code = m[1] && m[1] !== '---' ? m[1] : null;
  const reverse = m[2] && m[2] !== '---' ? m[2] : null;
  return { code, reverse, raw: s };
}

/** The regular -s, -ed and -ing forms of an English verb (lower-case). */
export function regularForms(verb: string): string[] {
  const v = verb.toLowerCase();
  const consonantY = /[^aeiou]y$/.test(v);
  const s = /(s|x|z|ch|sh)$/.test(v) ? v + 'es' : consonantY ? v.slice(0, -1) + 'ies' : v + 's';
  const ed = v.endsWith('e') ? v + 'd' : consonantY ? v.slice(0, -1) + 'ied' : v + 'ed';
  const ing = /[^aeiou]e$/.test(v) && v.length > 2 ? v.slice(0, -1) + 'ing' : v + 'ing';
  return [s, ed, ing];
}

class PatternSyntaxError extends Error {}

/** `(`, `)`, `{`, `}` become tokens of their own; everything else splits on spaces. */
function lex(side: string): string[] {
  return side
    .replace(/([(){}])/g, ' $1 ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

const SLOT_TERMS: Record<string, Term> = {
  $: { kind: 'source' },
  '+': { kind: 'target' },
  '^': { kind: 'any' },
  '%': { kind: 'any' },
};

/**
 * One word of a pattern as a noun phrase: `AID`, `&TREATY`, `$`, or a `_` run (`TO_WITHDRAW`,
 * `FIGHTER_&AIRCRAFT`), whose last part is the head and which must match consecutive tokens.
 */
function wordPhrase(word: string, synsets: ReadonlySet<string>, undefinedSynsets: Set<string>): NounPhrase {
  const slot = SLOT_TERMS[word];
  if (slot) return { kind: 'np', head: slot, modifiers: [], consecutive: false };
  if (word.startsWith('&') && synsets.has(word))
    return { kind: 'np', head: { kind: 'synset', name: word }, modifiers: [], consecutive: false };
  if (word.startsWith('&')) {
    // an undefined synset (the file has &FIGHT_CRIM, &FIGHT_GAMES): kept, flagged, never matches
    undefinedSynsets.add(word);
    return { kind: 'np', head: { kind: 'synset', name: word }, modifiers: [], consecutive: false };
  }
  const parts = word.split('_').filter((p) => p.length > 0);
  if (parts.length === 0) throw new PatternSyntaxError(`empty word "${word}"`);
  const terms: Term[] = [];
  let run: string[] = [];
  for (const p of parts) {
    if (p.startsWith('&') || SLOT_TERMS[p]) {
      if (run.length) terms.push({ kind: 'word', words: run });
      run = [];
      terms.push(wordPhrase(p, synsets, undefinedSynsets).head);
    } else run.push(p.toLowerCase());
  }
  if (run.length) terms.push({ kind: 'word', words: run });
  return {
    kind: 'np',
    head: terms[terms.length - 1]!,
    modifiers: terms.slice(0, -1),
    consecutive: terms.length > 1,
  };
}

/** One side of a pattern (before or after `*`) as noun and prepositional phrases. */
function parseSide(
  side: string,
  synsets: ReadonlySet<string>,
  undefinedSynsets: Set<string>,
): PatternElement[] {
  const toks = lex(side);
  let i = 0;
  const np = (): NounPhrase => {
    const t = toks[i];
    if (t === undefined) throw new PatternSyntaxError('a noun phrase was expected');
    if (t === '{') {
      i++;
      const terms: NounPhrase[] = [];
      while (toks[i] !== '}') {
        const w = toks[i];
        if (w === undefined) throw new PatternSyntaxError('"{" is not closed');
        if (w === '{' || w === '(' || w === ')') throw new PatternSyntaxError(`"${w}" inside "{…}"`);
        terms.push(wordPhrase(w, synsets, undefinedSynsets));
        i++;
      }
      i++;
      if (terms.length === 0) throw new PatternSyntaxError('empty "{}"');
      // {A B_C}: every part but the last word's head is a modifier
      const last = terms[terms.length - 1]!;
      return {
        kind: 'np',
        head: last.head,
        modifiers: [...terms.slice(0, -1).flatMap((t) => [...t.modifiers, t.head]), ...last.modifiers],
        consecutive: last.consecutive && terms.length === 1,
      };
    }
    if (t === '}' || t === ')' || t === '(') throw new PatternSyntaxError(`unexpected "${t}"`);
    i++;
    return wordPhrase(t, synsets, undefinedSynsets);
  };
  const out: PatternElement[] = [];
  while (i < toks.length) {
    if (toks[i] === '(') {
      i++;
      const prep = toks[i];
      if (prep === undefined || /^[(){}&$+^%]/.test(prep))
        throw new PatternSyntaxError(`"(" must be followed by a preposition, not "${prep ?? 'the end'}"`);
      i++;
      const objects: NounPhrase[] = [];
      while (toks[i] !== ')') {
        if (toks[i] === undefined) throw new PatternSyntaxError('"(" is not closed');
        objects.push(np());
      }
      i++;
      const pp: PrepPhrase = { kind: 'pp', prep: prep.toLowerCase(), objects };
      out.push(pp);
    } else out.push(np());
  }
  return out;
}

/**
 * Parses the text of a PETRARCH2 verb dictionary. Never throws: bad lines go to `skipped`.
 *
 * `user` reads a user's file, as PETRARCH2 reads any verb file rather than as the vendored
 * CAMEO.2.0.txt is laid out: `<!-- … -->` is a comment (on one line or several), the verb blocks
 * start at the first `--- NAME [CODE] ---` header (no "VERB PATTERNS" heading needed), a synset may
 * be defined between blocks, and codes need not be CAMEO's (see parseEventCode).
 */
export function parseVerbDictionary(text: string, options: { user?: boolean } = {}): VerbDictionary {
  const user = options.user === true;
  const lines = text.split(/\r?\n/);
  const synsets: Synset[] = [];
  const blocks: VerbBlock[] = [];
  const verbs: VerbEntry[] = [];
  const patterns: VerbPattern[] = [];
  const transformations: Transformation[] = [];
  const skipped: SkippedLine[] = [];
  // synsets must be defined before use (PETRARCH2's rule); collect the names first so that the
  // order in the file does not matter, and flag the names that are never defined
  const synsetNames = new Set<string>();
  for (const l of lines) {
    const m = /^(&\S+)\s*(#.*)?$/.exec(l.trim());
    if (m) synsetNames.add(m[1]!);
  }
  let synset: Synset | null = null;
  let block: VerbBlock | null = null;
  let inVerbs = false;
  const skip = (n: number, t: string, reason: string) => skipped.push({ line: n, text: t, reason });
  let inXmlComment = false;

  for (let k = 0; k < lines.length; k++) {
    const n = k + 1;
    const raw = lines[k]!;
    let trimmed = raw.trim();
    if (user) {
      // comments out, line numbers kept
      if (inXmlComment) {
        const end = trimmed.indexOf('-->');
        if (end < 0) continue;
        trimmed = trimmed.slice(end + 3).trim();
        inXmlComment = false;
      }
      for (let open = trimmed.indexOf('<!--'); open >= 0; open = trimmed.indexOf('<!--')) {
        const close = trimmed.indexOf('-->', open);
        if (close < 0) {
          trimmed = trimmed.slice(0, open).trim();
          inXmlComment = true;
          break;
        }
        trimmed = (trimmed.slice(0, open) + trimmed.slice(close + 3)).trim();
      }
      if (!inVerbs && trimmed.startsWith('---')) inVerbs = true;
      if (trimmed === '' && raw.trim() !== '') continue;
    }
    if (/^#+\s*VERB PATTERNS/.test(trimmed)) {
      inVerbs = true;
      synset = null;
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('#')) {
      if (trimmed === '') synset = null;
      continue;
    }
    if (trimmed.startsWith('<!')) {
      skip(n, trimmed, 'XML comment: PETRARCH2 stops reading patterns here');
      continue;
    }
    const hash = trimmed.indexOf('#');
    const body = (hash >= 0 ? trimmed.slice(0, hash) : trimmed).trim();
    const comment = hash >= 0 ? trimmed.slice(hash + 1).trim() : '';
    if (body === '') continue;

    if (body.startsWith('&')) {
      const name = body.split(/\s+/)[0]!;
      synset = { name, line: n, members: [] };
      synsets.push(synset);
      continue;
    }
    if (body.startsWith('+') && synset && (!inVerbs || user)) {
      const words = body
        .slice(1)
        .replace(/_+$/, '')
        .split(/[_\s]+/)
        .filter((w) => w.length > 0)
        .map((w) => w.toLowerCase());
      if (words.length === 0) skip(n, trimmed, 'empty synset member');
      else synset.members.push(words);
      continue;
    }
    if (!inVerbs) {
      skip(n, trimmed, 'content before the verb patterns that is neither a synset nor a member');
      continue;
    }
    if (body.startsWith('---')) {
      // PETRARCH2 reads the name and the code and ignores the rest ("[110]---  ---" occurs)
      const m = /^---\s*([^\s[]+)\s*(?:\[([^\]]*)\])?/.exec(body);
      const code = m ? parseEventCode(m[2] ?? '---', user) : null;
      if (!m || !code) {
        skip(n, trimmed, 'verb block header not in the form "--- NAME [CODE] ---"');
        block = null;
        continue;
      }
      block = { id: blocks.length, line: n, name: m[1]!, code, verbs: [], patterns: [] };
      blocks.push(block);
      continue;
    }
    if (body.startsWith('~')) {
      transformations.push({ line: n, text: body });
      continue;
    }
    if (!block) {
      skip(n, trimmed, 'entry outside any verb block');
      continue;
    }
    if (body.startsWith('-')) {
      const m = /^-(.*)\[([^\]]*)\]\s*$/.exec(body);
      if (!m) {
        skip(n, trimmed, 'pattern without a [code] at its end');
        continue;
      }
      const code = parseEventCode(m[2]!, user);
      if (!code) {
        skip(
          n,
          trimmed,
          `pattern code "[${m[2]}]" is not a ${user ? 'code (letters and digits)' : 'CAMEO code'}`,
        );
        continue;
      }
      const spec = m[1]!.trim();
      const star = spec.indexOf('*');
      if (star < 0) {
        skip(n, trimmed, 'pattern without "*" (the verb)');
        continue;
      }
      const undefinedSynsets = new Set<string>();
      try {
        const pre = parseSide(spec.slice(0, star), synsetNames, undefinedSynsets);
        const post = parseSide(spec.slice(star + 1), synsetNames, undefinedSynsets);
        const p: VerbPattern = {
          id: patterns.length,
          line: n,
          block: block.id,
          text: spec.replace(/\s+/g, ' '),
          code,
          pre,
          post,
          comment,
        };
        if (undefinedSynsets.size) p.undefinedSynsets = [...undefinedSynsets];
        patterns.push(p);
        block.patterns.push(p.id);
      } catch (e) {
        if (!(e instanceof PatternSyntaxError)) throw e;
        skip(n, trimmed, `pattern syntax: ${e.message}`);
      }
      continue;
    }
    // a verb line: WORD [{FORMS}] [[CODE]]; `;` is TABARI's comment mark, still found on two lines
    const verbBody = body.replace(/;.*$/, '').trim();
    const m = /^([^\s{[]+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(verbBody);
    if (!m) {
      skip(n, trimmed, 'verb line not in the form "VERB {FORMS} [CODE]"');
      continue;
    }
    const word = m[1]!;
    let code: EventCode | null = null;
    if (m[3] !== undefined) {
      code = parseEventCode(m[3], user);
      if (!code) {
        skip(
          n,
          trimmed,
          `verb code "[${m[3]}]" is not a ${user ? 'code (letters and digits)' : 'CAMEO code'}`,
        );
        continue;
      }
    }
    const parts = word.split('_').filter((p) => p.length > 0);
    let at = parts.findIndex((p) => p.startsWith('+'));
    if (parts.length > 1 && at < 0) {
      skip(n, trimmed, 'multi-word verb without "+" on its verb word');
      continue;
    }
    if (at < 0) at = 0;
    const lemma = parts[at]!.replace(/^\+/, '').toLowerCase();
    if (!/^[a-z][a-z'-]*$/.test(lemma)) {
      skip(n, trimmed, `"${lemma}" is not a verb word`);
      continue;
    }
    const given = m[2];
    const forms =
      given !== undefined
        ? given
            .split(/\s+/)
            .filter((f) => f.length > 0)
            .map((f) => {
              // +ASKED_FOR → "asked": the form of the verb word
              const fp = f.split('_');
              return (fp.find((p) => p.startsWith('+')) ?? fp[0]!).replace(/^\+/, '').toLowerCase();
            })
        : regularForms(lemma);
    const v: VerbEntry = {
      id: verbs.length,
      line: n,
      block: block.id,
      lemma,
      front: parts.slice(0, at).map((p) => p.toLowerCase()),
      back: parts.slice(at + 1).map((p) => p.toLowerCase()),
      forms: [...new Set(forms)],
      code,
      text: body.replace(/\s+/g, ' '),
    };
    verbs.push(v);
    block.verbs.push(v.id);
  }
  return { synsets, blocks, verbs, patterns, transformations, skipped };
}
