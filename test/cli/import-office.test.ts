// `justice-cooperation import` on real office files (test/fixtures/office/, made by
// LibreOffice 7.4 and Gnumeric 1.12: see its README): every dialect imports as the records
// written by hand, and their statistics are the figures counted by hand.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { zipSync } from "fflate"
import { readSheet } from "read-excel-file/node"
import { beforeAll, describe, expect, it } from "vitest"
import { precisionOf, readWorkbook, sheetDate } from "../../src/cli/import-xlsx.js"
import {
  expectHandCounts,
  PARTICIPATIONS,
  PROGRAMMES,
  people,
} from "../fixtures/office-register.js"
import { buildCli, root, runCli } from "./run-cli.js"

let cli = ""
const office = (name: string) => `${root}test/fixtures/office/${name}`
const register = (name: string) => `${root}examples/register/${name}`
const tmp = mkdtempSync(join(tmpdir(), "jc-office-"))

beforeAll(async () => {
  cli = await buildCli("import-office")
})

const run = (...args: string[]) => runCli(cli, args)

const SHEETS = [
  { sheet: "Courses", kind: "programmes", profile: office("courses.profile.json") },
  { sheet: "Participants", kind: "participants", profile: register("participants.profile.json") },
  {
    sheet: "Participations",
    kind: "participations",
    profile: register("participations.profile.json"),
  },
] as const

/** Imports the three sheets of a dialect with the command line; each file's extra arguments. */
function importAll(file: (sheet: string) => string[]) {
  const records: Record<string, unknown[]> = {}
  const outputs: Record<string, string> = {}
  for (const { sheet, kind, profile } of SHEETS) {
    const out = join(tmp, `${kind}-${Math.random().toString(36).slice(2)}.ndjson`)
    const result = run("import", ...file(sheet), "--kind", kind, "--profile", profile, "--out", out)
    expect(result.err).toBe("")
    expect(result.out).toMatch(/: ok: /)
    expect(result.code).toBe(0)
    outputs[sheet] = result.out
    records[kind] = readFileSync(out, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line))
  }
  return { records, outputs }
}

const DIALECTS: Record<string, { file: (sheet: string) => string[]; windows1252?: boolean }> = {
  "CSV UTF-8 with a byte-order mark and CRLF (Gnumeric)": {
    file: (sheet) => [office(`crlf-bom/${sheet}.csv`)],
  },
  "CSV with semicolons and DD.MM.YYYY dates (LibreOffice, German locale)": {
    file: (sheet) => [office(`semicolon/${sheet}.csv`)],
  },
  "CSV in Windows-1252, with --encoding windows-1252 (LibreOffice)": {
    file: (sheet) => [office(`windows-1252/${sheet}.csv`), "--encoding", "windows-1252"],
    windows1252: true,
  },
  "UTF-16LE text with a byte-order mark and tabs, read without an option (LibreOffice)": {
    file: (sheet) => [office(`utf-16/${sheet}.txt`)],
  },
  ".xlsx, --sheet by name (LibreOffice)": {
    file: (sheet) => [office("register.xlsx"), "--sheet", sheet],
  },
  ".xlsx, --sheet by number (LibreOffice)": {
    file: (sheet) => [
      office("register.xlsx"),
      "--sheet",
      String(SHEETS.findIndex((s) => s.sheet === sheet) + 1),
    ],
  },
  '.xlsx with dates counted from 1904 (LibreOffice writes date1904="true")': {
    file: (sheet) => [office("register-1904.xlsx"), "--sheet", sheet],
  },
  ".xlsx saved by Gnumeric": {
    file: (sheet) => [office("register-gnumeric.xlsx"), "--sheet", sheet],
  },
  '.xlsx with dates counted from 1904 saved by Gnumeric (date1904="1", as Excel writes it)': {
    file: (sheet) => [office("register-1904-gnumeric.xlsx"), "--sheet", sheet],
  },
}

