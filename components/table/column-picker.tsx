"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n";

/** Show or hide groups of the table's columns (by pillar, or all reported figures / all scores). */
export function ColumnPicker({
  groups,
  hidden,
  onToggle,
}: {
  groups: { id: string; label: string }[];
  hidden: string[];
  onToggle: (id: string) => void;
}) {
  const { m } = useI18n();
  const id = useId();
  return (
    <details className="text-sm" data-testid="column-picker">
      <summary className="cursor-pointer rounded border border-gray-300 px-2 py-1">{m.table.columns}</summary>
      <fieldset className="mt-1 flex flex-wrap gap-x-4 gap-y-1 rounded border border-gray-200 p-2">
        <legend className="sr-only">{m.table.columns}</legend>
        {groups.map((g) => (
          <label key={g.id} htmlFor={`${id}-${g.id}`} className="inline-flex items-center gap-1">
            <input
              id={`${id}-${g.id}`}
              type="checkbox"
              checked={!hidden.includes(g.id)}
              onChange={() => onToggle(g.id)}
              data-testid={`columns-${g.id}`}
            />
            {g.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
