/**
 * A seeded synthetic engine input (composite → pillars → indicators), the same on every machine: for the benchmark
 * (1,000 × 50 × 5), property tests and the UI's synthetic scale view. Values are positive and skewed (like counts and
 * amounts); every fourth indicator is lower-is-better (like a published rank).
 */
import { mulberry32 } from "@/lib/random/seeded";
import type { EngineInput, EngineNode } from "./types";

export interface SyntheticInputSpec {
  places: number;
  indicators: number;
  pillars: number;
  seed: number;
  /** Share of place × indicator cells left missing, 0..1. */
  missingShare: number;
}

export function syntheticInput(spec: SyntheticInputSpec): EngineInput {
  const rnd = mulberry32(spec.seed);
  const pillars = Math.max(1, Math.min(spec.pillars, spec.indicators));
  const nodes: EngineNode[] = [{ id: "composite", name: "Synthetic composite", parent: null, weight: 1 }];
  for (let k = 0; k < pillars; k++)
    nodes.push({ id: `p${k + 1}`, name: `Pillar ${k + 1}`, parent: "composite", weight: 1 + Math.floor(rnd() * 10) });
  const values: Record<string, Float64Array> = {};
  for (let j = 0; j < spec.indicators; j++) {
    const id = `i${String(j + 1).padStart(3, "0")}`;
    const lowerIsBetter = j % 4 === 3;
    nodes.push({
      id,
      name: `Indicator ${j + 1}`,
      parent: `p${(j % pillars) + 1}`,
      weight: 1 + Math.floor(rnd() * 10),
      direction: lowerIsBetter ? -1 : 1,
      unit: lowerIsBetter ? "rank" : "units",
    });
    const scale = 10 ** (1 + rnd() * 3);
    const col = new Float64Array(spec.places);
    for (let p = 0; p < spec.places; p++)
      col[p] = rnd() < spec.missingShare ? NaN : Math.round(scale * Math.exp(2 * rnd() - 1) * 100) / 100;
    values[id] = col;
  }
  const places = Array.from({ length: spec.places }, (_, p) => ({
    id: `s${String(p + 1).padStart(4, "0")}`,
    name: `Synthetic place ${p + 1}`,
  }));
  return { nodes, places, values };
}
