/** Fills `{name}` placeholders. Unknown placeholders are left visible so a missing variable is noticed, not hidden. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
