/** How a person's name is used alone: which word is the family name. */

/**
 * Generational and regnal suffixes, which are not family names: "Marcos Jr.", "Charles III". Regnal
 * numbers are capitals, and a suffix never opens a name: "Xi Jinping" is no "XI".
 */
const SUFFIXES = /^((jr|sr|Jr|Sr|JR|SR)\.?|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

/** States whose people put the family name first, as English news keeps it: "Xi Jinping" is "Xi". */
const FAMILY_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'PRK', 'KOR', 'KHM']);

/**
 * The word a person is called by on second reference: "Vladimir Putin" → "Putin", "Xi Jinping" →
 * "Xi", "Ferdinand Marcos Jr." → "Marcos", "Bashar al-Assad" → "Assad".
 */
export function surnameOf(name: string, country?: string | null): string {
  const words = name
    .split(/\s+/)
    .filter((w, k) => /\p{L}/u.test(w) && !(k > 0 && SUFFIXES.test(w)))
    .map((w) => w.replace(/^(al|el|ad|as|an|ar)-/i, ''));
  if (words.length === 0) return name;
  if (country && FAMILY_FIRST.has(country) && words.length >= 2) return words[0]!;
  return words[words.length - 1]!;
}
