/**
 * Attaches the gazetteer's coordinates to the built places (`npm run data:build`): each record names its place; a
 * record naming no place of the dataset, or a place named twice, fails the build. Places without a record keep no
 * location. The gazetteer's source record joins sources.json only when some place uses it.
 */
import type { BuiltFiles } from "./build";
import { BuildError } from "./build";
import type { SelectedSource } from "./selection-types";
import { parseGazetteer } from "@/lib/geo/gazetteer";
import type { Source } from "@/lib/data/types";

export function withLocations(
  files: BuiltFiles,
  gazetteerCsv: string,
  source: SelectedSource & { retrieved: string },
  file: string,
): BuiltFiles {
  const { records, problems } = parseGazetteer(gazetteerCsv);
  const ids = new Set(files.places.map((p) => p.id));
  for (const r of records) if (!ids.has(r.place)) problems.push(`${file}: "${r.place}" is not a place of the dataset`);
  if (problems.length > 0) throw new BuildError(problems.map((p) => `${file}: ${p}`));
  const byPlace = new Map(records.map((r, i) => [r.place, { r, row: i + 1 }]));
  const places = files.places.map((p) => {
    const hit = byPlace.get(p.id);
    if (!hit) return p;
    const { r, row } = hit;
    return {
      ...p,
      location: {
        lat: r.lat,
        lon: r.lon,
        sourceId: source.id,
        recordId: r.geonameId,
        recordName: r.name,
        ref: `${file}#${row}`,
      },
    };
  });
  if (records.length === 0) return { ...files, places };
  const record: Source = {
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    date: source.date,
    url: source.url ?? "",
    covers: source.covers,
    grade: source.grade,
    retrieved: source.retrieved,
  };
  return { ...files, places, sources: [...files.sources, record] };
}
