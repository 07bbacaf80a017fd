import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baseDataset, broken } from "./test-fixture";
import { validateDataset, type DataError } from "./validate";

function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`fixture has no item ${i}`);
  return item;
}

/** Validates `raw`, expects failure, and returns the one error for `record` + `field`. */
function errorFor(raw: unknown, record: string, field: string): DataError {
  const result = validateDataset(raw);
  expect(result.ok, "expected the broken fixture to fail").toBe(false);
  const errors = result.ok ? [] : result.errors;
  const hit = errors.find((e) => e.record === record && e.field === field);
  expect(hit, `no error for ${record} › ${field}; got ${JSON.stringify(errors)}`).toBeDefined();
  return hit as DataError;
}

describe(validateDataset, () => {
  it("accepts the base fixture without warnings", () => {
    const result = validateDataset(baseDataset());
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  describe("unknown ids", () => {
    it("an observation's place", () => {
      const raw = broken((d) => (at(d.observations, 0).place = "atlantis"));
      expect(errorFor(raw, "observations[0] (atlantis × ai_tech_talent_demand_share)", "place").message).toBe(
        'unknown place id "atlantis"',
      );
    });
    it("an observation's indicator", () => {
      const raw = broken((d) => (at(d.observations, 1).indicator = "ai_vibes"));
      expect(errorFor(raw, "observations[1] (hangzhou × ai_vibes)", "indicator").message).toMatch(/unknown indicator/);
    });
    it("an observation's source", () => {
      const raw = broken((d) => (at(d.observations, 2).sourceId = "nobody"));
      const e = errorFor(raw, "observations[2] (hangzhou × ai_financing_amount)", "sourceId");
      expect(e.message).toBe('unknown source id "nobody"');
    });
    it("an alternative's source", () => {
      const raw = broken((d) => (at(at(d.observations, 2).alternatives, 0).sourceId = "nobody"));
      const e = errorFor(raw, "observations[2] (hangzhou × ai_financing_amount)", "alternatives[0].sourceId");
      expect(e.message).toMatch(/unknown source id/);
    });
    it("an indicator's pillar", () => {
      const raw = broken((d) => (at(d.indicators, 2).pillar = "vibes"));
      expect(errorFor(raw, "indicators[ai_financing_amount]", "pillar").message).toBe('unknown pillar id "vibes"');
    });
    it("a place's parent", () => {
      const raw = broken((d) => (at(d.places, 2).parent = "peking"));
      expect(errorFor(raw, "places[beijing-haidian]", "parent").message).toBe('unknown place id "peking"');
    });
    it("a denominator's source", () => {
      const raw = broken((d) => {
        const pop = at(d.places, 1).population;
        if (pop) pop.sourceId = "census-of-mars";
      });
      expect(errorFor(raw, "places[hangzhou]", "population.sourceId").message).toMatch(/unknown source id/);
    });
  });

  describe("a value without a source", () => {
    it("empty sourceId", () => {
      const raw = broken((d) => (at(d.observations, 0).sourceId = ""));
      const e = errorFor(raw, "observations[0] (beijing × ai_tech_talent_demand_share)", "sourceId");
      expect(e.message).toMatch(/^value without a source/);
    });
    it("missing sourceId", () => {
      const raw = broken((d) => {
        delete (at(d.observations, 1) as Partial<(typeof d.observations)[number]>).sourceId;
      });
      const e = errorFor(raw, "observations[1] (hangzhou × ai_tech_talent_demand_rank)", "sourceId");
      expect(e.message).toMatch(/^value without a source/);
    });
  });

  it("a duplicated place × indicator (of the same edition)", () => {
    const raw = broken((d) => d.observations.push({ ...at(d.observations, 2), value: 65.2 }));
    const e = errorFor(raw, "observations[4] (hangzhou × ai_financing_amount)", "place, indicator, edition");
    expect(e.message).toBe("duplicated place × indicator × edition (also observations[2])");
  });

  it("a duplicated id", () => {
    const raw = broken((d) => d.places.push({ ...at(d.places, 0) }));
    expect(errorFor(raw, "places[beijing]", "id").message).toBe('duplicated id "beijing"');
  });

  describe("rank indicators are lower-is-better", () => {
    it("a rank indicator marked higher-is-better", () => {
      const raw = broken((d) => (at(d.indicators, 1).direction = 1));
      expect(errorFor(raw, "indicators[ai_tech_talent_demand_rank]", "direction").message).toMatch(
        /rank indicator must be lower-is-better/,
      );
    });
    it("an indicator named rank stored as a plain value", () => {
      const raw = broken((d) => (at(d.indicators, 1).kind = "value"));
      expect(errorFor(raw, "indicators[ai_tech_talent_demand_rank]", "kind").message).toMatch(/kind "rank"/);
    });
    it("a rank that is not a whole number ≥ 1 (a share stored as a rank)", () => {
      const raw = broken((d) => (at(d.observations, 1).value = 12.5));
      const e = errorFor(raw, "observations[1] (hangzhou × ai_tech_talent_demand_rank)", "value");
      expect(e.message).toMatch(/whole number ≥ 1/);
    });
  });

  describe("targets and provinces are never a city's actual value", () => {
    it("a TARGET row", () => {
      const raw = broken((d) => (at(d.observations, 2).note = "TARGET not actual: operating 4000P."));
      const e = errorFor(raw, "observations[2] (hangzhou × ai_financing_amount)", "note");
      expect(e.message).toMatch(/TARGET figure .* cannot be stored as a city's actual value/);
    });
    it("a PROVINCE row", () => {
      const raw = broken((d) => (at(d.observations, 0).note = "PROVINCE, not city."));
      const e = errorFor(raw, "observations[0] (beijing × ai_tech_talent_demand_share)", "note");
      expect(e.message).toMatch(/PROVINCE figure cannot be stored/);
    });
    it("a plan period", () => {
      const raw = broken((d) => (at(d.observations, 2).year = "2025 (plan)"));
      expect(errorFor(raw, "observations[2] (hangzhou × ai_financing_amount)", "year").message).toMatch(/plan/);
    });
    it("a TARGET alternative", () => {
      const raw = broken((d) => (at(at(d.observations, 2).alternatives, 0).note = "TARGET: fund group 超1000亿"));
      const e = errorFor(raw, "observations[2] (hangzhou × ai_financing_amount)", "alternatives[0].note");
      expect(e.message).toMatch(/TARGET/);
    });
    it("a place that is a province", () => {
      const raw = broken((d) => Object.assign(at(d.places, 1), { level: "province" }));
      expect(errorFor(raw, "places[hangzhou]", "level").message).toMatch(/provinces .* are not places/);
    });
    it("a district-level figure stored for a city", () => {
      const raw = broken((d) => (at(d.observations, 3).place = "beijing"));
      const e = errorFor(raw, "observations[3] (beijing × ai_financing_amount)", "note");
      expect(e.message).toMatch(/district-level figure is stored for a city/);
    });
  });

  describe("districts and filing counts (issue 16)", () => {
    it("a district whose division code is not under its city's", () => {
      const raw = broken((d) => {
        at(d.places, 0).division = "110000";
        at(d.places, 2).division = "330110";
      });
      expect(errorFor(raw, "places[beijing-haidian]", "division").message).toBe(
        "code 330110 does not lie under its city's code 110000",
      );
      const ok = broken((d) => {
        at(d.places, 0).division = "110000";
        at(d.places, 2).division = "110108";
      });
      expect(validateDataset(ok).ok).toBe(true);
    });
    it("a division that is not a 6-digit code", () => {
      const raw = broken((d) => (at(d.places, 2).division = "1101"));
      expect(errorFor(raw, "places[beijing-haidian]", "division").message).toMatch(/6-digit/);
    });
    it("more cancelled filings than filings", () => {
      const raw = broken((d) => Object.assign(at(d.observations, 1), { value: 4, cancelled: 5 }));
      expect(errorFor(raw, "observations[1] (hangzhou × ai_tech_talent_demand_rank)", "cancelled").message).toBe(
        "5 cancelled filings out of 4: more than the count",
      );
    });
    it("a ref that is neither a research row nor a count of entries", () => {
      const raw = broken((d) => (at(d.observations, 1).ref = "topics/entries/x.csv?code=33&batches=2-9"));
      expect(errorFor(raw, "observations[1] (hangzhou × ai_tech_talent_demand_rank)", "ref").message).toMatch(
        /topics\/compute\.csv#12/,
      );
    });
  });

  describe("weights", () => {
    it("a negative indicator weight", () => {
      const raw = broken((d) => (at(d.indicators, 0).weight = -1));
      expect(errorFor(raw, "indicators[ai_tech_talent_demand_share]", "weight").message).toMatch(/≥ 0/);
    });
    it("a non-numeric indicator weight", () => {
      const raw = broken((d) => Object.assign(at(d.indicators, 2), { weight: "5" }));
      expect(errorFor(raw, "indicators[ai_financing_amount]", "weight").message).toMatch(/finite number/);
    });
    it("a NaN pillar weight", () => {
      const raw = broken((d) => (at(d.pillars, 0).weight = Number.NaN));
      expect(errorFor(raw, "pillars[talent]", "weight").message).toMatch(/finite number/);
    });
    it("a negative pillar weight", () => {
      const raw = broken((d) => (at(d.pillars, 1).weight = -5));
      expect(errorFor(raw, "pillars[capital]", "weight").message).toMatch(/negative/);
    });
    it("an infinite pillar weight", () => {
      const raw = broken((d) => (at(d.pillars, 1).weight = Number.POSITIVE_INFINITY));
      expect(errorFor(raw, "pillars[capital]", "weight").message).toMatch(/finite number/);
    });
  });

  it("a value that is not a finite number", () => {
    const raw = broken((d) => (at(d.observations, 0).value = Number.POSITIVE_INFINITY));
    const e = errorFor(raw, "observations[0] (beijing × ai_tech_talent_demand_share)", "value");
    expect(e.message).toBe("value must be a finite number");
  });

  it("a misspelt field", () => {
    const raw = broken((d) => Object.assign(at(d.observations, 0), { sourceID: "liepin" }));
    const e = errorFor(raw, "observations[0] (beijing × ai_tech_talent_demand_share)", "sourceID");
    expect(e.message).toMatch(/unknown field/);
  });

  it("a qualifier outside the list", () => {
    const raw = broken((d) => Object.assign(at(d.observations, 0), { qualifier: "roughly" }));
    expect(errorFor(raw, "observations[0] (beijing × ai_tech_talent_demand_share)", "qualifier")).toBeDefined();
  });

  it("a bad version hash", () => {
    const raw = broken((d) => (d.version.hash = "xyz"));
    expect(errorFor(raw, "version", "hash").message).toMatch(/8 lowercase hex/);
  });

  it("warns when one indicator is served by two publishers", () => {
    const raw = broken((d) => (at(d.observations, 1).indicator = "ai_tech_talent_demand_share"));
    const e = broken((d) => {
      at(d.observations, 1).indicator = "ai_financing_amount";
      at(d.observations, 1).place = "beijing";
      at(d.observations, 1).sourceId = "liepin";
    });
    expect(validateDataset(raw).ok).toBe(true);
    const result = validateDataset(e);
    expect(result.ok && result.warnings).toContain(
      "indicators[ai_financing_amount]: served by 2 publishers; one publisher should serve it",
    );
  });

  describe("never throws", () => {
    it.each([null, undefined, 0, "", "dataset", [], {}, [[]], { observations: null }, { places: [null, 1, "x"] }])(
      "on %j",
      (raw) => {
        const result = validateDataset(raw);
        expect(result.ok).toBe(false);
        if (!result.ok) for (const e of result.errors) expect(typeof e.record === "string" && e.field).toBeTruthy();
      },
    );

    it("on a hostile object whose getters throw", () => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error("boom");
          },
          ownKeys() {
            throw new Error("boom");
          },
        },
      );
      expect(() => validateDataset(hostile)).not.toThrow();
      expect(validateDataset(hostile).ok).toBe(false);
    });

    it("on arbitrary garbage (property test)", () => {
      fc.assert(
        fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withMap: true }), (raw) => {
          const result = validateDataset(raw);
          return result.ok === false && result.errors.length > 0;
        }),
        { numRuns: 300 },
      );
    });

    it("on the base fixture with any one field replaced by garbage (property test)", () => {
      const collections = ["sources", "places", "pillars", "indicators", "observations"] as const;
      fc.assert(
        fc.property(
          fc.constantFrom(...collections),
          fc.nat(5),
          fc.string({ maxLength: 12 }),
          fc.anything({ maxDepth: 2 }),
          (collection, index, key, garbage) => {
            const d = baseDataset() as unknown as Record<string, Record<string, unknown>[]>;
            const list = d[collection] ?? [];
            const item = list[index % list.length];
            if (item) item[key] = garbage;
            const result = validateDataset(d);
            // Either a structured error naming record, field and problem, or a dataset that validates as it is.
            if (!result.ok) {
              expect(result.errors.length).toBeGreaterThan(0);
              for (const e of result.errors) {
                expect(e.record.length).toBeGreaterThan(0);
                expect(typeof e.field).toBe("string");
                expect(e.message.length).toBeGreaterThan(0);
              }
            } else expect(validateDataset(result.dataset).ok).toBe(true);
            return true;
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
