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
        row: 1,
        column: "titel",
        message: "row 1, column 'titel': unknown column — did you mean 'title'?",
      },
      // Enum cells are read as the cells are, in column order; 'vn' is read as VN (a change).
      {
        code: "field/not-in-list",
        row: 3,
        column: "status",
        message:
          "row 3, column 'status': 'done' is not one of 'planned', 'ongoing', 'completed', 'cancelled', 'postponed'",
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
        code: "date/invalid",
        row: 3,
        column: "start",
        message:
          "row 3, column 'start': '2024-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, such as '2024', '2024-10' or '2024-10-15'",
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
    expect(result.changes).toEqual([{ row: 3, column: "countries", from: "vn", to: "VN" }])
  })

  it("checks the rules that need no other records, not references", () => {
    const result = fromRows("participations", readCsv("participations.csv"))
    expect(result.issues.map(({ code, row, column }) => ({ code, row, column }))).toEqual([
      // 'graduated' is read as completed (a change); 2024-11-31 is no date.
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
    const result = fromRows("participants", [{ id: "p1", country: "ZZ" }], { firstRowNumber: 1 })
    expect(result.issues[0]?.message).toMatch(/^row 1, column 'country': 'ZZ' is not a country/)
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
    const result = fromRows("participant", [{ id: "p1", country: "" }])
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
      "row 1, column 'contry': unknown column — did you mean 'country'?",
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

  it("refuses a kind it cannot read with an issue, not a throw", () => {
    const result = fromRows("pledges" as "programmes", [{ id: "x" }])
    expect(result).toEqual({
      ok: false,
      changes: [],
      issues: [
        {
          code: "rows/unknown-kind",
          severity: "error",
          path: [],
          message:
            "fromRows cannot read 'pledges': use 'organisations', 'participants', 'participations' or 'programmes' (pledges, frameworks and groupings are kept in JSON)",
        },
      ],
    })
    expect(fromRows("programs" as "programmes", []).issues[0]?.message).toMatch(
      /^fromRows cannot read 'programs' — did you mean 'programmes'\?/,
    )
  })
})

describe("fromRows header problems", () => {
  it("are reported once, at the header row, and not again in every row (26-line file, 5 header problems: 5 issues; 'Countries' is read as countries)", () => {
    const result = fromRows("programmes", readCsv("programmes-misnamed-headers.csv"))
    expect(result.ok).toBe(false)
    expect(
      result.issues.map(({ code, row, column, path, message }) => ({
        code,
        row,
        column,
        path,
        message,
      })),
    ).toEqual(
      [
        ["titel", "title"],
        ["knd", "kind"],
        ["strat", "start"],
        ["venu", "venue"],
      ]
        .map(([column, guess]) => ({
          code: "unknown-field",
          row: 1,
          column,
          path: [column],
          message: `row 1, column '${column}': unknown column — did you mean '${guess}'?`,
        }))
        .concat({
          code: "unknown-field",
          row: 1,
          column: "remarks",
          path: ["remarks"],
          message: expect.stringMatching(
            /^row 1, column 'remarks': unknown column: the columns of programmes are 'id', 'title', .*'reported\.byCountry\.<country>', and 'extra\.<name>' for your own data; map it with the option columns, or '-' to skip it$/,
          ),
        }),
    )
  })

  it("a required column that no header gives is one issue at the header row", () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, name: "A. Person" }))
    const result = fromRows("participants", rows)
    expect(result.issues).toEqual([
      {
        code: "field/missing",
        severity: "error",
        path: ["country"],
        message: "row 1: no column gives country, which every row needs: add a column 'country'",
        row: 1,
      },
    ])
    // Where the header has the column, each row without a value is reported on its own.
    const some = fromRows("participants", [
      { id: "p1", country: "VN" },
      { id: "p2", country: "" },
      { id: "p3" },
    ])
    expect(some.issues.map((issue) => issue.message)).toEqual([
      "row 3: country is missing",
      "row 4: country is missing",
    ])
  })

  it("a field only some rows need names how many, and the header row follows firstRowNumber", () => {
    const base = { id: "p1", title: "T", kind: "seminar", status: "planned", start: "2024" }
    const result = fromRows(
      "programmes",
      [base, { ...base, id: "p2", budget: "100" }, { ...base, id: "p3", budget: "200" }],
      { firstRowNumber: 10 },
    )
    expect(result.issues.map(({ row, message }) => ({ row, message }))).toEqual([
      {
        row: 9,
        message:
          "row 9: no column gives budget.currency, which 2 of 3 rows need: add a column 'budget.currency'",
      },
    ])
  })

  it("an unknown header with control characters stays on one line", () => {
    const result = fromRows("participants", [{ id: "p1", country: "VN", "ti\ntle\u0000": "x" }])
    expect(result.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^row 1, column 'ti\\ntle\\u0000': unknown column: /),
    ])
    expect(result.issues[0]?.column).toBe("ti\ntle\u0000")
  })

  it("a 1 MB header is answered at once, with a message of bounded size", () => {
    const huge = `titel${"x".repeat(1_000_000)}`
    const result = fromRows("programmes", [
      { id: "p1", title: "T", kind: "seminar", status: "planned", start: "2024", [huge]: "a" },
    ])
    expect(result.issues.map(({ code, row }) => ({ code, row }))).toEqual([
      { code: "unknown-field", row: 1 },
    ])
    expect(result.issues[0]?.column).toBe(huge)
    expect(result.issues[0]?.message.length).toBeLessThan(1000)
    expect(result.issues[0]?.message).toMatch(/^row 1, column 'titelx{52}…': unknown column: /)
  })
})

