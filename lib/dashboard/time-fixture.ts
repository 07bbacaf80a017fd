/**
 * A small dataset with editions for the time tests (test support only; the app never imports it). Cities A, B, C;
 * one pillar; two indicators of equal weight:
 *
 *   idc   a published city rank (1 = best) with editions 2019 and 2021:  2019: A 1, B 3, C 2   2021: A 2, B 1, C 3
 *   base  an official statistic (no editions), each city's figures dated 2018: A 10, B 20, C 30
 */
import { baseDataset } from "@/lib/data/test-fixture";
import type { Dataset, Observation } from "@/lib/data/types";

const fig = (place: string, indicator: string, value: number, edition: number): Observation => ({
  place,
  indicator,
  value,
  sourceId: "liepin",
  year: String(edition),
  qualifier: "exact",
  edition,
  note: "",
  alternatives: [],
});

export function editionsDataset(): Dataset {
  const d = baseDataset();
  const city = (id: string) => ({
    id,
    nameEn: `City ${id.toUpperCase()}`,
    nameZh: `${id.toUpperCase()}市`,
    level: "city" as const,
    parent: null,
    population: null,
    gdp: null,
  });
  d.places = [city("a"), city("b"), city("c")];
  d.pillars = [{ id: "talent", nameEn: "Talent", nameZh: "人才", weight: 5 }];
  const common = { pillar: "talent", weight: 5, definition: "d", definitionZh: "定义", perCapita: false } as const;
  d.indicators = [
    {
      ...common,
      id: "idc",
      nameEn: "IDC AI city rank",
      nameZh: "IDC人工智能城市排名",
      unit: "rank",
      unitZh: "名次",
      direction: -1,
      kind: "rank",
      editions: [
        { year: 2019, label: "2019-2020 report" },
        { year: 2021, label: "2021-2022 report" },
      ],
    },
    {
      ...common,
      id: "base",
      nameEn: "Base statistic",
      nameZh: "基础统计",
      unit: "count",
      unitZh: "个",
      direction: 1,
      kind: "value",
    },
  ];
  d.observations = [
    fig("a", "idc", 1, 2019),
    fig("b", "idc", 3, 2019),
    fig("c", "idc", 2, 2019),
    fig("a", "idc", 2, 2021),
    fig("b", "idc", 1, 2021),
    fig("c", "idc", 3, 2021),
    fig("a", "base", 10, 2018),
    fig("b", "base", 20, 2018),
    fig("c", "base", 30, 2018),
  ];
  return d;
}
