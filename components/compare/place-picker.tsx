"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n";

/** Choose `min`–`max` places (compare: 2–4): chips with a remove button each, and a select to add one more. */
export function PlacePicker({
  places,
  chosen,
  onChange,
  min = 2,
  max = 4,
  legend,
  testId = "place-picker",
}: {
  places: { id: string; name: string }[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  min?: number;
  max?: number;
  legend?: string;
  testId?: string;
}) {
  const { m, fill } = useI18n();
  const id = useId();
  const name = (pid: string) => places.find((p) => p.id === pid)?.name ?? pid;
  const rest = places.filter((p) => !chosen.includes(p.id));
  return (
    <fieldset className="flex flex-wrap items-center gap-2" data-testid={testId}>
      <legend className="mb-1 text-sm font-medium">{legend ?? m.compare.choose}</legend>
      {chosen.map((pid) => (
        <span
          key={pid}
          className="inline-flex items-center gap-1 rounded-full border border-gray-300 bg-gray-50 py-0.5 pr-1 pl-2 text-sm"
        >
          {name(pid)}
          <button
            type="button"
            disabled={chosen.length <= min}
            aria-label={fill(m.compare.remove, { name: name(pid) })}
            onClick={() => onChange(chosen.filter((c) => c !== pid))}
            className="rounded-full px-1 text-gray-600 hover:bg-gray-200 disabled:opacity-30"
          >
            ×
          </button>
        </span>
      ))}
      {chosen.length < max && (
        <>
          <label htmlFor={id} className="sr-only">
            {m.compare.add}
          </label>
          <select
            id={id}
            value=""
            onChange={(e) => e.currentTarget.value && onChange([...chosen, e.currentTarget.value])}
            className="rounded border border-gray-300 px-2 py-1 text-sm"
          >
            <option value="">{m.compare.add}…</option>
            {rest.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </>
      )}
    </fieldset>
  );
}
