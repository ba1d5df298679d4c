/**
 * A reader of PLOVER's CAMEO→PLOVER table (`CAMEO2PLOVER-2021.txt`):
 *
 *     03: AGREE                                              a root and its PLOVER event
 *     0311: AGREE,  ,   economic # Express intent to …       code: EVENT, mode, context # description
 *     1121: ACCUSE, allege, crime; corruption # …            several contexts, split on ";"
 *
 * `#` lines are comments; `~~~~~` closes the table. Codes that occur twice keep their first row
 * (the second is listed in `skipped`, with whether it agrees).
 */
import type { PloverCoding, PloverTable, SkippedLine } from './types';

export function parseCameoPlover(text: string): PloverTable {
  const codes: Record<string, PloverCoding> = {};
  const skipped: SkippedLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const n = k + 1;
    const line = lines[k]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (/^~+$/.test(line)) {
      skipped.push({ line: n, text: line, reason: 'closing rule of the table' });
      continue;
    }
    const m = /^(\d{2,4})\s*:\s*([^#]*?)\s*(?:#\s*(.*))?$/.exec(line);
    if (!m) {
      skipped.push({
        line: n,
        text: line,
        reason: 'not in the form "CODE: EVENT, mode, context # description"',
      });
      continue;
    }
    const [, code, fields, description = ''] = m;
    const [event = '', mode = '', context = ''] = fields!.split(',').map((f) => f.trim());
    if (!/^[A-Z_]+$/.test(event)) {
      skipped.push({ line: n, text: line, reason: `"${event}" is not a PLOVER event type` });
      continue;
    }
    const coding: PloverCoding = {
      event,
      mode,
      context: context
        .split(';')
        .map((c) => c.trim())
        .filter((c) => c.length > 0),
      description: description.trim(),
    };
    const prior = codes[code!];
    if (prior) {
      // "08" heads both CONCEDE and RETREAT: its codes say which they are; "175" is listed twice
      const same = prior.event === coding.event && prior.mode === coding.mode;
      skipped.push({
        line: n,
        text: line,
        reason: same
          ? `code ${code} already given (same event and mode), first row kept`
          : `code ${code} already given as ${prior.event}, first row kept`,
      });
      continue;
    }
    codes[code!] = coding;
  }
  return { codes, skipped };
}

/**
 * The PLOVER coding of a CAMEO code: the code's own row, else its nearest listed parent ("0233"
 * → "023" → "02"; `row` says which), else null (CAMEO 01 and 02, statements and appeals, are not in the table).
 */
export function ploverOf(
  table: Pick<PloverTable, 'codes'>,
  cameo: string,
): (PloverCoding & { row: string }) | null {
  for (let c = cameo; c.length >= 2; c = c.slice(0, -1)) {
    const coding = table.codes[c];
    if (coding) return { ...coding, row: c };
  }
  return null;
}
