import { describe, expect, it } from "vitest";
import { defaultView, parseView, serializeView, type View } from "@/lib/view/codec";
import { makeViewContext } from "@/lib/view/context";
import { ctx, oddCtx } from "@/lib/view/test-fixture";
import { viewProblems } from "@/lib/view/validate";

// ctx: dated editions in 2018, 2019, 2021 and 2024, so a view can be as of 2018…2024.
const notices = (q: string, c = ctx) => parseView(q, c).notices.map((n) => `${n.param}:${n.code}`);
const viewOf = (q: string, c = ctx): View => {
  const { view, notices: ns } = parseView(q, c);
  expect(viewProblems(view, c)).toEqual([]);
  expect(ns).toEqual([]);
  return view;
};
const withTime = (patch: Partial<View["time"]>, rest: Partial<View> = {}): View => {
  const def = defaultView(ctx);
  return { ...def, ...rest, time: { ...def.time, ...patch } };
};

describe("yr: as of a year", () => {
  it("defaults to each indicator's latest edition and writes nothing", () => {
    expect(defaultView(ctx).time).toEqual({ asOf: null, since: null, places: ["beijing", "hangzhou"] });
    expect(serializeView(withTime({}), ctx)).toBe("");
  });

  it("reads any whole year from the first dated edition to the last, also years without an edition of their own", () => {
    expect(viewOf("yr=2018").time.asOf).toBe(2018);
    expect(viewOf("yr=2020").time.asOf).toBe(2020);
    expect(viewOf("yr=2024").time.asOf).toBe(2024);
    expect(serializeView(withTime({ asOf: 2020 }), ctx)).toBe("v=2&yr=2020");
  });

  it("keeps the latest editions, with a notice, for years outside the data or values that are not years", () => {
    for (const q of ["yr=2017", "yr=2025", "yr=0", "yr=-2019"]) {
      expect(parseView(q, ctx).view.time.asOf, q).toBeNull();
      expect(notices(q), q).toEqual(["yr:out_of_range"]);
    }
    expect(notices("yr=2019.5")).toEqual(["yr:bad_format"]);
    expect(notices("yr=twenty")).toEqual(["yr:not_a_number"]);
    expect(notices("yr=1e3")).toEqual(["yr:not_a_number"]);
    expect(notices("yr=%E0")).toEqual(["yr:bad_format"]);
    expect(notices("yr=2019&yr=2021")).toEqual(["yr:duplicate_param"]);
    expect(parseView("yr=2019&yr=2021", ctx).view.time.asOf).toBe(2019);
  });

  it("says so when the data have no dated editions at all", () => {
    const undated = makeViewContext({
      nodes: [{ id: "r", parent: null, weight: 1 }],
      placeIds: ["a"],
      dataVersion: null,
    });
    const { view, notices: ns } = parseView("yr=2021&yr2=2019", undated);
    expect(view.time).toMatchObject({ asOf: null, since: null });
    expect(ns.map((n) => `${n.param}:${n.code}:${n.detail}`)).toEqual([
      "yr:out_of_range:these data have no dated editions",
      "yr2:out_of_range:these data have no dated editions",
    ]);
  });
});

describe("yr2: what changed since a year", () => {
  it("reads a year before the as-of year (or before the last year when the view is at the latest)", () => {
    expect(viewOf("yr2=2019").time.since).toBe(2019);
    expect(viewOf("yr2=2023").time.since).toBe(2023);
    expect(viewOf("yr=2021&yr2=2018").time).toMatchObject({ asOf: 2021, since: 2018 });
    expect(serializeView(withTime({ asOf: 2021, since: 2019 }), ctx)).toBe("v=2&yr=2021&yr2=2019");
  });

  it("refuses the as-of year itself, later years and years before the data, keeping the default", () => {
    for (const q of ["yr2=2024", "yr=2021&yr2=2021", "yr=2021&yr2=2022", "yr2=2010", "yr=2018&yr2=2018"]) {
      expect(parseView(q, ctx).view.time.since, q).toBeNull();
      expect(notices(q), q).toEqual(["yr2:out_of_range"]);
    }
  });

  it("checks yr2 against the as-of year the link actually gets: a bad yr falls back to the latest", () => {
    const { view, notices: ns } = parseView("yr=2030&yr2=2023", ctx);
    expect(view.time).toMatchObject({ asOf: null, since: 2023 });
    expect(ns.map((n) => n.param)).toEqual(["yr"]);
  });
});

