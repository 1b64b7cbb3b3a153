import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { renderValidationDocs } from "../../scripts/validation-docs.js"
import { RULES } from "../../src/validate/index.js"

describe("docs/validation.md", () => {
  it("is generated from the catalogue and is current (run `npm run docs:validation`)", () => {
    const committed = readFileSync(new URL("../../docs/validation.md", import.meta.url), "utf8")
    expect(committed).toBe(renderValidationDocs())
  })

  it("lists every code once", () => {
    const text = renderValidationDocs()
    for (const code of Object.keys(RULES)) {
      expect(text.split(`| \`${code}\` |`).length - 1, code).toBe(1)
    }
  })
})
