/**
 * `npm run rank -- [--data data.csv --meta meta.csv | --dataset file.json] [--view 'QUERY'] [--format csv|json]
 * [--out FILE]`: scores places headlessly with the page's engine and the page's link format. Problems go to stderr,
 * each naming its node, and the exit code is 1. See lib/scoring/README.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runRankCli } from "@/lib/cli/rank";

const result = runRankCli(process.argv.slice(2), { readFile: (path) => readFileSync(path, "utf8") });
for (const line of result.stderr) console.error(line);
if (result.out) writeFileSync(result.out.path, result.out.text);
else process.stdout.write(result.stdout);
process.exitCode = result.code;
