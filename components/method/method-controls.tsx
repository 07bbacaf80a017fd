"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n";
import { LabeledSelect } from "@/components/ui/labeled-select";
import { aggregationRefusals, type Refusal } from "@/lib/dashboard/method-support";
import {
  AGGREGATIONS,
  LEVELS,
  MISSING_POLICIES,
  NORMALIZATIONS,
  SCALES,
  type Aggregation,
  type Level,
  type MissingPolicy,
  type Normalization,
  type Scale,
} from "@/lib/view/options";

export interface MethodSettings {
  normalization: Normalization;
  aggregation: Aggregation | null;
  missing: MissingPolicy;
  coverageThreshold: number;
  scale: Scale;
  /** Cities only, or districts beside them (always marked). */
  level: Level;
}

/**
 * Normalization, aggregation, missing-data policy with its coverage threshold, and absolute vs per-capita scale. A
 * method the data cannot support is shown disabled, with the reason under the control.
 */
export function MethodControls({
  settings,
  onChange,
  refusals,
  describe,
}: {
  settings: MethodSettings;
  onChange: (patch: Partial<MethodSettings>) => void;
  /** Normalizations the data cannot support. */
  refusals: Partial<Record<Normalization, Refusal>>;
  /** A refusal in words. */
  describe: (r: Refusal) => string;
}) {
  const { m, fill } = useI18n();
  const aggRefusals = aggregationRefusals(settings.normalization);
  const unavailable = <T extends string>(
    list: readonly T[],
    refused: Partial<Record<T, Refusal>>,
    label: (v: T) => string,
  ) => {
    const items = list.filter((v) => refused[v]);
    if (items.length === 0) return undefined;
    return (
      <div data-testid="unavailable-methods">
        <span>{m.methods.unavailable}</span>
        <ul className="list-disc pl-4">
          {items.map((v) => (
            <li key={v}>{fill(m.methods.unavailableItem, { method: label(v), reason: describe(refused[v]!) })}</li>
          ))}
        </ul>
      </div>
    );
  };
  const thresholdId = useId();
  const names = m.methodNames;
  return (
    <section aria-labelledby="method-title" className="space-y-2">
      <h2 id="method-title" className="text-base font-semibold">
        {m.methods.title}
      </h2>
      <LabeledSelect
        testId="method-normalization"
        label={m.methods.normalization}
        value={settings.normalization}
        options={NORMALIZATIONS.map((v) => ({ value: v, label: names.normalization[v], disabled: !!refusals[v] }))}
        onChange={(normalization) => onChange({ normalization })}
        hint={unavailable(NORMALIZATIONS, refusals, (v) => names.normalization[v])}
      />
      <LabeledSelect
        testId="method-aggregation"
        label={m.methods.aggregation}
        value={settings.aggregation ?? "framework"}
        options={[
          { value: "framework" as const, label: m.methods.aggregationFramework },
          ...AGGREGATIONS.map((v) => ({ value: v, label: names.aggregation[v], disabled: !!aggRefusals[v] })),
        ]}
        onChange={(v) => onChange({ aggregation: v === "framework" ? null : v })}
        hint={unavailable(AGGREGATIONS, aggRefusals, (v) => names.aggregation[v])}
      />
      <LabeledSelect
        testId="method-missing"
        label={m.methods.missing}
        value={settings.missing}
        options={MISSING_POLICIES.map((v) => ({ value: v, label: names.missing[v] }))}
        onChange={(missing) => onChange({ missing })}
      />
      <div className="flex flex-col gap-0.5">
        <label htmlFor={thresholdId} className="text-xs text-gray-700">
          {m.methods.threshold}
          {m.common.colon}
          <span className="tabular-nums">{settings.coverageThreshold}%</span>
        </label>
        <input
          id={thresholdId}
          data-testid="method-threshold"
          type="range"
          min={0}
          max={100}
          step={5}
          value={settings.coverageThreshold}
          aria-valuetext={`${settings.coverageThreshold}%`}
          onChange={(e) => onChange({ coverageThreshold: Number(e.currentTarget.value) })}
          className="accent-blue-700"
        />
        <p className="text-xs text-gray-500">{m.methods.thresholdHelp}</p>
      </div>
      <LabeledSelect
        testId="method-scale"
        label={m.methods.scale}
        value={settings.scale}
        options={SCALES.map((v) => ({ value: v, label: names.scale[v] }))}
        onChange={(scale) => onChange({ scale })}
      />
      <LabeledSelect
        testId="method-level"
        label={m.figures.level}
        value={settings.level}
        options={LEVELS.map((v) => ({ value: v, label: m.figures.levels[v] }))}
        onChange={(level) => onChange({ level })}
      />
      <p className="text-xs text-gray-500">{m.figures.levelHelp}</p>
    </section>
  );
}
