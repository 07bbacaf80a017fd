import { mulberry32, shuffleInPlace } from "@/lib/random/seeded";
import type { Dataset, Indicator, Observation, Pillar, Place } from "./types";

/** Re-exported for older imports; the generator lives in `lib/random/seeded.ts`. */
export { mulberry32 };

export interface SyntheticSpec {
  places: number;
  indicators: number;
  pillars: number;
  seed: number;
  /** Share of place × indicator cells left missing, 0..1. */
  missingShare: number;
}

export const SYNTHETIC_DEFAULT: SyntheticSpec = {
  places: 300,
  indicators: 30,
  pillars: 5,
  seed: 42,
  missingShare: 0.1,
};

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/**
 * A clearly labelled synthetic dataset in the bundled dataset's shape, for scale tests and benchmarks of the whole
 * app. Place names say "Synthetic"; the one source says it is generated. Every fourth indicator is a rank
 * (lower is better), like the real data's rank indicators.
 */
export function syntheticDataset(spec: SyntheticSpec = SYNTHETIC_DEFAULT): Dataset {
  const rnd = mulberry32(spec.seed);
  const pillars: Pillar[] = Array.from({ length: spec.pillars }, (_, k) => ({
    id: `p${k + 1}`,
    nameEn: `Pillar ${k + 1}`,
    nameZh: `支柱 ${k + 1}`,
    weight: 5,
  }));
  const indicators: Indicator[] = Array.from({ length: spec.indicators }, (_, k) => {
    const rank = k % 4 === 3;
    return {
      id: `i${pad(k + 1, 2)}`,
      nameEn: `Indicator ${k + 1}`,
      nameZh: `指标 ${k + 1}`,
      unit: rank ? "rank (1=best)" : "units",
      unitZh: rank ? "名次（1=最佳）" : "单位",
      direction: rank ? -1 : 1,
      kind: rank ? "rank" : "value",
      pillar: `p${(k % spec.pillars) + 1}`,
      weight: 5,
      definition: "Synthetic indicator (generated).",
      definitionZh: "合成指标（随机生成）。",
      perCapita: false,
    };
  });
  const places: Place[] = Array.from({ length: spec.places }, (_, k) => ({
    id: `s${pad(k + 1, 3)}`,
    nameEn: `Synthetic ${k + 1}`,
    nameZh: `合成城市 ${k + 1}`,
    level: "city",
    parent: null,
    population: null,
    gdp: null,
  }));
  const observations: Observation[] = [];
  for (const ind of indicators) {
    // Fisher–Yates on the seeded stream: the same ranks in every JavaScript engine.
    const ranks = shuffleInPlace(
      places.map((_, k) => k + 1),
      rnd,
    );
    places.forEach((p, k) => {
      if (rnd() < spec.missingShare) return;
      const value = ind.kind === "rank" ? ranks[k]! : Math.round(Math.exp(rnd() * 6) * 100) / 100;
      observations.push({
        place: p.id,
        indicator: ind.id,
        value,
        sourceId: "synthetic",
        year: "synthetic",
        qualifier: "exact",
        note: "Generated, not a real figure.",
        alternatives: [],
      });
    });
  }
  return {
    // The hash marks synthetic data: "5e7" then the seed in hex, 8 hex digits in all.
    version: { date: "2000-01-01", hash: `5e7${(spec.seed >>> 0).toString(16).padStart(5, "0").slice(-5)}` },
    composite: { id: "synthetic_index", nameEn: "Synthetic index", nameZh: "合成指数" },
    sources: [
      {
        id: "synthetic",
        publisher: "ai-city-index",
        title: `Synthetic dataset (seed ${spec.seed})`,
        date: "2000-01-01",
        url: "https://example.invalid/synthetic",
        covers: "Generated values for testing and benchmarks; no real place.",
      },
    ],
    places,
    pillars,
    indicators,
    observations,
  };
}
