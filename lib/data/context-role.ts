/**
 * The "context, not scored" rule for datasets that do not state it. The bundled build marks every indicator (`role`);
 * an imported or hand-made dataset may not, and then the same rule applies here, when the dataset is read: an indicator
 * that fewer than 5 cities report (a min-max over three points makes one city 0 and another 100 on almost nothing), or
 * that only districts report, is shown as context and never scored. A stated `role` is always kept.
 */
import type { ContextReason, Dataset, Indicator } from "./types";

/** The fewest cities that must report an indicator for it to be scored (as the bundled build). */
export const MIN_CITIES_SCORED = 5;

/**
 * Why an indicator without a stated role is context, or null when it is scored. The "few" rule needs a dataset of at
 * least 5 cities: in a smaller one (a worked example, a test) every indicator has few places, and the reader chose it.
 */
export function derivedContextReason(dataset: Dataset, indicatorId: string): ContextReason | null {
  const level = new Map(dataset.places.map((p) => [p.id, p.level]));
  const reporting = new Set(dataset.observations.filter((o) => o.indicator === indicatorId).map((o) => o.place));
  const cities = [...reporting].filter((p) => level.get(p) === "city").length;
  if (reporting.size > 0 && cities === 0) return "district_only";
  const allCities = dataset.places.filter((p) => p.level === "city").length;
  if (allCities >= MIN_CITIES_SCORED && cities < MIN_CITIES_SCORED) return "few_places";
  return null;
}

/** The dataset with a role on every indicator: stated ones kept, the rest derived by the rule above. */
export function withContextRoles(dataset: Dataset): Dataset {
  if (dataset.indicators.every((i) => i.role !== undefined)) return dataset;
  const indicators = dataset.indicators.map((i): Indicator => {
    if (i.role !== undefined) return i;
    const reason = derivedContextReason(dataset, i.id);
    return reason === null ? { ...i, role: "scored" } : { ...i, role: "context", contextReason: reason };
  });
  return { ...dataset, indicators };
}

/** One warning per indicator the rule made context, so whoever supplied the data learns why it is not scored. */
export function contextRoleWarnings(before: Dataset, after: Dataset): string[] {
  return after.indicators.flatMap((i, k) =>
    before.indicators[k]?.role === undefined && i.role === "context"
      ? [
          i.contextReason === "district_only"
            ? `indicators[${i.id}]: only districts report it; shown as context, not scored`
            : `indicators[${i.id}]: fewer than ${MIN_CITIES_SCORED} cities report it; shown as context, not scored`,
        ]
      : [],
  );
}
