/**
 * Figures are shown at the precision their source gave them: 5227.7 stays 5,227.7 (not 5,227.70), 21.17 stays 21.17,
 * 12 stays 12. A figure computed from one (per million residents, per GDP) keeps as many significant digits as the
 * reported figure it comes from, at least 3.
 */

/** Decimals in the shortest form of x (what the data file holds), at most 6. */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const s = String(Math.abs(x));
  const e = /e([+-]\d+)$/.exec(s);
  const mantissa = e ? s.slice(0, e.index) : s;
  const dot = mantissa.indexOf(".");
  const frac = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.min(6, Math.max(0, frac - (e ? Number(e[1]) : 0)));
}

/** Significant digits of x as the data file holds it (trailing zeros of a whole number count), 1–15. */
export function significantDigits(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 1;
  const s = String(Math.abs(x)).replace(/e[+-]\d+$/, "");
  const digits = s.replace(".", "").replace(/^0+/, "");
  return Math.min(15, Math.max(1, digits.length));
}
