/**
 * Where the network's tooltip goes: beside the pointer (or the focused mark), flipped to the other
 * side where it would leave the viewport, and clamped inside it. The tooltip is positioned against
 * the viewport (position: fixed), so no panel's edge can clip it, on a phone either. Pure.
 */

/** A point or a size in viewport px. */
export interface Size {
  width: number;
  height: number;
}

export interface TipPosition {
  /** The tooltip's top left, viewport px. */
  left: number;
  top: number;
  /** True when it went to the left of the anchor, or above it. */
  flippedX: boolean;
  flippedY: boolean;
}

/**
 * The tooltip's place for an anchor at (x, y): `gap` px right of and below it by preference,
 * left of or above it when that side has no room, and never nearer the viewport's edges than `pad`
 * (a tooltip larger than the viewport keeps its top left corner in view).
 */
export function tipPosition(
  anchor: { x: number; y: number },
  tip: Size,
  viewport: Size,
  gap = 14,
  pad = 8,
): TipPosition {
  const fitsRight = anchor.x + gap + tip.width <= viewport.width - pad;
  const fitsLeft = anchor.x - gap - tip.width >= pad;
  // the side with room; when neither has, the side with more of it
  const flippedX = !fitsRight && (fitsLeft || anchor.x > viewport.width / 2);
  const fitsBelow = anchor.y + gap + tip.height <= viewport.height - pad;
  const fitsAbove = anchor.y - gap - tip.height >= pad;
  const flippedY = !fitsBelow && (fitsAbove || anchor.y > viewport.height / 2);
  let left = flippedX ? anchor.x - gap - tip.width : anchor.x + gap;
  let top = flippedY ? anchor.y - gap - tip.height : anchor.y + gap;
  left = Math.max(pad, Math.min(left, viewport.width - pad - tip.width));
  top = Math.max(pad, Math.min(top, viewport.height - pad - tip.height));
  return { left: Math.round(left), top: Math.round(top), flippedX, flippedY };
}
