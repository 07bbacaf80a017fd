"use client";

import { useI18n } from "@/components/i18n";
import { FloatingTip } from "@/components/ui/floating-tip";
import type { Provenance } from "@/lib/dashboard/rows";
import { yearText } from "@/lib/i18n/years";

/**
 * A value with its provenance (source, where it was read and its grade, edition, year, kind, what a complete list
 * says of an absent place, note; for a per-capita or per-GDP figure, the denominator with its year and source) in a
 * tooltip that opens on hover, keyboard focus and tap. Everything is rendered as text: names
 * and notes from data are never parsed as HTML. In Chinese, a year or note without a translation is labelled as the
 * original text.
 */
export function ProvenanceTip({
  children,
  provenance,
  denominator,
  testId,
}: {
  children: React.ReactNode;
  provenance: Provenance;
  /** "Divided by population 21,893,095 (2020; source)", for a scaled figure. */
  denominator?: string | null;
  testId?: string;
}) {
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
  const tip = (
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
  const description = [
    ...(provenance.userChange ? [`✎ ${provenance.userChange}`] : []),
    ...lines.map(([label, value]) => `${label}${m.common.colon}${value}`),
  ].join(locale === "zh" ? "；" : "; ");
  return (
    <FloatingTip tip={tip} description={description} testId={testId}>
      {children}
    </FloatingTip>
  );
}
