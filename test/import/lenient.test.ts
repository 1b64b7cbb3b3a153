import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { readDate } from "../../src/validate/from-rows-dates.js"
import { foldHeader, foldWord } from "../../src/validate/from-rows-words.js"
import { fromRows } from "../../src/validate/index.js"

const brief = (issues: { code: string; row?: number; column?: string }[]) =>
  issues.map(({ code, row, column }) => ({ code, row, column }))

describe("headers in any case and spacing, and by common labels", () => {
  it("folds case, spaces, underscores, dots and a bracketed qualifier", () => {
    for (const header of [
      "Birth Year",
      "birth_year",
      "BIRTHYEAR",
      " birth-year ",
      "Birth Year (YYYY)",
    ]) {
      expect(foldHeader(header)).toBe("birthyear")
    }
    expect(foldWord("POLICE-OFFICER (retd.)")).toBe("police officer")
  })

  it("reads 'Birth Year', 'Sex', 'Nationality', 'Participant ID' as the columns they mean, each a change at the header", () => {
    const result = fromRows("participants", [
      { "Participant ID": "p1", Nationality: "VN", Sex: "female", "Birth Year": "1985" },
    ])
    expect(result.issues).toEqual([])
    expect(result.records).toEqual([{ id: "p1", country: "VN", gender: "female", birthYear: 1985 }])
    expect(result.changes).toEqual([
      { row: 1, column: "Participant ID", from: "Participant ID", to: "id" },
      { row: 1, column: "Nationality", from: "Nationality", to: "country" },
      { row: 1, column: "Sex", from: "Sex", to: "gender" },
      { row: 1, column: "Birth Year", from: "Birth Year", to: "birthYear" },
    ])
  })

  it("columns maps a header as written or folded, to a column, a field path or extra; '-' skips it", () => {
    const result = fromRows(
      "participations",
      [{ Trainee: "p1", "COURSE NO.": "c1", Result: "completed", Notes: "x", Ignore: "y" }],
      {
        columns: {
          Trainee: "participant",
          "Course No.": "programme",
          Result: "status",
          Notes: "extra.notes",
          Ignore: "-",
        },
      },
    )
    expect(result.issues).toEqual([])
    expect(result.records).toEqual([
      { participant: "p1", programme: "c1", status: "completed", extra: { notes: "x" } },
    ])
    expect(result.origin?.columns).toEqual(
      Object.assign(Object.create(null), {
        participant: "Trainee",
        programme: "COURSE NO.",
        status: "Result",
        "extra.notes": "Notes",
      }),
    )
  })

  it("a columns target that is not a field is an issue, never a throw", () => {
    const result = fromRows("programmes", [{ id: "p" }], { columns: { X: "titel" } })
    expect(result.issues[0]).toMatchObject({ code: "rows/invalid-option" })
    expect(result.issues[0]?.message).toMatch(
      /^option columns: 'X' maps to 'titel', which is not a field of programmes/,
    )
    expect(fromRows("programmes", [], { columns: "x" as never }).issues[0]?.code).toBe(
      "rows/invalid-option",
    )
    expect(fromRows("programmes", [], { values: { titel: {} } }).issues[0]?.message).toMatch(
      /'titel' is not a field/,
    )
  })
})

