import { describe, expect, it } from "vitest";
import { fill } from "@/lib/i18n/format";
import { zh } from "@/lib/i18n/zh";
import { reasonText } from "./reasons";

describe(reasonText, () => {
  it("puts the engine's coverage reason in the user's words, keeping the figures", () => {
    expect(reasonText("coverage 40% below threshold 65%", zh.reasons, fill)).toBe(
      fill(zh.reasons.belowThreshold, { coverage: "40%", threshold: "65%" }),
    );
    expect(zh.reasons.belowThreshold).toContain("{coverage}");
  });
  it("maps the fixed reasons and passes unknown ones through", () => {
    expect(reasonText("no observed data on any weighted indicator", zh.reasons, fill)).toBe(zh.reasons.noData);
    expect(reasonText("something new", zh.reasons, fill)).toBe("something new");
  });
  it("words what the data say of a missing figure: not collected, below a published list, no edition yet", () => {
    expect(reasonText("not in our data", zh.reasons, fill)).toBe(zh.reasons.notInData);
    expect(reasonText("not published: below the top 10", zh.reasons, fill)).toBe("未公布：位于前10名之后");
    expect(reasonText("no edition by 2019", zh.reasons, fill)).toBe(fill(zh.reasons.noEdition, { year: "2019" }));
  });
});
