/**
 * The words drawn around an exported chart: the weights and method in force, the years of the figures it rests on,
 * the sources, the data version and the link. Built from the same report input as the tables.
 */
import { fill } from "@/lib/i18n/format";
import type { ChartContext } from "./chart-frame";
import type { ReportInput } from "./report";

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The four-digit years in the figures a view uses (weight > 0), as "2019–2025" or "2024". */
export function yearSpan(r: Pick<ReportInput, "rows" | "weights">): string | null {
  const weighted = new Set(r.weights.filter((w) => w.kind === "indicator" && w.compositeShare > 0).map((w) => w.id));
  const years: number[] = [];
  for (const p of r.rows)
    for (const [id, cell] of Object.entries(p.raw)) {
      if (!weighted.has(id) || !cell.provenance) continue;
      for (const y of cell.provenance.year.match(/(?:19|20)\d\d/g) ?? []) years.push(Number(y));
    }
  if (years.length === 0) return null;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** The sources of the figures a view uses (weight > 0), in the dataset's order; all of them when none is weighted. */
export function usedSources(r: Pick<ReportInput, "rows" | "weights" | "sources">) {
  const weighted = new Set(r.weights.filter((w) => w.kind === "indicator" && w.compositeShare > 0).map((w) => w.id));
  const cited = new Set<string>();
  for (const p of r.rows)
    for (const [id, cell] of Object.entries(p.raw))
      if (weighted.has(id) && cell.provenance) cited.add(cell.provenance.source);
  const used = r.sources.filter((s) => cited.has(`${s.publisher}, ${s.title}`));
  return used.length > 0 ? used : r.sources;
}

export function chartContext(r: ReportInput, chartTitle: string): ChartContext {
  const x = r.m.exports;
  const mn = r.m.methodNames;
  const pillars = r.weights.filter((w) => w.kind === "pillar");
  const weights = pillars.map((p) => `${p.name} ${pct(p.share)}`).join(" · ");
  const indicators = r.weights
    .filter((w) => w.kind === "indicator" && w.compositeShare > 0)
    .map((w) => `${w.name} ${pct(w.compositeShare)}`)
    .join(" · ");
  const method = [
    mn.normalization[r.method.normalization],
    r.method.aggregation ? mn.aggregation[r.method.aggregation] : r.m.methods.aggregationFramework,
    mn.missing[r.method.missing],
    r.method.coverageThreshold > 0 ? fill(x.coverageAtLeast, { pct: `${r.method.coverageThreshold}%` }) : null,
    mn.scale[r.method.scale],
  ]
    .filter((s): s is string => s !== null)
    .join(" · ");
  const years = yearSpan(r);
  const publishers = [...new Set(usedSources(r).map((s) => s.publisher))];
  return {
    title: `${r.title} — ${chartTitle}`,
    header: [
      fill(x.chartWeights, { weights }),
      ...(indicators ? [fill(x.chartIndicatorWeights, { weights: indicators })] : []),
      fill(x.chartMethod, { method }),
      ...asOfLines(r),
      ...r.userNotes.map((n) => `✎ ${n}`),
    ],
    footer: [
      years ? fill(x.chartYears, { years }) : x.chartNoYears,
      fill(x.chartSources, { sources: publishers.join("; ") || "—" }),
      fill(x.chartVersion, { version: r.dataVersion, link: r.link }),
    ],
  };
}

/**
 * "Data as of 2019: …" when the view is as of a year (issue 14): what a chart, a printed page, an embedded chart or a
 * link preview rests on.
 */
export function asOfLines(r: Pick<ReportInput, "m" | "time">): string[] {
  const t = r.time;
  if (!t || t.asOf === null) return [];
  const scored = t.editions.filter((e) => e.status !== "context");
  const used = scored.filter((e) => e.status !== "not_yet").length;
  return [fill(r.m.time.exports.asOfLine, { year: t.asOf, used, total: scored.length })];
}
