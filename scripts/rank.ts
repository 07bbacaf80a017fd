/**
 * `npm run rank -- [--data data.csv --meta meta.csv | --dataset file.json] [--view 'QUERY'] [--format csv|json]
 * [--out FILE]`: scores places headlessly with the page's engine and the page's link format. Problems go to stderr,
 * each naming its file, row and column, with an exit code (lib/cli/rank.ts EXIT); never a stack trace.
 * See lib/scoring/README.md.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { EXIT, runRankCli } from "@/lib/cli/rank";

const reason = (e: unknown) => {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.syscall ?? ""} ${err.path ?? ""}`.trim() : String(err.message ?? e);
};

try {
  const result = runRankCli(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, "utf8"),
    fileSize: (path) => statSync(path).size,
  });
  for (const line of result.stderr) console.error(line);
  process.exitCode = result.code;
  if (result.out) {
    try {
      writeFileSync(result.out.path, result.out.text);
    } catch (e) {
      console.error(`error: --out ${result.out.path}: cannot write the file (${reason(e)})`);
      process.exitCode = EXIT.file;
    }
  } else process.stdout.write(result.stdout);
} catch (e) {
  // runRankCli does not throw; this is the last guard against a stack trace on the terminal.
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = EXIT.input;
}
