import { describe, expect, it } from "vitest";
import { en, type Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/format";
import { zh } from "@/lib/i18n/zh";
import { score } from "@/lib/scoring/score";
import { tiny } from "@/lib/scoring/test-fixture";
import { problemLines, refusalText } from "./problem-text";

const names: Record<string, string> = { a1: "Talent share", a2: "Demand rank", b1: "Unicorns", Y: "Hangzhou" };
const words = (m: Messages) => ({ m, fill, name: (id: string) => names[id] ?? id, num: (x: number) => String(x) });

describe(problemLines, () => {
  it("puts every engine warning in words, grouped by kind, in English and in Chinese", () => {
    // Goalposts on data without goalposts: one warning per indicator from the engine, one line on the page.
    const r = score(tiny({ a1: [1, 2, 3], a2: [4, 5, 6], b1: [7, 8, 9] }), { normalization: "goalposts" });
    expect(r.warnings).toHaveLength(3);
    expect(problemLines(r.warnings, words(en))).toEqual([
      "No goalposts for Talent share, Demand rank, Unicorns: normalized with the observed minimum and maximum instead.",
    ]);
    expect(problemLines(r.warnings, words(zh))).toEqual([
      "Talent share、Demand rank、Unicorns没有固定阈值，已改用观测到的最小值和最大值归一化。",
    ]);
  });
  it("words the engine's errors by their codes, naming places and nodes", () => {
    let err: unknown;
    try {
      score(tiny({ a1: [-5, 1, 1], a2: [1, 1, 1], b1: [1, 1, 1] }), { normalization: "none", aggregation: "harmonic" });
    } catch (e) {
      err = e;
    }
    const problems = (err as { problems: Parameters<typeof problemLines>[0] }).problems;
    expect(problemLines(problems, words(en))).toEqual([
      "Weighted harmonic mean needs scores of 0 or more, but Talent share scores -5 for X; choose the arithmetic mean or a 0–100 normalization.",
    ]);
  });
  it("shows a problem it has no words for as written, labelled as the original text", () => {
    expect(problemLines([{ node: "x", problem: "something odd" }], words(zh))).toEqual([
      "x: something odd（英文原文）",
    ]);
  });
});

describe(refusalText, () => {
  it("names up to three of the units that make 'none' meaningless", () => {
    const units: Record<string, string> = { a1: "%", a2: "rank", b1: "count", c: "亿元" };
    const text = refusalText(
      { code: "mixed_units", indicators: ["a1", "a2", "b1", "c"] },
      words(en),
      (id) => units[id]!,
    );
    expect(text).toBe(
      "the indicators are in 4 different units (such as %, rank, count), and adding them as they are would be meaningless",
    );
  });
});
