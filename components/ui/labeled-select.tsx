"use client";

import { useId } from "react";

/** A native select with its visible label: keyboard operable and announced by screen readers as is. */
export function LabeledSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
  hint,
}: {
  label: string;
  value: T;
  options: { value: T; label: string; disabled?: boolean }[];
  onChange: (v: T) => void;
  testId: string;
  /** Shown under the control and read with it (e.g. why some options are unavailable). */
  hint?: React.ReactNode;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs text-gray-700">
        {label}
      </label>
      <select
        id={id}
        data-testid={testId}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.value as T)}
        className="rounded border border-gray-300 px-2 py-1 text-sm"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <div id={`${id}-hint`} className="text-xs text-gray-600">
          {hint}
        </div>
      )}
    </div>
  );
}
