// Writes dist/json-schema/<entity>.json from the Zod schemas (run by `npm run build`).
// The generator module is bundled with esbuild into a temporary file and imported, so the
// JSON Schemas always come from the same source as the build.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { pathToFileURL } from "node:url"
import { build } from "esbuild"

const root = new URL("../", import.meta.url)
const out = new URL(".tmp/json-schema-generator.mjs", root)
await build({
  entryPoints: [new URL("src/schemas/json-schema.ts", root).pathname],
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: out.pathname,
  external: ["zod"],
  logLevel: "error",
})
const { JSON_SCHEMA_ENTITIES, entityJsonSchema } = await import(pathToFileURL(out.pathname).href)
rmSync(out)
const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"))
const dir = new URL("dist/json-schema/", root)
mkdirSync(dir, { recursive: true })
for (const entity of Object.keys(JSON_SCHEMA_ENTITIES)) {
  const schema = entityJsonSchema(entity, version)
  writeFileSync(new URL(`${entity}.json`, dir), `${JSON.stringify(schema, null, 2)}\n`)
}
console.log(`json-schema: ${Object.keys(JSON_SCHEMA_ENTITIES).length} files in dist/json-schema/`)
