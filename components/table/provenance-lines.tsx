"use client";

import { useI18n } from "@/components/i18n";
import type { Provenance } from "@/lib/dashboard/rows";
import { yearText } from "@/lib/i18n/years";

/**
 * What every tooltip says of a reported figure, as label–value lines: source, where it was read and its grade,
 * edition, year, kind (and what a complete list says of a place absent from it), the denominator of a scaled figure,
 * the note and other sources' figures. Shared by the table's tooltips and the map's, so a figure is described the
 * same way wherever it is shown. In Chinese, a year or note without a translation is labelled as the original text.
 */
export function useProvenanceLines(provenance: Provenance, denominator?: string | null) {
  const { m, fill, locale } = useI18n();
  // Notes are the research's own words; in Chinese they are labelled as the original text (no translation exists).
  const noteLabel = locale === "zh" ? fill(m.common.original, { text: m.provenance.note }) : m.provenance.note;
  const f = m.figures;
  const kind = provenance.derived === "absent_zero" ? "absent_zero" : provenance.qualifier;
  const n = String(provenance.listLength ?? "");
  const derived =
    provenance.derived === "beyond_list"
      ? fill(f.beyond, { n })
      : provenance.derived === "absent_zero"
        ? f.absentZero
        : null;
  const year = yearText(provenance.year, locale);
  const yearShown = year.translated ? year.text : fill(m.common.original, { text: year.text });
  const alternatives = provenance.alternatives.map((a) => `${a.value} (${a.source}, ${a.year})`).join("; ");
  const lines: [string, string][] = [
    [m.provenance.source, provenance.source],
    ...(provenance.grade ? [[f.grade, f.grades[provenance.grade]] as [string, string]] : []),
    ...(provenance.edition ? [[f.edition, provenance.edition] as [string, string]] : []),
    [m.provenance.year, yearShown],
    [f.kind, derived ? `${f.kinds[kind]}. ${derived}` : f.kinds[kind]],
    ...(provenance.secondary ? [[f.secondary, f.secondaryHelp] as [string, string]] : []),
    ...(denominator ? [[m.provenance.scaledBy, denominator] as [string, string]] : []),
    ...(provenance.note ? [[noteLabel, provenance.note] as [string, string]] : []),
    ...(alternatives ? [[m.provenance.alternatives, alternatives] as [string, string]] : []),
  ];
  const description = [
    ...(provenance.userChange ? [`✎ ${provenance.userChange}`] : []),
    ...lines.map(([label, value]) => `${label}${m.common.colon}${value}`),
  ].join(locale === "zh" ? "；" : "; ");
  return { lines, description };
}

/** The lines as the tooltip shows them: the user's change first, then label–value lines. */
export function ProvenanceLines({ provenance, denominator }: { provenance: Provenance; denominator?: string | null }) {
  const { m } = useI18n();
  const { lines } = useProvenanceLines(provenance, denominator);
  return (
    <>
      {/* A figure the user changed says so first (results-out issue 13). */}
      {provenance.userChange && <span className="block font-medium text-violet-900">✎ {provenance.userChange}</span>}
      {lines.map(([label, value]) => (
        <span key={label} className="block">
          <b>
            {label}
            {m.common.colon}
          </b>
          {value}
        </span>
      ))}
    </>
  );
}
