"use client";

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
} from "@tanstack/react-table";
import { useMemo } from "react";
import { useI18n } from "@/components/i18n";
import { ReportedValue } from "@/components/table/reported-value";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { cn } from "@/lib/cn";
import { compareNames } from "@/lib/i18n/collate";

export interface TableIndicator {
  id: string;
  name: string;
  unit: string;
  pillar: string;
  /** Observations of this indicator come from more than one year or period. */
  mixedVintages: boolean;
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
});
const helper = createColumnHelper<typeof features, PlaceRow>();

const undef = (x: number | null | undefined) => (x === null ? undefined : x);

/** Every place with rank, composite, pillars and each indicator (reported and normalized), sortable by any column. */
export function ScoresTable({
  rows,
  pillars,
  indicators,
  sort,
  onSort,
}: {
  rows: PlaceRow[];
  pillars: { id: string; name: string }[];
  indicators: TableIndicator[];
  sort: { column: string; desc: boolean } | null;
  onSort: (sort: { column: string; desc: boolean } | null) => void;
}) {
  const { m, fill, num, pct, locale } = useI18n();
  const byName = useMemo(() => compareNames(locale), [locale]);
  const mixedLevels = new Set(rows.map((r) => r.level)).size > 1;

  const columns = useMemo(() => {
    const missing = (reason: string | null) => (
      <span className="text-gray-500" title={reason ?? m.table.missingReason}>
        —
        <span className="sr-only">
          {" "}
          {m.table.missing}: {reason ?? m.table.missingReason}
        </span>
      </span>
    );
    return helper.columns([
      helper.accessor((r) => undef(r.rank), {
        id: "rank",
        header: m.ranking.rank,
        sortFn: "basic",
        sortUndefined: "last",
        cell: (c) => c.getValue() ?? missing(c.row.original.reason),
      }),
      helper.accessor("name", {
        id: "name",
        header: m.ranking.place,
        // Names by the interface language's collator (pinyin for Chinese), ties by id: one order everywhere.
        sortFn: (a, b) => byName(a.original, b.original),
        cell: (c) => (
          <span className="font-medium whitespace-nowrap">
            {c.getValue()}
            {mixedLevels && c.row.original.level === "district" && (
              <span
                title={m.table.warnMixedLevels}
                aria-label={m.table.warnMixedLevels}
                className="ml-1 text-amber-700"
              >
                ⚠
              </span>
            )}
          </span>
        ),
      }),
      helper.accessor((r) => undef(r.score), {
        id: "score",
        header: m.table.composite,
        sortFn: "basic",
        sortUndefined: "last",
        cell: (c) => {
          const v = c.getValue();
          return v === undefined ? missing(c.row.original.reason) : num(v);
        },
      }),
      helper.accessor("coverage", {
        id: "coverage",
        header: m.table.coverage,
        sortFn: "basic",
        cell: (c) => pct(c.getValue()),
      }),
      ...pillars.map((p) =>
        helper.accessor((r) => undef(r.pillars[p.id]), {
          id: `pillar:${p.id}`,
          header: p.name,
          sortFn: "basic",
          sortUndefined: "last",
          cell: (c) => {
            const v = c.getValue();
            return v === undefined ? missing(null) : num(v);
          },
        }),
      ),
      ...indicators.flatMap((ind) => [
        helper.accessor((r) => undef(r.raw[ind.id]?.scaled ?? null), {
          id: `raw:${ind.id}`,
          header: () => (
            <span>
              {fill(m.table.raw, { name: ind.name })}
              {ind.mixedVintages && (
                <span title={m.table.warnVintages} aria-label={m.table.warnVintages} className="ml-1 text-amber-700">
                  ⚠
                </span>
              )}
            </span>
          ),
          sortFn: "basic",
          sortUndefined: "last",
          cell: (c) => (
            <ReportedValue cell={c.row.original.raw[ind.id]} scaled testId={`cell-${c.row.original.id}-${ind.id}`} />
          ),
        }),
        helper.accessor((r) => undef(r.norm[ind.id]?.value ?? null), {
          id: `norm:${ind.id}`,
          header: fill(m.table.norm, { name: ind.name }),
          sortFn: "basic",
          sortUndefined: "last",
          cell: (c) => {
            const v = c.getValue();
            if (v === undefined) return missing(c.row.original.raw[ind.id]?.missingReason ?? null);
            return <span className={cn(c.row.original.norm[ind.id]?.imputed && "text-gray-500 italic")}>{num(v)}</span>;
          },
        }),
      ]),
    ]);
  }, [m, fill, num, pct, pillars, indicators, mixedLevels, byName]);

  const sorting: SortingState = sort ? [{ id: sort.column, desc: sort.desc }] : [];
  const table = useTable({
    features,
    columns,
    data: rows,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      onSort(first ? { column: first.id, desc: first.desc } : null);
    },
  });

  return (
    <div className="relative max-h-[70vh] overflow-auto rounded border border-gray-200">
      {mixedLevels && (
        <p className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-xs text-amber-900">
          ⚠ {m.table.warnMixedLevels}
        </p>
      )}
      <table className="min-w-full border-collapse text-sm" data-testid="scores-table">
        <caption className="sr-only">{m.table.title}</caption>
        <thead className="sticky top-0 z-10 bg-gray-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const dir = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}
                    className="border-b border-gray-300 px-2 py-1.5 text-left align-bottom text-xs font-semibold"
                  >
                    <button
                      type="button"
                      data-testid={`sort-${header.id}`}
                      onClick={header.column.getToggleSortingHandler()}
                      className="text-left hover:underline"
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden>{dir === "asc" ? " ▲" : dir === "desc" ? " ▼" : ""}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-place={row.original.id} className="border-b border-gray-100 hover:bg-gray-50">
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="px-2 py-1 whitespace-nowrap tabular-nums">
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
