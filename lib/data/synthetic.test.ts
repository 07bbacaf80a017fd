import { describe, expect, it } from "vitest";
import { syntheticDataset } from "./synthetic";
import { validateDataset } from "./validate";

describe(syntheticDataset, () => {
  const spec = { places: 300, indicators: 30, pillars: 5, seed: 7, missingShare: 0.1 };

  it("is a valid dataset of the requested size", () => {
    const d = syntheticDataset(spec);
    expect(d.places).toHaveLength(300);
    expect(d.indicators).toHaveLength(30);
    expect(d.pillars).toHaveLength(5);
    const r = validateDataset(d);
    expect(r.ok ? [] : r.errors.slice(0, 3)).toEqual([]);
  });

  it("is the same for the same seed and differs for another", () => {
    expect(syntheticDataset(spec)).toEqual(syntheticDataset(spec));
    expect(syntheticDataset({ ...spec, seed: 8 }).observations).not.toEqual(syntheticDataset(spec).observations);
  });

  it("leaves about the requested share of cells missing", () => {
    const d = syntheticDataset(spec);
    const share = 1 - d.observations.length / (300 * 30);
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
  });

  it("labels itself synthetic", () => {
    const d = syntheticDataset(spec);
    expect(d.places.every((p) => p.nameEn.startsWith("Synthetic"))).toBe(true);
    expect(d.sources[0]?.title).toMatch(/Synthetic/);
  });
});

describe("syntheticDataset's rank indicators", () => {
  it("hold each position 1..n exactly once, whatever the engine's sort does", () => {
    const sort = Array.prototype.sort;
    // A sort that reverses: the generator must not depend on it (it shuffles with Fisher–Yates).
    const generated = (() => {
      Array.prototype.sort = function (this: unknown[]) {
        return this.reverse();
      } as typeof sort;
      try {
        return syntheticDataset({ places: 40, indicators: 8, pillars: 2, seed: 3, missingShare: 0 });
      } finally {
        Array.prototype.sort = sort;
      }
    })();
    expect(generated).toEqual(syntheticDataset({ places: 40, indicators: 8, pillars: 2, seed: 3, missingShare: 0 }));
    for (const ind of generated.indicators.filter((i) => i.kind === "rank")) {
      const values = generated.observations.filter((o) => o.indicator === ind.id).map((o) => o.value);
      expect(new Set(values)).toEqual(new Set(Array.from({ length: 40 }, (_, k) => k + 1)));
    }
  });
});
