"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useI18n } from "@/components/i18n";
import { PlacePicker } from "@/components/compare/place-picker";
import { ReportedValue } from "@/components/table/reported-value";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { wrapLabel } from "@/lib/dashboard/wrap-label";
import { useNarrowScreen } from "@/components/ui/use-narrow-screen";

/** A category tick whose label wraps into lines (SVG text does not wrap), centred on the tick. */
function WrappedTick({
  x = 0,
  y = 0,
  payload,
  width,
}: {
  x?: number;
  y?: number;
  payload?: { value: unknown };
  width: number;
}) {
  const lines = wrapLabel(String(payload?.value ?? ""), width, 12);
  return (
    <text x={x} y={y} textAnchor="end" fontSize={12} fill="#374151">
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${0.35 - ((lines.length - 1) * 1.15) / 2}em` : "1.15em"}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

const COLORS = ["var(--series-1)", "var(--series-2)", "var(--series-3)", "var(--series-4)"];
/** Key suffix of the flag that marks a bar's value as imputed (drawn pale and outlined, named in the tooltip). */
const IMPUTED = "\u0000imputed";
const DASHES = ["", "6 3", "2 2", "8 2 2 2"];

/** 2–4 places side by side: a radar of pillar scores, grouped bars per indicator, and the reported values. */
export function CompareView({
  rows,
  allPlaces,
  chosen,
  onChoose,
  pillars,
  indicators,
}: {
  rows: PlaceRow[];
  allPlaces: { id: string; name: string }[];
  chosen: string[];
  onChoose: (ids: string[]) => void;
  pillars: { id: string; name: string }[];
  indicators: { id: string; name: string; unit: string; context?: boolean }[];
}) {
  const { m, num, fill } = useI18n();
  const picked = chosen.map((id) => rows.find((r) => r.id === id)).filter((r): r is PlaceRow => !!r);
  const radarData = pillars.map((p) => ({
    pillar: p.name,
    ...Object.fromEntries(picked.map((r) => [r.id, r.pillars[p.id] ?? 0])),
  }));
  // Context indicators have figures but no score: they are in the reported table only.
  const scored = indicators.filter((i) => !i.context);
  const barData = scored.map((i) => ({
    indicator: i.name,
    ...Object.fromEntries(picked.map((r) => [r.id, r.norm[i.id]?.value ?? null])),
    ...Object.fromEntries(picked.map((r) => [`${r.id}${IMPUTED}`, r.norm[i.id]?.imputed === true])),
  }));
  // Indicator names wrap within their column (a phone gets a narrower one), so none is cut at the chart's edge.
  const narrow = useNarrowScreen();
  const labelWidth = narrow ? 130 : 220;
  const lines = Math.max(1, ...scored.map((i) => wrapLabel(i.name, labelWidth - 16, 12).length));
  const barHeight = Math.max(240, scored.length * Math.max(picked.length * 12 + 16, lines * 14 + 6) + 60);

  return (
    <section aria-labelledby="compare-title" className="space-y-6" data-testid="compare-view">
      <h2 id="compare-title" className="text-lg font-semibold">
        {m.compare.title}
      </h2>
      <PlacePicker places={allPlaces} chosen={chosen} onChange={onChoose} />
      <div className="grid gap-6">
        <figure className="max-w-xl">
          <figcaption className="text-sm font-medium">{m.compare.radar}</figcaption>
          <div style={{ width: "100%", height: 320 }}>
            <RadarChart responsive style={{ width: "100%", height: 320 }} data={radarData} outerRadius="70%">
              <PolarGrid />
              <PolarAngleAxis dataKey="pillar" tick={{ fontSize: 12 }} />
              <PolarRadiusAxis domain={[0, 100]} tick={{ fontSize: 10 }} />
              {picked.map((r, i) => (
                <Radar
                  key={r.id}
                  name={r.name}
                  dataKey={r.id}
                  stroke={COLORS[i]}
                  strokeDasharray={DASHES[i]}
                  strokeWidth={2}
                  fill={COLORS[i]}
                  fillOpacity={0.08}
                  isAnimationActive={false}
                />
              ))}
              <Legend />
              <Tooltip formatter={(v) => (typeof v === "number" ? num(v) : String(v))} />
            </RadarChart>
          </div>
          {/* A table ignores the 1px width of .sr-only, so the wrapper hides it (else it widens a phone's page). */}
          <div className="sr-only">
            <table>
              <caption>{m.compare.radar}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.compare.pillar}</th>
                  {picked.map((r) => (
                    <th key={r.id} scope="col">
                      {r.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pillars.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.name}</th>
                    {picked.map((r) => (
                      <td key={r.id}>{r.pillars[p.id] == null ? "—" : num(r.pillars[p.id]!)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
        <figure>
          <figcaption className="text-sm font-medium">
            {m.compare.byIndicator} <span className="text-xs font-normal text-gray-600">{m.compare.noBar}</span>
          </figcaption>
          <div style={{ width: "100%", height: barHeight }}>
            <BarChart
              responsive
              style={{ width: "100%", height: barHeight }}
              data={barData}
              layout="vertical"
              margin={{ left: 8, right: 16 }}
            >
              <CartesianGrid horizontal={false} stroke="#e5e7eb" />
              <XAxis type="number" domain={[0, 100]} tick={{ fontSize: 11 }} />
              <YAxis
                type="category"
                dataKey="indicator"
                width={labelWidth}
                tick={<WrappedTick width={labelWidth - 16} />}
                interval={0}
              />
              {picked.map((r, i) => (
                <Bar
                  key={r.id}
                  dataKey={r.id}
                  name={r.name}
                  fill={COLORS[i]}
                  minPointSize={3}
                  isAnimationActive={false}
                >
                  {barData.map((d) => {
                    const imputed = (d as Record<string, unknown>)[`${r.id}${IMPUTED}`] === true;
                    return (
                      <Cell
                        key={d.indicator}
                        fillOpacity={imputed ? 0.35 : 1}
                        stroke={imputed ? COLORS[i] : undefined}
                        strokeDasharray={imputed ? "3 2" : undefined}
                      />
                    );
                  })}
                </Bar>
              ))}
              <Legend />
              <Tooltip
                formatter={(v, _name, item) => {
                  const imputed =
                    (item.payload as Record<string, unknown>)[`${String(item.dataKey)}${IMPUTED}`] === true;
                  if (typeof v !== "number") return "—";
                  return imputed ? fill(m.common.paren, { text: num(v), note: m.table.imputed }) : num(v);
                }}
              />
            </BarChart>
          </div>
        </figure>
      </div>
      <div className="relative overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="compare-raw">
          <caption className="mb-1 text-left text-sm font-medium">{m.compare.raw}</caption>
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className="py-1 pr-3 text-left">
                {m.compare.indicator}
              </th>
              {picked.map((r) => (
                <th key={r.id} scope="col" className="py-1 pr-3 text-left">
                  {r.name}
                  {r.level === "district" && new Set(picked.map((x) => x.level)).size > 1 && (
                    <span className="ml-1 text-amber-700" title={m.table.warnMixedLevels}>
                      ⚠<span className="sr-only"> {m.table.warnMixedLevels}</span>
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indicators.map((ind) => (
              <tr key={ind.id} className="border-b border-gray-100" data-indicator={ind.id}>
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {fill(m.common.withUnit, { name: ind.name, unit: ind.unit })}
                  {ind.context && (
                    <span className="ml-1 text-xs text-gray-500" title={m.figures.contextHelp}>
                      · {m.figures.context}
                    </span>
                  )}
                </th>
                {picked.map((r) => {
                  return (
                    <td key={r.id} className="py-1 pr-3 tabular-nums">
                      <ReportedValue cell={r.raw[ind.id]} showYear />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
