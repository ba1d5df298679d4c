import { splitSentences } from '@/lib/nlp/sentences';
import { tokenize } from '@/lib/nlp/tokens';
import { findMentions } from '@/lib/nlp/actors/mentions';
import { gazetteer, exactKey } from '@/lib/nlp/actors/gazetteer';
const t = "Tom King has promised aid.";
const toks = tokenize(t, splitSentences(t));
console.log(findMentions(toks, 0, toks.length, new Set()).map(m=>[m.text,m.form, m.kind]));
console.log(JSON.stringify(gazetteer().exact.matchAt(toks, 0, exactKey)).slice(0,300));