describe("fromRows list columns", () => {
  const base = { id: "p1", title: "T", kind: "seminar", status: "planned", start: "2024" }

  it("each gives its own example, with the list separator in use", () => {
    const result = fromRows(
      "programmes",
      [
        { ...base, goals: "japan-unodc-2024-2026" },
        { ...base, id: "p2", organisations: "unafei" },
        { ...base, id: "p3", "reported.byCountry": "UA=4" },
        { ...base, id: "p4", dacPurposeCodes: "15130|DAC" },
      ],
      { listSeparator: "|" },
    )
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "row 2, column 'goals': 'japan-unodc-2024-2026' is not a pair: write framework:goal, such as 'japan-unodc-2024-2026:rule-of-law'",
      "row 3, column 'organisations': 'unafei' is not a pair: write organisation:role, such as 'unafei:implementing|gov-japan:funding'",
      "row 4, column 'reported.byCountry': 'UA=4' is not a count: write country:number, such as 'UA:4|VN:2'",
      "row 5, column 'dacPurposeCodes': 'DAC' is not a number: write each code in digits, such as '15130|15113'",
    ])
  })

  it("a country given twice in one cell is an issue, not the last one kept", () => {
    const result = fromRows("programmes", [{ ...base, "reported.byCountry": "UA:4;VN:1;UA:2" }])
    expect(result.issues.map(({ code, message }) => ({ code, message }))).toEqual([
      {
        code: "field/invalid-format",
        message:
          "row 2, column 'reported.byCountry': 'UA' is given twice ('UA:4' and 'UA:2'): give each country once",
      },
    ])
  })
})

