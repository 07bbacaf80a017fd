/**
 * Name labels beside the circles, placed greedily in priority order (say, rank): to the right, left, above or below
 * the circle, whichever first overlaps no circle, no placed label and stays inside the box. A label that fits
 * nowhere is left out; the name is still in the tooltip and in the table below the map.
 */
import type { Circle } from "./layout";

export interface LabelBox {
  /** Text anchor point (the label's baseline start for "start", end for "end", centre for "middle"). */
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  /** The label's rectangle, for overlap tests. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelRequest {
  /** Index of the circle the label names. */
  circle: number;
  width: number;
  height: number;
}

const overlaps = (a: Omit<LabelBox, "x" | "y" | "anchor">, b: Omit<LabelBox, "x" | "y" | "anchor">) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function hitsCircle(box: Omit<LabelBox, "x" | "y" | "anchor">, c: Circle): boolean {
  const nx = Math.max(box.left, Math.min(c.x, box.right));
  const ny = Math.max(box.top, Math.min(c.y, box.bottom));
  return Math.hypot(nx - c.x, ny - c.y) < c.r;
}

/** One entry per request (same order): where its label goes, or null when it fits nowhere. */
export function placeLabels(
  circles: readonly Circle[],
  requests: readonly LabelRequest[],
  box: { width: number; height: number; gap: number },
): (LabelBox | null)[] {
  const placed: LabelBox[] = [];
  return requests.map(({ circle, width: w, height: h }) => {
    const c = circles[circle];
    if (!c) return null;
    const g = box.gap;
    const candidates: LabelBox[] = [
      {
        x: c.x + c.r + g,
        y: c.y + h / 3,
        anchor: "start",
        left: c.x + c.r + g,
        top: c.y - h / 2,
        right: c.x + c.r + g + w,
        bottom: c.y + h / 2,
      },
      {
        x: c.x - c.r - g,
        y: c.y + h / 3,
        anchor: "end",
        left: c.x - c.r - g - w,
        top: c.y - h / 2,
        right: c.x - c.r - g,
        bottom: c.y + h / 2,
      },
      {
        x: c.x,
        y: c.y - c.r - g,
        anchor: "middle",
        left: c.x - w / 2,
        top: c.y - c.r - g - h,
        right: c.x + w / 2,
        bottom: c.y - c.r - g,
      },
      {
        x: c.x,
        y: c.y + c.r + g + h * 0.8,
        anchor: "middle",
        left: c.x - w / 2,
        top: c.y + c.r + g,
        right: c.x + w / 2,
        bottom: c.y + c.r + g + h,
      },
    ];
    const fit = candidates.find(
      (b) =>
        b.left >= 0 &&
        b.top >= 0 &&
        b.right <= box.width &&
        b.bottom <= box.height &&
        !placed.some((p) => overlaps(b, p)) &&
        !circles.some((o, i) => i !== circle && hitsCircle(b, o)),
    );
    if (fit) placed.push(fit);
    return fit ?? null;
  });
}
