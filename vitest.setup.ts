import fc from "fast-check";

// Property tests and fuzzers run on a fixed seed so `npm test` is deterministic; FC_SEED=<n> explores another one
// (fast-check prints the seed and path of any counterexample it finds).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });
