/**
 * What a link preview says about a view: a title naming the leading places, a description with the weights in force
 * and the data version, and the top of the ranking for the preview image. Plain data from the dashboard's stages.
 */
import type { PlaceRow } from "@/lib/dashboard/rows";
import type { Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/format";

export interface PreviewSummary {
  title: string;
  description: string;
  /** The first places of the ranking, for the image. */
  top: { rank: number; name: string; score: number; coverage: number }[];
  weights: string;
  years: string | null;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

export function previewSummary(args: {
  m: Messages;
  appTitle: string;
  indexName: string;
  rows: PlaceRow[];
  pillars: { name: string; share: number }[];
  indicatorCount: number;
  dataVersion: string;
  years: string | null;
  userData: boolean;
  /** The as-of sentence of a view as of a year (issue 14), else null: a preview must not pass it off as today's. */
  asOf?: string | null;
  topN?: number;
}): PreviewSummary {
  const { m } = args;
  const x = m.preview;
  const ranked = args.rows.filter((r) => r.status === "ranked" && r.score !== null && r.rank !== null);
  const [a, b, c] = ranked;
  const lead = !a
    ? x.noneRanked
    : a.rank === b?.rank
      ? fill(x.leadTied, { first: a.name, second: b!.name })
      : b && c
        ? fill(x.leadThree, { first: a.name, second: b.name, third: c.name })
        : b
          ? fill(x.leadTwo, { first: a.name, second: b.name })
          : fill(x.leadOne, { first: a.name });
  const weights = args.pillars.map((p) => `${p.name} ${pct(p.share)}`).join(" · ");
  const description = [
    fill(x.description, {
      index: args.indexName,
      places: ranked.length,
      indicators: args.indicatorCount,
      weights,
      version: args.dataVersion,
    }),
    args.asOf ?? "",
    args.years ? fill(x.years, { years: args.years }) : "",
    args.userData ? x.userData : "",
  ]
    .filter((s) => s !== "")
    .join(" ");
  return {
    title: `${lead} — ${args.appTitle}`,
    description,
    top: ranked
      .slice(0, args.topN ?? 8)
      .map((r) => ({ rank: r.rank!, name: r.name, score: r.score!, coverage: r.coverage })),
    weights,
    years: args.years,
  };
}
