/**
 * The CLI's robustness flags (`--bounds`, `--draws/--seed/--spread`, `--flip`), on top of `lib/robustness`. Column
 * definitions are in lib/robustness/README.md.
 */
import Papa from "papaparse";
import { numberCell, textCell } from "@/lib/csv/cell";
import { EngineError } from "@/lib/scoring/errors";
import type { ExtraColumns } from "@/lib/scoring/output";
import type { ScoringOptions } from "@/lib/scoring/options";
import type { EngineInput } from "@/lib/scoring/types";
import {
  boxProblem,
  extremeRanks,
  flipShares,
  monteCarlo,
  partsFor,
  MAX_DRAWS,
  MAX_SEED,
  MAX_SPREAD_PERCENT,
} from "@/lib/robustness";
import type { RobustView } from "@/lib/view/types";

export interface RobustnessArgs {
  bounds?: string;
  draws?: string;
  seed?: string;
  spread?: string;
  flip?: string;
}

const fail = (problem: string): never => {
  throw new EngineError([{ node: "arguments", problem }]);
};

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
function num(flag: string, text: string, min: number, max: number, integer = false): number {
  const x = NUMBER.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isFinite(x) || x < min || x > max || (integer && !Number.isInteger(x)))
    fail(`${flag} "${text}" must be a${integer ? " whole" : ""} number from ${min} to ${max}`);
  return x;
}

/** "LO-HI" in percent → shares. */
export function parseBoundsFlag(text: string, k: number): { lo: number; hi: number } {
  const m = /^\s*([0-9.]+)\s*-\s*([0-9.]+)\s*$/.exec(text);
  if (!m) return fail(`--bounds "${text}" must be LO-HI in percent, e.g. 10-40`);
  const lo = num("--bounds LO", m[1]!, 0, 100) / 100;
  const hi = num("--bounds HI", m[2]!, 0, 100) / 100;
  const problem = boxProblem({ k, lo, hi });
  if (problem) fail(`--bounds ${text}: ${problem}`);
  return { lo, hi };
}

/** Extra CSV columns for --bounds and --draws, and stderr lines about them. */
export function robustnessColumns(
  input: EngineInput,
  options: Partial<ScoringOptions>,
  args: RobustnessArgs,
  /** The view's robustness settings: what is perturbed, and the seed and spread when the flags do not say. */
  robust: RobustView,
  stderr: string[],
): ExtraColumns | undefined {
  const header: string[] = [];
  const byPlace = new Map<string, string[]>(input.places.map((p) => [p.id, []]));
  if (args.bounds !== undefined) {
    const parts = partsFor(input, options);
    const box = { k: parts.children.length, ...parseBoundsFlag(args.bounds, parts.children.length) };
    const r = extremeRanks(parts, box, { budgetMs: 120_000 });
    header.push("best_rank", "worst_rank");
    // A limit is printed where the search did not close, so [best, worst] always contains every achievable rank.
    for (const p of r.places) byPlace.get(p.id)!.push(numberCell(p.best?.limit), numberCell(p.worst?.limit));
    if (!r.exact) stderr.push("warning: some best/worst ranks are bounds (the search did not close in time)");
    if (!r.userInBox) stderr.push("warning: the view's own shares lie outside --bounds");
  }
  if (args.draws !== undefined || args.seed !== undefined || args.spread !== undefined) {
    if (args.draws === undefined) fail("--seed and --spread need --draws");
    const draws = num("--draws", args.draws!, 1, MAX_DRAWS, true);
    const seed = args.seed === undefined ? robust.seed : num("--seed", args.seed, 0, MAX_SEED, true);
    const spread =
      (args.spread === undefined ? robust.spread : num("--spread", args.spread, 0, MAX_SPREAD_PERCENT)) / 100;
    const r = monteCarlo(input, options, { draws, seed, spread, perturb: robust.perturb });
    header.push("mc_median_rank", "mc_p05_rank", "mc_p95_rank", "mc_p_first");
    for (const p of r.places)
      byPlace.get(p.id)!.push(numberCell(p.median), numberCell(p.p05), numberCell(p.p95), numberCell(p.pFirst));
  }
  return header.length ? { header, cells: (id) => byPlace.get(id) ?? [] } : undefined;
}

/** `--flip A,B`: CSV node,current_share,flip_share (percent of the composite; flip_share empty when no swap). */
export function flipCsv(input: EngineInput, options: Partial<ScoringOptions>, pair: string): string {
  const ids = pair.split(",").map((s) => s.trim());
  if (ids.length !== 2 || !ids[0] || !ids[1] || ids[0] === ids[1]) fail(`--flip "${pair}" must name two places: A,B`);
  const parts = partsFor(input, options);
  const index = ids.map((id) => {
    const p = parts.places.findIndex((x) => x.id === id);
    if (p < 0) fail(`--flip: no place "${id}"`);
    if (parts.rank[p] === 0) fail(`--flip: "${id}" is not ranked in this view`);
    return p;
  });
  const rows = flipShares(parts, index[0]!, index[1]!).map((f) => [
    textCell(f.node),
    numberCell(f.current * 100),
    numberCell(f.flip === null ? null : f.flip * 100),
  ]);
  return `${Papa.unparse([["node", "current_share", "flip_share"], ...rows], { newline: "\n" })}\n`;
}
