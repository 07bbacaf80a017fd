import type { Qualifier } from "@/lib/data/types";

/**
 * A reported figure as text with its qualifier visible: "≥500" for a lower bound (超/以上), "~300" for an approximate
 * figure (约/近), the number alone when exact.
 */
export function qualified(text: string, qualifier: Qualifier): string {
  return qualifier === "lower_bound" ? `≥${text}` : qualifier === "approximate" ? `~${text}` : text;
}
