import { describe, expect, it } from "vitest";
import { wrapLabel } from "./wrap-label";

describe(wrapLabel, () => {
  it("breaks Chinese between characters to fit the width (12 px characters, 60 px: 5 a line)", () => {
    expect(wrapLabel("人工智能计算力城市排名", 60, 12)).toEqual(["人工智能计", "算力城市排", "名"]);
  });
  it("keeps closing punctuation with the character before it and an opening bracket with the one after", () => {
    // 5 characters a line would end the first line with （ and start the third with ）.
    const lines = wrapLabel("AI顶尖人才（脉脉）", 60, 12);
    expect(lines.join("")).toBe("AI顶尖人才（脉脉）");
    for (const l of lines) {
      expect(l).not.toMatch(/^[）]/);
      expect(l).not.toMatch(/（$/);
    }
  });
  it("breaks Latin text at spaces, never inside a word", () => {
    // 0.6 × 12 = 7.2 px a letter: "Registered" is 72 px.
    expect(wrapLabel("Registered generative-AI services", 120, 12)).toEqual([
      "Registered",
      "generative-AI",
      "services",
    ]);
    expect(wrapLabel("Short label", 200, 12)).toEqual(["Short label"]);
  });
  it("gives one line for text that fits, and a word longer than the width on a line of its own", () => {
    expect(wrapLabel("北京", 100, 12)).toEqual(["北京"]);
    expect(wrapLabel("a Supercalifragilistic b", 50, 12)).toEqual(["a", "Supercalifragilistic", "b"]);
  });
});
