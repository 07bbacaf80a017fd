"use client";

import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
} from "@tanstack/react-table";
import { useMemo } from "react";
import { useUiStore } from "@/components/dashboard/ui-store";
import { useI18n } from "@/components/i18n";
import { ColumnPicker } from "@/components/table/column-picker";
import { ReportedValue } from "@/components/table/reported-value";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { cn } from "@/lib/cn";
import { compareNames } from "@/lib/i18n/collate";
import type { Scale } from "@/lib/view/options";
import { axisPlaces, IntervalCell } from "@/components/robustness/interval-chart";
import type { McPlace } from "@/lib/robustness/monte-carlo";

export interface TableIndicator {
  id: string;
  name: string;
  unit: string;
  pillar: string;
  /** Counts and amounts: divided by population or GDP in a per-capita / per-GDP view. */
  perCapita: boolean;
  /** Observations of this indicator come from more than one year or period. */
  mixedVintages: boolean;
  /** Shown but never scored: reported figures only, no score column. */
  context: boolean;
}

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
});
const helper = createColumnHelper<typeof features, PlaceRow>();

const undef = (x: number | null | undefined) => (x === null ? undefined : x);

/** The two columns that stay in view when the table scrolls sideways (widths fixed so the second knows its offset). */
const STICKY: Record<string, string> = {
  rank: "sticky left-0 z-[1] w-14 min-w-14 max-w-14 overflow-hidden bg-white",
  name: "sticky left-14 z-[1] min-w-32 max-w-48 bg-white shadow-[1px_0_0_#d1d5db]",
};

/**
 * Every place with rank, composite and coverage, then one group of columns per pillar (its score, then each
 * indicator's reported figure and normalized score), sortable by any column. Rank and place stay in view when the
 * table scrolls sideways; groups can be hidden; tooltips float above the table, never clipped by it. Cells hold only
 * what a spreadsheet should get when rows are copied (marks such as ⚠ and the imputed ⁱ are drawn by CSS).
 */
