/**
 * The robustness analysis' option lists and defaults (the link codec imports them; nothing here imports the engine).
 */

/** What a Monte Carlo draw perturbs: the weights, the figures within what is known of them, the methods. */
export const UNCERTAINTIES = ["weights", "data", "methods"] as const;
export type Uncertainty = (typeof UNCERTAINTIES)[number];
export const DEFAULT_UNCERTAINTIES: readonly Uncertainty[] = ["weights", "data"];

export const DEFAULT_DRAWS = 2000;
export const MAX_DRAWS = 20000;
export const DEFAULT_SEED = 1;
export const MAX_SEED = 4294967295;
/** Percent: each weight is multiplied by a factor drawn uniformly from [1 − 20 %, 1 + 20 %]. */
export const DEFAULT_SPREAD_PERCENT = 20;
export const MAX_SPREAD_PERCENT = 99;
export const DEFAULT_SPREAD = DEFAULT_SPREAD_PERCENT / 100;

/** The default share bounds for k children: half to twice the equal share (k = 4: 12.5 %–50 %), on a 0.1 % grid. */
export function defaultBounds(k: number): { lo: number; hi: number } {
  const equal = 100 / Math.max(1, k);
  return { lo: Math.floor((equal / 2) * 10) / 10, hi: Math.min(100, Math.ceil(equal * 2 * 10) / 10) };
}
