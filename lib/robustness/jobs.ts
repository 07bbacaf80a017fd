/**
 * The work a robustness worker does, as plain messages (structured-cloneable), and the dispatcher the worker file
 * wraps. Kept here, without any worker API, so it runs and is tested in Node as well.
 */
import type { ScoringOptions } from "@/lib/scoring/options";
import type { EngineInput } from "@/lib/scoring/types";
import { extremeRanks, type ExtremesResult } from "./extremes";
import { partsFor } from "./index";
import { leaveOneOut, type LeaveOneOut } from "./leave-one-out";
import { McRun, type McResult, type McSpec } from "./monte-carlo";
import { rawFlips, type RawFlipResult } from "./raw-flip";

export type Job =
  | { kind: "mc"; input: EngineInput; options: Partial<ScoringOptions>; spec: McSpec }
  | { kind: "extremes"; input: EngineInput; options: Partial<ScoringOptions>; lo: number; hi: number; budgetMs: number }
  | { kind: "flips"; input: EngineInput; options: Partial<ScoringOptions>; a: string; b: string }
  | { kind: "loo"; input: EngineInput; options: Partial<ScoringOptions> };

export type JobResult =
  | { kind: "mc"; result: McResult }
  | {
      kind: "extremes";
      result: ExtremesResult;
      children: { id: string; name: string; share: number }[];
      /** The composite's aggregation (the page says how geometric and harmonic means are handled). */
      aggregation: string;
    }
  | { kind: "flips"; result: RawFlipResult }
  | { kind: "loo"; result: LeaveOneOut };

export type Reply =
  | { type: "progress"; done: number }
  /** `ms`: the worker's own time for the job, setup included. */
  | { type: "result"; result: JobResult; ms: number }
  | { type: "error"; message: string };

/** Draws per step between progress reports. */
const STEP = 250;

export function runJob(job: Job, send: (r: Reply) => void, now: () => number = () => performance.now()): void {
  const t0 = now();
  type Out = Exclude<Reply, { type: "result" }> | { type: "result"; result: JobResult };
  const post = (r: Out) => send(r.type === "result" ? { type: "result", result: r.result, ms: now() - t0 } : r);
  try {
    if (job.kind === "mc") {
      const run = new McRun(job.input, job.options, job.spec);
      let last = now();
      while (run.done < run.total) {
        run.step(STEP);
        if (now() - last > 50 || run.done === run.total) {
          post({ type: "progress", done: run.done / Math.max(1, run.total) });
          last = now();
        }
      }
      post({ type: "result", result: { kind: "mc", result: run.result() } });
    } else if (job.kind === "extremes") {
      const parts = partsFor(job.input, job.options);
      const box = { k: parts.children.length, lo: job.lo, hi: job.hi };
      const result = extremeRanks(parts, box, {
        budgetMs: job.budgetMs,
        onProgress: (done) => post({ type: "progress", done }),
      });
      post({
        type: "result",
        result: { kind: "extremes", result, children: parts.children, aggregation: parts.aggregation },
      });
    } else if (job.kind === "flips") {
      post({ type: "result", result: { kind: "flips", result: rawFlips(job.input, job.options, job.a, job.b) } });
    } else post({ type: "result", result: { kind: "loo", result: leaveOneOut(job.input, job.options) } });
  } catch (e) {
    post({ type: "error", message: e instanceof Error ? e.message : String(e) });
  }
}
