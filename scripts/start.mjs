// `npm start`: builds the app when no production build exists, then serves it at http://localhost:${PORT:-3000}.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const run = (args) => {
  const r = spawnSync("npx", ["next", ...args], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(".next/BUILD_ID")) {
  console.log("[start] no production build yet: running `next build` first");
  run(["build"]);
}
const port = process.env.PORT ?? "3000";
console.log(`[start] serving on http://localhost:${port}`);
run(["start", "-p", port]);
