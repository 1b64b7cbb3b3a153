import { readFileSync } from "node:fs"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { fromRows, validateDataset } from "../../src/validate/index.js"

function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url))
  return parse(text, { columns: true, bom: true, skip_empty_lines: true })
}

describe("fromRows on CSV files read with csv-parse", () => {
  it("reads a file with a BOM, Windows line endings, and quoted fields with commas and newlines", () => {
    const result = fromRows("programmes", readCsv("programmes-bom-crlf.csv"))
    expect(result.issues).toEqual([])
    expect(result.records).toEqual([
      {
        id: "unafei-uncac-26",
        title: "The 26th UNCAC Training Programme, Tokyo",
        kind: "training-course",
        status: "completed",
        period: { start: "2024-10", end: "2024-11" },
        themes: ["anti-corruption"],
        reportedParticipants: { total: 25, countries: 20, byCountry: { UA: 4 } },
        extra: { source: 'White Paper 2024:\r\n"25 practitioners from 20 countries"' },
      },
      {
        id: "asean-japan-cjs-1",
        title: "ASEAN-Japan Criminal Justice Seminar",
        kind: "seminar",
        status: "completed",
        period: { start: "2024-12", end: "2024-12" },
        countries: ["BN", "KH", "ID", "LA", "MY", "PH", "SG", "TH", "VN", "TL"],
        themes: ["mutual-legal-assistance", "corrections"],
      },
    ])
    // The records form a valid dataset.
    expect(validateDataset({ programmes: result.records }).ok).toBe(true)
  })

  it("names the row and the column of every problem", () => {
    const result = fromRows("programmes", readCsv("programmes-broken.csv"))
    expect(result.ok).toBe(false)
    expect(
      result.issues.map(({ code, row, column, message }) => ({ code, row, column, message })),
    ).toEqual([
      {
        code: "unknown-field",
        row: 2,
        column: "titel",
        message: "row 2, column 'titel': unknown column — did you mean 'title'?",
      },
      {
        code: "field/wrong-type",
        row: 3,
        column: "reported.total",
        message:
          "row 3, column 'reported.total': 'twenty' is not a number: write digits only, with a dot for decimals (2653, 10.5)",
      },
      {
        code: "field/wrong-type",
        row: 4,
        column: "reported.total",
        message:
          "row 4, column 'reported.total': '2,653' is not a number: write digits only, with a dot for decimals (2653, 10.5)",
      },
      {
        code: "field/not-in-list",
        row: 3,
        column: "status",
        message:
          "row 3, column 'status': 'done' is not one of 'planned', 'ongoing', 'completed', 'cancelled', 'postponed'",
      },
      {
        code: "date/invalid",
        row: 3,
        column: "start",
        message:
          "row 3, column 'start': '2024-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, such as '2024', '2024-10' or '2024-10-15'",
      },
      {
        code: "country/invalid",
        row: 3,
        column: "countries",
        message:
          "row 3, column 'countries': 'vn' is not a country code (did you mean 'VN'?): use an ISO 3166-1 alpha-2 code in upper case, such as 'VN' or 'UA', or 'XK' for Kosovo",
      },
      {
        code: "money/too-many-decimals",
        row: 3,
        column: "budget",
        message: "row 3, column 'budget': 10.5 JPY has more decimals than JPY allows (none)",
      },
      {
        code: "programme/end-before-start",
        row: 4,
        column: "end",
        message: "row 4, column 'end': period.end 2024-09 is before period.start 2024-10-01",
      },
    ])
  })

  it("checks the rules that need no other records, not references", () => {
    const result = fromRows("participations", readCsv("participations.csv"))
    expect(result.issues.map(({ code, row, column }) => ({ code, row, column }))).toEqual([
      { code: "field/not-in-list", row: 5, column: "status" },
      { code: "date/invalid", row: 5, column: "completedOn" },
      { code: "participation/duplicate", row: 4, column: undefined },
    ])
  })
})

describe("fromRows coercion", () => {
  it("reads numbers, booleans, lists, pairs, counts and dotted columns; empty cells are absent", () => {
    const result = fromRows("programmes", [
      {
        id: " p1 ",
        title: "Course",
        kind: "training-course",
        status: "ongoing",
        "period.start": "2024",
        end: "",
        series: "unafei-itc",
        session: "184",
        organisations: "unafei:implementing; moj-japan:funding",
        goals: "jp-unodc-2024:goal-1",
        dacPurposeCodes: "15130;15113",
        "budget.amount": "10.25",
        "budget.currency": "USD",
        "budget.approximate": "yes",
        "reported.total": "25",
        "reported.byCountry": "UA:4;VN:2",
        venue: "JP",
        city: "Tokyo",
      },
    ])
    expect(result.issues).toEqual([])
    expect(result.records?.[0]).toEqual({
      id: "p1",
      title: "Course",
      kind: "training-course",
      status: "ongoing",
      period: { start: "2024" },
      series: { id: "unafei-itc", session: 184 },
      organisations: [
        { organisation: "unafei", role: "implementing" },
        { organisation: "moj-japan", role: "funding" },
      ],
      goals: [{ framework: "jp-unodc-2024", goal: "goal-1" }],
      dacPurposeCodes: [15130, 15113],
      budget: { amount: 10.25, currency: "USD", approximate: true },
      reportedParticipants: { total: 25, byCountry: { UA: 4, VN: 2 } },
      venue: { country: "JP", city: "Tokyo" },
    })
  })

  it("takes another list separator and another first row number", () => {
    const result = fromRows("participants", [{ id: "p1", country: "ua" }], { firstRowNumber: 1 })
    expect(result.issues[0]?.message).toMatch(
      /^row 1, column 'country': 'ua' is not a country code/,
    )
    const list = fromRows(
      "programmes",
      [
        {
          id: "p",
          title: "t",
          kind: "seminar",
          status: "planned",
          start: "2024",
          countries: "VN|KH",
        },
      ],
      {
        listSeparator: "|",
      },
    )
    expect(list.records?.[0]?.countries).toEqual(["VN", "KH"])
  })

  it("reports a missing required field by its name", () => {
    const result = fromRows("participant", [{ id: "p1" }])
    expect(result.issues).toEqual([
      {
        code: "field/missing",
        severity: "error",
        path: [0, "country"],
        message: "row 2: country is missing",
        row: 2,
      },
    ])
  })

  it("reports an unknown column once, not once per row", () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, country: "VN", contry: "VN" }))
    const result = fromRows("participants", rows)
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "row 2, column 'contry': unknown column — did you mean 'country'?",
    ])
  })

  it("keeps extra columns as text and never touches Object.prototype", () => {
    const result = fromRows("participants", [
      {
        id: "__proto__",
        country: "VN",
        "extra.__proto__": "x",
        "extra.cohort": "7",
        __proto__: "y",
      } as Record<string, string>,
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const own = result.records?.[0]?.extra as Record<string, unknown>
    expect(Object.getOwnPropertyNames(own).sort()).toEqual(["__proto__", "cohort"])
  })

  it("refuses a kind it cannot read", () => {
    expect(() => fromRows("pledges" as "programmes", [])).toThrow(/fromRows cannot read 'pledges'/)
  })
})
