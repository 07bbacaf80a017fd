/**
 * Unit conversions for denominators, done explicitly: population in persons, GDP in 亿元 (100 million CNY).
 * The research CSV mixes persons, 万人 (10k persons) and million persons.
 */
import type { Qualifier } from "./types";

export interface Converted {
  value: number;
  /** A figure given in millions to two decimals was rounded by its source: it becomes approximate. */
  qualifier: Qualifier;
}

export function toPersons(value: number, unit: string): Converted {
  if (unit === "persons") return { value, qualifier: "exact" };
  // Persons are whole numbers; rounding only removes floating-point noise (1274.8262 × 10⁴ = 12748262).
  if (unit.startsWith("10k persons") || unit === "万人") return { value: Math.round(value * 1e4), qualifier: "exact" };
  if (unit === "million persons") return { value: Math.round(value * 1e6), qualifier: "approximate" };
  throw new Error(`unknown population unit "${unit}"`);
}

export function toYiYuan(value: number, unit: string): Converted {
  if (unit === "亿元" || unit === "100m CNY (亿元)") return { value, qualifier: "exact" };
  throw new Error(`unknown GDP unit "${unit}"`);
}
