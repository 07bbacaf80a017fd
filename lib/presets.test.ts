import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { viewContextFor } from "@/lib/dashboard/context";
import { activePreset, PRESETS, presetRatings } from "./presets";

const ctx = viewContextFor(getDataset());

describe("presets", () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))("%s names only weighted nodes of the bundled framework", (_, p) => {
    for (const id of Object.keys(p.ratings)) expect(Object.hasOwn(ctx.defaultWeights, id), id).toBe(true);
    for (const r of Object.values(p.ratings)) expect(r >= 0 && r <= 10).toBe(true);
  });

  it("rates every pillar, and is recognised once applied", () => {
    const pillars = ctx.nonLeafIds.filter((id) => Object.hasOwn(ctx.defaultWeights, id));
    for (const p of PRESETS) {
      for (const id of pillars) expect(Object.hasOwn(p.ratings, id), `${p.id} rates ${id}`).toBe(true);
      expect(activePreset(presetRatings(p, ctx.defaultWeights), ctx.defaultWeights)).toBe(p.id);
    }
  });
});
