/**
 * The user's own figures applied to a dataset (the bundled one or an import): places added (from scratch or as a
 * hypothetical copy of another), figures replaced, scaled or removed, indicators switched to an alternative source
 * the data already hold. The result is a new Dataset in which every changed figure says what was done
 * (`Observation.userChange`) and every added place is marked (`Place.userMade`, "✎" after its name), so each view,
 * export and preview shows the change as the user's. The published data are never modified.
 */
import type { Alternative, Dataset, Observation, Place, Source } from "@/lib/data/types";
import type { Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/view/options";
import type { Edit } from "@/lib/view/types";

export const USER_SOURCE_ID = "user-edit";
/** Shown after the name of a place the user added, in every view and export. */
export const USER_MARK = "✎";

export interface EditOutcome {
  dataset: Dataset;
  /** Edits that could not apply (say, 20 % more of a figure nobody reported), in words. */
  skipped: string[];
  /** One line per change, in words, for the banner and the exports. */
  summary: string[];
}

const fmt = (x: number) => String(Number(x.toPrecision(12)));

export function applyEdits(
  dataset: Dataset,
  edits: readonly Edit[],
  alternatives: Readonly<Record<string, string>>,
  m: Messages,
  locale: Locale,
): EditOutcome {
  if (edits.length === 0 && Object.keys(alternatives).length === 0) return { dataset, skipped: [], summary: [] };
  const t = m.edits;
  const zh = locale === "zh";
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const placeName = new Map(dataset.places.map((p) => [p.id, zh ? p.nameZh : p.nameEn]));
  const indName = new Map(dataset.indicators.map((i) => [i.id, zh ? i.nameZh : i.nameEn]));
  const cite = (o: { value: number; sourceId: string; year: string }) => {
    const s = sources.get(o.sourceId);
    return `${fmt(o.value)} (${s ? s.publisher : o.sourceId}, ${o.year})`;
  };
  // One figure per place × indicator × edition (issue 10 keeps every edition): an edit changes the figure the views
  // read, that of the indicator's latest edition (or, for official statistics, the place's latest year).
  const key = (place: string, ind: string, edition?: number) => `${place}|${ind}|${edition ?? ""}`;
  const obs = new Map<string, Observation>(
    dataset.observations.map((o) => [key(o.place, o.indicator, o.edition), { ...o }]),
  );
  const order = dataset.observations.map((o) => key(o.place, o.indicator, o.edition));
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const target = (place: string, ind: string): { k: string; edition?: number } => {
    const editions = indicators.get(ind)?.editions;
    const latest = editions && editions.length > 0 ? editions[editions.length - 1]!.year : undefined;
    if (latest !== undefined) return { k: key(place, ind, latest), edition: latest };
    let best: Observation | undefined;
    for (const o of obs.values())
      if (o.place === place && o.indicator === ind && (!best || (o.edition ?? -Infinity) > (best.edition ?? -Infinity)))
        best = o;
    return { k: key(place, ind, best?.edition), edition: best?.edition };
  };
  const places: Place[] = [...dataset.places];
  const skipped: string[] = [];
  const summary: string[] = [];
  let usedUserSource = false;

  // Alternative sources first: a later "set" on the same figure then starts from the chosen source's figure.
  for (const [ind, sourceId] of Object.entries(alternatives)) {
    let switched = 0;
    let kept = 0;
    for (const o of obs.values()) {
      if (o.indicator !== ind) continue;
      const alt = o.alternatives.find((a) => a.sourceId === sourceId);
      if (!alt) {
        kept++;
        continue;
      }
      const published: Alternative = {
        sourceId: o.sourceId,
        value: o.value,
        year: o.year,
        qualifier: o.qualifier,
        note: o.note,
      };
      obs.set(key(o.place, o.indicator, o.edition), {
        ...o,
        value: alt.value,
        sourceId: alt.sourceId,
        year: alt.year,
        qualifier: alt.qualifier,
        note: alt.note,
        alternatives: [published, ...o.alternatives.filter((a) => a !== alt)],
        userChange: fill(t.changedAlternative, { published: cite(o) }),
      });
      switched++;
    }
    const s = sources.get(sourceId);
    summary.push(
      fill(kept > 0 ? t.summaryAlternativeMixed : t.summaryAlternative, {
        indicator: indName.get(ind) ?? ind,
        source: s ? s.publisher : sourceId,
        switched,
        kept,
      }),
    );
  }

  for (const e of edits) {
    if (e.kind === "add") {
      const base = e.base ? places.find((p) => p.id === e.base) : undefined;
      places.push({
        id: e.id,
        nameEn: `${e.name} ${USER_MARK}`,
        nameZh: `${e.name} ${USER_MARK}`,
        level: base?.level ?? "city",
        parent: base?.parent ?? null,
        population: base?.population ?? null,
        gdp: base?.gdp ?? null,
        userMade: true,
      });
      placeName.set(e.id, e.name);
      if (base) {
        for (const k of order) {
          const o = obs.get(k);
          if (!o || o.place !== base.id) continue;
          obs.set(key(e.id, o.indicator, o.edition), {
            ...o,
            place: e.id,
            userChange: fill(t.changedCopied, { base: placeName.get(base.id) ?? base.id }),
          });
          order.push(key(e.id, o.indicator, o.edition));
        }
        summary.push(fill(t.summaryHypothetical, { name: e.name, base: placeName.get(base.id) ?? base.id }));
      } else summary.push(fill(t.summaryAdded, { name: e.name }));
      continue;
    }
    const { k, edition } = target(e.place, e.indicator);
    const before = obs.get(k);
    const where = `${placeName.get(e.place) ?? e.place} › ${indName.get(e.indicator) ?? e.indicator}`;
    if (e.kind === "drop") {
      if (before) {
        obs.delete(k);
        summary.push(fill(t.summaryDropped, { where, published: cite(before) }));
      } else skipped.push(fill(t.skippedNothing, { where }));
      continue;
    }
    if (e.kind === "scale" && !before) {
      skipped.push(fill(t.skippedNothing, { where }));
      continue;
    }
    const value = e.kind === "set" ? e.value : before!.value * e.factor;
    const was = before ? cite(before) : t.noPublished;
    const change =
      e.kind === "set"
        ? fill(t.changedSet, { published: was })
        : fill(t.changedScaled, { published: was, factor: fmt(e.factor) });
    usedUserSource = true;
    obs.set(k, {
      place: e.place,
      indicator: e.indicator,
      value,
      sourceId: USER_SOURCE_ID,
      year: before?.year ?? t.yourYear,
      qualifier: e.kind === "scale" ? (before?.qualifier ?? "exact") : "exact",
      ...(e.kind === "scale" && before?.lo !== undefined && before.hi !== undefined
        ? { lo: before.lo * e.factor, hi: before.hi * e.factor }
        : {}),
      ...(edition !== undefined ? { edition } : {}),
      note: "",
      alternatives: before
        ? [
            {
              sourceId: before.sourceId,
              value: before.value,
              year: before.year,
              qualifier: before.qualifier,
              note: before.note,
            },
            ...before.alternatives,
          ]
        : [],
      userChange: before?.userChange ? `${before.userChange}; ${change}` : change,
    });
    if (!before) order.push(k);
    summary.push(
      fill(e.kind === "set" ? t.summarySet : t.summaryScaled, {
        where,
        value: fmt(value),
        published: was,
        factor: fmt(e.kind === "scale" ? e.factor : 1),
      }),
    );
  }

  const userSource: Source = {
    id: USER_SOURCE_ID,
    publisher: t.sourcePublisher,
    title: t.sourceTitle,
    date: "",
    url: "",
    covers: t.sourceCovers,
  };
  return {
    dataset: {
      ...dataset,
      sources: usedUserSource && !sources.has(USER_SOURCE_ID) ? [...dataset.sources, userSource] : dataset.sources,
      places,
      observations: order.filter((k, i) => order.indexOf(k) === i && obs.has(k)).map((k) => obs.get(k)!),
    },
    skipped,
    summary,
  };
}
