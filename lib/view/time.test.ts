import { describe, expect, it } from "vitest";
import { defaultView } from "@/lib/view/codec";
import { ctx } from "@/lib/view/test-fixture";
import { isValidView } from "@/lib/view/validate";
import { withAsOf } from "./time";

describe(withAsOf, () => {
  const base = defaultView(ctx);
  it("keeps an earlier comparison year and drops one at or after the new as-of year", () => {
    const t = { ...base.time, since: 2019 };
    expect(withAsOf(t, 2021)).toMatchObject({ asOf: 2021, since: 2019 });
    expect(withAsOf(t, 2019)).toMatchObject({ asOf: 2019, since: null });
    expect(withAsOf(t, null)).toMatchObject({ asOf: null, since: 2019 });
    expect(isValidView({ ...base, time: withAsOf(t, 2019) }, ctx)).toBe(true);
  });
});
