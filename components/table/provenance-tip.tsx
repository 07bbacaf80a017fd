"use client";

import { ProvenanceLines, useProvenanceLines } from "@/components/table/provenance-lines";
import { FloatingTip } from "@/components/ui/floating-tip";
import type { Provenance } from "@/lib/dashboard/rows";

/**
 * A value with its provenance (source, where it was read and its grade, edition, year, kind, what a complete list
 * says of an absent place, note; for a per-capita or per-GDP figure, the denominator with its year and source) in a
 * tooltip that opens on hover, keyboard focus and tap. Everything is rendered as text: names and notes from data
 * are never parsed as HTML. The lines themselves are `provenance-lines.tsx` (the map's tooltip says the same).
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
  const { description } = useProvenanceLines(provenance, denominator);
  const tip = <ProvenanceLines provenance={provenance} denominator={denominator} />;
  return (
    <FloatingTip tip={tip} description={description} testId={testId}>
      {children}
    </FloatingTip>
  );
}
