/**
 * How a research note's wording maps to a qualifier: 超/以上/突破/逾/余/"1300+" → lower bound; 约/近/接近/"~" →
 * approximate; otherwise exact. The research notes also spell the meaning out ("(lower bound)", "(approx"), which wins.
 */
import type { Qualifier } from "./types";

const LOWER_BOUND = /lower bound|超|以上|突破|逾|余|\d\+/;
const APPROXIMATE = /approx|约|近|接近|~/;

export function qualifierFromNote(note: string): Qualifier {
  if (/\(lower bound\)/.test(note)) return "lower_bound";
  if (/\(approx/.test(note)) return "approximate";
  if (LOWER_BOUND.test(note)) return "lower_bound";
  if (APPROXIMATE.test(note)) return "approximate";
  return "exact";
}