export function ScoresTable({
  rows,
  pillars,
  indicators,
  sort,
  onSort,
  scale,
  intervals,
}: {
  /** Monte Carlo rank intervals by place id, when the analysis has run (issue 12). */
  intervals?: Map<string, McPlace> | null;
  rows: PlaceRow[];
  pillars: { id: string; name: string }[];
  indicators: TableIndicator[];
  sort: { column: string; desc: boolean } | null;
  onSort: (sort: { column: string; desc: boolean } | null) => void;
  scale: Scale;
}) {
  const { m, fill, num, pct, locale } = useI18n();
  const byName = useMemo(() => compareNames(locale), [locale]);
  const hidden = useUiStore((s) => s.hiddenColumns);
  const toggle = useUiStore((s) => s.toggleColumns);
  const mixedLevels = new Set(rows.map((r) => r.level)).size > 1;
  const anyImputed = rows.some((r) => Object.values(r.norm).some((c) => c.imputed));
  // A context indicator no place in view reports (Haidian's figures when only cities are shown) is an empty column:
  // left out. Scored indicators always keep theirs, so every weight has its column.
  // Keyed on the ids, so a weight move (new rows, same columns) does not rebuild the columns.
  const shownIds = indicators
    .filter((i) => !i.context || rows.some((r) => r.raw[i.id]?.value != null))
    .map((i) => i.id)
    .join("\u0000");
  const shown = useMemo(() => {
    const ids = new Set(shownIds.split("\u0000"));
    return indicators.filter((i) => ids.has(i.id));
  }, [indicators, shownIds]);

  // The interval bars' rank axis (a number, so the columns are not rebuilt when only the rows change).
  const intervalPlaces = axisPlaces(intervals, rows.filter((r) => r.rank !== null).length);
  const columns = useMemo(() => {
    const missing = (reason: string | null) => {
      const why = reason ?? m.table.missingReason;
      return (
        <span
          className="text-gray-500"
          role="img"
          aria-label={fill(m.common.paren, { text: m.table.missing, note: why })}
          title={why}
        >
          —
        </span>
      );
    };
    const per = m.table.scaledPer[scale];
    return helper.columns([
      helper.accessor((r) => undef(r.rank), {
        id: "rank",
        header: m.ranking.rank,
        sortFn: "basic",
        sortUndefined: "last",
        enableHiding: false,
        cell: (c) => c.getValue() ?? missing(c.row.original.reason),
      }),
      helper.accessor("name", {
        id: "name",
        header: m.ranking.place,
        // Names by the interface language's collator (pinyin for Chinese), ties by id: one order everywhere.
        sortFn: (a, b) => byName(a.original, b.original),
        enableHiding: false,
        cell: (c) => (
          <span className="font-medium [overflow-wrap:anywhere]">
            {c.getValue()}
            {mixedLevels && c.row.original.level === "district" && (
              <span
                role="img"
                title={m.table.warnMixedLevels}
                aria-label={m.table.warnMixedLevels}
                className="ml-1 text-amber-700 after:content-['⚠']"
              />
            )}
          </span>
        ),
      }),
      helper.group({
        id: "general",
        header: m.table.general,
        columns: helper.columns([
          helper.accessor((r) => undef(r.score), {
            id: "score",
            header: m.table.composite,
            sortFn: "basic",
            sortUndefined: "last",
            enableHiding: false,
            cell: (c) => {
              const v = c.getValue();
              return v === undefined ? missing(c.row.original.reason) : num(v);
            },
          }),
          helper.accessor("coverage", {
            id: "coverage",
            header: m.table.coverage,
            sortFn: "basic",
            enableHiding: false,
            cell: (c) => pct(c.getValue()),
          }),
          // Monte Carlo 5th–95th percentile rank, once the analysis has run (issue 12).
          ...(intervals
            ? [
                helper.accessor((r) => undef(intervals.get(r.id)?.p05), {
                  id: "interval",
                  header: m.robust.intervalColumn,
                  enableSorting: false,
                  enableHiding: false,
                  cell: (c) => <IntervalCell place={intervals.get(c.row.original.id)} places={intervalPlaces} />,
                }),
              ]
            : []),
        ]),
      }),
      ...pillars.map((p) =>
        helper.group({
          id: `group:${p.id}`,
          header: p.name,
          columns: helper.columns([
            helper.accessor((r) => undef(r.pillars[p.id]), {
              id: `pillar:${p.id}`,
              header: fill(m.table.norm, { name: p.name }),
              sortFn: "basic",
              sortUndefined: "last",
              cell: (c) => {
                const v = c.getValue();
                return v === undefined ? missing(null) : num(v);
              },
            }),
            ...shown
              .filter((ind) => ind.pillar === p.id)
              .flatMap((ind) => [
                helper.accessor((r) => undef(r.raw[ind.id]?.scaled ?? null), {
                  id: `raw:${ind.id}`,
                  header: () => (
                    <span>
                      {ind.perCapita && scale !== "absolute"
                        ? fill(m.table.scaledHeader, { name: ind.name, per })
                        : fill(m.table.raw, { name: ind.name })}
                      {ind.context && (
                        <span title={m.figures.contextHelp} className="ml-1 font-normal text-gray-500">
                          ({m.figures.context})
                        </span>
                      )}
                      {ind.mixedVintages && (
                        <span
                          role="img"
                          title={m.table.warnVintages}
                          aria-label={m.table.warnVintages}
                          className="ml-1 text-amber-700 after:content-['⚠']"
                        />
                      )}
                    </span>
                  ),
                  sortFn: "basic",
                  sortUndefined: "last",
                  cell: (c) => (
                    <ReportedValue
                      cell={c.row.original.raw[ind.id]}
                      scaled
                      testId={`cell-${c.row.original.id}-${ind.id}`}
                    />
                  ),
                }),
                // A context indicator has figures but no score: no score column.
                ...(ind.context
                  ? []
                  : [
                      helper.accessor((r) => undef(r.norm[ind.id]?.value ?? null), {
                        id: `norm:${ind.id}`,
                        header: fill(m.table.norm, { name: ind.name }),
                        sortFn: "basic",
                        sortUndefined: "last",
                        cell: (c) => {
                          const v = c.getValue();
                          if (v === undefined) return missing(c.row.original.raw[ind.id]?.missingReason ?? null);
                          return c.row.original.norm[ind.id]?.imputed ? (
                            <span
                              className="text-gray-600 italic after:ml-px after:content-['ⁱ']"
                              title={m.table.imputed}
                              data-imputed
                            >
                              {num(v)}
                            </span>
                          ) : (
                            num(v)
                          );
                        },
                      }),
                    ]),
              ]),
          ]),
        }),
      ),
    ]);
  }, [m, fill, num, pct, pillars, shown, mixedLevels, byName, scale, intervals, intervalPlaces]);

  const sorting: SortingState = sort ? [{ id: sort.column, desc: sort.desc }] : [];
  const columnVisibility = useMemo(() => {
    const out: Record<string, boolean> = {};
    for (const p of pillars) if (hidden.includes(p.id)) out[`pillar:${p.id}`] = false;
    for (const ind of shown) {
      const off = hidden.includes(ind.pillar);
      out[`raw:${ind.id}`] = !(off || hidden.includes("raw"));
      if (!ind.context) out[`norm:${ind.id}`] = !(off || hidden.includes("norm"));
    }
    return out;
  }, [hidden, pillars, shown]);
  const table = useTable({
    features,
    columns,
    data: rows,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      onSort(first ? { column: first.id, desc: first.desc } : null);
    },
  });

  return (
    <section aria-labelledby="table-title" className="space-y-2">
      <h2 id="table-title" className="sr-only">
        {m.table.title}
      </h2>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <a
          href="#after-table"
          className="absolute -left-[9999px] rounded bg-white px-2 py-1 text-sm underline focus:static focus:left-auto"
          data-testid="skip-table"
        >
          {m.table.skip}
        </a>
        <ColumnPicker
          groups={[
            { id: "raw", label: m.table.showReported },
            { id: "norm", label: m.table.showScores },
            ...pillars.map((p) => ({ id: p.id, label: p.name })),
          ]}
          hidden={hidden}
          onToggle={toggle}
        />
        {anyImputed && (
          <p className="text-xs text-gray-600">
            <span className="italic">12.3ⁱ</span> {m.table.imputed}
          </p>
        )}
      </div>
      {mixedLevels && (
        <p className="rounded border border-amber-200 bg-amber-50 px-3 py-1.5 text-xs text-amber-900">
          ⚠ {m.table.warnMixedLevels}
        </p>
      )}
      <div className="relative max-h-[70vh] overflow-auto rounded border border-gray-200" data-testid="table-scroller">
        <table className="min-w-full border-separate border-spacing-0 text-sm" data-testid="scores-table">
          <caption className="sr-only">{m.table.title}</caption>
          <thead className="sticky top-0 z-10 bg-gray-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  if (header.rowSpan === 0) return null;
                  // A leaf column's header (possibly a placeholder merged over the group rows) sorts; a group's does not.
                  const leaf = header.column.columns.length === 0;
                  const dir = header.column.getIsSorted();
                  const sticky = STICKY[header.column.id];
                  return (
                    <th
                      key={header.id}
                      scope={leaf ? "col" : "colgroup"}
                      colSpan={header.colSpan}
                      rowSpan={header.rowSpan}
                      data-col={leaf ? header.column.id : undefined}
                      aria-sort={
                        leaf ? (dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none") : undefined
                      }
                      className={cn(
                        "border-b border-gray-300 bg-gray-50 px-2 py-1.5 text-left align-bottom text-xs font-semibold",
                        !leaf && "border-l border-gray-200 text-center",
                        leaf && !sticky && "max-w-48 min-w-24",
                        sticky && cn(sticky, "z-[2] bg-gray-50"),
                      )}
                    >
                      {leaf ? (
                        <button
                          type="button"
                          data-testid={`sort-${header.column.id}`}
                          onClick={header.column.getToggleSortingHandler()}
                          className="text-left hover:underline"
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden>{dir === "asc" ? " ▲" : dir === "desc" ? " ▼" : ""}</span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-place={row.original.id} className="hover:bg-gray-50">
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    data-col={cell.column.id}
                    className={cn(
                      "border-b border-gray-100 px-2 py-1 whitespace-nowrap tabular-nums",
                      STICKY[cell.column.id],
                      cell.column.id === "name" && "whitespace-normal",
                    )}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <span id="after-table" tabIndex={-1} />
    </section>
  );
}