describe("enum cells in any case or spacing, by synonyms, a qualifier in brackets set aside", () => {
  it.each([
    ["participants", "gender", "F", "female"],
    ["participants", "gender", "Male", "male"],
    ["participants", "profession", "Police officer", "police"],
    ["participants", "profession", "Corrections Officer", "corrections"],
    ["participants", "profession", "Ministry official", "ministry-official"],
    ["participations", "status", "Completed", "completed"],
    ["participations", "status", "Attended (partial)", "attended"],
    ["participations", "status", "No show", "no-show"],
    ["participations", "status", "WITHDRAWN", "withdrawn"],
    ["programmes", "kind", "Training course", "training-course"],
    ["programmes", "kind", "technical_cooperation_project", "technical-cooperation-project"],
    ["programmes", "status", "Canceled", "cancelled"],
    ["programmes", "mode", "Face-to-face", "in-person"],
    ["organisations", "type", "UN agency", "un-entity"],
  ] as const)("%s %s %j → %j", (kind, field, cell, value) => {
    const base = {
      participants: { id: "p", country: "VN" },
      participations: { participant: "a", programme: "b", status: "attended" },
      programmes: { id: "p", title: "T", kind: "seminar", status: "planned", start: "2024" },
      organisations: { id: "o", name: "O", type: "other" },
    }[kind]
    const result = fromRows(kind, [{ ...base, [field]: cell }])
    expect(result.issues).toEqual([])
    expect((result.records?.[0] as Record<string, unknown> | undefined)?.[field]).toBe(value)
    expect(result.changes).toEqual([{ row: 2, column: field, from: cell, to: value }])
  })

  it("a value it cannot read is an issue with the nearest value as a suggestion", () => {
    const result = fromRows("participations", [
      { participant: "a", programme: "b", status: "Completd" },
      { participant: "a", programme: "c", status: "Passed" },
    ])
    expect(result.issues.map(({ code, row, suggestion }) => ({ code, row, suggestion }))).toEqual([
      { code: "field/not-in-list", row: 2, suggestion: "completed" },
      { code: "field/not-in-list", row: 3, suggestion: undefined },
    ])
    expect(result.issues[0]?.message).toBe(
      "row 2, column 'status': 'Completd' is not one of 'invited', 'registered', 'attended', 'completed', 'withdrawn', 'no-show' — did you mean 'completed'?",
    )
  })

  it("values maps a cell as written to the value meant, and the change shows it", () => {
    const result = fromRows(
      "participations",
      [{ participant: "a", programme: "b", status: "Passed" }],
      { values: { status: { Passed: "completed" } } },
    )
    expect(result.records?.[0]?.status).toBe("completed")
    expect(result.changes).toEqual([{ row: 2, column: "status", from: "Passed", to: "completed" }])
  })
})

describe("countries as codes or names", () => {
  it.each([
    ["Viet Nam", "VN"],
    ["Lao PDR", "LA"],
    ["Côte d'Ivoire", "CI"],
    ["Cote d’Ivoire", "CI"],
    ["Türkiye", "TR"],
    ["Republic of Korea", "KR"],
    ["Korea, Republic of", "KR"],
    ["Kyrgyz Republic", "KG"],
    ["Brunei", "BN"],
    ["vnm", "VN"],
    ["704", "VN"],
    ["vn", "VN"],
  ])("%j → %s", (cell, code) => {
    const result = fromRows("participants", [{ id: "p", country: cell }])
    expect(result.issues).toEqual([])
    expect(result.records?.[0]?.country).toBe(code)
    expect(result.changes).toEqual([{ row: 2, column: "country", from: cell, to: code }])
  })

  it("a name for two countries, or none, is an issue; a near name is suggested", () => {
    const result = fromRows("participants", [
      { id: "a", country: "Korea" },
      { id: "b", country: "Vietnm" },
      { id: "c", country: "Atlantis" },
    ])
    expect(result.issues.map(({ code, row, suggestion }) => ({ code, row, suggestion }))).toEqual([
      { code: "country/invalid", row: 2, suggestion: undefined },
      { code: "country/invalid", row: 3, suggestion: "VN" },
      { code: "country/invalid", row: 4, suggestion: undefined },
    ])
    expect(result.issues[1]?.message).toMatch(/did you mean 'Vietnam' \(VN\)\?$/)
  })

  it("lists of countries: each a code or a name, one change for the cell", () => {
    const result = fromRows("programmes", [
      {
        id: "p",
        title: "T",
        kind: "seminar",
        status: "planned",
        start: "2024",
        countries: "Viet Nam; Lao PDR;KH",
      },
    ])
    expect(result.records?.[0]?.countries).toEqual(["VN", "LA", "KH"])
    expect(result.changes).toEqual([
      { row: 2, column: "countries", from: "Viet Nam; Lao PDR;KH", to: "VN;LA;KH" },
    ])
  })
})

