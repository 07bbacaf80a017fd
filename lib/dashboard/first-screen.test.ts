import { describe, expect, it } from "vitest";
import { viewContextFor } from "@/lib/dashboard/context";
import { screenModel } from "@/lib/dashboard/derive";
import { dashboardFrame } from "@/lib/dashboard/frame";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { getDataset } from "@/lib/data/load";
import { syntheticDataset } from "@/lib/data/synthetic";
import { en } from "@/lib/i18n/en";
import { parseView } from "@/lib/view/codec";
import { FIRST_SCREEN_ROWS, firstScreen, tableOrder } from "./first-screen";

const bundled = getDataset();
const synthetic = syntheticDataset();
const viewOf = (q: string, d = bundled) => parseView(q, viewContextFor(d)).view;
const first = (q: string, d = bundled) => {
  const view = viewOf(q, d);
  return firstScreen(screenModel(d, view, "en", en), view, "k", "en");
};

describe(firstScreen, () => {
  it("ranking: every place in the browser's order and scores, without reported figures", () => {
    const full = screenModel(bundled, viewOf("w=capital:10"), "en", en);
    const f = first("w=capital:10");
    expect(f.cut).toBeNull();
    expect(f.model.rows.map((r) => [r.id, r.rank, r.score])).toEqual(full.rows.map((r) => [r.id, r.rank, r.score]));
    for (const r of f.model.rows) {
      expect(r.raw).toEqual({});
      expect(r.norm).toEqual({});
      // Pillar contributions only: what the stacked bars draw (an unranked place has none).
      if (r.status === "ranked")
        expect(Object.keys(r.contributions).sort()).toEqual(bundled.pillars.map((p) => p.id).sort());
    }
    expect(f.model.placeOptions).toEqual([]);
    expect(f.model.methodology.sources).toEqual([]);
  });

  it("ranking of more than FIRST_SCREEN_ROWS places: the first ones, and says how many of how many", () => {
    const f = first("", synthetic);
    const full = screenModel(synthetic, viewOf("", synthetic), "en", en);
    const ranked = full.rows.filter((r) => r.status === "ranked");
    expect(ranked.length).toBeGreaterThan(FIRST_SCREEN_ROWS);
    expect(f.model.rows.slice(0, FIRST_SCREEN_ROWS).map((r) => r.id)).toEqual(
      ranked.slice(0, FIRST_SCREEN_ROWS).map((r) => r.id),
    );
    expect(f.cut).toEqual({ shown: f.model.rows.length, total: 300 });
  });

  it("compare: the chosen places in full, and every place for the picker", () => {
    const f = first("tab=compare&p=shanghai,hangzhou");
    expect(f.model.rows.map((r) => r.id).sort()).toEqual(["hangzhou", "shanghai"]);
    expect(Object.keys(f.model.rows[0]!.raw)).toHaveLength(bundled.indicators.length);
    expect(f.model.placeOptions).toHaveLength(bundled.places.length);
  });

  it("head to head: the pair in full, the others by name only", () => {
    const f = first("tab=h2h&h=shanghai,shenzhen");
    // Cities only: districts join them with lv=all.
    expect(f.model.rows).toHaveLength(bundled.places.filter((p) => p.level === "city").length);
    for (const r of f.model.rows) {
      const inPair = r.id === "shanghai" || r.id === "shenzhen";
      expect(Object.keys(r.raw).length > 0).toBe(inPair);
    }
  });

  it("methodology: the sources without their research cells, and no rows", () => {
    const f = first("tab=method");
    expect(f.model.rows).toEqual([]);
    expect(f.model.methodology.sources).toHaveLength(bundled.sources.length);
    expect(f.model.methodology.sources.every((s) => !("researchText" in s))).toBe(true);
  });

  it("table of more than FIRST_SCREEN_ROWS places: the first rows of the table's own sort", () => {
    const f = first("tab=table&sort=-name", synthetic);
    expect(f.model.rows).toHaveLength(FIRST_SCREEN_ROWS);
    // Names "Synthetic 1" … "Synthetic 300" descending, numbers compared as numbers: 300, 299, …
    expect(f.model.rows.slice(0, 3).map((r) => r.name)).toEqual(["Synthetic 300", "Synthetic 299", "Synthetic 298"]);
  });
});

describe(tableOrder, () => {
  const row = (id: string, score: number | null, name = id): PlaceRow => ({
    id,
    name,
    level: "city",
    rank: null,
    score,
    coverage: 1,
    status: "ranked",
    reason: null,
    pillars: {},
    contributions: {},
    raw: {},
    norm: {},
    imputedShare: 0,
  });
  const rows = [row("a", 50), row("b", null), row("c", 70), row("d", 50)];

  it("sorts by the column, missing values last in either direction, ties in the given order", () => {
    expect(tableOrder(rows, { column: "score", desc: true }, "en").map((r) => r.id)).toEqual(["c", "a", "d", "b"]);
    expect(tableOrder(rows, { column: "score", desc: false }, "en").map((r) => r.id)).toEqual(["a", "d", "c", "b"]);
    expect(tableOrder(rows, null, "en")).toBe(rows);
  });
});

describe(dashboardFrame, () => {
  it("computes a view once: the same link (and the same view written differently) gets the cached frame", () => {
    const a = dashboardFrame(bundled, "rev1", viewOf("w=capital:10&tab=table"), "en");
    const b = dashboardFrame(bundled, "rev1", viewOf("v=2&tab=table&w=capital:10.0"), "en");
    expect(b).toBe(a);
    expect(dashboardFrame(bundled, "rev1", viewOf("w=capital:10&tab=table"), "zh")).not.toBe(a);
    expect(dashboardFrame(bundled, "rev2", viewOf("w=capital:10&tab=table"), "en")).not.toBe(a);
    expect(a.first.key).toBe(`rev1|en|v=2&w=capital:10&tab=table`);
    // A link the v1 app made (d=, no v=) is keyed by what it means: v1's minimum coverage of 0 % stated.
    const v1 = dashboardFrame(bundled, "rev1", viewOf("w=capital:10&tab=table&d=2020-01-01.00000000"), "en");
    expect(v1.first.key).toBe(`rev1|en|v=2&w=capital:10&cov=0&tab=table`);
    expect(a.context).toEqual(
      expect.objectContaining({
        placeIds: bundled.places.map((p) => p.id),
        dataVersion: viewContextFor(bundled).dataVersion,
      }),
    );
  });
});
