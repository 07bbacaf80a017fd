/**
 * Rules that keep a dataset that passes validation from breaking a page: the input limits (checked on the raw object,
 * before the shape is parsed, so 100,000 places are refused in milliseconds instead of validated for seconds), ids
 * unique across the framework's levels (the scoring tree has one namespace), no pillar without indicators, and no
 * figure or weight beyond LIMITS.magnitude (near ±1.7e308 a range overflows to Infinity).
 */
import { formatLimit, LIMITS } from "@/lib/input/limits";
import type { Dataset } from "./types";
import type { DataError } from "./validate";

const lengthOf = (raw: unknown, key: string): number => {
  try {
    const v = (raw as Record<string, unknown> | null)?.[key];
    return Array.isArray(v) ? v.length : 0;
  } catch {
    return 0;
  }
};

/** Counts over the limits, read from the raw object before anything else is checked. */
export function limitErrors(raw: unknown): DataError[] {
  const errors: DataError[] = [];
  const over = (key: string, n: number, limit: number, what: string) => {
    if (n > limit)
      errors.push({
        record: "dataset",
        field: key,
        message: `${formatLimit(n)} ${what}: the limit is ${formatLimit(limit)}`,
      });
  };
  const places = lengthOf(raw, "places");
  const pillars = lengthOf(raw, "pillars");
  const indicators = lengthOf(raw, "indicators");
  over("places", places, LIMITS.places, "places");
  over("indicators", indicators, LIMITS.indicators, "indicators");
  over("pillars", 1 + pillars + indicators, LIMITS.frameworkNodes, "framework nodes (composite, pillars, indicators)");
  // Each place × indicator appears once at most, so more observations than that cannot all be valid.
  over("observations", lengthOf(raw, "observations"), LIMITS.places * LIMITS.indicators, "observations");
  return errors;
}

/** Cross-level ids, empty pillars and magnitudes, on a dataset whose shape is valid. */
export function strictErrors(d: Dataset): DataError[] {
  const errors: DataError[] = [];
  const err = (record: string, field: string, message: string) => errors.push({ record, field, message });

  // One namespace for the framework: the composite, the pillars and the indicators.
  const level = new Map<string, string>([[d.composite.id, "the composite"]]);
  for (const p of d.pillars) {
    const other = level.get(p.id);
    if (other && other !== "a pillar") err(`pillars[${p.id}]`, "id", `"${p.id}" is also the id of ${other}`);
    else level.set(p.id, "a pillar");
  }
  for (const i of d.indicators) {
    const other = level.get(i.id);
    if (other && other !== "an indicator")
      err(`indicators[${i.id}]`, "id", `"${i.id}" is also the id of ${other}: ids are unique across levels`);
    else level.set(i.id, "an indicator");
  }

  const used = new Set(d.indicators.map((i) => i.pillar));
  for (const p of d.pillars)
    if (!used.has(p.id)) err(`pillars[${p.id}]`, "(record)", "the pillar has no indicators: an empty pillar");

  const big = (x: number) => Math.abs(x) > LIMITS.magnitude;
  const beyond = `is beyond the largest magnitude accepted (±${LIMITS.magnitude.toExponential()})`;
  for (const p of d.pillars) if (big(p.weight)) err(`pillars[${p.id}]`, "weight", `weight ${p.weight} ${beyond}`);
  for (const i of d.indicators) if (big(i.weight)) err(`indicators[${i.id}]`, "weight", `weight ${i.weight} ${beyond}`);
  for (const p of d.places)
    for (const k of ["population", "gdp"] as const) {
      const den = p[k];
      if (den && big(den.value)) err(`places[${p.id}]`, `${k}.value`, `${den.value} ${beyond}`);
    }
  d.observations.forEach((o, index) => {
    const record = `observations[${index}] (${o.place} × ${o.indicator})`;
    if (big(o.value)) err(record, "value", `${o.value} ${beyond}`);
    o.alternatives.forEach((a, k) => {
      if (big(a.value)) err(record, `alternatives[${k}].value`, `${a.value} ${beyond}`);
    });
  });
  return errors;
}
