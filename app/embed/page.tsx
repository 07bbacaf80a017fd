import type { Metadata } from "next";
import { headers } from "next/headers";
import { getServedDataset as getDataset } from "@/lib/data/served";
import { chartsFor, chartSvg, chartTitle } from "@/lib/export/files";
import { pickLocale } from "@/lib/i18n";
import { fill } from "@/lib/i18n/format";
import { originOf } from "@/lib/og/metadata";
import { viewPreview } from "@/lib/og/preview";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "AI City Index — embedded chart", robots: "noindex" };

/**
 * One chart of a view for other sites to frame (`<iframe src="/embed?…">`): the chart of the link's tab with its
 * title, weights, years and sources drawn in, a text version for screen readers and a link to the full view. Rendered
 * on the server as SVG, so it needs no script. The frame policy for this route allows any ancestor (proxy.ts).
 */
export default async function Embed({ searchParams }: { searchParams: SearchParams }) {
  const h = await headers();
  const origin = originOf(h) ?? "";
  const p = viewPreview(getDataset(), await searchParams, pickLocale(h.get("accept-language")), (q) =>
    q ? `${origin}/?${q}` : `${origin}/`,
  );
  if (p.view.dataset !== null)
    return (
      <main className="p-4 text-sm" data-testid="embed">
        <p>{p.m.data.embedNote}</p>
      </main>
    );
  const chart = chartsFor(p.view.tab)[0] ?? "ranking";
  const svg = chartSvg(p.report, chart, {
    series: p.derived.series,
    stacked: p.derived.stacked,
    compare: p.view.compare,
    pair: p.view.pair,
  });
  const title = fill(p.m.embed.chartOf, { title: p.report.title, chart: chartTitle(p.report, chart, p.view) });
  const ranked = p.derived.rows.filter((r) => r.status === "ranked" && r.score !== null);
  return (
    <main className="p-2" lang={p.locale === "zh" ? "zh-CN" : "en"} data-testid="embed">
      <h1 className="sr-only">{title}</h1>
      {/* Our own SVG: every text from data in it is XML-escaped (lib/export/svg-text.ts). */}
      <div
        role="img"
        aria-label={title}
        className="[&>svg]:h-auto [&>svg]:max-w-full"
        data-testid="embed-chart"
        dangerouslySetInnerHTML={{ __html: String(svg.data) }}
      />
      <ol className="sr-only" aria-label={p.m.embed.ranked}>
        {ranked.map((r) => (
          <li key={r.id}>
            {r.rank}. {r.name} {r.score!.toFixed(1)}
          </li>
        ))}
      </ol>
      <p className="mt-1 text-sm">
        <a
          href={p.report.link}
          target="_blank"
          rel="noopener noreferrer"
          className="text-blue-800 underline"
          data-testid="embed-full-view"
        >
          {p.m.embed.openFull} ↗
        </a>
      </p>
    </main>
  );
}
