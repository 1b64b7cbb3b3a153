import { describe, expect, it } from "vitest"
import { exampleDataset, japanUnodcFramework } from "../../src/reference/index.js"
import { validateDataset } from "../../src/validate/index.js"

describe("the shipped reference data passes every rule", () => {
  it("the example dataset has no issue at all, not even a warning", () => {
    const result = validateDataset(exampleDataset)
    expect(result.issues).toEqual([])
    expect(result.ok).toBe(true)
  })

  it("the Japan–UNODC framework validates on its own, with its parties", () => {
    const result = validateDataset({
      organisations: exampleDataset.organisations,
      frameworks: [japanUnodcFramework],
    })
    expect(result.issues).toEqual([])
  })
})