describe("tp: whose trend", () => {
  it("defaults to the head-to-head pair and takes 1–4 known places in order", () => {
    expect(viewOf("tp=shenzhen").time.places).toEqual(["shenzhen"]);
    expect(viewOf("tp=chengdu,beijing,hangzhou,shanghai").time.places).toEqual([
      "chengdu",
      "beijing",
      "hangzhou",
      "shanghai",
    ]);
    expect(serializeView(withTime({ places: ["hangzhou"] }), ctx)).toBe("v=2&tp=hangzhou");
    expect(serializeView(withTime({ places: ["beijing", "hangzhou"] }), ctx)).toBe("");
  });

  it("drops unknown and repeated places with a notice, and keeps the default when none is left", () => {
    expect(parseView("tp=beijing,atlantis", ctx).view.time.places).toEqual(["beijing"]);
    expect(notices("tp=beijing,atlantis")).toEqual(["tp:unknown_id"]);
    expect(parseView("tp=atlantis", ctx).view.time.places).toEqual(["beijing", "hangzhou"]);
    // No known place left: one notice replaces the per-item ones (parsePlaces, as for p= and h=).
    expect(notices("tp=atlantis")).toEqual(["tp:too_few_places"]);
    expect(parseView("tp=beijing,hangzhou,shanghai,shenzhen,chengdu", ctx).view.time.places).toHaveLength(4);
  });

  it("falls back to the first place when the data have no head-to-head pair", () => {
    const one = makeViewContext({ nodes: [{ id: "r", parent: null, weight: 1 }], placeIds: ["a"], dataVersion: null });
    expect(defaultView(one).time.places).toEqual(["a"]);
  });
});

describe("mm: what sizes and colours the map", () => {
  it("defaults to the composite and takes any pillar or indicator", () => {
    expect(defaultView(ctx).mapMeasure).toBeNull();
    expect(viewOf("mm=talent").mapMeasure).toBe("talent");
    expect(viewOf("mm=vc").mapMeasure).toBe("vc");
    expect(viewOf("mm=pflops").mapMeasure).toBe("pflops");
    expect(serializeView({ ...defaultView(ctx), mapMeasure: "vc_amount" }, ctx)).toBe("v=2&mm=vc_amount");
  });

  it("refuses unknown ids and the composite itself, keeping the default", () => {
    expect(notices("mm=atlantis")).toEqual(["mm:unknown_id"]);
    expect(parseView("mm=ai_city_index", ctx).notices[0]).toMatchObject({
      code: "unknown_id",
      detail: "the composite is the default",
    });
    expect(parseView("mm=ai_city_index", ctx).view.mapMeasure).toBeNull();
  });

  it("round-trips ids that need escaping", () => {
    const v = { ...defaultView(oddCtx), mapMeasure: "50% share" };
    const q = serializeView(v, oddCtx);
    expect(q).toBe("v=2&mm=50%25%20share");
    expect(parseView(q, oddCtx).view).toEqual(v);
  });
});

describe("the time and map params together", () => {
  it("write after the other params and before the data version", () => {
    const v = withTime(
      { asOf: 2021, since: 2019, places: ["shanghai"] },
      { tab: "trends", mapMeasure: "talent", dataVersion: "2026-11-28.abcd1234" },
    );
    const q = serializeView(v, ctx);
    expect(q).toBe("v=2&tab=trends&yr=2021&yr2=2019&tp=shanghai&mm=talent&d=2026-11-28.abcd1234");
    expect(parseView(q, ctx)).toEqual({ view: v, notices: [] });
  });

  it("know the trends and map tabs", () => {
    expect(viewOf("tab=trends").tab).toBe("trends");
    expect(viewOf("tab=map").tab).toBe("map");
  });
});

describe("tp and the level", () => {
  it("names a district in the trend only beside cities (lv=all)", () => {
    expect(viewOf("lv=all&tp=beijing-haidian").time.places).toEqual(["beijing-haidian"]);
    const { view, notices: ns } = parseView("tp=beijing-haidian,chengdu", ctx);
    expect(view.time.places).toEqual(["chengdu"]);
    expect(ns.map((n) => `${n.param}:${n.code}`)).toEqual(["tp:unknown_id"]);
  });
});
