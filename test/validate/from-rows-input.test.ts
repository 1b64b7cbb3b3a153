import { describe, expect, it } from "vitest"
import { fromRows } from "../../src/validate/index.js"

// fromRows never throws: whatever it is given, every problem is an issue with a code, and a
// row and column where there is one.

type Loose = Parameters<typeof fromRows>[1]
const loose = (rows: unknown) => rows as Loose
const brief = (issues: readonly { code: string; row?: number; column?: string }[]) =>
  issues.map(({ code, row, column }) => ({ code, row, column }))

const participant = { id: "p1", country: "VN" }

describe("fromRows never throws on what it is given", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "id,country\np1,VN"],
    ["an object", { 0: participant, length: 1 }],
    ["a Set", new Set([participant])],
  ])("rows that are %s: one rows/not-a-list issue", (_name, rows) => {
    const result = fromRows("participants", loose(rows))
    expect(result.ok).toBe(false)
    expect(brief(result.issues)).toEqual([
      { code: "rows/not-a-list", row: undefined, column: undefined },
    ])
    expect(result.issues[0]?.message).toMatch(/^rows must be a list of objects keyed by column/)
  })

  it("a kind that is not a string", () => {
    for (const kind of [null, undefined, 42, {}, Symbol("k"), ["programmes"]]) {
      const result = fromRows(kind as unknown as "programmes", [])
      expect(brief(result.issues)).toEqual([
        { code: "rows/unknown-kind", row: undefined, column: undefined },
      ])
    }
  })

  it("rows that are not objects, each by its row number", () => {
    const rows = loose([participant, null, "p2,VN", ["p3", "VN"], 42, undefined, new Map()])
    const result = fromRows("participants", rows)
    expect(result.ok).toBe(false)
    expect(brief(result.issues)).toEqual(
      [3, 4, 5, 6, 7, 8].map((row) => ({ code: "rows/not-a-row", row, column: undefined })),
    )
    expect(result.issues.map((issue) => issue.path)).toEqual([[1], [2], [3], [4], [5], [6]])
    expect(result.issues[0]?.message).toBe(
      "row 3: the row is null: give an object keyed by column header, such as csv-parse returns with { columns: true }",
    )
    expect(result.issues[2]?.message).toBe(
      "row 5: the row is a list of cells: give an object keyed by column header, such as csv-parse returns with { columns: true }",
    )
    expect(result.issues[5]?.message).toMatch(/^row 8: the row is a Map: give a plain object/)
  })

  it("[null] is one issue, at row 2", () => {
    expect(fromRows("participants", loose([null])).issues).toEqual([
      {
        code: "rows/not-a-row",
        severity: "error",
        path: [0],
        message:
          "row 2: the row is null: give an object keyed by column header, such as csv-parse returns with { columns: true }",
        row: 2,
      },
    ])
  })

  it("holes in a sparse list: one issue per run of missing rows, in time linear in the rows given", () => {
    const rows: unknown[] = []
    rows[0] = participant
    rows[3] = { id: "p2", country: "VN" }
    rows.length = 2 ** 32 - 1
    const result = fromRows("participants", loose(rows))
    expect(brief(result.issues)).toEqual([
      { code: "rows/not-a-row", row: 3, column: undefined },
      { code: "rows/not-a-row", row: 6, column: undefined },
    ])
    expect(result.issues[0]?.message).toBe("rows 3–4: there are no rows here (holes in the list)")
    expect(result.issues[1]?.message).toBe(
      "rows 6–4294967296: there are no rows here (holes in the list)",
    )
  })

  it("a getter that throws, in a row or in a cell", () => {
    const cell = Object.defineProperty({ id: "p1" }, "country", {
      enumerable: true,
      get() {
        throw new Error("no\ncountry")
      },
    })
    const hostile = Object.defineProperty({ id: "p2" }, "country", {
      enumerable: true,
      get() {
        // Neither an Error nor printable: String() of it throws.
        throw Object.create(null)
      },
    })
    const result = fromRows("participants", loose([cell, hostile]))
    expect(brief(result.issues)).toEqual([
      { code: "rows/unreadable", row: 2, column: "country" },
      { code: "rows/unreadable", row: 3, column: "country" },
    ])
    expect(result.issues[0]?.message).toBe(
      "row 2, column 'country': the cell could not be read: 'no\\ncountry'",
    )
    expect(result.issues[1]?.message).toBe(
      "row 3, column 'country': the cell could not be read: an error that cannot be shown",
    )
  })

  it("Proxies, including ones whose traps throw", () => {
    const boom = () => {
      throw new Error("trap")
    }
    const rows = loose([
      new Proxy({ ...participant }, {}),
      new Proxy({ ...participant }, { ownKeys: boom }),
      new Proxy({ ...participant }, { get: boom }),
      new Proxy({ ...participant }, { getPrototypeOf: boom }),
      new Proxy({ ...participant }, { getOwnPropertyDescriptor: boom }),
    ])
    const result = fromRows("participants", rows)
    expect(brief(result.issues)).toEqual([
      { code: "rows/unreadable", row: 3, column: undefined },
      { code: "rows/unreadable", row: 4, column: "id" },
      { code: "rows/unreadable", row: 4, column: "country" },
      { code: "rows/unreadable", row: 5, column: undefined },
      { code: "rows/unreadable", row: 6, column: undefined },
    ])
    expect(result.issues[0]?.message).toBe("row 3: the row could not be read: 'trap'")
  })

  it("a Proxy as the list of rows, and a revoked one", () => {
    const throwing = new Proxy([participant], {
      get() {
        throw new Error("no length")
      },
    })
    expect(brief(fromRows("participants", loose(throwing)).issues)).toEqual([
      { code: "rows/unreadable", row: undefined, column: undefined },
    ])
    const { proxy, revoke } = Proxy.revocable([participant], {})
    revoke()
    const revoked = fromRows("participants", loose(proxy))
    expect(brief(revoked.issues)).toEqual([
      { code: "rows/unreadable", row: undefined, column: undefined },
    ])
    expect(revoked.issues[0]?.message).toMatch(/^the rows could not be read: /)
    // A well-behaved Proxy of an array is read like the array.
    expect(fromRows("participants", loose(new Proxy([participant], {}))).records).toEqual([
      participant,
    ])
  })
})

