import { describe, expect, it } from "vitest";
import type { FilingEntry, GenaiEntry } from "./entries";
import { countFilings, countGenai, sumFilings, sumGenai } from "./filing-counts";

let n = 0;
const filing = (code: string, batch: number, period: string, more: Partial<FilingEntry> = {}): FilingEntry => ({
  row: ++n,
  filingNo: `网信算备${code}${n}号`,
  code,
  batch,
  period,
  role: "provider",
  cancelled: false,
  ...more,
});

const entries = [
  filing("110108", 1, "2023-06"),
  filing("110108", 9, "2024-12", { cancelled: true }),
  filing("110108", 10, "2025-03", { role: "support" }),
  filing("110105", 14, "2025-11"),
  filing("330110", 15, "2026-01", { cancelled: true, role: "support" }),
];

describe("countFilings", () => {
  const [e2024, e2025, latest] = countFilings(entries, [
    { edition: 2024, through: "2024-12" },
    { edition: 2025, through: "2025-12" },
    { edition: 2026, through: null },
  ]);

  it("counts cumulatively up to each cutoff month, cancelled and providers counted apart", () => {
    // to 2024-12: 110108's batch 1 and batch 9 (cancelled) filings → all 2, cancelled 1, providers 2.
    expect(e2024!.byCode.get("110108")).toEqual({ all: 2, cancelled: 1, providers: 2 });
    expect(e2024!.byCode.has("110105")).toBe(false);
    expect([e2024!.lastBatch, e2024!.through]).toEqual([9, "2024-12"]);
    // to 2025-12: + batch 10 (support) for 110108, + batch 14 for 110105.
    expect(e2025!.byCode.get("110108")).toEqual({ all: 3, cancelled: 1, providers: 2 });
    expect(e2025!.total).toEqual({ all: 4, cancelled: 1, providers: 3 });
    // latest: every batch; its month is the last batch's.
    expect(latest!.total).toEqual({ all: 5, cancelled: 2, providers: 3 });
    expect([latest!.lastBatch, latest!.through]).toEqual([15, "2026-01"]);
  });

  it("sums a city's districts by code prefix", () => {
    // Beijing (11): 110108's 3 + 110105's 1 = 4; Hangzhou (3301): 1 cancelled support filing.
    expect(sumFilings(latest!.byCode, ["11"])).toEqual({ all: 4, cancelled: 1, providers: 3 });
    expect(sumFilings(latest!.byCode, ["3301"])).toEqual({ all: 1, cancelled: 1, providers: 0 });
    expect(sumFilings(latest!.byCode, ["4403"])).toEqual({ all: 0, cancelled: 0, providers: 0 });
  });
});

describe("countGenai", () => {
  const g = (seq: number, status: GenaiEntry["status"], code: string | null): GenaiEntry => ({
    row: seq,
    seq,
    status,
    code,
  });
  const editions = countGenai(
    [g(1, "matched", "110108"), g(2, "unmatched", null), g(3, "sasac", "110108"), g(4, "matched", "330110")],
    [
      { edition: 2024, throughSeq: 2 },
      { edition: 2026, throughSeq: null },
    ],
  );

  it("counts matched filings by code up to each list number; central-SOE filings count for no place", () => {
    expect(editions[0]!.byCode).toEqual(new Map([["110108", 1]]));
    expect(editions[0]!.total).toEqual({ all: 2, matched: 1, sasac: 0, unmatched: 1 });
    // Nos. 1–4: 110108 has No. 1 (No. 3 is a central SOE's), 330110 has No. 4.
    expect(editions[1]!.byCode).toEqual(
      new Map([
        ["110108", 1],
        ["330110", 1],
      ]),
    );
    expect(editions[1]!.total).toEqual({ all: 4, matched: 2, sasac: 1, unmatched: 1 });
    expect(editions[1]!.throughSeq).toBe(4);
    expect(sumGenai(editions[1]!.byCode, ["11", "3301"])).toBe(2);
  });
});
