"use client";

import { useId, useRef, useState } from "react";
import { AboutButton, AboutPanel, type IndicatorAbout } from "@/components/weights/indicator-about";

/** A 0–10 rating as a slider plus a number field, both keyboard operable, with the resulting share beside them. */
export function WeightInput({
  name,
  value,
  share,
  sliderLabel,
  numberLabel,
  onChange,
  testId,
  about,
}: {
  name: string;
  value: number;
  share: string;
  sliderLabel: string;
  numberLabel: string;
  onChange: (value: number) => void;
  testId: string;
  /** An indicator's definition, years, coverage and source, behind an ⓘ button. */
  about?: IndicatorAbout;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 gap-y-1" data-testid={testId}>
      <div className="flex min-w-0 items-start">
        {/* Long names wrap (Chinese names have no spaces to break at). */}
        <label htmlFor={id} className="text-sm leading-snug [overflow-wrap:anywhere]">
          {name}
        </label>
        {about && (
          <AboutButton
            ref={button}
            name={name}
            open={open}
            controls={`${id}-about`}
            onToggle={() => setOpen((o) => !o)}
          />
        )}
      </div>
      <span className="text-right text-xs text-gray-600 tabular-nums" data-testid={`${testId}-share`}>
        {share}
      </span>
      {about && open && <AboutPanel id={`${id}-about`} name={name} about={about} onClose={close} />}
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
