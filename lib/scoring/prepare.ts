/**
 * Stage 1, raw → transformed: validate the framework, resolve each indicator's direction, transform and goalposts,
 * and copy the data into one Float64Array per indicator (NaN = missing) after the transform.
 */
import { TRANSFORMS, type Transform } from "./vocabulary";
import { throwIfAny, type EngineProblem } from "./errors";
import { buildTree, type Tree } from "./framework";
import type { ScoringOptions } from "./options";
import { checkChoice, checkOverrides, own, withDefaults } from "./options-check";
import type { KnownInterval } from "./impute";
import type { EngineDirection, EngineInput, EnginePlace } from "./types";

export interface PreparedIndicator {
  id: string;
  node: number;
  direction: EngineDirection;
  transform: Transform;
  /** Transformed like the values. */
  goalposts: { min: number; max: number } | null;
  target: number | null;
}

export interface ColumnStats {
  n: number;
  min: number;
  max: number;
}

export interface Prepared {
  tree: Tree;
  places: EnginePlace[];
  /** In column order (the tree's leaves). */
  indicators: PreparedIndicator[];
  /** Transformed values, one column per indicator, NaN = missing. */
  values: Float64Array[];
  /** Why each missing cell is missing (place index → reason); absent = "not reported". */
  reasons: Map<number, string>[];
  /** Per column: observed count, minimum and maximum of the transformed values (for normalization). */
  stats: ColumnStats[];
  /** Per column: place indices of the missing cells, ascending (so later stages can work on them sparsely). */
  missing: Int32Array[];
  /** Place indices sorted by name, then id: the display order of ties and of excluded places. */
  byName: Int32Array;
  /**
   * Per column: what is known of each missing cell that has a bound (`EngineInput.bounds`), transformed like the values;
   * imputation stays inside it. Empty for most columns.
   */
  known: Map<number, KnownInterval>[];
  /** Per place: the input's reason for leaving it out of the ranking (`EngineInput.excluded`), or null. */
  excluded: (string | null)[];
}

export const NOT_REPORTED = "not reported";

/** ln and log(1 + x). The argument must be positive; otherwise the caller reports it. */
export function applyTransform(t: Transform, x: number): number {
  if (t === "ln") return Math.log(x);
  if (t === "log1p") return Math.log1p(x);
  return x;
}
const transformDomainOk = (t: Transform, x: number) => (t === "ln" ? x > 0 : t === "log1p" ? x > -1 : true);
const TRANSFORM_NAME: Record<Transform, string> = { none: "", ln: "ln(x)", log1p: "log(1 + x)" };

