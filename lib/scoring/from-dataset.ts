/**
 * The bundled (or an imported) Dataset → engine input, at a scale. Per capita divides by population, per GDP by GDP,
 * only for indicators with `perCapita: true`; a place without the denominator gets a missing cell with a reason,
 * never a guess.
 */
import type { Dataset, Denominator } from "@/lib/data/types";
import { isOneOf, SCALES, type Scale } from "./vocabulary";
import { EngineError } from "./errors";
import { NOT_REPORTED } from "./prepare";
import type { EngineInput, EngineNode } from "./types";

/** Per capita: value ÷ population (persons) × 1e6 = per million residents. */
export const PER_MILLION_RESIDENTS = 1e6;
/** Per GDP: value ÷ GDP (亿元 = 1e8 CNY) × 1e4 = per trillion CNY (万亿元) of GDP. */
export const PER_TRILLION_CNY = 1e4;

export const SCALE_UNIT_SUFFIX: Record<Scale, string> = {
  absolute: "",
  per_capita: " per million residents",
  per_gdp: " per trillion CNY of GDP",
};

export function engineInputFromDataset(dataset: Dataset, scale: Scale): EngineInput {
  if (!isOneOf(SCALES, scale))
    throw new EngineError([{ node: "scale", problem: `unknown scale "${String(scale)}" (use ${SCALES.join(", ")})` }]);
  const placeIndex = new Map(dataset.places.map((p, i) => [p.id, i]));
  const n = dataset.places.length;
  const values: Record<string, (number | null)[]> = {};
  const missingReasons: Record<string, (string | null)[]> = {};
  for (const ind of dataset.indicators) {
    values[ind.id] = new Array<number | null>(n).fill(null);
    missingReasons[ind.id] = new Array<string | null>(n).fill(NOT_REPORTED);
  }
  for (const obs of dataset.observations) {
    const p = placeIndex.get(obs.place);
    const col = Object.hasOwn(values, obs.indicator) ? values[obs.indicator] : undefined;
    if (p === undefined || !col) continue;
    col[p] = obs.value;
    missingReasons[obs.indicator]![p] = null;
  }
  if (scale !== "absolute") {
    for (const ind of dataset.indicators) {
      if (!ind.perCapita) continue;
      const col = values[ind.id]!;
      const why = missingReasons[ind.id]!;
      dataset.places.forEach((place, p) => {
        if (col[p] === null) return;
        const d: Denominator | null = scale === "per_capita" ? place.population : place.gdp;
        if (!d || !(d.value > 0)) {
          col[p] = null;
          why[p] = scale === "per_capita" ? "no population figure" : "no GDP figure";
        } else col[p] = (col[p]! / d.value) * (scale === "per_capita" ? PER_MILLION_RESIDENTS : PER_TRILLION_CNY);
      });
    }
  }
  const root = dataset.composite.id;
  const nodes: EngineNode[] = [
    { id: root, name: dataset.composite.nameEn, parent: null, weight: 1, aggregation: "arithmetic" },
    ...dataset.pillars.map((p): EngineNode => ({ id: p.id, name: p.nameEn, parent: root, weight: p.weight })),
    ...dataset.indicators.map((i): EngineNode => ({
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
  return { nodes, places: dataset.places.map((p) => ({ id: p.id, name: p.nameEn })), values, missingReasons };
}
