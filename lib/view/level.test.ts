import { describe, expect, it } from "vitest";
import { defaultView } from "@/lib/view/codec";
import { ctx } from "@/lib/view/test-fixture";
import { isValidView } from "@/lib/view/validate";
import { withLevel } from "./level";

describe(withLevel, () => {
  it("keeps districts beside cities under lv=all, and drops them when going back to cities only", () => {
    const all = { ...defaultView(ctx), level: "all" as const, compare: ["beijing", "beijing-haidian", "hangzhou"] };
    const pairView = { ...all, pair: ["beijing", "beijing-haidian"] as [string, string] };
    expect(isValidView(pairView, ctx)).toBe(true);
    const back = withLevel(pairView, "city", ctx);
    expect(back).toMatchObject({ level: "city", compare: ["beijing", "hangzhou"], pair: ["beijing", "hangzhou"] });
    expect(isValidView(back, ctx)).toBe(true);
  });

  it("falls back to the default compare list when fewer than two cities remain", () => {
    const v = { ...defaultView(ctx), level: "all" as const, compare: ["beijing-haidian", "beijing"] };
    expect(withLevel(v, "city", ctx).compare).toEqual(ctx.defaultCompare);
  });
});

describe("withLevel and the trend places", () => {
  it("drops districts from the trend, falling back to the default when none is left", () => {
    const v = { ...defaultView(ctx), level: "all" as const };
    const mixed = { ...v, time: { ...v.time, places: ["beijing-haidian", "chengdu"] } };
    expect(withLevel(mixed, "city", ctx).time.places).toEqual(["chengdu"]);
    const only = { ...v, time: { ...v.time, places: ["beijing-haidian"] } };
    const back = withLevel(only, "city", ctx);
    expect(back.time.places).toEqual(["beijing", "hangzhou"]);
    expect(isValidView(back, ctx)).toBe(true);
  });
});
