/**
 * The headless CLI's logic (`npm run rank`), without touching the file system: the caller passes a file reader, so
 * tests run it in-process. It sits above the engine (`lib/scoring`) and the link codec (`lib/view`), which
 * know nothing of it. See scripts/rank.ts and lib/scoring/README.md.
 */
import { getDataset } from "@/lib/data/load";
import type { Dataset } from "@/lib/data/types";
import { validateDataset } from "@/lib/data/validate";
import { describeNotice, parseView } from "@/lib/view/codec";
import { makeViewContext } from "@/lib/view/context";
import { scoringOptionsFromView } from "@/lib/view/to-scoring";
import { parseCsvPair } from "@/lib/scoring/csv-pair";
import { EngineError, formatProblem, isEngineError } from "@/lib/scoring/errors";
import { viewContextFor } from "@/lib/dashboard/context";
import { MAX_PROBLEMS } from "@/lib/input/csv";
import { LIMITS } from "@/lib/input/limits";
import {
  dataErrorsAsProblems,
  formatInputProblem,
  isInputError,
  jsonSyntaxProblem,
  type InputProblem,
} from "@/lib/input/problem";
import { engineInputFromDataset, fitOptionsToInput } from "@/lib/scoring/from-dataset";
import { toCsv } from "@/lib/scoring/output";
import { score } from "@/lib/scoring/score";
import type { EngineInput } from "@/lib/scoring/types";
import { flipCsv, robustnessColumns, type RobustnessArgs } from "@/lib/cli/robustness";
import { joinColumns, levelColumns, parseLevel } from "@/lib/cli/levels";
import { withLevel } from "@/lib/view/level";
import type { ViewContext } from "@/lib/view/context";
import type { View } from "@/lib/view/types";

export interface CliIo {
  readFile: (path: string) => string;
  /** The file's size in bytes, checked against LIMITS.fileBytes before it is read (throws when it cannot be read). */
  fileSize?: (path: string) => number;
}

/**
 * Exit codes: 0 done; 1 the input is invalid or cannot be scored (each problem named: file, row, column); 2 the
 * arguments are wrong (usage printed); 3 a file cannot be read or written.
 */
export const EXIT = { ok: 0, input: 1, usage: 2, file: 3 } as const;

/** A problem that ends the run with its exit code; the lines go to stderr as they are. */
class CliFailure extends Error {
  constructor(
    readonly code: number,
    readonly lines: string[],
  ) {
    super(lines.join("\n"));
  }
}

export interface CliResult {
  code: number;
  /** The ranking (CSV or JSON) when there is no --out, else empty. */
  stdout: string;
  stderr: string[];
  /** What to write to --out, if given. */
  out: { path: string; text: string } | null;
}

export const USAGE =
  "usage: npm run rank -- [--data data.csv --meta meta.csv | --dataset file.json] [--view 'QUERY'] [--format csv|json] [--out FILE]" +
  " [--level city|all|district] [--bounds LO-HI] [--draws N [--seed S] [--spread P]] [--flip A,B]";

interface Args extends RobustnessArgs {
  data?: string;
  meta?: string;
  dataset?: string;
  view: string;
  format: "csv" | "json";
  out?: string;
  /** The link's lv= as a flag: cities, districts beside them, or districts only. */
  level?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { view: "", format: "csv" };
  const flags = new Set([
    "--data",
    "--meta",
    "--dataset",
    "--view",
    "--format",
    "--out",
    "--level",
    "--bounds",
    "--draws",
    "--seed",
    "--spread",
    "--flip",
  ]);
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.indexOf("=");
    const flag = raw.startsWith("--") && eq > 0 ? raw.slice(0, eq) : raw;
    if (!flags.has(flag)) throw new EngineError([{ node: "arguments", problem: `unknown argument "${raw}"` }]);
    const value = eq > 0 && raw.startsWith("--") ? raw.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new EngineError([{ node: "arguments", problem: `${flag} needs a value` }]);
    const key = flag.slice(2) as keyof Args;
    if (key === "format") {
      if (value !== "csv" && value !== "json")
        throw new EngineError([{ node: "arguments", problem: `--format "${value}" must be csv or json` }]);
      args.format = value;
    } else args[key] = value;
  }
  if ((args.data === undefined) !== (args.meta === undefined))
    throw new EngineError([{ node: "arguments", problem: "--data and --meta go together" }]);
  if (args.data !== undefined && args.dataset !== undefined)
    throw new EngineError([{ node: "arguments", problem: "give --data/--meta or --dataset, not both" }]);
  return args;
}

const inputFailure = (problems: InputProblem[]) =>
  new CliFailure(
    EXIT.input,
    problems.map((p) => `error: ${formatInputProblem(p)}`),
  );

/** A file's text, refused before reading when it is over the size limit. */
function read(io: CliIo, path: string): string {
  const cannot = (e: unknown) =>
    new CliFailure(EXIT.file, [`error: ${path}: cannot read the file (${(e as Error).message})`]);
  let size: number | undefined;
  try {
    size = io.fileSize?.(path);
  } catch (e) {
    throw cannot(e);
  }
  if (size !== undefined && size > LIMITS.fileBytes)
    throw inputFailure([
      {
        file: path,
        row: null,
        column: null,
        reason: `the file is ${(size / 1e6).toFixed(1)} MB; the limit is ${LIMITS.fileBytes / 1e6} MB`,
      },
    ]);
  try {
    return io.readFile(path);
  } catch (e) {
    throw cannot(e);
  }
}

