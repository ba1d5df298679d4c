import { extractCorpus } from '@/lib/extract';
const out = await extractCorpus(['seeds']);
for (const e of out.events) console.log('E', e.sentence, e.trigger, '|', e.type, e.cameo, e.stance, e.source.join('+'), '->', e.target.join('+'), e.symmetric ? 'SYM' : '', 'rep:', e.reportedBy, 'date:', e.date?.value, e.date?.anchor, e.negated ? 'NEG' : '', e.alleged ? 'ALLEGED' : '');
