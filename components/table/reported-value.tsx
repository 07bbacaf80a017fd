"use client";

import { useI18n } from "@/components/i18n";
import { ProvenanceTip } from "@/components/table/provenance-tip";
import { qualified } from "@/lib/dashboard/qualified";
import type { RawCell } from "@/lib/dashboard/rows";

/**
 * A reported figure with its qualifier mark (≥, ~) and its provenance on hover and focus; or a dash with the reason
 * it is missing. `scaled` shows the per-capita / per-GDP figure of the view instead of the reported one.
 */
export function ReportedValue({
  cell,
  scaled = false,
  showYear = false,
  testId,
}: {
  cell: RawCell | undefined;
  scaled?: boolean;
  showYear?: boolean;
  testId?: string;
}) {
  const { m, num } = useI18n();
  const v = scaled ? cell?.scaled : cell?.value;
  if (v == null || !cell?.provenance) {
    const why = cell?.missingReason ?? m.table.missingReason;
    return (
      <span className="text-gray-500" title={why}>
        —<span className="sr-only"> {m.table.missing}: </span>
        {showYear ? <span className="ml-1 text-xs">{why}</span> : <span className="sr-only">{why}</span>}
      </span>
    );
  }
  return (
    <ProvenanceTip provenance={cell.provenance} testId={testId}>
      {cell.provenance.userChange && (
        <span className="mr-0.5 text-violet-800" aria-label={m.yours.mark} data-user-change>
          ✎
        </span>
      )}
      {qualified(num(v, v % 1 === 0 ? 0 : 2), cell.provenance.qualifier)}
      {showYear && <span className="ml-1 text-xs text-gray-500">{cell.provenance.year}</span>}
    </ProvenanceTip>
  );
}
