"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n";
import { figureText } from "@/lib/dashboard/figure-text";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { addedPlaces, USER_PLACE_ID } from "@/lib/view/parse-data";
import { parseNumber } from "@/lib/view/parse";
import type { Edit } from "@/lib/view/types";

export interface AlternativeOption {
  indicator: string;
  name: string;
  sources: { id: string; name: string }[];
}

/** A new place's id from its name: a slug not taken by the data or earlier additions. */
function newId(name: string, taken: Set<string>): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 30);
  const root = /^[a-z]/.test(slug) ? slug : `my-place${slug ? `-${slug}` : ""}`;
  let id = root;
  for (let k = 2; taken.has(id) || !USER_PLACE_ID.test(id); k++) id = `${root}-${k}`;
  return id;
}

/**
 * The user's own figures on the data in view: add a place (empty or a hypothetical copy of another), set, scale or
 * remove a figure, switch an indicator to an alternative source. Everything goes into the link (`ed=`, `alt=`).
 */
export function YoursPanel({
  rows,
  places,
  indicators,
  edits,
  alternatives,
  alternativeOptions,
  onChange,
}: {
  rows: PlaceRow[];
  places: { id: string; name: string }[];
  indicators: { id: string; name: string; unit: string }[];
  edits: Edit[];
  alternatives: Record<string, string>;
  alternativeOptions: AlternativeOption[];
  onChange: (edits: Edit[], alternatives: Record<string, string>) => void;
}) {
  const { m, num } = useI18n();
  const y = m.yours;
  const [name, setName] = useState("");
  const [base, setBase] = useState("");
  const [place, setPlace] = useState(places[0]?.id ?? "");
  const [indicator, setIndicator] = useState(indicators[0]?.id ?? "");
  const [how, setHow] = useState<"set" | "scale" | "drop">("set");
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const row = rows.find((r) => r.id === place);
  const cell = row?.raw[indicator];
  const current =
    cell?.value != null && cell.provenance
      ? `${figureText(cell, m.figures, (x) => num(x, x % 1 === 0 ? 0 : 2))} (${cell.provenance.year})`
      : null;
  const field = "rounded border border-gray-300 px-2 py-1 text-sm";
  const label = "flex flex-col gap-0.5 text-xs font-medium text-gray-700";

  const placeName = (id: string) => places.find((p) => p.id === id)?.name ?? id;
  const indName = (id: string) => indicators.find((i) => i.id === id)?.name ?? id;
  const describe = (e: Edit): string => {
    if (e.kind === "add")
      return e.base ? `${y.addTitle}: ${e.name} (${y.startFrom} ${placeName(e.base)})` : `${y.addTitle}: ${e.name}`;
    const where = `${placeName(e.place)} › ${indName(e.indicator)}`;
    if (e.kind === "set") return `${where}: ${y.set} ${e.value}`;
    if (e.kind === "scale") return `${where}: ${y.scale} ${e.factor}`;
    return `${where}: ${y.drop}`;
  };

  const addPlace = () => {
    const n = name.trim();
    if (!n) return setProblem(y.invalidName);
    const id = newId(n, new Set([...places.map((p) => p.id), ...addedPlaces(edits)]));
    setProblem(null);
    setName("");
    onChange([...edits, { kind: "add", id, name: n.slice(0, 60), base: base || null }], alternatives);
    setPlace(id);
  };
  const applyFigure = () => {
    const rest = edits.filter((e) => e.kind === "add" || e.place !== place || e.indicator !== indicator);
    if (how === "drop") return onChange([...rest, { kind: "drop", place, indicator }], alternatives);
    const x = parseNumber(value);
    if (x === null || (how === "scale" && !(x > 0))) return setProblem(y.invalidNumber);
    setProblem(null);
    onChange(
      [
        ...rest,
        how === "set" ? { kind: "set", place, indicator, value: x } : { kind: "scale", place, indicator, factor: x },
      ],
      alternatives,
    );
  };

  return (
    <section aria-labelledby="yours-title" className="space-y-4" data-testid="yours-panel">
      <div>
        <h3 id="yours-title" className="font-semibold">
          {y.title}
        </h3>
        <p className="text-sm text-gray-700">{y.help}</p>
      </div>

      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          addPlace();
        }}
      >
        <fieldset className="contents">
          <legend className="w-full text-sm font-medium">{y.addTitle}</legend>
          <label className={label}>
            {y.name}
            <input
              className={field}
              value={name}
              maxLength={60}
              onChange={(e) => setName(e.target.value)}
              data-testid="add-name"
            />
          </label>
          <label className={label}>
            {y.startFrom}
            <select className={field} value={base} onChange={(e) => setBase(e.target.value)} data-testid="add-base">
              <option value="">{y.startEmpty}</option>
              {places.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded border border-gray-300 px-3 py-1 text-sm hover:bg-gray-50"
            data-testid="add-place"
          >
            {y.add}
          </button>
        </fieldset>
      </form>

      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          applyFigure();
        }}
      >
        <fieldset className="contents">
          <legend className="w-full text-sm font-medium">{y.figureTitle}</legend>
          <label className={label}>
            {y.place}
            <select
              className={field}
              value={place}
              onChange={(e) => setPlace(e.target.value)}
              data-testid="figure-place"
            >
              {places.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label className={label}>
            {y.indicator}
            <select
              className={`${field} max-w-[16rem]`}
              value={indicator}
              onChange={(e) => setIndicator(e.target.value)}
              data-testid="figure-indicator"
            >
              {indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name} ({i.unit})
                </option>
              ))}
            </select>
          </label>
          <label className={label}>
            {y.how}
            <select
              className={field}
              value={how}
              onChange={(e) => setHow(e.target.value as typeof how)}
              data-testid="figure-how"
            >
              <option value="set">{y.set}</option>
              <option value="scale">{y.scale}</option>
              <option value="drop">{y.drop}</option>
            </select>
          </label>
          {how !== "drop" && (
            <label className={label}>
              {y.value}
              <input
                className={`${field} w-28`}
                inputMode="decimal"
                value={value}
                onChange={(e) => setValue(e.target.value)}
                data-testid="figure-value"
              />
            </label>
          )}
          <button
            type="submit"
            className="rounded border border-gray-300 px-3 py-1 text-sm hover:bg-gray-50"
            data-testid="figure-apply"
          >
            {y.apply}
          </button>
          <span className="w-full text-xs text-gray-600">
            {current ? m.yours.published.replace("{value}", current) : y.noPublished}
          </span>
        </fieldset>
      </form>
      {problem && (
        <p role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      )}

      {alternativeOptions.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{y.altTitle}</legend>
          <p className="text-xs text-gray-600">{y.altHelp}</p>
          {alternativeOptions.map((o) => (
            <label key={o.indicator} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="min-w-[14rem]">{o.name}</span>
              <select
                className={field}
                value={alternatives[o.indicator] ?? ""}
                data-testid={`alt-${o.indicator}`}
                onChange={(e) => {
                  const next = { ...alternatives };
                  if (e.target.value) next[o.indicator] = e.target.value;
                  else delete next[o.indicator];
                  onChange(edits, next);
                }}
              >
                <option value="">{y.altPublished}</option>
                {o.sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}

      {edits.length > 0 && (
        <ul className="space-y-1 text-sm" data-testid="yours-changes">
          {edits.map((e, k) => (
            <li key={k} className="flex flex-wrap items-center gap-2">
              <span>✎ {describe(e)}</span>
              <button
                type="button"
                className="rounded border border-gray-300 px-2 py-0.5 text-xs hover:bg-gray-50"
                aria-label={`${y.remove}: ${describe(e)}`}
                onClick={() =>
                  // Undoing an added place also drops the figures set for it.
                  onChange(
                    edits.filter((x, i) => i !== k && !(e.kind === "add" && x.kind !== "add" && x.place === e.id)),
                    alternatives,
                  )
                }
              >
                {y.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
