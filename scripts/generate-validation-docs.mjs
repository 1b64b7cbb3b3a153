// Writes docs/validation.md and src/validate/rules/all.ts (see scripts/validation-docs.ts).
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { pathToFileURL } from "node:url"
import { build } from "esbuild"
import { renderRuleIndex } from "./rule-index.mjs"

const root = new URL("../", import.meta.url)
// The index of the rule files first: the docs are rendered by running the rules.
writeFileSync(new URL("src/validate/rules/all.ts", root), renderRuleIndex())
const out = new URL(".tmp/validation-docs.mjs", root)
await build({
  entryPoints: [new URL("scripts/validation-docs.ts", root).pathname],
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: out.pathname,
  external: ["zod"],
  logLevel: "error",
})
const { renderValidationDocs } = await import(pathToFileURL(out.pathname).href)
rmSync(out)
mkdirSync(new URL("docs/", root), { recursive: true })
writeFileSync(new URL("docs/validation.md", root), renderValidationDocs())
console.log("docs/validation.md and src/validate/rules/all.ts written")
