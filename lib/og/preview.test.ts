import { describe, expect, it } from "vitest";
import { editionsDataset } from "@/lib/dashboard/time-fixture";
import { chartSvg } from "@/lib/export/files";
import { viewPreview } from "./preview";

// The editions fixture: `idc` has editions 2019 and 2021, `base` is dated 2018 (lib/dashboard/time-fixture.ts).
const preview = (q: string) => viewPreview(editionsDataset(), q, "en", (s) => `https://example.org/?${s}`);

describe("a link preview and an embedded chart of a view as of a year", () => {
  it("say the year and how many indicators are in use, so an old ranking is not passed off as today's", () => {
    // As of 2018 only `base` has a figure (idc's first edition is 2019): 1 of the 2 indicators is in use.
    const p = preview("yr=2018");
    expect(p.report.time?.asOf).toBe(2018);
    expect(p.summary.description).toContain(
      "Data as of 2018: each indicator on its latest edition by then; 1 of 2 indicators in use.",
    );
    const svg = String(chartSvg(p.report, "ranking", { series: [], stacked: false, compare: [], pair: null }).data);
    expect(svg).toContain("Data as of 2018");
  });

  it("say nothing of a year when the view reads each indicator's latest edition", () => {
    const p = preview("");
    expect(p.report.time?.asOf).toBeNull();
    expect(p.summary.description).not.toContain("Data as of");
  });
});
