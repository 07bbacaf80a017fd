/** One broken fixture per rule of validate-kinds.ts: value kinds, editions, lists and the scored/context split. */
import { describe, expect, it } from "vitest";
import { baseDataset, broken } from "./test-fixture";
import type { Dataset } from "./types";
import { validateDataset } from "./validate";

function messages(raw: unknown): string[] {
  const r = validateDataset(raw);
  return r.ok ? [] : r.errors.map((e) => `${e.record} › ${e.field}: ${e.message}`);
}

/** The rank indicator with editions 2019 and 2021 (a complete top 10), Hangzhou 4th in 2021. */
function editioned(change: (d: Dataset) => void = () => {}): unknown {
  return broken((d) => {
    d.indicators[1]!.editions = [
      { year: 2019, label: "2019" },
      { year: 2021, label: "2021", list: { length: 10, complete: true, level: "city" } },
    ];
    d.observations[1]!.edition = 2021;
    change(d);
  });
}

describe("validateDataset: value kinds, editions and lists", () => {
  it("accepts editions, a range with its midpoint, and a granted designation", () => {
    expect(messages(editioned())).toEqual([]);
    expect(
      messages(editioned((d) => Object.assign(d.observations[1]!, { qualifier: "range", value: 8, lo: 6, hi: 10 }))),
    ).toEqual([]);
  });

  it("never stores 'beyond a list' (it is derived from the list)", () => {
    const raw = broken((d) => (d.observations[1]!.qualifier = "beyond_list" as never));
    expect(messages(raw).join()).toMatch(/"beyond_list" is derived, never stored/);
  });

  it("a range without both ends, with ends reversed, or whose value is not its midpoint", () => {
    const range = (o: object) => editioned((d) => Object.assign(d.observations[1]!, { qualifier: "range", ...o }));
    expect(messages(range({ value: 8, lo: 6 })).join()).toMatch(/needs both ends/);
    expect(messages(range({ value: 8, lo: 10, hi: 6 })).join()).toMatch(/lo < hi/);
    expect(messages(range({ value: 7, lo: 6, hi: 10 })).join()).toMatch(/midpoint/);
    expect(messages(editioned((d) => Object.assign(d.observations[1]!, { lo: 1 }))).join()).toMatch(
      /only a range carries lo and hi/,
    );
  });

  it("a figure of no edition of its indicator, or a position beyond its edition's list", () => {
    expect(messages(editioned((d) => (d.observations[1]!.edition = 2020))).join()).toMatch(/edition 2020 is not one/);
    expect(messages(editioned((d) => (d.observations[1]!.value = 11))).join()).toMatch(
      /position 11 is beyond the edition's list of 10/,
    );
  });

  it("two figures of one place and indicator are fine in two editions, not in one", () => {
    const twice = (year: number) =>
      editioned((d) => d.observations.push({ ...d.observations[1]!, edition: year, value: 5 }));
    expect(messages(twice(2019))).toEqual([]);
    expect(messages(twice(2021)).join()).toMatch(/duplicated place × indicator × edition/);
  });

  it("editions out of year order", () => {
    const raw = editioned((d) => d.indicators[1]!.editions!.reverse());
    expect(messages(raw).join()).toMatch(/increasing year order/);
  });

  it("a complete list of values that does not say what absence means", () => {
    const raw = broken((d) => {
      d.indicators[2]!.editions = [{ year: 2024, label: "2024", list: { length: 5, complete: true, level: "city" } }];
      for (const o of d.observations) if (o.indicator === "ai_financing_amount") o.edition = 2024;
    });
    expect(messages(raw).join()).toMatch(/say what the list means for an absent place/);
  });

  it("a yes/no designation that is neither 0 nor 1, or a year granted on a 'no'", () => {
    const flag = (o: object) =>
      broken((d) => {
        Object.assign(d.indicators[2]!, { kind: "flag", perCapita: false });
        d.observations = d.observations.filter((x) => x.place !== "beijing-haidian");
        Object.assign(d.observations[2]!, { qualifier: "exact", alternatives: [], ...o });
      });
    expect(messages(flag({ value: 2 })).join()).toMatch(/0 or 1, got 2/);
    expect(messages(flag({ value: 0, granted: 2019 })).join()).toMatch(/only a designation that was granted/);
    expect(messages(flag({ value: 1, granted: 2019 }))).toEqual([]);
  });

  it("a context indicator without its reason", () => {
    const raw = broken((d) => (d.indicators[0]!.role = "context"));
    expect(messages(raw).join()).toMatch(/needs its reason/);
  });

  it("accepts the base fixture untouched (no editions: each place's own series)", () => {
    expect(messages(baseDataset())).toEqual([]);
  });
});
