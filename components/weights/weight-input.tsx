"use client";

import { useId } from "react";

/** A 0–10 rating as a slider plus a number field, both keyboard operable, with the resulting share beside them. */
export function WeightInput({
  name,
  value,
  share,
  sliderLabel,
  numberLabel,
  onChange,
  testId,
}: {
  name: string;
  value: number;
  share: string;
  sliderLabel: string;
  numberLabel: string;
  onChange: (value: number) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 gap-y-1" data-testid={testId}>
      <label htmlFor={id} className="truncate text-sm" title={name}>
        {name}
      </label>
      <span className="text-right text-xs text-gray-600 tabular-nums" data-testid={`${testId}-share`}>
        {share}
      </span>
      <div className="col-span-2 flex items-center gap-2">
        <input
          id={id}
          type="range"
          min={0}
          max={10}
          step={1}
          value={value}
          aria-label={sliderLabel}
          aria-valuetext={`${value} / 10, ${share}`}
          onChange={(e) => onChange(Number(e.currentTarget.value))}
          className="h-6 min-w-0 flex-1 accent-blue-700"
        />
        <input
          type="number"
          min={0}
          max={10}
          step={0.5}
          value={value}
          aria-label={numberLabel}
          onChange={(e) => {
            const v = e.currentTarget.valueAsNumber;
            if (Number.isFinite(v)) onChange(Math.min(10, Math.max(0, Math.round(v * 10) / 10)));
          }}
          className="w-16 rounded border border-gray-300 px-1.5 py-0.5 text-right text-sm tabular-nums"
        />
      </div>
    </div>
  );
}