describe("fromRows options", () => {
  it("options = null is an issue, and the rows are still checked", () => {
    const result = fromRows("participants", [{ id: "p1", country: "ZZ" }], null as never)
    expect(brief(result.issues)).toEqual([
      { code: "rows/invalid-option", row: undefined, column: undefined },
      { code: "country/invalid", row: 2, column: "country" },
    ])
    expect(result.issues[0]?.message).toBe(
      "options must be an object such as { listSeparator: '|' }, or left out, not null",
    )
  })

  it("firstRowNumber that is not a whole number is an issue, and rows count from 2", () => {
    for (const firstRowNumber of ["a", 1.5, Number.NaN, -1, 0, 2 ** 53, null]) {
      const result = fromRows("participants", [{ id: "p1", country: "ZZ" }], {
        firstRowNumber: firstRowNumber as number,
      })
      expect(brief(result.issues)).toEqual([
        { code: "rows/invalid-option", row: undefined, column: undefined },
        { code: "country/invalid", row: 2, column: "country" },
      ])
      expect(result.issues[0]?.message).toMatch(
        /^option firstRowNumber must be a whole number of at least 1 \(the row number of rows\[0\]\), not /,
      )
      expect(result.issues[1]?.message).toMatch(/^row 2, column 'country'/)
    }
  })

  it("a listSeparator that is not a non-empty string, and unknown option names", () => {
    const result = fromRows("participants", [participant], {
      listSeparator: "",
      listSeperator: "|",
    } as never)
    expect(result.ok).toBe(false)
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "option listSeparator must be a text of at least one character, such as ';' or '|', not ''",
      "unknown option 'listSeperator' — did you mean 'listSeparator'?",
    ])
    expect(result.issues.every((issue) => issue.code === "rows/invalid-option")).toBe(true)
  })

  it("options that cannot be read", () => {
    const options = Object.defineProperty({}, "listSeparator", {
      enumerable: true,
      get() {
        throw new Error("no")
      },
    })
    const result = fromRows("participants", [participant], options)
    expect(brief(result.issues)).toEqual([
      { code: "rows/invalid-option", row: undefined, column: undefined },
    ])
    expect(result.issues[0]?.message).toBe("option listSeparator could not be read: 'no'")
  })
})

