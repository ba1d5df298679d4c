/**
 * The network as a standalone SVG file. The live drawing takes its look from CSS (a CSS module and
 * the page's variables) that a file opened on its own would not have, so the computed values of the
 * properties that matter are written onto each element (plain DOM, no library). The file then gets
 * what a picture needs once it has left the page (composeNetworkSvg, pure): a title, the filters in
 * words, the dates it covers, and the legend.
 */
import { STANCE_COLOR } from '@/lib/dashboard/palette';
import { readableDate } from '@/lib/dashboard/describe';
import type { Stance } from '@/lib/dashboard/types';
import { glyphPath, type Shape } from './geometry';

/**
 * The properties that give the drawing its look. Those inherited are written only where they change
 * from the parent's (the file stays a fraction of the size); the others only where they are not
 * their initial value.
 */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'stroke-dasharray',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'visibility',
] as const;
const NOT_INHERITED: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto' };

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The svg as a file's text: computed styles inlined, interactive leftovers (tab stops, the
 * invisible pointer targets, the hover stylesheet) removed, a background behind, and the
 * namespace declared so a viewer reads it as SVG.
 */
export function networkSvgString(svgElement: SVGSVGElement): string {
  const clone = svgElement.cloneNode(true) as SVGSVGElement;
  const view = svgElement.ownerDocument.defaultView;

  // the clone has the same tree as the original: walk both in step
  const originals = [svgElement, ...Array.from(svgElement.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const computed = originals.map((el) => view?.getComputedStyle(el) ?? null);
  const index = new Map<Element, number>(originals.map((el, i) => [el, i]));
  for (let i = 0; i < originals.length; i++) {
    const own = computed[i];
    const copy = copies[i]!;
    if (own) {
      const parentIndex = i === 0 ? undefined : index.get(originals[i]!.parentElement!);
      const parent = parentIndex == null ? null : computed[parentIndex];
      const declarations: string[] = [];
      for (const property of INHERITED) {
        const value = own.getPropertyValue(property);
        // the root writes them all: nothing above it goes into the file
        if (value && (!parent || parent.getPropertyValue(property) !== value))
          declarations.push(`${property}:${value}`);
      }
      for (const [property, initial] of Object.entries(NOT_INHERITED)) {
        const value = own.getPropertyValue(property);
        if (value && value !== initial) declarations.push(`${property}:${value}`);
      }
      if (declarations.length) copy.setAttribute('style', declarations.join(';'));
      else copy.removeAttribute('style');
    }
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
  }
  // the invisible wide strokes that only catch the pointer, and the hover stylesheet
  for (const el of Array.from(clone.querySelectorAll('[data-hit], style'))) el.remove();

  const rect = svgElement.getBoundingClientRect();
  const width = Math.round(rect.width || svgElement.clientWidth || 1024);
  const height = Math.round(rect.height || svgElement.clientHeight || 520);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('aria-describedby');

  const background = svgElement.ownerDocument.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);

  const text = new XMLSerializer().serializeToString(clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/** What a picture of the network says about itself, above and below the drawing. */
export interface NetworkCaption {
  /** The picture's title, e.g. "Relations: Events of Vladimir Putin". */
  title: string;
  /** The view's restrictions in words (describeView's lines), one a line. */
  lines: string[];
  /** The first and last day of the relations drawn (YYYY-MM-DD); null when all are undated. */
  dates: { first: string; last: string } | null;
}

/** Text for XML: the five characters with a meaning there escaped. */
export function xmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "29 Dec 2016 to 16 Jul 2018", or one day alone. */
export function datesInWords(d: { first: string; last: string }): string {
  return d.first === d.last ? readableDate(d.first) : `${readableDate(d.first)} to ${readableDate(d.last)}`;
}

/** The legend's entries, as the page's legend has them (Legend.tsx). */
export const LEGEND_STANCES: { stance: Stance; label: string }[] = [
  { stance: 'cooperative', label: 'cooperative (mean score ≥ 1)' },
  { stance: 'neutral', label: 'neutral' },
  { stance: 'hostile', label: 'hostile (mean score ≤ −1)' },
];
export const LEGEND_KINDS: { shape: Shape; label: string }[] = [
  { shape: 'circle', label: 'person, other' },
  { shape: 'square', label: 'country' },
  { shape: 'hexagon', label: 'organisation, media' },
  { shape: 'triangle', label: 'group' },
];
export const LEGEND_NOTE = 'arrow: from → to; width: events; size: events of the actor';

/** Sizes of the composed picture's text, px. */
const TITLE = 16;
const TEXT = 12;
/** Rough advance of a character of 12 px sans-serif: legend entries are flowed without a DOM. */
const ADVANCE = 6.6;
const PAD = 16;

/**
 * The whole picture: the title, the filter lines and the dates above the drawing, the legend (the
 * stance colours, the kinds' glyphs, how to read an arrow) below it, on a white background.
 * `drawing` is a standalone <svg> (networkSvgString's output, with or without its XML declaration)
 * of `width` × `height` px. Pure: the tests read its text.
 */
export function composeNetworkSvg(
  drawing: string,
  width: number,
  height: number,
  caption: NetworkCaption,
): { svg: string; width: number; height: number } {
  const W = Math.max(480, Math.round(width));
  const out: string[] = [];
  let y = PAD + TITLE;
  out.push(
    `<text x="${PAD}" y="${y}" font-size="${TITLE}" font-weight="700">${xmlText(caption.title)}</text>`,
  );
  const lines = [...caption.lines];
  lines.push(caption.dates ? `relations dated ${datesInWords(caption.dates)}` : 'relations undated');
  for (const line of lines) {
    y += TEXT + 6;
    out.push(`<text x="${PAD}" y="${y}" font-size="${TEXT}" fill="#4a5560">${xmlText(line)}</text>`);
  }
  const top = y + 12;
  const inner = drawing.replace(/^<\?xml[^>]*>\s*/, '');
  out.push(`<g transform="translate(${Math.round((W - width) / 2)},${top})">${inner}</g>`);
  out.push(
    `<rect x="0.5" y="${top + 0.5}" width="${W - 1}" height="${height - 1}" fill="none" stroke="#d8d4cc"/>`,
  );

  // the legend, flowed left to right and wrapped at the picture's width
  let lx = PAD;
  let ly = top + height + 24;
  const place = (w: number) => {
    if (lx + w > W - PAD && lx > PAD) {
      lx = PAD;
      ly += 22;
    }
    const at = lx;
    lx += w + 18;
    return at;
  };
  const label = (x: number, text: string) =>
    `<text x="${x}" y="${ly + 4}" font-size="${TEXT}" fill="#1d232a">${xmlText(text)}</text>`;
  for (const { stance, label: text } of LEGEND_STANCES) {
    const x = place(26 + text.length * ADVANCE);
    out.push(
      `<line x1="${x}" y1="${ly}" x2="${x + 20}" y2="${ly}" stroke="${STANCE_COLOR[stance]}" stroke-width="3"/>`,
      label(x + 26, text),
    );
  }
  lx = PAD;
  ly += 22;
  for (const { shape, label: text } of LEGEND_KINDS) {
    const x = place(20 + text.length * ADVANCE);
    const d = glyphPath(shape, 6);
    const glyph = d ? `<path d="${d}"/>` : '<circle r="6"/>';
    out.push(
      `<g transform="translate(${x + 7},${ly})" fill="#f4f1ea" stroke="#1d232a" stroke-width="1.25">${glyph}</g>`,
      label(x + 20, text),
    );
  }
  lx = PAD;
  ly += 22;
  out.push(label(place(LEGEND_NOTE.length * ADVANCE), LEGEND_NOTE));
  const H = Math.round(ly + PAD);

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">` +
    `<title>${xmlText(caption.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${out.join('')}</svg>`;
  return { svg, width: W, height: H };
}

/**
 * The network on the page as a picture file: its drawing as shown (zoom included), captioned with
 * `view` (describeView's title and lines), the dates of the relations drawn and the legend.
 */
export function exportNetworkSvg(
  svgElement: SVGSVGElement,
  view: { title: string; lines: string[] },
): { svg: string; width: number; height: number } {
  const drawing = networkSvgString(svgElement);
  const rect = svgElement.getBoundingClientRect();
  const width = Math.round(rect.width || svgElement.clientWidth || 1024);
  const height = Math.round(rect.height || svgElement.clientHeight || 520);
  const first = svgElement.getAttribute('data-first-date');
  const last = svgElement.getAttribute('data-last-date');
  const lines = [...view.lines];
  if (svgElement.getAttribute('data-grouping') === 'country') lines.push('actors grouped by country');
  return composeNetworkSvg(drawing, width, height, {
    title: `Relations: ${view.title}`,
    lines,
    dates: first && last ? { first, last } : null,
  });
}
