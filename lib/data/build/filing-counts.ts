/**
 * Counting the filing lists by division code, cumulatively at each edition's cutoff. Deep-synthesis filings: every
 * filing of the batches published up to the cutoff month, cancelled ones (已注销) included in the count and counted
 * apart as well, as the research does for its city figures. Generative-AI filings: the filings numbered up to the
 * cutoff whose filer was matched to a deep-synthesis code (a lower bound: unmatched filers have no district); central
 * SOE filings (属地 国资委) are counted for no place.
 */
import type { FilingEntry, GenaiEntry } from "./entries";

export interface FilingTally {
  all: number;
  /** Of `all`, filings since cancelled (已注销). */
  cancelled: number;
  /** Of `all`, 服务提供者 (service providers); the rest are 服务技术支持者 (technical support). */
  providers: number;
}

export interface FilingEdition {
  edition: number;
  /** The cutoff month (YYYY-MM) as configured, or the last batch's month for the latest edition. */
  through: string;
  /** The last batch the edition includes, and how many batches it spans (1 … lastBatch). */
  lastBatch: number;
  byCode: Map<string, FilingTally>;
  total: FilingTally;
}

export interface GenaiEdition {
  edition: number;
  /** Filings numbered 1 … throughSeq. */
  throughSeq: number;
  /** Matched filings per division code. */
  byCode: Map<string, number>;
  total: { all: number; matched: number; sasac: number; unmatched: number };
}

/** A deep-synthesis edition: batches dated up to `through` (YYYY-MM); null = every batch (the latest). */
export interface FilingCutoff {
  edition: number;
  through: string | null;
}

/** A generative-AI edition: filings numbered up to `throughSeq`; null = every filing. */
export interface GenaiCutoff {
  edition: number;
  throughSeq: number | null;
}

const emptyTally = (): FilingTally => ({ all: 0, cancelled: 0, providers: 0 });

function add(t: FilingTally, e: FilingEntry): void {
  t.all += 1;
  if (e.cancelled) t.cancelled += 1;
  if (e.role === "provider") t.providers += 1;
}

export function countFilings(entries: readonly FilingEntry[], cutoffs: readonly FilingCutoff[]): FilingEdition[] {
  return cutoffs.map(({ edition, through }) => {
    const byCode = new Map<string, FilingTally>();
    const total = emptyTally();
    let lastBatch = 0;
    let lastPeriod = "";
    for (const e of entries) {
      if (through !== null && e.period > through) continue;
      let t = byCode.get(e.code);
      if (!t) byCode.set(e.code, (t = emptyTally()));
      add(t, e);
      add(total, e);
      if (e.batch > lastBatch) [lastBatch, lastPeriod] = [e.batch, e.period];
    }
    return { edition, through: through ?? lastPeriod, lastBatch, byCode, total };
  });
}

export function countGenai(entries: readonly GenaiEntry[], cutoffs: readonly GenaiCutoff[]): GenaiEdition[] {
  return cutoffs.map(({ edition, throughSeq }) => {
    const byCode = new Map<string, number>();
    const total = { all: 0, matched: 0, sasac: 0, unmatched: 0 };
    let last = 0;
    for (const e of entries) {
      if (throughSeq !== null && e.seq > throughSeq) continue;
      total.all += 1;
      total[e.status] += 1;
      last = Math.max(last, e.seq);
      if (e.status === "matched" && e.code !== null) byCode.set(e.code, (byCode.get(e.code) ?? 0) + 1);
    }
    return { edition, throughSeq: throughSeq ?? last, byCode, total };
  });
}

/** The sum over every code starting with one of the prefixes (a city's districts, or one district's own code). */
export function sumFilings(byCode: ReadonlyMap<string, FilingTally>, prefixes: readonly string[]): FilingTally {
  const t = emptyTally();
  for (const [code, c] of byCode)
    if (prefixes.some((p) => code.startsWith(p))) {
      t.all += c.all;
      t.cancelled += c.cancelled;
      t.providers += c.providers;
    }
  return t;
}

export function sumGenai(byCode: ReadonlyMap<string, number>, prefixes: readonly string[]): number {
  let n = 0;
  for (const [code, c] of byCode) if (prefixes.some((p) => code.startsWith(p))) n += c;
  return n;
}
