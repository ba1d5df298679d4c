/**
 * The mark shapes, traced onto anything with the canvas path methods. A CanvasRenderingContext2D
 * and a d3-path `path()` both qualify, so the canvas, the SVG export and the legend draw the very
 * same geometry from one function.
 */
import { QUAD_SHAPE, UNCODED_SHAPE } from '@/lib/dashboard/palette';
import type { Quad } from '@/lib/dashboard/types';

export type Shape = (typeof QUAD_SHAPE)[Quad] | typeof UNCODED_SHAPE;

/** The subset of CanvasPath that d3-path implements too. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean): void;
  closePath(): void;
}

const TAU = Math.PI * 2;

/**
 * Add one shape centred on (x, y) with "radius" r to the current path. Each shape starts with its
 * own moveTo, so many can share one path (and one fill call). The ring's hole is traced the other
 * way round, so a nonzero fill leaves it empty while a stroke draws both circles. Sizes are tuned
 * so the shapes look about equally heavy: a square of side 2r would outweigh a circle of radius r.
 */
export function traceShape(p: PathSink, shape: Shape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
      p.moveTo(x + r, y);
      p.arc(x, y, r, 0, TAU);
      break;
    case 'square': {
      const s = r * 0.88;
      p.moveTo(x - s, y - s);
      p.lineTo(x + s, y - s);
      p.lineTo(x + s, y + s);
      p.lineTo(x - s, y + s);
      p.closePath();
      break;
    }
    case 'triangle': {
      // Pointing down: conflict points down (see the palette).
      const h = r * 1.2;
      p.moveTo(x - h, y - h * 0.7);
      p.lineTo(x + h, y - h * 0.7);
      p.lineTo(x, y + h);
      p.closePath();
      break;
    }
    case 'diamond': {
      const d = r * 1.25;
      p.moveTo(x, y - d);
      p.lineTo(x + d, y);
      p.lineTo(x, y + d);
      p.lineTo(x - d, y);
      p.closePath();
      break;
    }
    case 'ring': {
      const inner = r * 0.5;
      p.moveTo(x + r, y);
      p.arc(x, y, r, 0, TAU);
      p.moveTo(x + inner, y);
      p.arc(x, y, inner, TAU, 0, true);
      break;
    }
    case 'plus': {
      // arms a third of the span wide: as heavy as the other marks
      const a = r * 1.15;
      const w = a / 3;
      p.moveTo(x - w, y - a);
      p.lineTo(x + w, y - a);
      p.lineTo(x + w, y - w);
      p.lineTo(x + a, y - w);
      p.lineTo(x + a, y + w);
      p.lineTo(x + w, y + w);
      p.lineTo(x + w, y + a);
      p.lineTo(x - w, y + a);
      p.lineTo(x - w, y + w);
      p.lineTo(x - a, y + w);
      p.lineTo(x - a, y - w);
      p.lineTo(x - w, y - w);
      p.closePath();
      break;
    }
  }
}
