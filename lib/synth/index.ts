/**
 * Synthetic wire-style diplomatic news (see ./core.ts for the generator, ./write.ts for the files).
 */
export {
  DEFAULT_SEED,
  synthArticle,
  synthArticleFile,
  synthArticleJson,
  synthArticles,
  synthId,
  yamlScalar,
  type SynthArticle,
} from './core';
export {
  synthFilePath,
  writeSynthCorpus,
  type SynthFormat,
  type WriteOptions,
  type WriteSummary,
} from './write';