describe("fromRows: two columns for one field", () => {
  const base = { id: "p1", title: "T", kind: "seminar", status: "planned", "reported.total": "9" }

  it("different values are an issue, never the last one kept silently", () => {
    const result = fromRows("programmes", [
      { ...base, start: "2024", "period.start": "2025" },
      { ...base, id: "p2", start: "2024", "period.start": "2024" },
      {
        ...base,
        id: "p3",
        start: "2024",
        "reported.byCountry": "UA:4",
        "reported.byCountry.UA": "5",
      },
      {
        ...base,
        id: "p4",
        start: "2024",
        "reported.byCountry": "UA:4",
        "reported.byCountry.VN": "1",
      },
    ])
    expect(
      result.issues.map(({ code, row, column, message }) => ({ code, row, column, message })),
    ).toEqual([
      {
        code: "rows/conflicting-columns",
        row: 2,
        column: "period.start",
        message:
          "row 2, column 'period.start': '2025' differs from '2024' in column 'start', which gives period.start too: keep one of the two columns",
      },
      {
        code: "rows/conflicting-columns",
        row: 4,
        column: "reported.byCountry.UA",
        message:
          "row 4, column 'reported.byCountry.UA': 5 differs from 4 in column 'reported.byCountry', which gives reportedParticipants.byCountry.UA too: keep one of the two columns",
      },
    ])
  })

  it("per-country columns and a counts cell merge", () => {
    const result = fromRows("programmes", [
      { ...base, start: "2024", "reported.byCountry.VN": "1", "reported.byCountry": "UA:4" },
    ])
    expect(result.records?.[0]?.reportedParticipants).toEqual({
      total: 9,
      byCountry: { VN: 1, UA: 4 },
    })
  })
})

describe("fromRows: '__proto__' as a country", () => {
  const base = {
    id: "p1",
    title: "T",
    kind: "seminar",
    status: "planned",
    start: "2024",
    "reported.total": "9",
  }

  it("a column reported.byCountry.__proto__ is country/invalid, once, at the header", () => {
    const result = fromRows("programmes", [
      { ...base, "reported.byCountry.__proto__": "3" },
      { ...base, id: "p2", "reported.byCountry.__proto__": "4" },
    ])
    expect(result.ok).toBe(false)
    expect(result.issues).toEqual([
      {
        code: "country/invalid",
        severity: "error",
        path: ["reportedParticipants", "byCountry", "__proto__"],
        message:
          "row 1, column 'reported.byCountry.__proto__': '__proto__' is not a country code: use an ISO 3166-1 alpha-2 code in upper case, such as 'VN' or 'UA', or 'XK' for Kosovo",
        row: 1,
        column: "reported.byCountry.__proto__",
      },
    ])
  })

  it("a cell '__proto__:3' is country/invalid at its row, and other keys are checked the same way", () => {
    const result = fromRows("programmes", [
      { ...base, "reported.byCountry": "__proto__:3" },
      { ...base, id: "p2", "reported.byCountry": "UA:1;constructor:2;ua:3" },
    ])
    expect(
      result.issues.map(({ code, row, column, path, message }) => ({
        code,
        row,
        column,
        path,
        message,
      })),
    ).toEqual([
      {
        code: "country/invalid",
        row: 2,
        column: "reported.byCountry",
        path: [0, "reportedParticipants", "byCountry", "__proto__"],
        message:
          "row 2, column 'reported.byCountry': '__proto__' is not a country code: use an ISO 3166-1 alpha-2 code in upper case, such as 'VN' or 'UA', or 'XK' for Kosovo",
      },
      {
        code: "country/invalid",
        row: 3,
        column: "reported.byCountry",
        path: [1, "reportedParticipants", "byCountry", "constructor"],
        message: expect.stringMatching(/^row 3, column 'reported.byCountry': 'constructor' is not/),
      },
      {
        code: "country/invalid",
        row: 3,
        column: "reported.byCountry",
        path: [1, "reportedParticipants", "byCountry", "ua"],
        message: expect.stringMatching(
          /^row 3, column 'reported.byCountry': 'ua' is not a country code \(did you mean 'UA'\?\)/,
        ),
      },
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it("country keys are own data in the records, never a prototype", () => {
    const result = fromRows("programmes", [
      { ...base, "reported.byCountry": "UA:4", "reported.byCountry.VN": "2" },
    ])
    const byCountry = result.records?.[0]?.reportedParticipants?.byCountry ?? {}
    expect(Object.getPrototypeOf(byCountry)).toBe(Object.prototype)
    expect(Object.keys(byCountry)).toEqual(["UA", "VN"])
  })
})
