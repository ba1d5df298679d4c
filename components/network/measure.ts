/**
 * How wide a name is on screen, for placing names without overlaps (lib/graph/labels.ts). In the
 * browser a canvas measures with the drawing's own font, so the boxes the placement keeps apart are
 * the boxes the browser draws; elsewhere (the server, the tests) a fixed advance per character
 * stands in.
 */
import type { LineMetrics } from '@/lib/graph/labels';

/** Widths of text in the names' font, and its vertical metrics. */
export interface TextMeasure {
  /** Width of one line, px; `bold` for a selected actor's name. */
  width(text: string, bold?: boolean): number;
  metrics: LineMetrics;
}

/** A measure from a fixed advance (a fraction of the font size per character): no DOM needed. */
export function estimateMeasure(size: number, lineHeight: number, advance = 0.6): TextMeasure {
  return {
    width: (text, bold) => [...text].length * size * advance * (bold ? 1.08 : 1),
    metrics: { lineHeight, ascent: size * 0.95, descent: size * 0.25 },
  };
}

/**
 * A measure by a 2D canvas in `family` at `size` px (widths cached by text); null where there is
 * no canvas (the server, a browser without one), for the caller to fall back on an estimate.
 */
export function canvasMeasure(size: number, lineHeight: number, family: string): TextMeasure | null {
  if (typeof document === 'undefined') return null;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return null;
  const fonts = { plain: `${size}px ${family}`, bold: `700 ${size}px ${family}` };
  ctx.font = fonts.plain;
  const m = ctx.measureText('Hg');
  // the font's own ascent and descent, as the browser lays out an SVG <text> line; an engine
  // without them gets the usual proportions
  const ascent = m.fontBoundingBoxAscent || size * 0.95;
  const descent = m.fontBoundingBoxDescent || size * 0.25;
  const cache = new Map<string, number>();
  return {
    width(text, bold = false) {
      const key = `${bold ? 'b' : 'p'}${text}`;
      let w = cache.get(key);
      if (w == null) {
        ctx.font = bold ? fonts.bold : fonts.plain;
        w = ctx.measureText(text).width;
        cache.set(key, w);
      }
      return w;
    },
    metrics: { lineHeight, ascent, descent },
  };
}
