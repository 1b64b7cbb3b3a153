import { describe, expect, it } from "vitest"
import { computeStats } from "../../src/cli/stats/compute.js"
import { statsCsv } from "../../src/cli/stats/csv.js"
import { printStats, printWidth } from "../../src/cli/stats/print.js"
import { exampleDataset } from "../../src/reference/index.js"
import type { Dataset } from "../../src/schemas/index.js"

const ASOF = "2025-03-31"
const lines = (dataset: Dataset, width?: number) => {
  const out: string[] = []
  printStats(
    computeStats(dataset, { asOf: ASOF, fiscalYearStartMonth: 4 }),
    "test",
    (t) => out.push(...t.split("\n")),
    width,
  )
  return out
}
const chars = (line: string) => [...line].length

const tiny: Dataset = {
  programmes: [
    {
      id: "held",
      title: "Held",
      kind: "seminar",
      status: "completed",
      period: { start: "2024-05-01", end: "2024-05-03" },
    },
    {
      id: "planned",
      title: "Planned",
      kind: "seminar",
      status: "planned",
      period: { start: "2024-06-01" },
    },
    {
      id: "year-only",
      title: "Year only",
      kind: "seminar",
      status: "completed",
      period: { start: "2023" },
    },
  ],
  participants: [{ id: "a", country: "UA" }],
  participations: [{ participant: "a", programme: "held", status: "completed" }],
}

describe("stats as text", () => {
  it("fits 100 columns by default and 80 when asked, titles cut with an ellipsis", () => {
    for (const width of [undefined, 80, 120]) {
      const out = lines(exampleDataset, width)
      expect(out.filter((line) => chars(line) > (width ?? 100))).toEqual([])
    }
    const out = lines(exampleDataset, 80)
    expect(out).toContain(
      "  maritime-order     Rules-based…  no                0       0      0          0",
    )
  })

  it("a very long goal title is cut, not wrapped over the terminal", () => {
    const framework = exampleDataset.frameworks?.[0]
    if (framework === undefined) throw new Error("no framework")
    const long = {
      ...exampleDataset,
      frameworks: [
        { ...framework, goals: [{ id: "g", title: "x".repeat(5000) }, ...framework.goals] },
      ],
    }
    expect(Math.max(...lines(long, 90).map(chars))).toBeLessThanOrEqual(90)
  })

  it("gaps one per line, with their number", () => {
    const out = lines(exampleDataset)
    const at = out.indexOf("  region × theme gaps (29):")
    expect(at).toBeGreaterThan(0)
    expect(out[at + 1]).toBe("    south-east-asia × drugs")
    expect(out[at + 2]).toBe("    south-east-asia × organized-crime")
    // Rule of law is reached through its themes (issue 12): five goals remain without one.
    expect(out).toContain("  goals without a programme (5):")
    expect(out).toContain("    maritime-order")
    expect(out).not.toContain("    rule-of-law")
  })

  it("plurals: 1 person from 1 country, 1 programme; programmes held leave out planned ones", () => {
    const out = lines(tiny)
    expect(out).toContain("Alumni — 1 person from 1 country")
    expect(out).toContain("Seats per country — 1 seat, 0 not attributed to a country")
    expect(out).toContain("  1 programme dated by year only: fiscal year undetermined")
    expect(out).toContain("  (planned, cancelled and postponed programmes are not counted)")
    // FY2024 holds the held programme only: the planned one of June 2024 is not counted.
    expect(out.find((line) => line.startsWith("  FY2024"))).toMatch(/^ {2}FY2024\s+1$/)
  })

  it("the terminal's width within 80–120; 100 when not a terminal", () => {
    expect(printWidth(undefined)).toBe(100)
    expect(printWidth(40)).toBe(80)
    expect(printWidth(97)).toBe(97)
    expect(printWidth(300)).toBe(120)
  })
})

describe("stats --csv", () => {
  const stats = computeStats(exampleDataset, { asOf: ASOF, fiscalYearStartMonth: 4 })

  it("seats: tidy rows, unattributed with an empty country, CRLF, no digit grouping", () => {
    expect(statsCsv(stats, "seats")).toBe(
      "country,country_name,seats\r\nUA,Ukraine,4\r\n,not attributed to a country,270",
    )
  })

  it("goals: one row per framework and goal; a field with a comma is quoted", () => {
    const csv = statsCsv(stats, "goals").split("\r\n")
    expect(csv[0]).toBe("framework,goal,title,covered,programmes,seats,countries")
    expect(csv).toContain(
      'japan-unodc-2024-2026,gender-wps-youth,"Gender equality, WPS as well as empowerment of youth within UNODC mandate areas",false,0,0,0',
    )
    expect(csv.length).toBe(7)
  })

  it("every table has a header and rows of the same number of fields", () => {
    for (const table of ["seats", "alumni", "programmes", "goals", "cells", "pledges"] as const) {
      const csv = statsCsv(stats, table)
      const header = csv.split("\r\n")[0] ?? ""
      expect(header).toMatch(/^[a-z_]+(,[a-z_]+)*$/)
    }
    const pledges = statsCsv(stats, "pledges").split("\r\n")
    expect(pledges[1]).toBe(
      "ct-asia-2016,2025-03-31,exceeded,1,assistance,money,45000000000,80000000000,1.7777777777777777,exceeded",
    )
    expect(statsCsv(stats, "cells").split("\r\n").length).toBe(1 + 31)
  })
})
