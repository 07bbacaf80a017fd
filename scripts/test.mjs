// `npm test`: the one gate CI runs. Type check → lint → format check → unit tests → production build → end-to-end.
// Stops at the first failing stage. Ends with a plain "N passed, N failed" line summing unit and e2e tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

mkdirSync("test-results", { recursive: true });
const UNIT_JSON = "test-results/unit.json";
const E2E_JSON = "test-results/e2e.json";
// Results of an earlier run must not be counted in this one.
rmSync(UNIT_JSON, { force: true });
rmSync(E2E_JSON, { force: true });

const stages = [
  ["type check", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", ".", "--max-warnings=0"]],
  ["format check", "npx", ["prettier", "--check", "."]],
  ["unit tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${UNIT_JSON}`]],
  ["production build", "npx", ["next", "build"]],
  ["end-to-end tests", "node", ["scripts/e2e.mjs"]],
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const t0 = Date.now();
for (const [name, cmd, args] of stages) {
  const t = Date.now();
  console.log(`\n=== npm test: ${name} (${[cmd, ...args].join(" ")}) ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n=== npm test: ${name} FAILED after ${secs}s ===`);
    summary();
    process.exit(r.status ?? 1);
  }
  console.log(`=== npm test: ${name} ok (${secs}s) ===`);
}
console.log(`\nnpm test: all stages passed in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
summary();

function summary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(UNIT_JSON)) {
    const u = JSON.parse(readFileSync(UNIT_JSON, "utf8"));
    passed += u.numPassedTests ?? 0;
    failed += u.numFailedTests ?? 0;
    skipped += (u.numPendingTests ?? 0) + (u.numTodoTests ?? 0);
  }
  if (existsSync(E2E_JSON)) {
    const s = JSON.parse(readFileSync(E2E_JSON, "utf8")).stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    skipped += s.skipped ?? 0;
  }
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}
