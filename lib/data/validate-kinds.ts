/**
 * Cross-record rules for value kinds, editions, published lists and the scored/context split (issue 10). Kept apart
 * from `validate.ts` (shape, ids, targets and provinces) so each file holds one idea; `validate.ts` calls
 * `kindErrors` with the same reporting callback.
 */
import type { Dataset, Indicator, Observation } from "./types";

type Report = (record: string, field: string, message: string) => void;

const isWhole = (x: number) => Number.isInteger(x);

export function kindErrors(d: Dataset, err: Report): void {
  const indicators = new Map(d.indicators.map((i) => [i.id, i]));
  for (const i of d.indicators) indicatorErrors(i, err);

  const seen = new Map<string, number>();
  d.observations.forEach((o, index) => {
    const record = `observations[${index}] (${o.place} × ${o.indicator})`;
    const ind = indicators.get(o.indicator);
    if (ind === undefined) return; // reported by validate.ts
    // One figure per place × indicator × edition (older editions are kept beside newer ones).
    const key = `${o.place}|${o.indicator}|${o.edition ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined)
      err(record, "place, indicator, edition", `duplicated place × indicator × edition (also observations[${first}])`);
    else seen.set(key, index);
    observationErrors(record, o, ind, err);
  });
}

function indicatorErrors(i: Indicator, err: Report): void {
  const record = `indicators[${i.id}]`;
  if (i.role === "context" && i.contextReason === undefined)
    err(record, "contextReason", "a context indicator needs its reason (few_places or district_only)");
  if (i.role !== "context" && i.contextReason !== undefined)
    err(record, "contextReason", "only a context indicator has a context reason");
  if (i.kind === "flag" && i.perCapita)
    err(record, "perCapita", "a yes/no designation cannot be divided by population");
  const years = (i.editions ?? []).map((e) => e.year);
  years.forEach((y, k) => {
    if (k > 0 && y <= years[k - 1]!) err(record, `editions[${k}].year`, "editions must be in increasing year order");
  });
  (i.editions ?? []).forEach((e, k) => {
    const list = e.list;
    if (!list) return;
    if (list.known !== undefined && (list.complete || list.known > list.length))
      err(record, `editions[${k}].list.known`, "known positions apply to an incomplete list, and at most its length");
    if ((list.complete || list.known !== undefined) && i.kind !== "rank" && list.absent === undefined)
      err(record, `editions[${k}].list.absent`, 'say what the list means for an absent place ("zero" or "below")');
    if (list.absent === "beyond" && i.kind !== "rank")
      err(record, `editions[${k}].list.absent`, "only a ranked list puts absent places beyond it");
    if (list.absent === "zero" && !list.complete)
      err(record, `editions[${k}].list.absent`, "only a complete list says an absent place has none");
  });
}

function observationErrors(record: string, o: Observation, ind: Indicator, err: Report): void {
  const ranged = o.qualifier === "range";
  if (ranged) {
    if (o.lo === undefined || o.hi === undefined) err(record, "lo, hi", "a range needs both ends (lo and hi)");
    else {
      if (!(o.lo < o.hi)) err(record, "lo, hi", `a range needs lo < hi, got ${o.lo}–${o.hi}`);
      if (o.value !== (o.lo + o.hi) / 2) err(record, "value", "a range's point value is its midpoint (lo + hi) / 2");
      if (ind.kind === "rank" && !(isWhole(o.lo) && isWhole(o.hi) && o.lo >= 1))
        err(record, "lo, hi", "a range of positions has whole-number ends ≥ 1");
    }
  } else if (o.lo !== undefined || o.hi !== undefined) {
    err(record, "lo, hi", "only a range carries lo and hi");
  }
  if (ind.kind === "flag" && !(o.value === 0 || o.value === 1))
    err(record, "value", `a yes/no designation is 0 or 1, got ${o.value}`);
  if (o.granted !== undefined && !(ind.kind === "flag" && o.value === 1))
    err(record, "granted", "only a designation that was granted (value 1) has a year granted");

  const editions = ind.editions;
  if (editions !== undefined) {
    const edition = editions.find((e) => e.year === o.edition);
    if (edition === undefined) {
      err(record, "edition", `edition ${o.edition ?? "(none)"} is not one of ${ind.id}'s editions`);
      return;
    }
    const list = edition.list;
    const top = ranged ? o.hi : o.value;
    if (list && ind.kind === "rank" && top !== undefined && top > list.length)
      err(record, "value", `position ${top} is beyond the edition's list of ${list.length}`);
  }
}