describe("import of real office files", () => {
  for (const [dialect, { file, windows1252 }] of Object.entries(DIALECTS)) {
    it(`${dialect}: the records written by hand, the statistics counted by hand`, () => {
      const { records } = importAll(file)
      expect(records.programmes).toEqual(PROGRAMMES)
      expect(records.participants).toEqual(
        windows1252 ? people("Mehmet Y?lmaz", "Tr?n V?n Minh") : people(),
      )
      expect(records.participations).toEqual(PARTICIPATIONS)
      expectHandCounts(records)
    })
  }

  it("an .xlsx date-time cell is its day as the sheet shows it, and the change is listed", () => {
    const { outputs } = importAll((sheet) => [office("register.xlsx"), "--sheet", sheet])
    expect(outputs.Participations).toContain(
      "  'Certificate Date': '2024-10-15 14:30:00' → '2024-10-15' (1 row)",
    )
    // Date cells at midnight are days: 2022-05-15, in every time zone.
    for (const tz of ["Pacific/Kiritimati", "America/Los_Angeles"]) {
      const out = join(tmp, `courses-${tz.replace("/", "-")}.ndjson`)
      const result = runCli(
        cli,
        [
          "import",
          office("register.xlsx"),
          "--kind",
          "programmes",
          "--profile",
          office("courses.profile.json"),
          "--out",
          out,
        ],
        { env: { ...process.env, TZ: tz } },
      )
      expect(result.code).toBe(0)
      expect(JSON.parse(readFileSync(out, "utf8").split("\n")[0] ?? "").period).toEqual({
        start: "2022-05-15",
        end: "2022-06-16",
      })
    }
  })

  it("an .xlsx date cell shown as a month (MMM YYYY, as 'Sep 2022' typed becomes) is that month, never its first day", () => {
    for (const book of ["register.xlsx", "register-gnumeric.xlsx", "register-1904.xlsx"]) {
      const out = join(tmp, `months-${book}.ndjson`)
      const result = run(
        "import",
        office(book),
        "--sheet",
        "Courses",
        "--kind",
        "programmes",
        "--profile",
        office("courses.profile.json"),
        "--out",
        out,
      )
      expect(result.code).toBe(0)
      expect(JSON.parse(readFileSync(out, "utf8").split("\n")[1] ?? "").period).toEqual({
        start: "2022-09",
        end: "2022-10",
      })
    }
  })

  it("a cell whose formula gives an error (#N/A, #DIV/0!) is that error as the sheet shows it, never an empty cell", () => {
    const result = run("import", office("errors.xlsx"), "--kind", "participants")
    expect(result.code).toBe(1)
    const errors = result.out.split("\n").filter((line) => line.startsWith("error "))
    expect(errors).toEqual([
      expect.stringMatching(
        /^error country\/invalid: errors\.xlsx row 3, column 'Nationality': '#N\/A' is not/,
      ),
      expect.stringMatching(
        /^error field\/wrong-type: errors\.xlsx row 4, column 'Year of Birth': '#DIV\/0!'/,
      ),
    ])
  })

  it("a title above the header: --header-row N says where the header is, and rows keep the sheet's numbers", () => {
    const titled = office("titled.xlsx")
    const without = run("import", titled, "--kind", "participants")
    expect(without.code).toBe(1)
    expect(without.out).toContain(
      "titled.xlsx: row 1, read as the header, holds one cell, 'Participants — register 2024': if the header is on a later row, say which with --header-row N",
    )
    const fixes = join(tmp, "titled-fixes.csv")
    const result = run(
      "import",
      titled,
      "--kind",
      "participants",
      "--header-row",
      "3",
      "--issues",
      fixes,
    )
    expect(result.code).toBe(1)
    expect(result.out.split("\n").filter((line) => line.startsWith("error "))).toEqual([
      expect.stringMatching(
        /^error country\/invalid: titled\.xlsx row 6, column 'Nationality': 'Côte d'Ivoir' .*did you mean/,
      ),
    ])
    expect(result.out).toContain(
      "Columns read as: 'Participant ID' → id, 'Name' → name, 'Nationality' → country, 'Year of Birth' → birthYear",
    )
    expect(result.out).toContain(
      "titled.xlsx: not imported: 3 rows (0 blank), 0 participants; 1 error",
    )
    expect(readFileSync(fixes, "utf8")).toContain("titled.xlsx,6,Nationality,Côte d'Ivoir,")
    // The same in a CSV file.
    const csv = join(tmp, "titled.csv")
    writeFileSync(csv, "Register 2024\r\nid,country\r\np1,VN\r\np2,Vietnm\r\n")
    const fromCsv = run("import", csv, "--kind", "participants", "--header-row", "2")
    expect(fromCsv.out).toMatch(
      /^error country\/invalid: titled\.csv row 4, column 'country': 'Vietnm'/,
    )
    expect(fromCsv.out).toContain("titled.csv: not imported: 2 rows (0 blank)")
    for (const bad of ["0", "x", "1.5"])
      expect(run("import", csv, "--kind", "participants", "--header-row", bad).err).toMatch(
        /--header-row must be a row number from 1/,
      )
  })

  it("CR line ends (Excel for the Mac's \"CSV (Macintosh)\"): the separator is the header line's", () => {
    const mac = join(tmp, "mac.csv")
    writeFileSync(mac, "id,country,name\rp1,VN,a;b;c;d;e;f;g;h;i\rp2,LA,h\r")
    const out = join(tmp, "mac.ndjson")
    const result = run("import", mac, "--kind", "participants", "--out", out)
    expect(result.code).toBe(0)
    expect(readFileSync(out, "utf8")).toBe(
      '{"id":"p1","country":"VN","name":"a;b;c;d;e;f;g;h;i"}\n{"id":"p2","country":"LA","name":"h"}\n',
    )
  })

  it("a workbook of several sheets: which sheet was read is said, and --sheet names the others", () => {
    const result = run(
      "import",
      office("register.xlsx"),
      "--kind",
      "programmes",
      "--profile",
      office("courses.profile.json"),
    )
    expect(result.code).toBe(0)
    expect(result.out).toContain(
      "register.xlsx: sheet 1 of 3, 'Courses', read (--sheet 'Participants' or --sheet 2 reads another; the sheets: 'Courses', 'Participants', 'Participations')",
    )
    const one = run(
      "import",
      office("register.xlsx"),
      "--sheet",
      "Courses",
      "--kind",
      "programmes",
      "--profile",
      office("courses.profile.json"),
    )
    expect(one.out).not.toContain("sheet 1 of 3")
  })

  it("a sheet that is not in the workbook: every sheet is named, and the nearest suggested", () => {
    const near = run(
      "import",
      office("register.xlsx"),
      "--sheet",
      "Participant",
      "--kind",
      "participants",
    )
    expect(near.code).toBe(1)
    expect(near.out).toContain(
      "error import/unreadable-file: register.xlsx: there is no sheet 'Participant' — did you mean 'Participants'? The sheets: 1 'Courses', 2 'Participants', 3 'Participations'",
    )
    const far = run("import", office("register.xlsx"), "--sheet", "4", "--kind", "participants")
    expect(far.out).toContain(
      "error import/unreadable-file: register.xlsx: there is no sheet 4: the workbook has 3 (1 'Courses', 2 'Participants', 3 'Participations')",
    )
  })

  it("a file that is not UTF-8 is refused, never guessed: the message names the byte, the line and --encoding", () => {
    const result = run("import", office("windows-1252/Participants.csv"), "--kind", "participants")
    expect(result.code).toBe(1)
    const line = result.out.split("\n")[0] ?? ""
    // Côte d'Ivoire: ô is 0xF4 in Windows-1252, on line 4.
    expect(line).toBe(
      "error dataset/invalid-encoding: Participants.csv line 4: byte 249 (0xF4) is not UTF-8: give the file's encoding, such as --encoding windows-1252 (Excel's 'CSV (Comma delimited)' in Western Europe), latin1 or shift_jis, or save it as 'CSV UTF-8 (Comma delimited)' (Excel) or Text CSV with the character set Unicode (UTF-8) (LibreOffice)",
    )
  })

  it("--encoding: a name the platform does not know, a file that is not in it, an .xlsx file", () => {
    const unknown = run(
      "import",
      office("windows-1252/Participants.csv"),
      "--kind",
      "participants",
      "--encoding",
      "cp-1252x",
    )
    expect(unknown.code).toBe(2)
    expect(unknown.err).toMatch(
      /import: --encoding 'cp-1252x' is not an encoding: give one such as utf-8, windows-1252, latin1, shift_jis, utf-16le/,
    )
    const xlsx = run(
      "import",
      office("register.xlsx"),
      "--kind",
      "participants",
      "--encoding",
      "utf-8",
    )
    expect(xlsx.code).toBe(2)
    expect(xlsx.err).toMatch(/--encoding is for CSV and text files/)
    // Bytes that are no Shift_JIS: refused at their place, never replaced.
    const notSjis = join(tmp, "not-sjis.csv")
    writeFileSync(
      notSjis,
      Buffer.from([...Buffer.from("id,country,name\r\np1,JP,"), 0x82, 0x0d, 0x0a]),
    )
    const bad = run("import", notSjis, "--kind", "participants", "--encoding", "shift_jis")
    expect(bad.code).toBe(1)
    expect(bad.out).toMatch(
      /error dataset\/invalid-encoding: not-sjis\.csv line 2: .*is not shift_jis/,
    )
    // A byte-order mark that contradicts --encoding: refused.
    const bom = run(
      "import",
      office("utf-16/Participants.txt"),
      "--kind",
      "participants",
      "--encoding",
      "windows-1252",
    )
    expect(bom.code).toBe(1)
    expect(bom.out).toContain(
      "error dataset/invalid-encoding: Participants.txt: the file starts with the byte-order mark of UTF-16LE, not windows-1252: leave out --encoding, or give --encoding utf-16le",
    )
  })

  it("--encoding shift_jis reads a Japanese office's CSV (LibreOffice, Shift_JIS)", () => {
    const out = join(tmp, "sjis.ndjson")
    const file = office("shift_jis/participants.csv")
    const result = run(
      "import",
      file,
      "--kind",
      "participants",
      "--encoding",
      "shift_jis",
      "--out",
      out,
    )
    expect(result.out).toMatch(/participants\.csv: ok: 3 rows \(0 blank\), 3 participants/)
    expect(
      readFileSync(out, "utf8")
        .split("\n")
        .slice(0, 3)
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { id: "JP-01", name: "山田 花子", country: "JP", gender: "female", birthYear: 1984 },
      { id: "JP-02", name: "グエン・ヴァン・アン", country: "VN", gender: "male", birthYear: 1990 },
      { id: "JP-03", name: "ソムチャイ・ウォンサ", country: "LA", gender: "male", birthYear: 1979 },
    ])
    // Without it: refused, at the first byte that is not UTF-8.
    expect(run("import", file, "--kind", "participants").out).toMatch(
      /^error dataset\/invalid-encoding: participants\.csv line 2: byte 56 \(0x8E\) is not UTF-8/,
    )
  })
})

