import { build } from "esbuild"
import { describe, expect, it } from "vitest"

describe("the aggregate entry point", () => {
  it("pulls in neither Zod nor date-fns, and stays small", async () => {
    const result = await build({
      entryPoints: ["src/aggregate/index.ts"],
      bundle: true,
      write: false,
      format: "esm",
      platform: "neutral",
      minify: true,
      metafile: true,
      external: ["zod", "date-fns"],
      logLevel: "silent",
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((path) => path.includes("schemas/") && !path.endsWith(".ts"))).toEqual([])
    const imports = Object.values(result.metafile.outputs).flatMap((o) =>
      o.imports.map((i) => i.path),
    )
    expect(imports).toEqual([])
    const code = result.outputFiles[0]?.text ?? ""
    expect(code).not.toMatch(/from\s*["']zod["']/)
    // Type-only imports of the schemas are erased: no schema module is bundled.
    expect(inputs.some((path) => /src\/schemas\/(?!index)/.test(path))).toBe(false)
    // The full reference groupings (dated membership, M49) are part of it: rollUp and the group
    // dimension resolve reference group ids.
    expect(code.length).toBeLessThan(80_000)
  })
})
