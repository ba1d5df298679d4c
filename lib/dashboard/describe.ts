/**
 * A view in words, for what leaves the page (exported pictures, their titles) and for the summary
 * above the charts: which actors, stances, kinds of act, types, dates, words and document. One
 * function, so that an export and the page never describe the same view differently.
 */
import { UNCODED, type Filters } from '@/lib/filters';
import { MODALITY_LABEL, QUAD_LABEL } from './palette';

/** "1 event", "2 events": a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day, month or year as people write it: "14 Nov 2016", "Nov 2016", "2016". */
export function readableDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "a, b and c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface ViewInWords {
  /** A title: "Events of Vladimir Putin" or "All events". */
  title: string;
  /** One line per restriction, e.g. "stance: cooperative or hostile"; empty when there is none. */
  lines: string[];
}

/**
 * The view in words. `names` gives actor names by id (ids are shown when a name is unknown);
 * `window` is the brushed time window, which narrows `from`/`to` further.
 */
export function describeView(
  filters: Filters,
  names: (id: string) => string | undefined = () => undefined,
  window: { from: string | null; to: string | null } = { from: null, to: null },
): ViewInWords {
  const name = (id: string) => names(id) ?? id;
  const lines: string[] = [];
  let title = 'All events';
  if (filters.pair) {
    const { a, b, directed } = filters.pair;
    title = directed ? `Events from ${name(a)} to ${name(b)}` : `Events between ${name(a)} and ${name(b)}`;
  } else if (filters.actors.length) {
    title = `Events of ${listInWords(filters.actors.map(name))}`;
  }
  if (filters.stance.length)
    lines.push(`stance: ${filters.stance.map((s) => (s === UNCODED ? 'tone not coded' : s)).join(' or ')}`);
  if (filters.quad.length) lines.push(`kind of act: ${filters.quad.map((q) => QUAD_LABEL[q]).join(' or ')}`);
  if (filters.modality.length)
    lines.push(`said to be: ${filters.modality.map((m) => MODALITY_LABEL[m]).join(' or ')}`);
  if (filters.type.length) lines.push(`type: ${filters.type.join(' or ')}`);
  const from = [filters.from, window.from].filter(Boolean).sort().pop() ?? null;
  const to = [filters.to, window.to].filter(Boolean).sort()[0] ?? null;
  if (from && to) lines.push(`dates: ${readableDate(from)} to ${readableDate(to)}`);
  else if (from) lines.push(`dates: from ${readableDate(from)}`);
  else if (to) lines.push(`dates: up to ${readableDate(to)}`);
  if (filters.q) lines.push(`words: “${filters.q}”`);
  if (filters.document) lines.push(`article: ${filters.document}`);
  return { title, lines };
}