function loadDatasetFile(io: CliIo, path: string): Dataset {
  const text = read(io, path);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw inputFailure([jsonSyntaxProblem(path, text, e)]);
  }
  const result = validateDataset(raw);
  if (!result.ok) throw inputFailure(dataErrorsAsProblems(path, result.errors.slice(0, MAX_PROBLEMS)));
  return result.dataset;
}

/** `--level` over the view's own `lv=`; districts need a dataset that has them. */
function atLevel(view: View, flag: string, ctx: ViewContext, hasDataset: boolean): View {
  const level = parseLevel(flag);
  if (level !== "city" && level !== "all" && level !== "district")
    throw new EngineError([{ node: "arguments", problem: level }]);
  if (level !== "city" && (!hasDataset || (level === "district" && !ctx.districtPair)))
    throw new EngineError([{ node: "arguments", problem: `--level ${level}: these data have no districts` }]);
  return withLevel(view, level, ctx);
}

/** Runs the CLI on `argv` (the arguments after `--`). Never throws: problems go to stderr with an exit code (EXIT). */
export function runRankCli(argv: string[], io: CliIo): CliResult {
  const stderr: string[] = [];
  try {
    const args = parseArgs(argv);
    let dataset: Dataset | null = null;
    let csvInput: EngineInput | null = null;
    if (args.data !== undefined && args.meta !== undefined) {
      const data = { name: args.data, text: read(io, args.data) };
      const meta = { name: args.meta, text: read(io, args.meta) };
      const pair = parseCsvPair(data, meta);
      csvInput = pair.input;
      stderr.push(...pair.warnings.map((w) => `warning: ${formatInputProblem(w)}`));
    } else dataset = args.dataset !== undefined ? loadDatasetFile(io, args.dataset) : getDataset();

    // The view is read against the framework's nodes, as the page does (absolute scale first: the framework and the
    // places do not depend on the scale).
    const ctx = dataset
      ? viewContextFor(dataset)
      : makeViewContext({
          nodes: csvInput!.nodes.map((n) => ({ id: n.id, parent: n.parent, weight: n.weight })),
          placeIds: csvInput!.places.map((p) => p.id),
          dataVersion: null,
        });
    const parsed = parseView(args.view, ctx);
    stderr.push(...parsed.notices.map((n) => `notice: ${describeNotice(n)}`));
    const view = args.level === undefined ? parsed.view : atLevel(parsed.view, args.level, ctx, dataset !== null);
    // A dataset is read at the view's scale and level (cities, districts beside them, or districts only), as of the
    // view's year (`yr=`: each indicator's latest edition by then; indicators with none yet are left out, with their
    // weights); settings of nodes the input leaves out (districts only: the pillars no district measure sits in) are
    // dropped.
    const asOf = view.time.asOf ?? undefined;
    const input = csvInput ?? engineInputFromDataset(dataset!, view.scale, { level: view.level, asOf });
    if (Object.keys(input.values).length === 0)
      throw new EngineError([{ node: "yr", problem: `no indicator has an edition by ${asOf}` }]);
    const options = csvInput ? scoringOptionsFromView(view) : fitOptionsToInput(scoringOptionsFromView(view), input);
    if (csvInput && options.scale !== "absolute")
      stderr.push(`warning: scale "${options.scale}" ignored: the CSV pair has no population or GDP figures`);

    const result = score(input, options);
    stderr.push(...result.warnings.map((w) => `warning: ${formatProblem(w)}`));
    let text: string;
    if (args.flip !== undefined) text = flipCsv(input, options, args.flip);
    else {
      const robust = robustnessColumns(input, options, args, view.robust, stderr);
      const extra = joinColumns(dataset ? levelColumns(dataset, input, view.level) : null, robust ?? null);
      // JSON: the robustness columns become numeric fields of each place (null = blank).
      const places = robust
        ? result.places.map((p) => ({
            ...p,
            ...Object.fromEntries(
              robust.header.map((h, i) => [h, robust.cells(p.id)[i] ? Number(robust.cells(p.id)[i]) : null]),
            ),
          }))
        : result.places;
      text =
        args.format === "json"
          ? `${JSON.stringify({ query: args.view, options, ...result, places }, null, 2)}\n`
          : toCsv(result, extra);
    }
    return args.out !== undefined
      ? { code: 0, stdout: "", stderr, out: { path: args.out, text } }
      : { code: 0, stdout: text, stderr, out: null };
  } catch (e) {
    const { code, lines } = failureOf(e);
    stderr.push(...lines);
    return { code, stdout: "", stderr, out: null };
  }
}

/** Any error as an exit code and message lines: never a stack trace. */
function failureOf(e: unknown): { code: number; lines: string[] } {
  if (e instanceof CliFailure) return e;
  if (isInputError(e)) return inputFailure(e.problems);
  if (isEngineError(e)) {
    const usage = e.problems.every((p) => p.node === "arguments");
    const lines = e.problems.map((p) => `error: ${usage ? p.problem : formatProblem(p)}`);
    return usage ? { code: EXIT.usage, lines: [...lines, USAGE] } : { code: EXIT.input, lines };
  }
  return { code: EXIT.input, lines: [`error: ${e instanceof Error ? e.message : String(e)}`] };
}
