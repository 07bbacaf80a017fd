"use client";

import { useI18n } from "@/components/i18n";
import type { DistrictLine } from "@/lib/dashboard/districts";
import type { PlaceRow } from "@/lib/dashboard/rows";

/**
 * What a head to head across levels says before any figure (issue 16): a district against a city is named as such,
 * with the district's share of its own city, so a gap that is only a difference of size reads as one. Two districts
 * are placed in their cities. Two cities need no note.
 */
export function LevelNote({
  a,
  b,
  districts,
  indicators,
}: {
  a: PlaceRow;
  b: PlaceRow;
  districts: DistrictLine[];
  indicators: { id: string; name: string }[];
}) {
  const { m, fill, num, pct } = useI18n();
  const d = m.districts;
  const line = new Map(districts.map((l) => [l.id, l]));
  const la = line.get(a.id);
  const lb = line.get(b.id);
  if (a.level !== "district" && b.level !== "district") return null;
  const name = new Map(indicators.map((i) => [i.id, i.name]));
  let head: string;
  if (a.level === "district" && b.level === "district")
    head = fill(d.levelNoteBoth, { a: a.name, b: b.name, cityA: la?.city?.name ?? "—", cityB: lb?.city?.name ?? "—" });
  else {
    const [dist, city] = a.level === "district" ? [a, b] : [b, a];
    head = fill(d.levelNote, { a: dist.name, b: city.name, city: line.get(dist.id)?.city?.name ?? "—" });
  }
  const shares = [la, lb].flatMap((l) =>
    l && l.city
      ? l.measures
          .filter((x) => x.share !== null && x.value !== null && x.cityValue !== null)
          .map((x) => ({
            key: `${l.id}:${x.indicator}`,
            text: `${name.get(x.indicator) ?? x.indicator}: ${fill(d.ofCity, {
              name: l.name,
              value: num(x.value!, 0),
              city: l.city!.name,
              cityValue: num(x.cityValue!, 0),
              share: pct(x.share!, 1),
            })}`,
          }))
      : [],
  );
  return (
    <div
      role="note"
      className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="level-note"
    >
      <p>{head}</p>
      {shares.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-xs">
          {shares.map((s) => (
            <li key={s.key}>{s.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
