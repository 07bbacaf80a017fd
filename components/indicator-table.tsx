"use client";

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
} from "@tanstack/react-table";
import { useState } from "react";
import type { IndicatorBarRow } from "@/components/indicator-bars";

interface Row extends IndicatorBarRow {
  rank: number;
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
const helper = createColumnHelper<typeof features, Row>();

/** The ranking of one indicator as a sortable table; each value shows its provenance on hover and on focus. */
export function IndicatorTable({ rows, unit }: { rows: Row[]; unit: string }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columns] = useState(() =>
    helper.columns([
      helper.accessor("rank", { header: "Rank", sortFn: "basic" }),
      helper.accessor("name", { header: "City", sortFn: "alphanumeric" }),
      helper.accessor("value", {
        header: `Value (${unit})`,
        sortFn: "basic",
        cell: (info) => (
          <span tabIndex={0} title={info.row.original.provenance} className="cursor-help underline decoration-dotted">
            {info.getValue()}
          </span>
        ),
      }),
    ]),
  );
  const table = useTable({ features, columns, data: rows, state: { sorting }, onSortingChange: setSorting });

  return (
    <table className="w-full border-collapse text-sm" data-testid="indicator-table">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id} className="border-b border-gray-300">
            {group.headers.map((header) => {
              const dir = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  className="py-2 pr-4 text-left font-semibold"
                  aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}
                >
                  <button type="button" onClick={header.column.getToggleSortingHandler()} className="hover:underline">
                    <table.FlexRender header={header} />
                    {dir === "asc" ? " ▲" : dir === "desc" ? " ▼" : ""}
                  </button>
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} className="border-b border-gray-100">
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className="py-1.5 pr-4 tabular-nums">
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
