"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n";
import type { Provenance } from "@/lib/dashboard/rows";

/**
 * A value with its provenance (source, year, qualifier, note) in a tooltip that opens on hover and on keyboard focus.
 * Everything is rendered as text: names and notes from data are never parsed as HTML.
 */
export function ProvenanceTip({
  children,
  provenance,
  testId,
}: {
  children: React.ReactNode;
  provenance: Provenance;
  testId?: string;
}) {
  const { m } = useI18n();
  const id = useId();
  const q = m.provenance[provenance.qualifier];
  return (
    <span className="group relative inline-block">
      <span
        tabIndex={0}
        aria-describedby={id}
        data-testid={testId}
        className="cursor-help underline decoration-gray-400 decoration-dotted underline-offset-2"
      >
        {children}
      </span>
      <span
        id={id}
        role="tooltip"
        className="invisible absolute top-full left-0 z-20 mt-1 w-72 rounded border border-gray-300 bg-white p-2 text-left text-xs font-normal whitespace-normal text-gray-800 shadow-lg group-focus-within:visible group-hover:visible"
      >
        {provenance.userChange && <span className="block font-medium text-violet-900">✎ {provenance.userChange}</span>}
        <span className="block">
          <b>{m.provenance.source}:</b> {provenance.source}
        </span>
        <span className="block">
          <b>{m.provenance.year}:</b> {provenance.year}
        </span>
        <span className="block">
          <b>{m.provenance.qualifier}:</b> {q}
        </span>
        {provenance.note && (
          <span className="block">
            <b>{m.provenance.note}:</b> {provenance.note}
          </span>
        )}
        {provenance.alternatives.length > 0 && (
          <span className="block">
            <b>{m.provenance.alternatives}:</b>{" "}
            {provenance.alternatives.map((a) => `${a.value} (${a.source}, ${a.year})`).join("; ")}
          </span>
        )}
      </span>
    </span>
  );
}
