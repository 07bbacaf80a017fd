import { describe, expect, it } from "vitest";
import { viewContextFor } from "@/lib/dashboard/context";
import { reasonSayer } from "@/lib/dashboard/derive";
import { runAsOf } from "@/lib/dashboard/as-of";
import { editionsDataset } from "@/lib/dashboard/time-fixture";
import { servedDataset } from "@/lib/data/served";
import { en } from "@/lib/i18n/en";
import { engineInputFromDataset, fitOptionsToInput } from "@/lib/scoring/from-dataset";
import { score } from "@/lib/scoring/score";
import { parseView } from "@/lib/view/codec";
import { scoringOptionsFromView } from "@/lib/view/to-scoring";
import { changesModel, editionChanges, trendModel } from "./time-model";

const say = reasonSayer(en);
const words = { yes: "yes", no: "no" };

describe("trendModel on the editions fixture", () => {
  const d = editionsDataset();
  const ctx = viewContextFor(d);

  it("draws each year's as-of rank, with a gap before anything is dated", () => {
    const { view } = parseView("tp=b,a", ctx);
    const m = trendModel(d, view, "en", say, words);
    expect(m.years).toEqual([2018, 2019, 2020, 2021]);
    expect(m.changeYears).toEqual([2018, 2019, 2021]);
    const b = m.series.find((s) => s.id === "b")!;
    expect(b.name).toBe("City B");
    // From the hand-checked as-of runs (as-of.test.ts): B 2nd (2018), 3rd (2019, 2020), 1st (2021).
    expect(b.points.map((p) => p.rank)).toEqual([2, 3, 3, 1]);
  });

  it("gives every IDC edition's published rank and its rank among the places in view", () => {
    const { view } = parseView("tp=b", ctx);
    const idc = trendModel(d, view, "en", say, words).indicators.find((i) => i.id === "idc")!;
    expect(idc).toMatchObject({ lowerIsBetter: true, years: [2019, 2021] });
    expect(idc.places[0]!.points.map((p) => [p.year, p.text, p.rank, p.of])).toEqual([
      [2019, "3", 3, 3],
      [2021, "1", 1, 3],
    ]);
    const base = trendModel(d, view, "en", say, words).indicators.find((i) => i.id === "base")!;
    expect(base.places[0]!.points.map((p) => [p.year, p.text, p.rank])).toEqual([[2018, "20", 2]]);
  });

  it("says what changed from 2019 to 2021: B up two places, moved by the IDC edition", () => {
    const { view } = parseView("yr=2021&yr2=2019", ctx);
    const c = changesModel(d, view, "en", say)!;
    expect([c.from, c.to]).toEqual([2019, 2021]);
    expect(c.editions).toEqual([
      { id: "idc", name: "IDC AI city rank", before: "2019-2020 report", after: "2021-2022 report" },
    ]);
    const b = c.places.find((p) => p.id === "b")!;
    // B: 3rd → 1st; its IDC contribution 0 → 50 points (half the weight × n 0 → 100), base unchanged at 25.
    expect(b).toMatchObject({ name: "City B", rankChange: 2, before: { rank: 3 }, after: { rank: 1 } });
    expect(b.drivers.map((x) => [x.node, x.before, x.after])).toEqual([["idc", 0, 50]]);
    expect(c.places[0]!.id).toBe("b");
  });

  it("compares with the last dated year before the as-of year by default", () => {
    const { view } = parseView("", ctx);
    expect(changesModel(d, view, "en", say)).toMatchObject({ from: 2019, to: 2021 });
    expect(changesModel(d, parseView("yr=2018", ctx).view, "en", say)).toBeNull();
  });

  it("lists a series' newer figures as a change", () => {
    expect(editionChanges(d, 2017, 2018, "en")).toEqual([
      { id: "base", name: "Base statistic", before: null, after: "2018" },
    ]);
  });
});

describe("the trend on the bundled data", () => {
  const { dataset } = servedDataset();
  const ctx = viewContextFor(dataset);

  it("equals the engine's ranking run separately for each year, for every place", () => {
    const { view } = parseView("tp=beijing,hangzhou,shanghai,shenzhen&w=talent:8", ctx);
    const m = trendModel(dataset, view, "en", say, words);
    expect(m.years[0]).toBe(ctx.years[0]);
    for (const [k, year] of m.years.entries()) {
      // Independently: the engine on that year's input, with the view's options restricted to it.
      const input = engineInputFromDataset(dataset, "absolute", { asOf: year, level: "city" });
      const alone = Object.keys(input.values).length
        ? score(input, fitOptionsToInput(scoringOptionsFromView(view), input)).places
        : [];
      for (const s of m.series) {
        const p = alone.find((x) => x.id === s.id);
        expect([year, s.id, s.points[k]!.rank, s.points[k]!.score]).toEqual([
          year,
          s.id,
          p?.rank ?? null,
          p?.rank == null ? null : p.score,
        ]);
      }
    }
  });

  it("agrees with runAsOf for the as-of view of the page", () => {
    const { view } = parseView("yr=2021", ctx);
    const run = runAsOf(dataset, view, 2021).result!;
    const m = trendModel(dataset, { ...view, time: { ...view.time, places: ["hangzhou"] } }, "en", say, words);
    const point = m.series[0]!.points.find((p) => p.year === 2021)!;
    expect(point.rank).toBe(run.places.find((p) => p.id === "hangzhou")!.rank);
  });
});
