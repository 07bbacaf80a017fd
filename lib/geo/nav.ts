/**
 * Arrow-key movement between places on the map: from the focused place to the nearest one in the arrow's direction
 * (within 60° of it), preferring places straight ahead. Stays put when there is none.
 */
export type Arrow = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

const DIRECTION: Record<Arrow, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};
const COS_60 = 0.5;

export const isArrow = (key: string): key is Arrow => Object.hasOwn(DIRECTION, key);

/** Index of the place to move to from `from`, or `from` itself. Screen coordinates (y grows downward). */
export function neighbour(points: readonly { x: number; y: number }[], from: number, key: Arrow): number {
  const here = points[from];
  if (!here) return from;
  const [ux, uy] = DIRECTION[key];
  let best = from;
  let bestCost = Infinity;
  points.forEach((p, i) => {
    if (i === from) return;
    const dx = p.x - here.x;
    const dy = p.y - here.y;
    const d = Math.hypot(dx, dy);
    if (d < 1e-9) return;
    const cos = (dx * ux + dy * uy) / d;
    if (cos < COS_60) return;
    // Distance, doubled at the edge of the cone: straight ahead wins over slightly nearer but sideways.
    const cost = d * (2 - cos);
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  });
  return best;
}
