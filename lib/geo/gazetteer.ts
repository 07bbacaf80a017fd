/**
 * The gazetteer file `data/research/gazetteer-geonames.csv`: one GeoNames record per place, every field of the
 * GeoNames export row verbatim except `alternatenames` (a long list of other names), after a first column `place`
 * naming our place id. Parsing checks the shape and the ranges; it never guesses a coordinate.
 */
import Papa from "papaparse";

export interface GazetteerRecord {
  place: string;
  geonameId: number;
  /** GeoNames' name, verbatim (UTF-8; e.g. "Xi’an"). */
  name: string;
  lat: number;
  lon: number;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-order division, PPLA2 second-order, … */
  featureCode: string;
  /** The record's last modification in GeoNames (YYYY-MM-DD). */
  modified: string;
}

export const GAZETTEER_COLUMNS = [
  "place",
  "geonameid",
  "name",
  "asciiname",
  "latitude",
  "longitude",
  "feature_class",
  "feature_code",
  "country_code",
  "cc2",
  "admin1_code",
  "admin2_code",
  "admin3_code",
  "admin4_code",
  "population",
  "elevation",
  "dem",
  "timezone",
  "modification_date",
] as const;

/** The record's page on geonames.org, where anyone can check it. */
export const geonamesUrl = (id: number) => `https://www.geonames.org/${id}`;

const DECIMAL = /^-?\d{1,3}\.\d+$|^-?\d{1,3}$/;

/** Records, or every problem found (row numbers are 1-based data rows). */
export function parseGazetteer(csv: string): { records: GazetteerRecord[]; problems: string[] } {
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true });
  const problems = parsed.errors.map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}`);
  const header = parsed.meta.fields ?? [];
  if (header.join() !== GAZETTEER_COLUMNS.join()) problems.push(`header: expected ${GAZETTEER_COLUMNS.join(",")}`);
  const records: GazetteerRecord[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((row, i): void => {
    const at = `row ${i + 1}`;
    const lat = row.latitude ?? "";
    const lon = row.longitude ?? "";
    const place = row.place ?? "";
    if (!/^[a-z0-9-]+$/.test(place)) return void problems.push(`${at}: place "${place}" is not a place id`);
    if (seen.has(place)) return void problems.push(`${at}: ${place} listed twice`);
    seen.add(place);
    if (!DECIMAL.test(lat) || Math.abs(Number(lat)) > 90) return void problems.push(`${at}: latitude "${lat}"`);
    if (!DECIMAL.test(lon) || Math.abs(Number(lon)) > 180) return void problems.push(`${at}: longitude "${lon}"`);
    if (!/^\d+$/.test(row.geonameid ?? "")) return void problems.push(`${at}: geonameid "${row.geonameid}"`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.modification_date ?? ""))
      return void problems.push(`${at}: modification_date "${row.modification_date}"`);
    records.push({
      place,
      geonameId: Number(row.geonameid),
      name: row.name ?? "",
      lat: Number(lat),
      lon: Number(lon),
      featureCode: row.feature_code ?? "",
      modified: row.modification_date!,
    });
  });
  return { records, problems };
}
