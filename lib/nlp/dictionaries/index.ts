/**
 * The user's dictionaries as a whole: what they could not give, for the problems of a run.
 */
import type { Problem } from '@/lib/model';
import { actorDictionaries, reloadActorDictionaries } from '@/lib/nlp/actors/dict';
import { reloadCameo } from '@/lib/nlp/cameo/load';
import { reloadUserVerbs, userVerbs } from '@/lib/nlp/cameo/user';
import { createHash } from 'node:crypto';
import { EXTRACTOR_VERSION } from '@/lib/nlp/pipeline';
import { dictionarySettings, findDictionaryFiles } from './user';

export { dictionarySettings, addDictionaryFolders, kindOf, type DictionarySettings } from './user';

/** The problems of the user's dictionary files (none without any); loads the dictionaries. */
export function dictionaryProblems(): Problem[] {
  if (!dictionarySettings().folders.length) return [];
  return [...actorDictionaries().problems, ...userVerbs().problems];
}

/** Forgets every loaded dictionary: the next extraction reads the settings (and the files) again. */
export function reloadDictionaries(): void {
  reloadActorDictionaries();
  reloadUserVerbs();
  reloadCameo();
  version = null;
}

let version: string | null = null;

/**
 * The version an extraction is stored under: the extractor's, with a fingerprint of the user's
 * dictionaries when there are any, so that the indexer extracts every document again when they
 * change (read once per process, as the dictionaries are: restart the server after editing them).
 */
export function extractionVersion(): string {
  if (version) return version;
  const settings = dictionarySettings();
  if (!settings.folders.length) return (version = EXTRACTOR_VERSION);
  const h = createHash('sha256').update(settings.only ? 'only\0' : 'beside\0');
  for (const f of findDictionaryFiles(settings).files) h.update(`${f.path}\0${f.text}\0`);
  return (version = `${EXTRACTOR_VERSION}+dict.${h.digest('hex').slice(0, 12)}`);
}
