// The register of issue 13: three files kept as a training institute keeps them (headers such
// as "Course No.", "Result", "Certificate Date"; countries by name; statuses in words; dates
// as 15/05/2022, Sep 2022, 2024-10-15 00:00:00), read with profiles that map only what no
// default could guess, and statistics checked against figures counted by hand.
import { readFileSync } from "node:fs"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { alumniTotals, participationsByCountry } from "../../src/aggregate/index.js"
import {
  type FromRowsOptions,
  fromRows,
  locateIssues,
  validateDataset,
} from "../../src/validate/index.js"

const dir = new URL("../../examples/register/", import.meta.url)

/** A file read as the docs say: blank lines kept (so that row numbers are the spreadsheet's). */
function read(name: string): Record<string, string>[] {
  return parse(readFileSync(new URL(name, dir)), {
    columns: true,
    bom: true,
    relax_column_count: true,
  })
}

function profile(name: string): FromRowsOptions {
  return JSON.parse(readFileSync(new URL(name, dir), "utf8"))
}

function importRegister() {
  const programmes = fromRows("programmes", read("programmes.csv"), {
    ...profile("programmes.profile.json"),
    file: "programmes.csv",
  })
  const participants = fromRows("participants", read("participants.csv"), {
    ...profile("participants.profile.json"),
    file: "participants.csv",
  })
  const participations = fromRows("participations", read("participations.csv"), {
    ...profile("participations.profile.json"),
    file: "participations.csv",
  })
  return { programmes, participants, participations }
}

describe("a register as an office keeps it", () => {
  it("the profiles map only headers no common label gives, and dateOrder", () => {
    expect(Object.keys(profile("programmes.profile.json").columns ?? {})).toEqual(["Course No."])
    expect(Object.keys(profile("participants.profile.json").columns ?? {})).toEqual([
      "Organisation", // a name, not an id: kept as own data
    ])
    expect(Object.keys(profile("participations.profile.json").columns ?? {})).toEqual([
      "Course No.",
      "Result",
      "Certificate Date",
      "Remarks",
    ])
  })

  it("imports with no issue, and its statistics equal the figures counted by hand", () => {
    const { programmes, participants, participations } = importRegister()
    expect(programmes.issues).toEqual([])
    expect(participants.issues).toEqual([])
    expect(participations.issues).toEqual([])
    const checked = validateDataset({
      programmes: programmes.records,
      participants: participants.records,
      participations: participations.records,
    })
    expect(checked.issues).toEqual([])
    const dataset = checked.dataset
    if (dataset === undefined) throw new Error("no dataset")
    // By hand: ITC-184 P-001 (VN) P-002 (LA) P-004 (TR, attended); UNCAC-26 P-005 (KR) P-006
    // (VN) P-001 (VN); SEM-2024 P-007 (LA) P-008 (TR) P-006 (VN). Not counted: P-003
    // withdrawn, P-009 no-show, P-010 in ITC-186, which was cancelled.
    expect(participationsByCountry(dataset)).toMatchObject({
      total: 9,
      unattributed: 0,
      rows: [
        { country: "VN", count: 4 },
        { country: "LA", count: 2 },
        { country: "TR", count: 2 },
        { country: "KR", count: 1 },
      ],
    })
    // Alumni: P-001 (VN), P-002 (LA), P-005 (KR), P-006 (VN); P-001 and P-006 counted once.
    expect(alumniTotals(dataset)).toEqual({
      alumni: 4,
      countries: 3,
      byCountry: [
        { country: "VN", count: 2 },
        { country: "KR", count: 1 },
        { country: "LA", count: 1 },
      ],
    })
  })

  it("reads the names, words and dates as written, and lists every change", () => {
    const { programmes, participants, participations } = importRegister()
    expect(participants.records?.map((p) => p.country)).toEqual([
      "VN",
      "LA",
      "CI",
      "TR",
      "KR",
      "VN",
      "LA",
      "TR",
      "KG",
      "BN",
    ])
    expect(participants.records?.[1]).toEqual({
      id: "P-002",
      name: "Somchai Vongsa",
      gender: "male",
      country: "LA",
      birthYear: 1979,
      profession: "police",
      extra: { organisation: "Ministry of Public Security" },
    })
    expect(programmes.records?.map((p) => p.period)).toEqual([
      { start: "2022-05-15", end: "2022-06-16" },
      { start: "2022-09", end: "2022-10" },
      { start: "2023-02-03", end: "2023-03-10" },
      { start: "2024-10", end: "2024-10-15" },
      { start: "2025-11" },
    ])
    expect(programmes.records?.[3]?.countries).toEqual(["VN", "LA", "KH"])
    expect(participations.changes).toContainEqual({
      file: "participations.csv",
      row: 5,
      column: "Result",
      from: "Attended (partial)",
      to: "attended",
    })
    expect(participations.changes).toContainEqual({
      file: "participations.csv",
      row: 1,
      column: "Course No.",
      from: "Course No.",
      to: "programme",
    })
    // Every cell that differs from its value is a change: 11 of the 12 results (row 8 says
    // 'completed' already), and the 4 dates not written as YYYY-MM-DD.
    const cells = participations.changes.filter((c) => c.row > 1)
    expect(cells.filter((c) => c.column === "Result").map((c) => c.row)).toEqual([
      2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14,
    ])
    expect(cells.filter((c) => c.column === "Certificate Date").map((c) => c.to)).toEqual([
      "2022-06-16",
      "2022-06-16",
      "2022-10",
      "2022-10-20",
    ])
  })

  it("row numbers are the spreadsheet's, blank line included, and survive into validateDataset's issues", () => {
    const { programmes, participants, participations } = importRegister()
    // Row 9 is blank: the rows after it keep their numbers.
    expect(participations.origin?.rows).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14])
    // SEM-2024 left out of the programmes: four participations refer to it.
    const checked = validateDataset({
      programmes: programmes.records?.filter((p) => p.id !== "SEM-2024"),
      participants: participants.records,
      participations: participations.records,
    })
    const located = locateIssues(checked.issues, {
      participations: participations.origin,
      programmes: programmes.origin,
    })
    const unknown = located.filter((i) => i.code === "participation/unknown-programme")
    expect(unknown.map(({ file, row, column }) => ({ file, row, column }))).toEqual(
      [10, 11, 12, 14].map((row) => ({ file: "participations.csv", row, column: "Course No." })),
    )
    expect(unknown[0]?.message).toMatch(
      /^participations\.csv row 10, column 'Course No\.' — participations\[7\]/,
    )
  })

  it("without the profile, what no default could guess is an issue that says what would be right", () => {
    const programmes = fromRows("programmes", read("programmes.csv"))
    const codes = programmes.issues.map(({ code, row, column }) => `${code} ${row} ${column}`)
    expect(codes).toContain("unknown-field 1 Course No.")
    expect(codes).toContain("date/invalid 2 Start Date")
    expect(programmes.issues.find((i) => i.column === "Start Date")?.suggestion).toBe("2022-05-15")
    // 03/02/2023 can be read either way: no suggestion, never a guess.
    expect(
      programmes.issues.find((i) => i.row === 4 && i.column === "Start Date")?.suggestion,
    ).toBeUndefined()
  })
})
