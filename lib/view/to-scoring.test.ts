import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING_OPTIONS } from "@/lib/scoring/options";
import { defaultView, parseView } from "@/lib/view/codec";
import { ctx } from "@/lib/view/test-fixture";
import { scoringOptionsFromView } from "@/lib/view/to-scoring";

describe("scoringOptionsFromView", () => {
  it("gives the engine's defaults (plus the default ratings and the view's 60 % minimum coverage) for the default view", () => {
    expect(scoringOptionsFromView(defaultView(ctx))).toEqual({
      ...DEFAULT_SCORING_OPTIONS,
      weightOverrides: ctx.defaultWeights,
      coverageThreshold: 0.6,
    });
    // A v1 link's defaults are exactly the engine's.
    expect(scoringOptionsFromView(defaultView(ctx, 1))).toEqual({
      ...DEFAULT_SCORING_OPTIONS,
      weightOverrides: ctx.defaultWeights,
    });
  });

  it("turns the coverage percent into a share and ratings into weight overrides", () => {
    const { view } = parseView(
      "w=talent:8&cov=65&n=rank&no=pflops:zscore&a=geometric&ao=vc:harmonic&tf=vc_amount:ln&m=median&rd=2&s=per_gdp",
      ctx,
    );
    const o = scoringOptionsFromView(view);
    expect(o).toEqual({
      normalization: "rank",
      normalizationOverrides: { pflops: "zscore" },
      aggregation: "geometric",
      aggregationOverrides: { vc: "harmonic" },
      transformOverrides: { vc_amount: "ln" },
      weightOverrides: { ...ctx.defaultWeights, talent: 8 },
      missing: "median",
      coverageThreshold: 0.65,
      rankDecimals: 2,
      scale: "per_gdp",
    });
    o.weightOverrides.talent = 1;
    expect(view.weights.talent).toBe(8);
  });
});
