import { extractDocument } from '@/lib/nlp/pipeline';
import { splitSentences } from '@/lib/nlp/sentences';
import { tokenize } from '@/lib/nlp/tokens';
import { findTriggers } from '@/lib/nlp/interactions/triggers';
for (const t of ["British Defence Secretary Tom King has promised to continue military aid to war-torn Mozambique.", "The Azerbaijani parliament threatened on Monday to break relations with Russia unless the Kremlin closed its radar base in the republic."]) {
  const x = extractDocument({ id: 'x', title: 'zz', text: t, published: '2008-04-09', path: 'x' });
  const toks = tokenize(t, splitSentences(t));
  console.log(findTriggers(toks, 0, toks.length).map(g => g.cls.type + ':' + g.tokens.map(i => toks[i]!.text).join(' ')));
  console.log(x.mentions.map(m => `${m.text}|${m.actorId}|${m.form}`).join('  '));
  console.log(x.events.map(e => `${e.trigger} ${e.source}->${e.target}`));
}
