/**
 * Reading the compiled dictionary (./dict/cameo.json.gz): once per process, on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dictionarySettings } from '@/lib/nlp/dictionaries/user';
import { indexCameo, type CameoDictionary, type CompiledCameo } from './compile';

/** The committed compiled dictionary, found from the working directory (the project root). */
export const CAMEO_FILE = path.join(process.cwd(), 'lib/nlp/cameo/dict/cameo.json.gz');

/** Reads and indexes a compiled dictionary file (gzip-compressed JSON). */
export function readCameo(file: string): CameoDictionary {
  const compiled = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as CompiledCameo;
  return indexCameo(compiled);
}

let cached: CameoDictionary | null = null;

/**
 * The committed dictionary (or the file named by DETENTE_CAMEO_DICT), read on first call and kept;
 * later calls return the same object. `npm run build:cameo` writes it from the vendored texts.
 */
export function loadCameo(): CameoDictionary {
  if (cached) return cached;
  const file = process.env.DETENTE_CAMEO_DICT || CAMEO_FILE;
  if (!existsSync(file)) throw new Error(`CAMEO dictionary not found at ${file} (run npm run build:cameo)`);
  cached = readCameo(file);
  // with the user's dictionaries only (--dictionaries-only), no vendored verb or pattern codes
  // anything; the PLOVER table stays (it is CAMEO's, not a dictionary)
  if (dictionarySettings().only)
    cached = {
      ...cached,
      synsets: {},
      blocks: [],
      verbs: [],
      patterns: [],
      transformations: [],
      byLemma: new Map(),
      byForm: new Map(),
    };
  return cached;
}

/** Forgets the loaded dictionary, so the next use reads the settings again (the tests change them). */
export function reloadCameo(): void {
  cached = null;
}
