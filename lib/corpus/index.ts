/**
 * lib/corpus: reading files and folders (.txt, .md with front matter and sidecars, .jsonl) into
 * SourceDocuments. No NLP here. Every failure is a named Problem; nothing is fatal to the rest.
 */
export { readCorpus, loadCorpus } from './read';
export { parseDocumentFile, type ParseDocumentOptions } from './parseDocumentFile';
export { type CorpusOptions, defaultMaxBytes, DEFAULT_MAX_BYTES, MAX_BYTES_ENV } from './options';
export type { CorpusItem, ParseResult } from './types';
export { normalisePublished } from './published';
export { splitFrontMatter } from './frontMatter';
export { titleFromText } from './document';
