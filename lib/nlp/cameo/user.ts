/**
 * The user's verb dictionaries (PETRARCH format, `….verbs.txt` in the folders of
 * DETENTE_DICTIONARIES): each file compiled on first use into a dictionary of its own, matched on
 * the parse as the vendored one is. A later file wins over an earlier one. Their codes need not be
 * CAMEO's: a code outside CAMEO passes through as the event's `code`, and changes neither its
 * stance nor its quad (those come from CAMEO codes only).
 */
import { createHash } from 'node:crypto';
import type { Problem } from '@/lib/model';
import { dictionaryProblem, dictionarySettings, findDictionaryFiles } from '@/lib/nlp/dictionaries/user';
import { compileCameo, indexCameo, type CameoDictionary } from './compile';

export interface UserVerbs {
  /** Each verb file, in the order read (folders in order, names sorted within a folder). */
  files: { path: string; dict: CameoDictionary }[];
  /** Lines the files could not give, each with the reason. */
  problems: Problem[];
}

let loaded: UserVerbs | null = null;

/** The user's verb dictionaries, read once per process (none without DETENTE_DICTIONARIES). */
export function userVerbs(): UserVerbs {
  if (loaded) return loaded;
  const settings = dictionarySettings();
  const files: UserVerbs['files'] = [];
  const problems: Problem[] = [];
  if (settings.folders.length) {
    for (const f of findDictionaryFiles(settings).files) {
      if (f.kind !== 'verbs') continue;
      const sha256 = createHash('sha256').update(f.text).digest('hex');
      const compiled = compileCameo(
        f.text,
        '',
        { verbs: { file: f.path, sha256 }, plover: { file: '', sha256: '' } },
        { user: true },
      );
      for (const s of compiled.skipped.verbs) problems.push(dictionaryProblem(f.path, s.reason, s.line));
      files.push({ path: f.path, dict: indexCameo(compiled) });
    }
  }
  loaded = { files, problems };
  return loaded;
}

/** Forgets the loaded files, so the next use reads the settings again (the tests change them). */
export function reloadUserVerbs(): void {
  loaded = null;
}
