import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { apiReport, REPORT_FILE } from "../scripts/api-report.mjs"
import * as api from "../src/index.js"

describe("the public API", () => {
  const { text, undocumented, examples } = apiReport()

  it("matches the checked-in report (after a deliberate change: npm run api:update, and a changeset)", () => {
    expect(text).toBe(readFileSync(REPORT_FILE, "utf8"))
  })

  it("is documented: every export has a summary, every value an @example, and no tag twice", () => {
    expect(undocumented).toEqual([])
  })

  it("is documented with current values: each `expr //=> value` of an example holds", () => {
    const names = Object.keys(api)
    const scope = Object.values(api)
    const checked: string[] = []
    const wrong: string[] = []
    for (const { name, where, text: example } of examples) {
      for (const line of example.split("\n")) {
        const [expression, shown] = line.split("//=>").map((part) => part?.trim())
        if (!expression || shown === undefined) continue
        // A value shown in part (`…`) cannot be compared; a note in parentheses is not the value.
        const value = shown.replace(/\s+\([^)]*\)$/, "")
        if (value.includes("…")) continue
        let actual: unknown
        try {
          actual = new Function(...names, `return (${runnable(expression)})`)(...scope)
        } catch (error) {
          // The example uses a variable of its own (`acc`, `dataset`): not runnable alone.
          if (error instanceof ReferenceError) continue
          throw error
        }
        const expected = new Function(`return (${value})`)()
        checked.push(expression)
        if (!isDeepEqual(actual, expected))
          wrong.push(`${name} (${where}): ${expression} is ${JSON.stringify(actual)}, not ${value}`)
      }
    }
    expect(wrong).toEqual([])
    // The examples that run alone, among them the count of rules that went stale before.
    expect(checked).toContain("Object.keys(RULES).length")
    expect(checked.length).toBeGreaterThan(50)
  })
})

/** `try { f() } catch (e) { e.code }` as an expression whose value is the catch block's. */
function runnable(expression: string): string {
  const caught = /^try \{ (.*) \} catch \((\w+)\) \{ (.*) \}$/.exec(expression)
  return caught === null
    ? expression
    : `(() => { try { ${caught[1]} } catch (${caught[2]}) { return ${caught[3]} } })()`
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b)
    return true
  } catch {
    return false
  }
}
