// Real office files (test/fixtures/office/, made by LibreOffice 7.4 and Gnumeric 1.12: see its
// README) read as docs/importing-csv.md says — csv-parse for text, read-excel-file for .xlsx —
// and given to fromRows: every dialect gives the same records, and the statistics equal the
// figures counted by hand (the register of examples/register, test/import/register.test.ts).
import { readFileSync } from "node:fs"
import { parse } from "csv-parse/sync"
import { readSheet } from "read-excel-file/node"
import { describe, expect, it } from "vitest"
import { type FromRowsOptions, fromRows, validateDataset } from "../../src/validate/index.js"
import {
  expectHandCounts,
  PARTICIPATIONS,
  PROGRAMMES,
  people,
} from "../fixtures/office-register.js"

const office = new URL("../fixtures/office/", import.meta.url)
const register = new URL("../../examples/register/", import.meta.url)

const profile = (url: URL): FromRowsOptions => JSON.parse(readFileSync(url, "utf8"))
const PROFILES: Record<string, FromRowsOptions> = {
  Courses: profile(new URL("courses.profile.json", office)),
  Participants: profile(new URL("participants.profile.json", register)),
  Participations: profile(new URL("participations.profile.json", register)),
}

type Rows = Record<string, unknown>[]

/** CSV bytes read as the docs say: decoded, the byte-order mark dropped, blank lines kept. */
function csv(text: string | Buffer, delimiter: string): Rows {
  return parse(text, { columns: true, bom: true, relax_column_count: true, delimiter })
}

/**
 * An .xlsx sheet read with read-excel-file as the docs say: the header row names the cells, and
 * a date-time cell (a Date at its time of day in UTC) is given as text, whose day fromRows
 * reads as written.
 */
async function xlsx(name: string, sheet: string): Promise<Rows> {
  const [header, ...rows] = await readSheet(new URL(name, office).pathname, sheet)
  const cell = (value: unknown) =>
    value instanceof Date && value.getTime() % 86_400_000 !== 0
      ? value.toISOString().slice(0, 19).replace("T", " ")
      : (value ?? undefined)
  return rows.map((cells) =>
    Object.fromEntries((header ?? []).map((title, i) => [String(title), cell(cells[i])])),
  )
}

/** Each dialect: how its three files are read into rows. */
const DIALECTS: Record<string, (sheet: string) => Promise<Rows>> = {
  "UTF-8 with a BOM, CRLF (crlf-bom/)": async (sheet) =>
    csv(readFileSync(new URL(`crlf-bom/${sheet}.csv`, office)), ","),
  "UTF-8, semicolons, dates DD.MM.YYYY (semicolon/)": async (sheet) =>
    csv(readFileSync(new URL(`semicolon/${sheet}.csv`, office)), ";"),
  "Windows-1252 (windows-1252/)": async (sheet) =>
    csv(
      new TextDecoder("windows-1252").decode(
        readFileSync(new URL(`windows-1252/${sheet}.csv`, office)),
      ),
      ",",
    ),
  "UTF-16LE with a BOM, tabs (utf-16/)": async (sheet) =>
    csv(readFileSync(new URL(`utf-16/${sheet}.txt`, office)), "\t"),
}

async function importRegister(read: (sheet: string) => Promise<Rows>) {
  const one = async <K extends "programmes" | "participants" | "participations">(
    kind: K,
    sheet: string,
  ) => fromRows(kind, await read(sheet), { ...PROFILES[sheet], file: sheet })
  return {
    programmes: await one("programmes", "Courses"),
    participants: await one("participants", "Participants"),
    participations: await one("participations", "Participations"),
  }
}

