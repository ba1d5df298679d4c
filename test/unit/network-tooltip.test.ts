/**
 * Where the network's tooltip goes (components/network/tipPosition.ts): beside its anchor, flipped
 * near the viewport's edges, and never outside the viewport, on a desktop or a 390 × 844 phone.
 */
import { describe, expect, it } from 'vitest';
import { tipPosition, type Size } from '@/components/network/tipPosition';

const DESKTOP: Size = { width: 1440, height: 900 };
const PHONE: Size = { width: 390, height: 844 };
/** An edge's tooltip with three evidence sentences: 24rem wide, tall. */
const EDGE_TIP: Size = { width: 384, height: 260 };
const NODE_TIP: Size = { width: 220, height: 120 };

const inside = (p: { left: number; top: number }, tip: Size, v: Size, pad = 8) =>
  p.left >= pad &&
  p.top >= pad &&
  p.left + tip.width <= v.width - pad &&
  p.top + tip.height <= v.height - pad;

describe('tipPosition', () => {
  it('goes right of and below the pointer where there is room', () => {
    expect(tipPosition({ x: 100, y: 100 }, NODE_TIP, DESKTOP)).toEqual({
      left: 114,
      top: 114,
      flippedX: false,
      flippedY: false,
    });
  });

  it('flips to the left near the right edge, and above near the bottom', () => {
    const p = tipPosition({ x: 1400, y: 880 }, NODE_TIP, DESKTOP);
    expect(p).toEqual({ left: 1400 - 14 - 220, top: 880 - 14 - 120, flippedX: true, flippedY: true });
  });

  it('keeps an edge’s wide tooltip inside a 390 px phone, wherever the finger or pointer is', () => {
    // the stylesheet caps its width at the viewport's less 16 px: 374 of its 384 here
    const tip = { width: Math.min(EDGE_TIP.width, PHONE.width - 16), height: EDGE_TIP.height };
    for (let x = 0; x <= PHONE.width; x += 15)
      for (let y = 0; y <= PHONE.height; y += 30) {
        const p = tipPosition({ x, y }, tip, PHONE);
        expect(inside(p, tip, PHONE), `anchor ${x},${y} → ${p.left},${p.top}`).toBe(true);
      }
  });

  it('keeps every size of tooltip inside the desktop viewport', () => {
    for (const tip of [NODE_TIP, EDGE_TIP, { width: 40, height: 20 }])
      for (let x = 0; x <= DESKTOP.width; x += 60)
        for (let y = 0; y <= DESKTOP.height; y += 60)
          expect(inside(tipPosition({ x, y }, tip, DESKTOP), tip, DESKTOP)).toBe(true);
  });

  it('shows the top left of a tooltip larger than the viewport', () => {
    const p = tipPosition({ x: 200, y: 300 }, { width: 500, height: 1000 }, PHONE);
    expect([p.left, p.top]).toEqual([8, 8]);
  });

  it('stays off the pointer where it can: the anchor is outside the tooltip', () => {
    for (const a of [
      { x: 20, y: 20 },
      { x: 370, y: 20 },
      { x: 20, y: 820 },
      { x: 370, y: 820 },
      { x: 195, y: 422 },
    ]) {
      const p = tipPosition(a, NODE_TIP, PHONE);
      const covers =
        a.x >= p.left && a.x <= p.left + NODE_TIP.width && a.y >= p.top && a.y <= p.top + NODE_TIP.height;
      expect(covers, `${a.x},${a.y}`).toBe(false);
    }
  });
});
