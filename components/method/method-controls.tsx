"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n";
import { LabeledSelect } from "@/components/ui/labeled-select";
import {
  AGGREGATIONS,
  MISSING_POLICIES,
  NORMALIZATIONS,
  SCALES,
  type Aggregation,
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
}

/** Normalization, aggregation, missing-data policy with its coverage threshold, and absolute vs per-capita scale. */
export function MethodControls({
  settings,
  onChange,
}: {
  settings: MethodSettings;
  onChange: (patch: Partial<MethodSettings>) => void;
}) {
  const { m } = useI18n();
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
        options={NORMALIZATIONS.map((v) => ({ value: v, label: names.normalization[v] }))}
        onChange={(normalization) => onChange({ normalization })}
      />
      <LabeledSelect
        testId="method-aggregation"
        label={m.methods.aggregation}
        value={settings.aggregation ?? "framework"}
        options={[
          { value: "framework" as const, label: m.methods.aggregationFramework },
          ...AGGREGATIONS.map((v) => ({ value: v, label: names.aggregation[v] })),
        ]}
        onChange={(v) => onChange({ aggregation: v === "framework" ? null : v })}
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
          {m.methods.threshold}: <span className="tabular-nums">{settings.coverageThreshold}%</span>
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
    </section>
  );
}