describe("dates in the common unambiguous forms", () => {
  it.each([
    ["2024", "2024"],
    ["2024-10", "2024-10"],
    ["2024-10-15", "2024-10-15"],
    ["2024-10-15 00:00:00", "2024-10-15"],
    ["2024-10-15T09:30", "2024-10-15"],
    ["2024/10/15", "2024-10-15"],
    ["2024-1-5", "2024-01-05"],
    ["Oct 2024", "2024-10"],
    ["October 2024", "2024-10"],
    ["Sep 2022", "2022-09"],
    ["Sept. 2022", "2022-09"],
    ["10/2024", "2024-10"],
    ["15 May 2022", "2022-05-15"],
    ["15-May-2022", "2022-05-15"],
    ["May 15, 2022", "2022-05-15"],
  ])("%j → %s", (cell, date) => {
    expect(readDate(cell, undefined)).toEqual({ date })
  })

  it("a day and a month as numbers need dateOrder: 10/12/2024 without it is an issue, never a guess", () => {
    expect(readDate("10/12/2024", undefined)).toEqual({
      problem: expect.stringMatching(
        /set dateOrder to 'day-first' or 'month-first' \(never guessed\)/,
      ),
    })
    expect(readDate("10/12/2024", "day-first")).toEqual({ date: "2024-12-10" })
    expect(readDate("10/12/2024", "month-first")).toEqual({ date: "2024-10-12" })
    expect(readDate("15.05.2022", "day-first")).toEqual({ date: "2022-05-15" })
    expect(readDate("15/05/2022", "month-first")).toMatchObject({ problem: expect.any(String) })
    // Only one order makes a date: it is suggested, not taken.
    expect(readDate("15/05/2022", undefined)).toMatchObject({ suggestion: "2022-05-15" })
  })

  it("a date-time cell as spreadsheet programs export it is its day as written, with dateOrder", () => {
    // LibreOffice and Gnumeric export a date-time cell as it is shown (test/fixtures/office).
    expect(readDate("15/10/2024 14:30", "day-first")).toEqual({ date: "2024-10-15" })
    expect(readDate("15.10.2024 14:30:05", "day-first")).toEqual({ date: "2024-10-15" })
    expect(readDate("10/15/2024 2:30 PM", "month-first")).toEqual({ date: "2024-10-15" })
    expect(readDate("10/15/2024, 2:30:00 p.m.", "month-first")).toEqual({ date: "2024-10-15" })
    // Never a guess: without dateOrder it is the issue a date alone would be.
    expect(readDate("10/12/2024 14:30", undefined)).toMatchObject({
      problem: expect.stringMatching(/set dateOrder/),
    })
    // A time that is not one is no date.
    for (const cell of [
      "15/10/2024 24:00",
      "15/10/2024 14:60",
      "15/10/2024 14",
      "15/10/2024 14:30Z",
    ])
      expect(readDate(cell, "day-first")).toMatchObject({
        problem: expect.stringMatching(/not a date/),
      })
  })

  it("refuses what would be a guess: a time zone, a two-digit year, a day that is not", () => {
    expect(readDate("2024-10-14T15:00:00Z", undefined)).toMatchObject({
      problem: expect.stringMatching(/time zone/),
    })
    expect(readDate("15/05/22", "day-first")).toMatchObject({
      problem: expect.stringMatching(/two-digit year/),
    })
    expect(readDate("31 Feb 2024", undefined)).toMatchObject({
      problem: expect.stringMatching(/no day 2024-02-31/),
    })
    expect(readDate("Spring 2024", undefined)).toMatchObject({ problem: expect.any(String) })
  })

  it("dateOrder is read by fromRows, and a date it cannot read is date/invalid at its row and column", () => {
    const row = { id: "p", title: "T", kind: "seminar", status: "planned", start: "03/02/2023" }
    expect(fromRows("programmes", [row]).issues.map((i) => i.code)).toEqual(["date/invalid"])
    const read = fromRows("programmes", [row], { dateOrder: "day-first" })
    expect(read.records?.[0]?.period).toEqual({ start: "2023-02-03" })
    expect(fromRows("programmes", [row], { dateOrder: "dmy" as never }).issues[0]?.code).toBe(
      "rows/invalid-option",
    )
  })
})