describe("the dates of an .xlsx file", () => {
  it('read-excel-file reads LibreOffice\'s date1904="true" as 1900 dates: readWorkbook says to shift them (when this fails, read-excel-file reads it: drop the shift)', async () => {
    const rows = await readSheet(office("register-1904.xlsx"), 1)
    // ITC-184 starts on 2022-05-15; read as if counted from 1900 it is 1462 days earlier.
    expect(rows[1]?.[4]).toEqual(new Date("2018-05-14T00:00:00Z"))
    const sheets = ["Courses", "Participants", "Participations"]
    expect(await readWorkbook(office("register-1904.xlsx"))).toMatchObject({
      sheets,
      shiftDays: 1462,
    })
    expect(await readWorkbook(office("register.xlsx"))).toMatchObject({ sheets, shiftDays: 0 })
  })

  it('readWorkbook: Excel\'s date1904="1" (which read-excel-file reads) is not shifted again; names are unescaped', async () => {
    const workbook = (attributes: string) => {
      const file = join(tmp, `book-${Math.random().toString(36).slice(2)}.xlsx`)
      const xml = `<?xml version="1.0"?><workbook xmlns="x"><workbookPr ${attributes}/><sheets><sheet name="R&amp;D _x0031_" sheetId="1"/><sheet sheetId="2" name="Ann&#233;e"/></sheets></workbook>`
      writeFileSync(file, zipSync({ "xl/workbook.xml": new TextEncoder().encode(xml) }))
      return readWorkbook(file)
    }
    expect(await workbook('date1904="1"')).toMatchObject({
      sheets: ["R&D 1", "Année"],
      shiftDays: 0,
    })
    expect((await workbook('date1904="true"')).shiftDays).toBe(1462)
    expect((await workbook('date1904="false"')).shiftDays).toBe(0)
    expect((await workbook("")).shiftDays).toBe(0)
    // Not a zip: no sheets, and read-excel-file says why.
    const text = join(tmp, "not.xlsx")
    writeFileSync(text, "id,country\n")
    expect(await readWorkbook(text)).toEqual({ sheets: [], shiftDays: 0 })
  })

  it("precisionOf: a number format that shows no day shows a month or a year", () => {
    for (const code of [
      "mmm yyyy",
      "mmm\\ yyyy",
      "mmm-yy",
      "mm/yyyy",
      "[$-409]mmmm yyyy;@",
      "MMMM YYYY",
    ])
      expect(precisionOf(code), code).toBe("month")
    for (const code of ["yyyy", '"FY "yyyy', '"day" yyyy'])
      expect(precisionOf(code), code).toBe("year")
    for (const code of [
      "dd/mm/yyyy",
      "d-mmm",
      "dd/mm/yyyy\\ hh:mm",
      "hh:mm",
      "mm:ss",
      "General",
      "0.00",
    ])
      expect(precisionOf(code), code).toBeUndefined()
  })

  it("sheetDate: a date stays a Date at midnight UTC; a date-time becomes its text, to the second", () => {
    const utc = (iso: string) => new Date(iso)
    expect(sheetDate(utc("2022-05-15T00:00:00Z"), 0)).toEqual(utc("2022-05-15T00:00:00Z"))
    expect(sheetDate(utc("2018-05-14T00:00:00Z"), 1462)).toEqual(utc("2022-05-15T00:00:00Z"))
    expect(sheetDate(utc("2024-10-15T14:30:00Z"), 0)).toBe("2024-10-15 14:30:00")
    // A serial number's float error (…:59.9996) is no time of day: the next midnight.
    expect(sheetDate(new Date(Date.UTC(2024, 9, 15) - 1), 0)).toEqual(utc("2024-10-15T00:00:00Z"))
    // A fraction of a second is no noise: cut, and the day stays.
    expect(sheetDate(utc("2024-10-15T23:59:59.6Z"), 0)).toBe("2024-10-15 23:59:59")
    expect(sheetDate(utc("2024-10-15T14:29:59.999Z"), 0)).toBe("2024-10-15 14:30:00")
    expect(Number.isNaN((sheetDate(new Date(Number.NaN), 0) as Date).getTime())).toBe(true)
  })
})
