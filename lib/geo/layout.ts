/**
 * Circles at their coordinates, nudged apart only where they would overlap (a Dorling-style relaxation): each step
 * pushes overlapping pairs apart, the smaller circle moving more, and pulls every circle back toward its true
 * position. A circle that overlaps nothing stays exactly where it is; the map joins a moved circle to its true
 * position with a thin line. Deterministic: the same input always gives the same picture.
 */
export interface Circle {
  x: number;
  y: number;
  r: number;
}

export interface RelaxOptions {
  /** Minimum free space between two circles, box units. */
  gap: number;
  /** Share of the way back to the true position each step (0..1). */
  pull: number;
  iterations: number;
  /** Circles are kept inside [0, width] × [0, height]. */
  width: number;
  height: number;
}

export const RELAX_DEFAULTS: Omit<RelaxOptions, "width" | "height"> = { gap: 1.5, pull: 0.04, iterations: 400 };

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** One separation pass; returns the largest overlap it found. */
function separate(pos: { x: number; y: number }[], circles: readonly Circle[], gap: number): number {
  let worst = 0;
  for (let i = 0; i < pos.length; i++) {
    for (let j = i + 1; j < pos.length; j++) {
      const a = pos[i]!;
      const b = pos[j]!;
      const ra = circles[i]!.r;
      const rb = circles[j]!.r;
      let dx = b.x - a.x;
      let dy = b.y - a.y;
      const d = Math.hypot(dx, dy);
      const need = ra + rb + gap;
      if (d >= need) continue;
      if (d < 1e-9) {
        // Same spot: split along a fixed, index-dependent direction.
        const t = GOLDEN_ANGLE * (i + j + 1);
        dx = Math.cos(t);
        dy = Math.sin(t);
      } else {
        dx /= d;
        dy /= d;
      }
      const overlap = need - d;
      worst = Math.max(worst, overlap);
      // The larger circle moves less: shares by the other's area.
      const wa = rb * rb + 1e-9;
      const wb = ra * ra + 1e-9;
      const sa = wa / (wa + wb);
      a.x -= dx * overlap * sa;
      a.y -= dy * overlap * sa;
      b.x += dx * overlap * (1 - sa);
      b.y += dy * overlap * (1 - sa);
    }
  }
  return worst;
}

export function relax(circles: readonly Circle[], o: RelaxOptions): { x: number; y: number }[] {
  const pos = circles.map((c) => ({ x: c.x, y: c.y }));
  const clamp = () =>
    pos.forEach((p, i) => {
      const r = circles[i]!.r;
      p.x = Math.min(o.width - r, Math.max(r, p.x));
      p.y = Math.min(o.height - r, Math.max(r, p.y));
    });
  for (let it = 0; it < o.iterations; it++) {
    const worst = separate(pos, circles, o.gap);
    if (worst === 0 && it > 0) break;
    pos.forEach((p, i) => {
      p.x += (circles[i]!.x - p.x) * o.pull;
      p.y += (circles[i]!.y - p.y) * o.pull;
    });
    clamp();
  }
  // Finish without the pull, so no two circles overlap on screen.
  for (let it = 0; it < o.iterations; it++) {
    const worst = separate(pos, circles, o.gap);
    clamp();
    if (worst < 1e-6) break;
  }
  return pos;
}
