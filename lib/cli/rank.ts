/**
 * The headless CLI's logic (`npm run rank`), without touching the file system: the caller passes a file reader, so
 * tests run it in-process. It sits above the engine (`lib/scoring`) and the link codec (`lib/view`), which
 * know nothing of it. See scripts/rank.ts and lib/scoring/README.md.
 */
import { getDataset } from "@/lib/data/load";
import type { Dataset } from "@/lib/data/types";
import { validateDataset, formatDataError } from "@/lib/data/validate";
import { describeNotice, parseView } from "@/lib/view/codec";
import { makeViewContext } from "@/lib/view/context";
import { scoringOptionsFromView } from "@/lib/view/to-scoring";
import { parseCsvPair } from "@/lib/scoring/csv-pair";
import { EngineError, formatProblem, isEngineError, type EngineProblem } from "@/lib/scoring/errors";
import { engineInputFromDataset } from "@/lib/scoring/from-dataset";
import { toCsv } from "@/lib/scoring/output";
import { score } from "@/lib/scoring/score";
import type { EngineInput } from "@/lib/scoring/types";
import { flipCsv, robustnessColumns, type RobustnessArgs } from "@/lib/cli/robustness";

export interface CliIo {
  readFile: (path: string) => string;
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
  " [--bounds LO-HI] [--draws N [--seed S] [--spread P]] [--flip A,B]";

interface Args extends RobustnessArgs {
  data?: string;
  meta?: string;
  dataset?: string;
  view: string;
  format: "csv" | "json";
  out?: string;
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
    if (!flags.has(flag))
      throw new EngineError([{ node: "arguments", problem: `unknown argument "${raw}"\n${USAGE}` }]);
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

function loadDatasetFile(io: CliIo, path: string): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(io.readFile(path));
  } catch (e) {
    throw new EngineError([{ node: path, problem: `not readable JSON: ${(e as Error).message}` }]);
  }
  const result = validateDataset(raw);
  if (!result.ok) throw new EngineError(result.errors.map((e) => ({ node: path, problem: formatDataError(e) })));
  return result.dataset;
}

const read = (io: CliIo, path: string) => {
  try {
    return io.readFile(path);
  } catch (e) {
    throw new EngineError([{ node: path, problem: `cannot read the file: ${(e as Error).message}` }]);
  }
};

/** Runs the CLI on `argv` (the arguments after `--`). Never throws: problems go to stderr with exit code 1. */
export function runRankCli(argv: string[], io: CliIo): CliResult {
  const stderr: string[] = [];
  try {
    const args = parseArgs(argv);
    let dataset: Dataset | null = null;
    let csvInput: EngineInput | null = null;
    if (args.data !== undefined && args.meta !== undefined) {
      const pair = parseCsvPair(read(io, args.data), read(io, args.meta));
      csvInput = pair.input;
      stderr.push(...pair.warnings.map((w) => `warning: ${formatProblem(w)}`));
    } else dataset = args.dataset !== undefined ? loadDatasetFile(io, args.dataset) : getDataset();

    // The view is read against the framework's nodes, as the page does (absolute scale first: the framework and the
    // places do not depend on the scale).
    const frame = csvInput ?? engineInputFromDataset(dataset!, "absolute");
    const ctx = makeViewContext({
      nodes: frame.nodes.map((n) => ({ id: n.id, parent: n.parent, weight: n.weight })),
      placeIds: frame.places.map((p) => p.id),
      dataVersion: dataset ? `${dataset.version.date}.${dataset.version.hash}` : null,
    });
    const { view, notices } = parseView(args.view, ctx);
    stderr.push(...notices.map((n) => `notice: ${describeNotice(n)}`));
    const options = scoringOptionsFromView(view);
    let input = frame;
    if (dataset && options.scale !== "absolute") input = engineInputFromDataset(dataset, options.scale);
    if (csvInput && options.scale !== "absolute")
      stderr.push(`warning: scale "${options.scale}" ignored: the CSV pair has no population or GDP figures`);

    const result = score(input, options);
    stderr.push(...result.warnings.map((w) => `warning: ${formatProblem(w)}`));
    let text: string;
    if (args.flip !== undefined) text = flipCsv(input, options, args.flip);
    else {
      const extra = robustnessColumns(input, options, args, view.robust, stderr);
      text =
        args.format === "json"
          ? `${JSON.stringify({ query: args.view, options, ...result }, null, 2)}\n`
          : toCsv(result, extra);
    }
    return args.out !== undefined
      ? { code: 0, stdout: "", stderr, out: { path: args.out, text } }
      : { code: 0, stdout: text, stderr, out: null };
  } catch (e) {
    const problems: EngineProblem[] = isEngineError(e) ? e.problems : [{ node: "rank", problem: String(e) }];
    stderr.push(...problems.map((p) => `error: ${formatProblem(p)}`));
    return { code: 1, stdout: "", stderr, out: null };
  }
}
