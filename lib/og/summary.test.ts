import { describe, expect, it } from "vitest";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { en } from "@/lib/i18n/en";
import { zh } from "@/lib/i18n/zh";
import { previewSummary } from "./summary";

const row = (id: string, rank: number | null, score: number | null): PlaceRow => ({
  id,
  name: id,
  level: "city",
  rank,
  score,
  coverage: 1,
  status: rank === null ? "excluded" : "ranked",
  reason: null,
  pillars: {},
  contributions: {},
  raw: {},
  norm: {},
  imputedShare: 0,
});

const base = {
  appTitle: "AI City Index",
  indexName: "AI city competitiveness",
  pillars: [
    { name: "Talent", share: 0.5 },
    { name: "Capital", share: 0.5 },
  ],
  indicatorCount: 17,
  dataVersion: "2026-11-28.4904a6a1",
  years: "2019–2025",
  userData: false,
};

describe(previewSummary, () => {
  it("names the leader and the next two, the weights, the data version and the years", () => {
    const s = previewSummary({
      ...base,
      m: en,
      rows: [row("A", 1, 90), row("B", 2, 80), row("C", 3, 70), row("X", null, null)],
    });
    expect(s.title).toBe("A leads, ahead of B and C — AI City Index");
    // Three places are ranked (X is not).
    expect(s.description).toBe(
      "AI city competitiveness: 3 places ranked on 17 sourced indicators. Weights: Talent 50% · Capital 50%. Dataset revision 2026-11-28.4904a6a1. Figures dated 2019–2025.",
    );
    expect(s.top.map((t) => t.name)).toEqual(["A", "B", "C"]);
  });
  it("says a shared lead as such, and in Chinese", () => {
    expect(previewSummary({ ...base, m: en, rows: [row("A", 1, 90), row("B", 1, 90)] }).title).toBe(
      "A and B share the lead — AI City Index",
    );
    expect(previewSummary({ ...base, m: zh, rows: [row("北京", 1, 90), row("上海", 2, 80)] }).title).toMatch(
      /^北京领先，上海次之/,
    );
  });
  it("says when nothing is ranked, and when the view holds the sender's own figures", () => {
    const s = previewSummary({ ...base, m: en, rows: [row("X", null, null)], userData: true });
    expect(s.title).toBe("No place is ranked in this view — AI City Index");
    expect(s.description).toContain("figures of the sender's own");
  });
});
