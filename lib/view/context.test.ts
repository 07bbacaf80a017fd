import { describe, expect, it } from "vitest";
import { makeViewContext } from "@/lib/view/context";
import { ctx } from "@/lib/view/test-fixture";

describe("makeViewContext", () => {
  it("splits the framework into weighted nodes, leaves and non-leaves", () => {
    expect(Object.keys(ctx.defaultWeights)).not.toContain("ai_city_index");
    expect(ctx.defaultWeights.talent).toBe(5);
    expect(ctx.indicatorIds).toEqual([
      "ai_top_talent_share",
      "ai_talent_demand_rank",
      "gov_funds",
      "vc_deals",
      "vc_amount",
      "pflops",
    ]);
    expect(ctx.nonLeafIds).toEqual(["ai_city_index", "talent", "capital", "compute", "vc"]);
    expect(ctx.defaultPair).toEqual(["beijing", "hangzhou"]);
    expect(ctx.defaultCompare).toEqual(["beijing", "hangzhou", "shanghai", "shenzhen"]);
  });

  it("falls back to the first places when the defaults name unknown or repeated ids", () => {
    const c = makeViewContext({
      nodes: [{ id: "r", parent: null, weight: 1 }],
      placeIds: ["a", "b", "c", "a"],
      dataVersion: null,
      defaultPair: ["a", "a"],
      defaultCompare: ["a", "zz"],
    });
    expect(c.placeIds).toEqual(["a", "b", "c"]);
    expect(c.defaultPair).toEqual(["a", "b"]);
    expect(c.defaultCompare).toEqual(["a", "b", "c"]);
    expect(makeViewContext({ nodes: [], placeIds: ["a"], dataVersion: null }).defaultPair).toBeNull();
    expect(
      makeViewContext({ nodes: [], placeIds: ["a", "b"], dataVersion: null, defaultPair: null }).defaultPair,
    ).toBeNull();
  });

  it("keeps the first of repeated node ids and turns unusable default weights into 0", () => {
    const c = makeViewContext({
      nodes: [
        { id: "r", parent: null, weight: 1 },
        { id: "x", parent: "r", weight: Number.NaN },
        { id: "y", parent: "r", weight: -2 },
        { id: "x", parent: "r", weight: 4 },
      ],
      placeIds: [],
      dataVersion: null,
    });
    expect(c.defaultWeights).toEqual({ x: 0, y: 0 });
    expect(c.indicatorIds).toEqual(["x", "y"]);
  });
});
