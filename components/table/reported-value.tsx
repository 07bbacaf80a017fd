"use client";

import { useI18n } from "@/components/i18n";
import { ProvenanceTip } from "@/components/table/provenance-tip";
import { decimalsOf, significantDigits } from "@/lib/dashboard/precision";
import { figureText } from "@/lib/dashboard/figure-text";
import type { RawCell } from "@/lib/dashboard/rows";
import { yearText } from "@/lib/i18n/years";

/**
 * The one display of a reported figure: its kind marked ("≥500", "~300", "6–10", "＞10", "yes (2019)"), a "‡" when it
 * rests only on a repost, and its provenance on hover, focus and tap; or a dash with the reason it is missing. `scaled` shows the per-capita / per-GDP figure of the view instead of the reported one, and
 * its tooltip names the denominator with its year and source. Figures keep the precision their source gave them.
 * The cell holds only what a spreadsheet should receive when rows are copied: the figure (or "—"), no hidden text.
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
  const { m, fill, num, sig, locale } = useI18n();
  const v = scaled ? cell?.scaled : cell?.value;
  if (v == null || !cell?.provenance) {
    const why = cell?.missingReason ?? m.table.missingReason;
    const label = fill(m.common.paren, { text: m.table.missing, note: why });
    return (
      <span className="text-gray-500">
        <span role="img" aria-label={label} title={why}>
          —
        </span>
        {showYear && <span className="ml-1 text-xs">{why}</span>}
      </span>
    );
  }
  const d = scaled ? cell.denominator : null;
  const format = (x: number) => (d ? sig(x, Math.max(3, significantDigits(cell.value ?? x))) : num(x, decimalsOf(x)));
  const text = figureText(cell, m.figures, format, { scaled });
  const year = yearText(cell.provenance.year, locale);
  return (
    <ProvenanceTip
      provenance={cell.provenance}
      testId={testId}
      denominator={
        d &&
        fill(m.provenance.denominator, {
          what: d.kind === "population" ? m.provenance.population : m.provenance.gdp,
          value: fill(m.common.withUnit, {
            name: num(d.value, decimalsOf(d.value)),
            unit: d.unit === "persons" ? m.provenance.persons : d.unit,
          }),
          year: yearText(d.year, locale).text,
          source: d.source,
        })
      }
    >
      {cell.provenance.userChange && (
        // The user's own figure (results-out issue 13): the mark is drawn by CSS, so copied cells stay numbers.
        <span
          role="img"
          className="mr-0.5 text-violet-800 before:content-['✎']"
          aria-label={m.yours.mark}
          data-user-change
        />
      )}
      {text}
      {cell.provenance.secondary && (
        // Drawn by CSS like the ✎ mark, so copied cells stay figures; named for screen readers.
        <span
          role="img"
          className="ml-0.5 align-super text-xs text-amber-800 before:content-['‡']"
          aria-label={m.figures.secondary}
          data-testid="secondary-mark"
        />
      )}
      {showYear && (
        <span className="ml-1 text-xs text-gray-500">
          {year.translated ? year.text : fill(m.common.original, { text: year.text })}
        </span>
      )}
    </ProvenanceTip>
  );
}