describe("the office files are what test/fixtures/office/README.md says", () => {
  const bytes = (name: string) => readFileSync(new URL(name, office))
  it("crlf-bom: a UTF-8 byte-order mark, CRLF line ends (a bare LF only inside a quoted cell)", () => {
    for (const sheet of ["Courses", "Participants", "Participations"]) {
      const file = bytes(`crlf-bom/${sheet}.csv`)
      expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(file.toString("utf8").split("\r\n").at(-1)).toBe("")
    }
    expect(bytes("crlf-bom/Participations.csv").toString("utf8")).toContain(
      '"Withdrew in week 2\n(family reasons)"\r\n',
    )
  })

  it("semicolon: no byte-order mark, ';' between cells, dates DD.MM.YYYY", () => {
    const text = bytes("semicolon/Courses.csv").toString("utf8")
    expect(text.startsWith("Course No.;Course Title;")).toBe(true)
    expect(text).toContain(";15.05.2022;16.06.2022;")
  })

  it("windows-1252: ô is the one byte 0xF4, and what Windows-1252 has no byte for is '?'", () => {
    const file = bytes("windows-1252/Participants.csv")
    expect(file.includes(Buffer.from("C\xf4te d'Ivoire", "latin1"))).toBe(true)
    expect(file.includes(Buffer.from("T\xfcrkiye", "latin1"))).toBe(true)
    expect(file.includes(Buffer.from("Mehmet Y?lmaz"))).toBe(true)
  })

  it("utf-16: the byte-order mark FF FE, tabs between cells", () => {
    const file = bytes("utf-16/Participants.txt")
    expect([...file.subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(new TextDecoder("utf-16le").decode(file).split("\n")[0]).toBe(
      "Participant ID\tName\tSex\tNationality\tYear of Birth\tOrganisation\tProfession",
    )
  })
})

describe("real office files through fromRows", () => {
  for (const [dialect, read] of Object.entries(DIALECTS)) {
    it(`${dialect}: the records written by hand, and the statistics counted by hand`, async () => {
      const { programmes, participants, participations } = await importRegister(read)
      expect(programmes.issues).toEqual([])
      expect(participants.issues).toEqual([])
      expect(participations.issues).toEqual([])
      expect(programmes.records).toEqual(PROGRAMMES)
      expect(participants.records).toEqual(
        dialect.startsWith("Windows-1252") ? people("Mehmet Y?lmaz", "Tr?n V?n Minh") : people(),
      )
      expect(participations.records).toEqual(PARTICIPATIONS)
      // Row 9 is blank in every dialect: the rows after it keep the spreadsheet's numbers.
      expect(participations.origin?.rows).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14])
      expectHandCounts({
        programmes: programmes.records,
        participants: participants.records,
        participations: participations.records,
      })
    })
  }

  it("register.xlsx read in code with read-excel-file: the records, but a date cell shown as a month is its first day", async () => {
    const { programmes, participants, participations } = await importRegister((sheet) =>
      xlsx("register.xlsx", sheet),
    )
    expect([...programmes.issues, ...participants.issues, ...participations.issues]).toEqual([])
    // read-excel-file gives 'Sep 2022' (a date cell formatted MMM YYYY) as 2022-09-01: the
    // command line reads the cell's format and gives 2022-09 (test/cli/import-office.test.ts).
    expect(programmes.records).toEqual(
      PROGRAMMES.map((p) =>
        p.id === "UNCAC-26" ? { ...p, period: { start: "2022-09-01", end: "2022-10-01" } } : p,
      ),
    )
    expect(participants.records).toEqual(people())
    expect(participations.records).toEqual(PARTICIPATIONS)
    // …and the days nobody wrote make certificates of 20 October fall outside the course.
    const checked = validateDataset({
      programmes: programmes.records,
      participants: participants.records,
      participations: participations.records,
    })
    expect(checked.issues.map(({ code, path }) => `${code} ${path.join(".")}`)).toEqual([
      "participation/completed-outside-programme participations.5.completedOn",
      "participation/completed-outside-programme participations.6.completedOn",
    ])
  })

  it("a date-time as an export shows it (15/10/2024 14:30, 15.10.2024 14:30) is its day, as written, listed as a change", async () => {
    for (const [folder, delimiter, cell] of [
      ["crlf-bom", ",", "15/10/2024 14:30"],
      ["semicolon", ";", "15.10.2024 14:30"],
    ] as const) {
      const rows = csv(readFileSync(new URL(`${folder}/Participations.csv`, office)), delimiter)
      const result = fromRows("participations", rows, PROFILES.Participations)
      expect(result.records?.[11]?.completedOn).toBe("2024-10-15")
      expect(result.changes).toContainEqual({
        row: 14,
        column: "Certificate Date",
        from: cell,
        to: "2024-10-15",
      })
    }
    // Never a guess: without dateOrder it is an issue, as 15/10/2024 alone is.
    const alone = fromRows("participations", [
      { participant: "p", programme: "x", status: "completed", completedOn: "10/11/2024 14:30" },
    ])
    expect(alone.issues.map((i) => i.code)).toEqual(["date/invalid"])
    expect(alone.issues[0]?.message).toMatch(/dateOrder/)
  })
})
