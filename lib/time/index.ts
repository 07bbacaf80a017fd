/** Time views' pure logic: as-of runs, trends, what changed, axis ticks, and the plain data the views render. */
export {
  changeYears,
  trendSeries,
  yearRange,
  yearRuns,
  type TrendPoint,
  type TrendSeries,
  type YearRun,
} from "./trend";
export { whatChanged, DRIVER_EPSILON, type Driver, type PlaceChange, type Standing } from "./changes";
export { rankTicks, valueTicks } from "./ticks";
export type * from "./types";
