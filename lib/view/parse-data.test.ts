import { describe, expect, it } from "vitest";
import { makeViewContext } from "@/lib/view/context";
import { parseView, serializeView } from "@/lib/view/codec";
import { ctx } from "@/lib/view/test-fixture";
import { isValidView } from "@/lib/view/validate";

const withAlt = makeViewContext({
  nodes: [
    { id: "root", parent: null, weight: 1 },
    { id: "p", parent: "root", weight: 1 },
    { id: "unicorns", parent: "p", weight: 1 },
  ],
  placeIds: ["beijing", "hangzhou"],
  dataVersion: null,
  alternativeSources: { unicorns: ["hurun-2024"] },
});

describe("ed= (the user's own figures)", () => {
  it("reads an added place, a hypothetical and figure changes; added places may then be compared and paired", () => {
    const { view, notices } = parseView(
      "ed=add:xian:Xi'an,add:hz20:Hangzhou%20%2B20%25:hangzhou,set:xian:pflops:3.5,set:hz20:vc_deals:x1.2,set:beijing:pflops:na&p=xian,beijing&h=hz20,hangzhou",
      ctx,
    );
    expect(notices).toEqual([]);
    expect(view.edits).toEqual([
      { kind: "add", id: "xian", name: "Xi'an", base: null },
      { kind: "add", id: "hz20", name: "Hangzhou +20%", base: "hangzhou" },
      { kind: "set", place: "xian", indicator: "pflops", value: 3.5 },
      { kind: "scale", place: "hz20", indicator: "vc_deals", factor: 1.2 },
      { kind: "drop", place: "beijing", indicator: "pflops" },
    ]);
    expect(view.compare).toEqual(["xian", "beijing"]);
    expect(view.pair).toEqual(["hz20", "hangzhou"]);
    expect(isValidView(view, ctx)).toBe(true);
  });

  it.each([
    ["add:Beijing:x", "bad_format", "Beijing"], // ids are lowercase
    ["add:beijing:Another Beijing", "bad_format", "beijing"], // exists already
    ["add:xian:", "bad_format", "add:xian:"], // no name
    ["add:xian:Xi'an:atlantis", "unknown_id", "atlantis"], // no such base
    ["set:atlantis:pflops:1", "unknown_id", "atlantis"],
    ["set:beijing:gdp:1", "unknown_id", "gdp"],
    ["set:beijing:pflops:lots", "not_a_number", "set:beijing:pflops:lots"],
    ["set:beijing:pflops:x0", "not_a_number", "set:beijing:pflops:x0"], // a factor must be > 0
    ["set:beijing:pflops:1e3", "not_a_number", "set:beijing:pflops:1e3"], // plain decimals only, as everywhere
    ["remove:beijing", "bad_format", "remove:beijing"],
  ])("drops %s with a notice (%s) and keeps the rest", (item, code, value) => {
    const { view, notices } = parseView(`ed=${item},set:beijing:vc_deals:2`, ctx);
    expect(notices).toEqual([expect.objectContaining({ param: "ed", code, value })]);
    expect(view.edits).toEqual([{ kind: "set", place: "beijing", indicator: "vc_deals", value: 2 }]);
  });

  it("keeps the first change of a figure changed twice", () => {
    const { view, notices } = parseView("ed=set:beijing:pflops:1,set:beijing:pflops:2", ctx);
    expect(view.edits).toEqual([{ kind: "set", place: "beijing", indicator: "pflops", value: 1 }]);
    expect(notices[0]!.code).toBe("bad_format");
  });

  it("round-trips names with commas, colons, tildes and Chinese, also through decoded params as the page reads them", () => {
    const { view } = parseView("ed=add:sz:x", ctx);
    const named = {
      ...view,
      edits: [{ kind: "add" as const, id: "sz", name: "Shenzhen, GD: 深圳 ~ 100%", base: null }],
    };
    const q = serializeView(named, ctx);
    expect(q).toContain("ed=add:sz:");
    expect(parseView(q, ctx).view.edits).toEqual(named.edits);
    expect(parseView(new URLSearchParams(q), ctx).view.edits).toEqual(named.edits);
    expect(parseView(Object.fromEntries(new URLSearchParams(q)), ctx).view.edits).toEqual(named.edits);
  });
});

describe("alt= (an alternative source)", () => {
  it("switches an indicator to a source the data hold for it", () => {
    const { view, notices } = parseView("alt=unicorns:hurun-2024", withAlt);
    expect(notices).toEqual([]);
    expect(view.alternatives).toEqual({ unicorns: "hurun-2024" });
    expect(serializeView(view, withAlt)).toBe("v=2&alt=unicorns:hurun-2024");
  });
  it("refuses a source the data do not hold for that indicator, and an unknown indicator", () => {
    const { view, notices } = parseView("alt=unicorns:someone,nothing:hurun-2024", withAlt);
    expect(view.alternatives).toEqual({});
    expect(notices.map((n) => [n.code, n.value])).toEqual([
      ["unknown_id", "unicorns:someone"],
      ["unknown_id", "nothing"],
    ]);
  });
});

describe("ds= (an imported dataset)", () => {
  it("keeps an imported dataset's id and writes it back; anything else is a notice", () => {
    expect(parseView("ds=k3j2x9q0aa", ctx).view.dataset).toBe("k3j2x9q0aa");
    expect(serializeView(parseView("ds=k3j2x9q0aa&w=talent:2", ctx).view, ctx)).toBe("v=2&w=talent:2&ds=k3j2x9q0aa");
    const bad = parseView("ds=../../etc", ctx);
    expect(bad.view.dataset).toBeNull();
    expect(bad.notices[0]).toMatchObject({ param: "ds", code: "bad_format" });
  });
});
