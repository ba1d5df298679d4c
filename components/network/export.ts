/**
 * The network as a standalone SVG file. The live drawing takes its look from CSS (a CSS module and
 * the page's variables) that a file opened on its own would not have, so the computed values of the
 * properties that matter are written onto each element. Plain DOM, no library.
 */

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
