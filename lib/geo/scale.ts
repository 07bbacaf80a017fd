/**
 * How a 0–100 score becomes a circle: its area grows linearly with the score (from a visible minimum at 0), and its
 * fill runs along one sequential blue ramp, light to dark. Size and colour say the same thing, so the map reads in
 * greyscale print and for colour-blind readers alike.
 */

/** Radius whose area is linear in the score: π r² = π (rMin² + (rMax² − rMin²) · v / 100). */
export function radiusFor(v: number, rMin: number, rMax: number): number {
  const t = Math.min(100, Math.max(0, v)) / 100;
  return Math.sqrt(rMin * rMin + (rMax * rMax - rMin * rMin) * t);
}

/** Light to dark blue (Tailwind blue-100 … blue-900): even steps of the score. */
export const RAMP = ["#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a"] as const;

const hex = (s: string) => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16));
const toHex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** The ramp's colour at a 0–100 score, interpolated in sRGB between the stops. */
export function colourFor(v: number): string {
  const t = (Math.min(100, Math.max(0, v)) / 100) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(t));
  const f = t - i;
  const a = hex(RAMP[i]!);
  const b = hex(RAMP[i + 1]!);
  return toHex(a.map((x, k) => x + (b[k]! - x) * f));
}

/** Text on a fill: white from the middle of the ramp on (WCAG contrast ≥ 4.5 against both ends of its half). */
export const inkOn = (v: number): string => (v >= 50 ? "#ffffff" : "#111827");
