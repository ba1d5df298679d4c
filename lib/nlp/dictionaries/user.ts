/**
 * The user's own dictionaries: PETRARCH-format actor, agent, verb and discard files in the folders
 * named by `DETENTE_DICTIONARIES` (a list, separated as PATH is: `:` here), or by `--dictionaries
 * DIR` on `extract` and `index` (which set it). They are read beside the vendored ones; with
 * `DETENTE_DICTIONARIES_ONLY=1` (`--dictionaries-only DIR`) instead of them.
 *
 * A file's kind is in its name: `….actors.txt`, `….agents.txt`, `….verbs.txt`, `….discards.txt`
 * (PETRARCH's own names, such as `PETR.Validate.actors.txt`, are of this form; `CAMEO….txt` is a verb
 * file). Anything that cannot be read costs that file alone and is named in the problems; a line
 * that cannot be read costs that line (the parsers say which and why).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '@/lib/model';

export type DictionaryKind = 'actors' | 'agents' | 'verbs' | 'discards';

export interface DictionarySettings {
  /** Folders (absolute) to read, in order: a later folder's entry wins over an earlier one's. */
  folders: string[];
  /** Use these alone, without the vendored dictionaries. */
  only: boolean;
}

/** The settings the environment gives (the command lines write them there, so worker threads see them). */
export function dictionarySettings(env: NodeJS.ProcessEnv = process.env): DictionarySettings {
  const folders = (env.DETENTE_DICTIONARIES ?? '')
    .split(path.delimiter)
    .map((f) => f.trim())
    .filter((f) => f !== '')
    .map((f) => path.resolve(f));
  return { folders, only: env.DETENTE_DICTIONARIES_ONLY === '1' && folders.length > 0 };
}

/**
 * Records folders given on a command line (`--dictionaries DIR`, `--dictionaries-only DIR`) in the
 * environment, before anything is extracted: the extraction threads read it there.
 */
export function addDictionaryFolders(folders: readonly string[], only: boolean): void {
  if (!folders.length) return;
  const before = dictionarySettings().folders;
  process.env.DETENTE_DICTIONARIES = [...before, ...folders.map((f) => path.resolve(f))].join(path.delimiter);
  if (only) process.env.DETENTE_DICTIONARIES_ONLY = '1';
}

/** The kind of a dictionary file, from its name; null for a file that is not one. */
export function kindOf(file: string): DictionaryKind | null {
  const name = path.basename(file);
  const m = /\.(actors|agents|verbs|discards)\.txt$/i.exec(name);
  if (m) return m[1]!.toLowerCase() as DictionaryKind;
  if (/^cameo.*\.txt$/i.test(name)) return 'verbs';
  return null;
}

/**
 * A dictionary file as trails and problems name it: relative to the working folder when inside it
 * (`dictionaries/local.actors.txt`), else its folder's name and its own: a server's absolute paths
 * are not shown on the dashboard.
 */
export function shownPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel;
  return path.join(path.basename(path.dirname(file)), path.basename(file));
}

export interface DictionaryFile {
  /** Its path as shown (see shownPath). */
  path: string;
  kind: DictionaryKind;
  text: string;
}

/** Where a problem of a dictionary is: the file, and the line when there is one (`file#L12`). */
export const dictionaryProblem = (file: string, message: string, line?: number): Problem => ({
  path: line ? `${file}#L${line}` : file,
  message,
});

/**
 * The dictionary files of the folders, in folder order and by name within a folder, with what kept
 * any of them out: a missing folder, a file that cannot be read or is not text, a `.txt` whose name
 * gives no kind.
 */
export function findDictionaryFiles(settings: DictionarySettings): {
  files: DictionaryFile[];
  problems: Problem[];
} {
  const files: DictionaryFile[] = [];
  const problems: Problem[] = [];
  for (const folder of settings.folders) {
    let names: string[];
    try {
      if (!statSync(folder).isDirectory()) {
        problems.push(
          dictionaryProblem(folder, 'not a folder: --dictionaries takes a folder of dictionary files'),
        );
        continue;
      }
      names = readdirSync(folder).sort();
    } catch (e) {
      problems.push(
        dictionaryProblem(shownPath(folder), `dictionary folder not readable: ${(e as Error).message}`),
      );
      continue;
    }
    for (const name of names) {
      const full = path.join(folder, name);
      const file = shownPath(full);
      const kind = kindOf(name);
      if (!kind) {
        if (/\.txt$/i.test(name))
          problems.push(
            dictionaryProblem(
              file,
              'not read: a dictionary file is named …actors.txt, …agents.txt, …verbs.txt or …discards.txt',
            ),
          );
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(full);
      } catch (e) {
        problems.push(dictionaryProblem(file, `dictionary not read: ${(e as Error).message}`));
        continue;
      }
      const text = textOf(bytes);
      if (text == null) {
        problems.push(
          dictionaryProblem(file, 'dictionary not read: it is not UTF-8 text (a binary or damaged file?)'),
        );
        continue;
      }
      files.push({ path: file, kind, text });
    }
  }
  return { files, problems };
}

/** The text of a file, or null when it is not text (a NUL byte, or bytes that are not UTF-8). */
function textOf(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}
