/**
 * Hand-made contexts for the codec tests. `ctx`: a small framework in the bundled data's shape with one intermediate
 * node (capital → vc → two indicators). `oddCtx`: an imported framework whose ids need escaping or collide with
 * Object.prototype, default weights off the 0.1 grid and above 10, and no data version.
 */
import { makeViewContext } from "@/lib/view/context";

export const ctx = makeViewContext({
  nodes: [
    { id: "ai_city_index", parent: null, weight: 1 },
    { id: "talent", parent: "ai_city_index", weight: 5 },
    { id: "capital", parent: "ai_city_index", weight: 5 },
    { id: "compute", parent: "ai_city_index", weight: 5 },
    { id: "ai_top_talent_share", parent: "talent", weight: 7 },
    { id: "ai_talent_demand_rank", parent: "talent", weight: 3 },
    { id: "vc", parent: "capital", weight: 4 },
    { id: "gov_funds", parent: "capital", weight: 6 },
    { id: "vc_deals", parent: "vc", weight: 5 },
    { id: "vc_amount", parent: "vc", weight: 5 },
    { id: "pflops", parent: "compute", weight: 5 },
  ],
  placeIds: [
    "beijing",
    "hangzhou",
    "shanghai",
    "shenzhen",
    "chengdu",
    "beijing-haidian",
    "shenzhen-nanshan",
    "hangzhou-yuhang",
  ],
  dataVersion: "2026-11-28.abcd1234",
  defaultPair: ["beijing", "hangzhou"],
  defaultCompare: ["beijing", "hangzhou", "shanghai", "shenzhen"],
  districtIds: ["beijing-haidian", "shenzhen-nanshan", "hangzhou-yuhang"],
  districtPair: ["beijing-haidian", "hangzhou-yuhang"],
  districtCompare: ["beijing-haidian", "shenzhen-nanshan", "hangzhou-yuhang"],
  contextIndicatorIds: ["haidian_ai_scholars"],
  // Dated editions in 2018, 2019, 2021 and 2024: a view can be "as of" any year from 2018 to 2024.
  years: [2021, 2018, 2024, 2019, 2021],
});

export const oddCtx = makeViewContext({
  nodes: [
    { id: "root", parent: null, weight: 1 },
    { id: "a,b", parent: "root", weight: 2.35 },
    { id: "x:y", parent: "root", weight: 25 },
    { id: "50% share", parent: "a,b", weight: 1 },
    { id: "北京 gdp", parent: "a,b", weight: 0.333 },
    { id: "__proto__", parent: "x:y", weight: 3 },
    { id: "constructor", parent: "x:y", weight: 3 },
    { id: "p+q&r=s#t", parent: "x:y", weight: 3 },
  ],
  placeIds: ["xi'an", "北京", "a,b", "toString", "hash#1", "-lead"],
  dataVersion: null,
});