export function prepare(input: EngineInput, options?: Partial<ScoringOptions>): Prepared {
  const o = withDefaults(options);
  const problems: EngineProblem[] = [];
  const placeIndex = new Set<string>();
  for (const p of input.places) {
    if (placeIndex.has(p.id)) problems.push({ node: p.id, problem: "place id appears more than once" });
    placeIndex.add(p.id);
  }
  throwIfAny(problems);
  const tree = buildTree(input.nodes, (id) => Object.hasOwn(input.values, id));
  checkOverrides(tree, o.transformOverrides, TRANSFORMS, "transform", "leaf", problems);
  throwIfAny(problems);

  const n = input.places.length;
  const indicators: PreparedIndicator[] = [];
  const values: Float64Array[] = [];
  const reasons: Map<number, string>[] = [];
  const stats: ColumnStats[] = [];
  const missingCells: Int32Array[] = [];
  const known: Map<number, KnownInterval>[] = [];
  for (const node of tree.leaves) {
    const meta = tree.nodes[node]!;
    const id = meta.id;
    const override = own(o.transformOverrides, id);
    const transform: Transform = override ?? meta.transform ?? "none";
    if (!checkChoice(TRANSFORMS, transform, id, "transform", problems)) continue;
    const raw = input.values[id]!;
    const why = own(input.missingReasons, id);
    if (raw.length !== n) {
      problems.push({ node: id, problem: `data column has ${raw.length} values for ${n} places` });
      continue;
    }
    const col = new Float64Array(n);
    const missing = new Map<number, string>();
    let bad = 0;
    for (let p = 0; p < n; p++) {
      const x = raw[p];
      if (x === null || x === undefined || Number.isNaN(x)) {
        col[p] = NaN;
        missing.set(p, why?.[p] ?? NOT_REPORTED);
      } else if (typeof x !== "number" || !Number.isFinite(x)) {
        problems.push({
          node: id,
          problem: `value ${String(x)} for place "${input.places[p]!.id}" is not a finite number`,
        });
        col[p] = NaN;
      } else if (!transformDomainOk(transform, x)) {
        if (bad++ < 3)
          problems.push({
            node: id,
            problem: `${TRANSFORM_NAME[transform]} of ${x} (place "${input.places[p]!.id}"): the log of a non-positive value is undefined`,
            code: "log_domain",
            args: { place: input.places[p]!.id, value: x },
          });
        col[p] = NaN;
      } else col[p] = applyTransform(transform, x);
    }
    let lo = Infinity;
    let hi = -Infinity;
    let observed = 0;
    for (let p = 0; p < n; p++) {
      const v = col[p]!;
      if (v !== v) continue;
      observed++;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    stats.push({ n: observed, min: lo, max: hi });
    missingCells.push(Int32Array.from(missing.keys()));
    if (hi > lo && !Number.isFinite(hi - lo))
      problems.push({ node: id, problem: `values from ${lo} to ${hi}: the range is too large to normalize` });
    if (bad > 3) problems.push({ node: id, problem: `… and ${bad - 3} more values outside the domain of the log` });

    let goalposts: PreparedIndicator["goalposts"] = null;
    if (meta.goalposts) {
      const { min, max } = meta.goalposts;
      if (!transformDomainOk(transform, min))
        problems.push({
          node: id,
          problem: `goalpost minimum ${min}: ${TRANSFORM_NAME[transform]} of a non-positive value is undefined`,
        });
      else goalposts = { min: applyTransform(transform, min), max: applyTransform(transform, max) };
    }
    let target: number | null = null;
    if (meta.target !== undefined && meta.target !== null) {
      if (!transformDomainOk(transform, meta.target))
        problems.push({
          node: id,
          problem: `target ${meta.target}: ${TRANSFORM_NAME[transform]} of a non-positive value is undefined`,
        });
      else target = applyTransform(transform, meta.target);
    }
    indicators.push({ id, node, direction: meta.direction ?? 1, transform, goalposts, target });
    values.push(col);
    reasons.push(missing);
    known.push(knownIntervals(input, id, missing, transform, problems));
  }
  throwIfAny(problems);
  const places = input.places.map((p) => ({ id: p.id, name: p.name }));
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byName = Int32Array.from(places.keys()).sort(
    (a, b) => text(places[a]!.name, places[b]!.name) || text(places[a]!.id, places[b]!.id),
  );
  const excluded = Array.from({ length: n }, (_, p) => {
    const why = input.excluded?.[p];
    return typeof why === "string" && why !== "" ? why : null;
  });
  return { tree, places, indicators, values, reasons, stats, missing: missingCells, byName, known, excluded };
}

/** The bounds of the missing cells of one column, transformed (a log of a non-positive end opens that end). */
function knownIntervals(
  input: EngineInput,
  id: string,
  missing: Map<number, string>,
  transform: Transform,
  problems: EngineProblem[],
): Map<number, KnownInterval> {
  const out = new Map<number, KnownInterval>();
  const col = own(input.bounds, id);
  if (!col) return out;
  const t = (x: number) => (transformDomainOk(transform, x) ? applyTransform(transform, x) : -Infinity);
  for (const p of missing.keys()) {
    const b = col[p];
    if (!b) continue;
    if (!(typeof b.lo === "number" && typeof b.hi === "number" && b.lo <= b.hi)) {
      problems.push({
        node: id,
        problem: `bound for place "${input.places[p]!.id}" is not an interval (lo ${String(b.lo)}, hi ${String(b.hi)})`,
      });
      continue;
    }
    out.set(p, { lo: t(b.lo), hi: t(b.hi) });
  }
  return out;
}