describe("cells that are not text, as Excel readers return them", () => {
  const base = { participant: "a", programme: "b", status: "completed" }

  it("a Date at midnight UTC in a date column is its day; any other time is an issue", () => {
    const result = fromRows("participations", [
      { ...base, completedOn: new Date(Date.UTC(2024, 9, 15)) },
      { ...base, programme: "c", completedOn: new Date(Date.UTC(2024, 9, 14, 15)) },
    ])
    expect(brief(result.issues)).toEqual([{ code: "date/invalid", row: 3, column: "completedOn" }])
    expect(result.changes).toEqual([
      { row: 2, column: "completedOn", from: "2024-10-15T00:00:00.000Z", to: "2024-10-15" },
    ])
    const ok = fromRows("participations", [
      { ...base, completedOn: new Date(Date.UTC(2024, 9, 15)) },
    ])
    expect(ok.records?.[0]?.completedOn).toBe("2024-10-15")
  })

  it("a Date elsewhere, a number in an enum column, true in a country column are issues", () => {
    const result = fromRows("participants", [
      { id: new Date(Date.UTC(2024, 0, 2)), country: "VN" },
      { id: "b", country: true, gender: 1 },
    ])
    expect(brief(result.issues)).toEqual([
      { code: "field/wrong-type", row: 2, column: "id" },
      { code: "field/wrong-type", row: 3, column: "country" },
      { code: "field/not-in-list", row: 3, column: "gender" },
    ])
  })
})

describe("file, blank rows, and never a throw", () => {
  it("file is named in every issue and change", () => {
    const result = fromRows("participants", [{ id: "p", country: "Atlantis", Sex: "F" }], {
      file: "people.csv",
    })
    expect(result.issues[0]).toMatchObject({ file: "people.csv", row: 2, column: "country" })
    expect(result.issues[0]?.message).toMatch(/^people\.csv row 2, column 'country': /)
    expect(result.changes.every((c) => c.file === "people.csv")).toBe(true)
  })

  it("a blank row is no record and keeps its number", () => {
    const result = fromRows("participants", [
      { id: "a", country: "VN" },
      { id: "", country: " " },
      { id: "c", country: "Atlantis" },
    ])
    expect(brief(result.issues)).toEqual([{ code: "country/invalid", row: 4, column: "country" }])
    const ok = fromRows("participants", [
      { id: "a", country: "VN" },
      {},
      { id: "c", country: "KH" },
    ])
    expect(ok.records).toHaveLength(2)
    expect(ok.origin?.rows).toEqual([2, 4])
  })

  it("never throws, whatever the cells and options (property, seeded)", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom("Viet Nam", "F", "Completed", "15/05/2022", "Oct 2024", "__proto__", "-"),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: false }),
    )
    const header = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "Sex",
        "Birth Year",
        "Nationality",
        "Course No.",
        "status",
        "start",
        "countries",
        "__proto__",
      ),
    )
    const options = fc.record(
      {
        columns: fc.dictionary(
          header,
          fc.oneof(fc.string(), fc.constantFrom("-", "status", "period.start")),
        ),
        values: fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.string())),
        dateOrder: fc.oneof(fc.constantFrom("day-first", "month-first"), fc.string()),
        file: fc.string(),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(
        fc.constantFrom("participants", "participations", "programmes", "organisations"),
        fc.array(fc.dictionary(header, cell), { maxLength: 5 }),
        options,
        (kind, rows, opts) => {
          const result = fromRows(kind as "participants", rows, opts as never)
          expect(Array.isArray(result.issues)).toBe(true)
          expect(Array.isArray(result.changes)).toBe(true)
        },
      ),
      { seed: 13, numRuns: 300 },
    )
  })
})
