import { readFileSync } from "node:fs"
import { defineConfig } from "tsup"

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"))

// One build for every public entry point. Splitting keeps shared code (schemas, issue
// messages, reference tables) in shared chunks, so the ESM and CJS entry points each
// hold one copy and `instanceof DatasetError` works across subpaths.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "schemas/index": "src/schemas/index.ts",
    "validate/index": "src/validate/index.ts",
    "aggregate/index": "src/aggregate/index.ts",
    "reference/index": "src/reference/index.ts",
    "charts/index": "src/charts/index.ts",
    "iati/index": "src/iati/index.ts",
    "sql/index": "src/sql/index.ts",
    "duckdb/index": "src/duckdb/index.ts",
    "cli/index": "src/cli/index.ts",
  },
  format: ["esm", "cjs"],
  target: "node20",
  platform: "neutral",
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  // TS 6 deprecates `baseUrl`, which tsup's d.ts step injects (TOOLCHAIN.md).
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // zod is a peer dependency and date-fns a dependency: neither is bundled. vega and vega-lite
  // are optional peers that only the CLI's `report` loads (dynamic import); saxes is a
  // dependency of the iati subpath (and the CLI's import command) only; @duckdb/node-api is
  // the optional peer of justice-cooperation/duckdb, loaded there on first use only.
  external: ["zod", "date-fns", "vega", "vega-lite", "saxes", "@duckdb/node-api"],
  // The CLI prints the version it was built from.
  define: { __VERSION__: JSON.stringify(version) },
})
