/**
 * The bundled (or an imported) Dataset → engine input, at a scale, as of a year, for the places of a level. Cells come
 * from `resolveCells` (lib/data/cells.ts): each indicator's chosen edition, with what a complete list says of the
 * places absent from it. Values carry the point figure (a range's midpoint, "beyond a list of N" as N + 1) and
 * `bounds` what else is known. Context indicators (fewer than 5 places, or districts only) never enter the tree.
 * Per capita divides by population, per GDP by GDP, only for indicators with `perCapita: true`; a place without the
 * denominator gets a missing cell with a reason, never a guess.
 */
import { missingReason, resolveCells } from "@/lib/data/cells";
import { isScored } from "@/lib/data/helpers";
import type { Dataset, Denominator, Indicator, Place } from "@/lib/data/types";
import { isOneOf, SCALES, type Scale } from "./vocabulary";
import { EngineError } from "./errors";
import type { ScoringOptions } from "./options";
import type { CellBound, EngineInput, EngineNode } from "./types";

/** Per capita: value ÷ population (persons) × 1e6 = per million residents. */
export const PER_MILLION_RESIDENTS = 1e6;
/** Per GDP: value ÷ GDP (亿元 = 1e8 CNY) × 1e4 = per trillion CNY (万亿元) of GDP. */
export const PER_TRILLION_CNY = 1e4;

export const SCALE_UNIT_SUFFIX: Record<Scale, string> = {
  absolute: "",
  per_capita: " per million residents",
  per_gdp: " per trillion CNY of GDP",
};

/** Which places a view scores: cities only (the default), districts beside them, or districts only. */
export type LevelFilter = "city" | "all" | "district";

/**
 * Districts only: an indicator is scored when at least this many districts have a figure for it (the rule cities
 * follow, issue 10), so a measure one district reports (Haidian's scholars) stays context, never a ranking.
 */
export const MIN_DISTRICTS_SCORED = 5;

export interface FromDatasetOptions {
  /** Score each indicator on its latest edition at or before this year. Default: the latest. */
  asOf?: number;
  /** Default "city": districts enter only when a view asks for them. */
  level?: LevelFilter;
}

export function placesAtLevel(dataset: Dataset, level: LevelFilter = "city"): Place[] {
  return level === "all" ? dataset.places : dataset.places.filter((p) => p.level === level);
}

export { isScored };

/**
 * What a reported figure of this place is multiplied by at this scale: 1 when absolute or for indicators that are not
 * divided (shares, ranks, yes/no); else per million residents or per trillion CNY of GDP; or why it cannot be.
 */
export function scaleFactor(
  place: Pick<Place, "population" | "gdp">,
  indicator: Pick<Indicator, "perCapita">,
  scale: Scale,
): number | "no population figure" | "no GDP figure" {
  if (scale === "absolute" || !indicator.perCapita) return 1;
  const d: Denominator | null = scale === "per_capita" ? place.population : place.gdp;
  if (!d || !(d.value > 0)) return scale === "per_capita" ? "no population figure" : "no GDP figure";
  return (scale === "per_capita" ? PER_MILLION_RESIDENTS : PER_TRILLION_CNY) / d.value;
}

export function engineInputFromDataset(dataset: Dataset, scale: Scale, options: FromDatasetOptions = {}): EngineInput {
  if (!isOneOf(SCALES, scale))
    throw new EngineError([{ node: "scale", problem: `unknown scale "${String(scale)}" (use ${SCALES.join(", ")})` }]);
  const places = placesAtLevel(dataset, options.level);
  const resolved = resolveCells(dataset, { asOf: options.asOf, places });
  const observed = (id: string) => (resolved.cells.get(id) ?? []).filter((c) => c.value !== null).length;
  const scored = dataset.indicators.filter(
    (i) =>
      isScored(i) &&
      resolved.cells.get(i.id)?.some((c) => c.missing !== "no_edition") &&
      (options.level !== "district" || observed(i.id) >= MIN_DISTRICTS_SCORED),
  );
  const values: Record<string, (number | null)[]> = {};
  const bounds: Record<string, (CellBound | null)[]> = {};
  const missingReasons: Record<string, (string | null)[]> = {};
  for (const ind of scored) {
    const cells = resolved.cells.get(ind.id)!;
    const col = (values[ind.id] = cells.map((c) => c.value));
    const bnd = (bounds[ind.id] = cells.map((c) => c.bound));
    const why = (missingReasons[ind.id] = cells.map((c) => (c.value === null ? missingReason(c, options.asOf) : null)));
    places.forEach((place, p) => {
      if (col[p] === null) return;
      const factor = scaleFactor(place, ind, scale);
      if (typeof factor === "string") {
        col[p] = null;
        bnd[p] = null;
        why[p] = factor;
        return;
      }
      if (factor === 1) return;
      col[p] = col[p]! * factor;
      const b = bnd[p];
      if (b) bnd[p] = { kind: b.kind, lo: b.lo * factor, hi: b.hi * factor };
    });
  }
  const root = dataset.composite.id;
  // A pillar none of whose indicators has an edition yet (as of an early year) is left out with them: the engine
  // would read a pillar without indicators as an indicator without data.
  const pillars = dataset.pillars.filter((p) => scored.some((i) => i.pillar === p.id));
  const nodes: EngineNode[] = [
    { id: root, name: dataset.composite.nameEn, parent: null, weight: 1, aggregation: "arithmetic" },
    ...pillars.map((p): EngineNode => ({ id: p.id, name: p.nameEn, parent: root, weight: p.weight })),
    ...scored.map((i): EngineNode => ({
      id: i.id,
      name: i.nameEn,
      parent: i.pillar,
      weight: i.weight,
      direction: i.direction,
      transform: "none",
      goalposts: null,
      unit: i.perCapita ? `${i.unit}${SCALE_UNIT_SUFFIX[scale]}` : i.unit,
    })),
  ];
  // A per-capita or per-GDP view ranks places on their figures divided by the denominator. A place without one is
  // listed apart with the reason: ranked on its shares and ranks alone it would stand in a per-GDP ranking (Suzhou 4th
  // with no GDP figure) on a different measure from everyone else.
  const divided = scale !== "absolute" && scored.some((i) => i.perCapita);
  const excluded = places.map((place) => {
    const f = divided ? scaleFactor(place, { perCapita: true }, scale) : 1;
    return typeof f === "string" ? f : null;
  });
  return {
    nodes,
    places: places.map((p) => ({ id: p.id, name: p.nameEn })),
    values,
    missingReasons,
    bounds,
    ...(excluded.some((x) => x !== null) ? { excluded } : {}),
  };
}

/**
 * A view's options restricted to the nodes of an input: an indicator left out (no edition yet at the view's year)
 * takes its weight, normalization and transform overrides with it instead of failing the run.
 */
export function fitOptionsToInput(options: ScoringOptions, input: EngineInput): ScoringOptions {
  const ids = new Set(input.nodes.map((n) => n.id));
  const keep = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).filter(([k]) => ids.has(k)));
  return {
    ...options,
    weightOverrides: keep(options.weightOverrides),
    normalizationOverrides: keep(options.normalizationOverrides),
    transformOverrides: keep(options.transformOverrides),
    aggregationOverrides: keep(options.aggregationOverrides),
  };
}