describe("fromRows cells that are not text", () => {
  it("objects are never stringified: {id: {a: 1}} is an issue, not '[object Object]'", () => {
    const result = fromRows("participants", loose([{ id: { a: 1 }, country: "VN" }]))
    expect(result.ok).toBe(false)
    expect(result.issues).toEqual([
      {
        code: "field/wrong-type",
        severity: "error",
        path: [0, "id"],
        message:
          "row 2, column 'id': an object is not a cell value: give text, as a CSV parser returns it",
        row: 2,
        column: "id",
      },
    ])
  })

  it("lists, Dates, functions, symbols and boxed strings are issues too", () => {
    const rows = loose([
      { id: ["p1"], country: "VN" },
      { id: "p2", country: "VN", "extra.on": new Date(0) },
      { id: () => "p3", country: "VN" },
      { id: Symbol("p4"), country: "VN" },
      { id: new String("p5"), country: "VN" },
    ])
    const result = fromRows("participants", rows)
    expect(brief(result.issues)).toEqual([
      { code: "field/wrong-type", row: 2, column: "id" },
      { code: "field/wrong-type", row: 3, column: "extra.on" },
      { code: "field/wrong-type", row: 4, column: "id" },
      { code: "field/wrong-type", row: 5, column: "id" },
      { code: "field/wrong-type", row: 6, column: "id" },
    ])
    expect(result.issues[1]?.message).toBe(
      "row 3, column 'extra.on': a Date is not read (its day depends on a time zone): give the date as text, such as '2024-10-15'",
    )
  })

  it("numbers and booleans are read as their value where that is unambiguous", () => {
    const result = fromRows(
      "programmes",
      loose([
        {
          id: 2024,
          title: "Course",
          kind: "training-course",
          status: "completed",
          start: 2024,
          end: 2024,
          series: "unafei-itc",
          session: 184,
          dacPurposeCodes: 15130,
          budget: 1000,
          currency: "JPY",
          "budget.approximate": true,
          "reported.total": 25,
          "reported.byCountry.UA": 4,
          "extra.cohort": 7,
          "extra.late": false,
        },
      ]),
    )
    expect(result.issues).toEqual([])
    expect(result.records?.[0]).toEqual({
      id: "2024",
      title: "Course",
      kind: "training-course",
      status: "completed",
      period: { start: "2024", end: "2024" },
      series: { id: "unafei-itc", session: 184 },
      dacPurposeCodes: [15130],
      budget: { amount: 1000, currency: "JPY", approximate: true },
      reportedParticipants: { total: 25, byCountry: { UA: 4 } },
      extra: { cohort: 7, late: false },
    })
  })

  it("a number that may have lost digits in a text column, NaN, and a boolean in a text column are issues", () => {
    const base = {
      id: "p1",
      title: "Course",
      kind: "seminar",
      status: "planned",
      start: "2024",
    }
    const result = fromRows(
      "programmes",
      loose([
        { ...base, sdgTargets: 16.1 },
        { ...base, id: "p2", "reported.total": Number.NaN },
        { ...base, id: "p3", title: true },
        { ...base, id: "p4", "budget.approximate": 2 },
        { ...base, id: "p5", "reported.total": Number.POSITIVE_INFINITY },
      ]),
    )
    expect(brief(result.issues)).toEqual([
      { code: "field/wrong-type", row: 2, column: "sdgTargets" },
      { code: "field/wrong-type", row: 3, column: "reported.total" },
      { code: "field/wrong-type", row: 4, column: "title" },
      { code: "field/wrong-type", row: 5, column: "budget.approximate" },
      { code: "field/wrong-type", row: 6, column: "reported.total" },
    ])
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "row 2, column 'sdgTargets': the number 16.1 is not read as text (a spreadsheet may have dropped digits, as in 16.10): format the column as text",
      "row 3, column 'reported.total': NaN is not a number: write digits only, with a dot for decimals (2653, 10.5)",
      "row 4, column 'title': true is not text: write the value as text",
      "row 5, column 'budget.approximate': 2 is not true or false (write true, false, yes, no, 1 or 0)",
      "row 6, column 'reported.total': Infinity is not a number: write digits only, with a dot for decimals (2653, 10.5)",
    ])
  })

  it("a number written with more digits than a number holds exactly is an issue, not rounded", () => {
    const base = { id: "p1", title: "T", kind: "seminar", status: "planned", start: "2024" }
    const result = fromRows("programmes", [
      { ...base, "reported.total": "9007199254740993" },
      { ...base, id: "p2", budget: "0.1000000000000000055511", currency: "USD" },
      { ...base, id: "p3", budget: "000123.4500", currency: "USD" },
    ])
    expect(brief(result.issues)).toEqual([
      { code: "field/wrong-type", row: 2, column: "reported.total" },
      { code: "field/wrong-type", row: 3, column: "budget" },
    ])
    expect(result.issues[0]?.message).toBe(
      "row 2, column 'reported.total': '9007199254740993' has more digits than can be held exactly (at most 15 significant digits, or a whole number up to 9007199254740991)",
    )
  })
})
