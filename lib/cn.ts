import { clsx, type ClassValue } from "clsx";

/** Joins conditional class names (the ecosystem's usual `cn()` helper, without tailwind-merge: no conflicting utilities here). */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
