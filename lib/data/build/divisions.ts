/**
 * GB/T 2260 administrative division codes (中华人民共和国行政区划代码): digits 1–2 the province, 3–4 the prefecture
 * (for the four municipalities `01` 市辖区 and `02` 县), 5–6 the district or county. The table comes from a published
 * package (`divisions-package.ts`, build time only); this module only looks codes up, so tests can hand it a small
 * table. A code the table does not know is never guessed: the caller reports it.
 */

export interface DivisionTable {
  /** Which package and version the names come from, for the build report and the figures' notes. */
  source: string;
  /** 2-digit province code → name (北京市, 浙江省). */
  provinces: ReadonlyMap<string, string>;
  /** 4-digit prefecture code → name (杭州市); the municipalities have none (their 01/02 are not cities). */
  prefectures: ReadonlyMap<string, string>;
  /** 6-digit district / county / county-level city code → name (余杭区, 张家港市). */
  counties: ReadonlyMap<string, string>;
}

/** A county-level division with the city it belongs to. */
export interface Division {
  code: string;
  /** Its own name (海淀区). */
  name: string;
  /** The city's code prefix: 4 digits for a prefecture (3301), 2 for a municipality (11). */
  cityPrefix: string;
  /** The city's name as the table writes it (杭州市, 北京市). */
  cityName: string;
}

/** The municipalities: their districts belong to the province-level city itself (11 北京, 12 天津, 31 上海, 50 重庆). */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(["11", "12", "31", "50"]);

/** The city a code prefix stands for, by GB/T 2260's layout: the municipality, else the prefecture. */
export function cityPrefixOf(code: string): string {
  return MUNICIPALITIES.has(code.slice(0, 2)) ? code.slice(0, 2) : code.slice(0, 4);
}

/** The county-level division of a 6-digit code, or null when the table does not know the code or its city. */
export function divisionOf(code: string, table: DivisionTable): Division | null {
  const name = table.counties.get(code);
  if (name === undefined) return null;
  const cityPrefix = cityPrefixOf(code);
  const cityName = cityPrefix.length === 2 ? table.provinces.get(cityPrefix) : table.prefectures.get(cityPrefix);
  return cityName === undefined ? null : { code, name, cityPrefix, cityName };
}

/** What the table knows of an unknown code's city, for the report (东莞市 for 441901; nothing for 406301). */
export function cityNameOf(code: string, table: DivisionTable): string | null {
  const prefix = cityPrefixOf(code);
  return (prefix.length === 2 ? table.provinces.get(prefix) : table.prefectures.get(prefix)) ?? null;
}

/**
 * A city of the dataset by its Chinese name (杭州, 北京) → its code prefix: a prefecture named 杭州市, or a municipality
 * named 北京市. Null when the table has no such city, or more than one.
 */
export function cityPrefixByName(nameZh: string, table: DivisionTable): string | null {
  const full = nameZh.endsWith("市") ? nameZh : `${nameZh}市`;
  const hits: string[] = [];
  for (const [code, name] of table.prefectures) if (name === full) hits.push(code);
  for (const [code, name] of table.provinces) if (name === full && MUNICIPALITIES.has(code)) hits.push(code);
  return hits.length === 1 ? hits[0]! : null;
}

/** A table from the package's three lists (6-digit codes throughout, as the package writes them). */
export function divisionTable(
  source: string,
  lists: { provinces: DivisionRecord[]; prefectures: DivisionRecord[]; counties: DivisionRecord[] },
): DivisionTable {
  return {
    source,
    provinces: new Map(lists.provinces.map((r) => [r.code.slice(0, 2), r.name])),
    prefectures: new Map(lists.prefectures.map((r) => [r.code.slice(0, 4), r.name])),
    counties: new Map(lists.counties.map((r) => [r.code, r.name])),
  };
}

export interface DivisionRecord {
  code: string;
  name: string;
}
