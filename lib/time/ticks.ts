/** Axis ticks for the trend charts. */

/** Ticks for a rank axis 1…n: every rank up to 6, else about six evenly spaced, always 1 and n. */
export function rankTicks(n: number): number[] {
  if (n <= 6) return Array.from({ length: Math.max(1, n) }, (_, i) => i + 1);
  const step = Math.ceil((n - 1) / 5);
  const out = [1];
  for (let v = 1 + step; v < n; v += step) out.push(v);
  if (out[out.length - 1] !== n) out.push(n);
  return out;
}

/** Ticks for a value axis from 0 (or the lowest value, when negative) to the highest, about five of them. */
export function valueTicks(lo: number, hi: number): number[] {
  const a = Math.min(0, lo);
  const b = Math.max(hi, a + 1e-9);
  const raw = (b - a) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.floor(a / step) * step; v <= b + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  if (out[out.length - 1]! < b) out.push(Number((out[out.length - 1]! + step).toPrecision(12)));
  return out;
}
