/** An imported framework's own method (from meta.csv) applied to the engine input built from its dataset. */
import type { EngineInput } from "@/lib/scoring/types";
import type { ImportedMethod } from "./types";

export function applyMethod(input: EngineInput, method: ImportedMethod | null): EngineInput {
  if (!method) return input;
  const own = <T>(map: Record<string, T>, id: string): T | undefined => (Object.hasOwn(map, id) ? map[id] : undefined);
  return {
    ...input,
    nodes: input.nodes.map((n) => {
      const out = { ...n };
      const agg = own(method.aggregation, n.id);
      if (agg) out.aggregation = agg;
      const tf = own(method.transform, n.id);
      if (tf) out.transform = tf;
      const gp = own(method.goalposts, n.id);
      if (gp) out.goalposts = { ...gp };
      const target = own(method.target, n.id);
      if (target !== undefined) out.target = target;
      return out;
    }),
  };
}
