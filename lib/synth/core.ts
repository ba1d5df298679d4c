/**
 * A deterministic generator of synthetic wire-style diplomatic news, for benchmarks of the
 * sentence splitter, the time-expression tagger and later stages. Article `i` depends only on
 * (i, seed): the same arguments give byte-identical text on every machine, and the first 100
 * articles of a 1000-article corpus are the 100-article corpus.
 */
import { Composer } from './article';

export interface SynthArticle {
  id: string;
  title: string;
  text: string;
  published: string;
  source: string;
}

export const DEFAULT_SEED = 1;

/** The article's id: its index, zero-padded to six digits ("000042"). */
export function synthId(index: number): string {
  return String(index).padStart(6, '0');
}

/** Article number `index` of the corpus drawn with `seed` (pure). */
export function synthArticle(index: number, seed: number = DEFAULT_SEED): SynthArticle {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`synthArticle: bad index ${index}`);
  const a = new Composer(index, seed >>> 0).compose();
  return { id: synthId(index), title: a.title, text: a.text, published: a.published, source: a.source };
}

/** Articles 0 … count-1, one at a time. */
export function* synthArticles(count: number, seed: number = DEFAULT_SEED): Generator<SynthArticle> {
  for (let i = 0; i < count; i++) yield synthArticle(i, seed);
}

/** A YAML scalar: plain when that is safe, else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(value: string): string {
  const plain =
    /^[\p{L}\p{N}][^\n"#:]*$/u.test(value) &&
    !/\s$/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~)$/i.test(value) &&
    !/^[\d.+-]+$/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** The `.txt` file: YAML front matter (published, title, source), then the text. */
export function synthArticleFile(a: SynthArticle): string {
  return `---\npublished: ${a.published}\ntitle: ${yamlScalar(a.title)}\nsource: ${yamlScalar(a.source)}\n---\n${a.text}`;
}

/** The `.jsonl` line (without the newline). */
export function synthArticleJson(a: SynthArticle): string {
  return JSON.stringify({ id: a.id, title: a.title, text: a.text, published: a.published, source: a.source });
}
