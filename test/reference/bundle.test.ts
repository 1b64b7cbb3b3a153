import { fileURLToPath } from "node:url"
import { build } from "esbuild"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../", import.meta.url))

/** Bundles a one-line program that uses `names` from src/reference, minified and tree-shaken. */
async function bundle(names: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { ${names} } from "./src/reference/index.ts"\nconsole.log(${names})`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    platform: "neutral",
    external: ["zod", "date-fns"],
    logLevel: "silent",
  })
  return result.outputFiles[0]?.text ?? ""
}

describe("the reference entry point tree-shakes", () => {
  it("findCountry leaves the Japanese names out; findCountryJa brings them", async () => {
    // esbuild writes non-ASCII characters as \u escapes: ベトナム.
    const vietnam = "\\u30D9\\u30C8\\u30CA\\u30E0"
    const english = await bundle("findCountry")
    expect(english).toContain("korea, republic")
    expect(english).not.toContain(vietnam)
    const japanese = await bundle("findCountryJa")
    expect(japanese).toContain(vietnam)
    expect(japanese).toContain("korea, republic")
  })

  it("membersOf pulls in neither Zod nor the other tables", async () => {
    const code = await bundle("membersOf")
    expect(code).toContain("Sub-Saharan Africa")
    expect(code).not.toMatch(/from\s*"zod"/)
    expect(code).not.toContain("unafei-uncac-26") // the example dataset
    expect(code).not.toContain("Peace, justice and strong institutions") // the SDGs
    expect(code).not.toContain("Legal and judicial development") // the DAC codes
    expect(code).not.toContain("Åland Islands") // the country table
    expect(code.length).toBeLessThan(40_000)
  })

  it("findTheme pulls in the theme table only", async () => {
    const code = await bundle("findTheme")
    expect(code).toContain("anti-corruption")
    expect(code).not.toContain("Sub-Saharan Africa")
    expect(code).not.toMatch(/from\s*"zod"/)
    expect(code.length).toBeLessThan(8_000)
  })

  it("exampleDataset pulls in the framework but not Zod", async () => {
    const code = await bundle("exampleDataset")
    expect(code).toContain("japan-unodc-2024-2026")
    expect(code).not.toMatch(/from\s*"zod"/)
    expect(code).not.toContain("Sub-Saharan Africa") // the grouping table
  })
})
