"use client";

import type { ReactNode } from "react";

/**
 * Small pieces the robustness panels share: a number field that commits a valid value on blur or Enter (an invalid
 * one is left for the user to fix, never applied), and a table header row.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  step,
  integer,
  testId,
  onCommit,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  testId: string;
  onCommit: (x: number) => void;
}) {
  const commit = (text: string) => {
    const x = Number(text);
    if (text.trim() === "" || !Number.isFinite(x) || x < min || x > max || (integer && !Number.isInteger(x))) return;
    const v = integer ? x : Math.round(x * 10) / 10;
    if (v !== value) onCommit(v);
  };
  return (
    <label className="flex flex-col gap-0.5">
      <span className="text-xs text-gray-700">{label}</span>
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        defaultValue={value}
        key={value}
        data-testid={testId}
        className="w-24 rounded border border-gray-300 px-2 py-1"
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(e.currentTarget.value);
        }}
      />
    </label>
  );
}

export function HeadRow({ labels }: { labels: ReactNode[] }) {
  return (
    <tr className="border-b border-gray-300 text-left text-xs text-gray-600">
      {labels.map((l, i) => (
        <th key={i} scope="col" className="py-1 pr-2 font-medium">
          {l}
        </th>
      ))}
    </tr>
  );
}
