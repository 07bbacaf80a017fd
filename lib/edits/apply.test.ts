import { describe, expect, it } from "vitest";
import { baseDataset } from "@/lib/data/test-fixture";
import { en } from "@/lib/i18n/en";
import { applyEdits, USER_SOURCE_ID } from "./apply";

const d = baseDataset();
const obs = (ds: typeof d, place: string, ind: string) =>
  ds.observations.find((o) => o.place === place && o.indicator === ind);

describe(applyEdits, () => {
  it("returns the published data untouched when there is nothing to apply", () => {
    expect(applyEdits(d, [], {}, en, "en").dataset).toBe(d);
  });

  it("adds a place of the user's own, marked, with the figures they set", () => {
    const ind = d.indicators[0]!.id;
    const r = applyEdits(
      d,
      [
        { kind: "add", id: "xian", name: "Xi'an", base: null },
        { kind: "set", place: "xian", indicator: ind, value: 12.5 },
      ],
      {},
      en,
      "en",
    );
    const xian = r.dataset.places.find((p) => p.id === "xian")!;
    expect(xian).toMatchObject({ nameEn: "Xi'an ✎", userMade: true, level: "city" });
    expect(obs(r.dataset, "xian", ind)).toMatchObject({
      value: 12.5,
      sourceId: USER_SOURCE_ID,
      userChange: "Your figure (published: no published figure)",
    });
    expect(r.dataset.sources.some((s) => s.id === USER_SOURCE_ID)).toBe(true);
    // The published data are not modified.
    expect(d.places.some((p) => p.id === "xian")).toBe(false);
  });

  it("makes a hypothetical from a place: its figures copied, one scaled, the original kept", () => {
    const o = d.observations.find((x) => x.place === "hangzhou")!;
    const r = applyEdits(
      d,
      [
        { kind: "add", id: "hz20", name: "Hangzhou +20%", base: "hangzhou" },
        { kind: "scale", place: "hz20", indicator: o.indicator, factor: 1.2 },
      ],
      {},
      en,
      "en",
    );
    const scaled = obs(r.dataset, "hz20", o.indicator)!;
    // value × 1.2, by hand: o.value · 1.2
    expect(scaled.value).toBeCloseTo(o.value * 1.2, 12);
    expect(scaled.userChange).toContain("× 1.2");
    expect(obs(r.dataset, "hangzhou", o.indicator)!.value).toBe(o.value);
    expect(r.summary[0]).toBe("Added Hangzhou +20% ✎: a hypothetical starting from Hangzhou's figures");
  });

  it("overrides a figure keeping the published one as an alternative, and removes one", () => {
    const [a, b] = d.observations;
    const r = applyEdits(
      d,
      [
        { kind: "set", place: a!.place, indicator: a!.indicator, value: 99 },
        { kind: "drop", place: b!.place, indicator: b!.indicator },
      ],
      {},
      en,
      "en",
    );
    const changed = obs(r.dataset, a!.place, a!.indicator)!;
    expect(changed.value).toBe(99);
    expect(changed.alternatives[0]).toMatchObject({ sourceId: a!.sourceId, value: a!.value });
    expect(obs(r.dataset, b!.place, b!.indicator)).toBeUndefined();
    expect(r.summary[1]).toMatch(/removed \(published: /);
  });

  it("skips scaling a figure nobody reported, and says so", () => {
    const r = applyEdits(
      d,
      [{ kind: "scale", place: "beijing-haidian", indicator: d.indicators[0]!.id, factor: 2 }],
      {},
      en,
      "en",
    );
    expect(r.skipped).toHaveLength(1);
  });

  it("switches an indicator to an alternative source where it has a figure, noting the places that keep the published one", () => {
    const ds = structuredClone(d);
    const target = ds.observations[0]!;
    target.alternatives = [{ sourceId: "szaia", value: 7, year: "2023", qualifier: "approximate", note: "alt" }];
    const r = applyEdits(ds, [], { [target.indicator]: "szaia" }, en, "en");
    const o = obs(r.dataset, target.place, target.indicator)!;
    expect(o).toMatchObject({ value: 7, sourceId: "szaia", year: "2023", qualifier: "approximate" });
    expect(o.alternatives[0]).toMatchObject({ sourceId: target.sourceId, value: target.value });
    expect(o.userChange).toContain("Alternative source chosen by you");
    const others = ds.observations.filter((x) => x.indicator === target.indicator).length - 1;
    if (others > 0) expect(r.summary[0]).toContain("mixes sources");
  });
});
