// `npm run bench`: every benchmark, one table. Not part of `npm test` (figures, not pass/fail gates).
// Builds the app when no production build exists.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const rows = [];
function run(label, cmd, args) {
  console.log(`[bench] ${label}: ${[cmd, ...args].join(" ")}`);
  const r = spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  for (const line of (r.stdout ?? "").split("\n")) {
    if (line.startsWith("{")) {
      try {
        rows.push(JSON.parse(line));
        continue;
      } catch {}
    }
    if (line.trim()) console.log(line);
  }
  if (r.status !== 0) console.log(`[bench] ${label} exited with ${r.status}`);
}

if (!existsSync(".next/BUILD_ID")) {
  const b = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (b.status !== 0) process.exit(1);
}
run("engine", "npx", ["tsx", "scripts/bench.ts", "--json"]);
run("app", "node", ["scripts/bench-app.mjs"]);

const w = [Math.max(...rows.map((r) => r.what.length), 7), Math.max(...rows.map((r) => r.value.length), 6), 10];
const line = (a, b, c, d) => `| ${a.padEnd(w[0])} | ${b.padEnd(w[1])} | ${c.padEnd(w[2])} | ${d.padEnd(4)} |`;
console.log(`\nnpm run bench — ${new Date().toISOString().slice(0, 16)}Z, ${process.version}`);
console.log(line("measure", "result", "target", "ok"));
console.log(line("-".repeat(w[0]), "-".repeat(w[1]), "-".repeat(w[2]), "----"));
for (const r of rows) console.log(line(r.what, r.value, r.target ?? "", r.ok === false ? "FAIL" : "yes"));
