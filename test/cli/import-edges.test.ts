// `justice-cooperation import` on files a reviewer found it mishandled: a bad byte past the
// first megabyte, hostile .xlsx parts, cells no office program writes on purpose. Whatever the
// file, the command never crashes: every problem is an issue with its code, place and remedy,
// and nothing is changed or dropped without a word.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parse } from "csv-parse/sync"
import { beforeAll, describe, expect, it } from "vitest"
import { importRows } from "../../src/cli/import-rows.js"
import {
  makeXlsx,
  STYLE,
  serial,
  type XlsxCell,
  type XlsxRow,
} from "../fixtures/office/make-xlsx.js"
import { buildCli, root, runCli } from "./run-cli.js"

let cli = ""
const tmp = mkdtempSync(join(tmpdir(), "jc-import-edges-"))
const PROFILE = `${root}examples/register/participations.profile.json`
const HEADER = ["Participant ID", "Course No.", "Result", "Certificate Date", "Remarks"]

beforeAll(async () => {
  cli = await buildCli("import-edges")
})

const run = (args: string[], env?: NodeJS.ProcessEnv) =>
  runCli(cli, args, env === undefined ? {} : { env: { ...process.env, ...env } })

/** The command line on `file` as participations, with the register's profile. */
function importParticipations(file: string, env?: NodeJS.ProcessEnv, ...more: string[]) {
  const out = `${file}.ndjson`
  const issues = `${file}.fix.csv`
  const result = run(
    [
      "import",
      file,
      "--kind",
      "participations",
      "--profile",
      PROFILE,
      "--out",
      out,
      "--issues",
      issues,
      ...more,
    ],
    env,
  )
  const records = result.code === 0 ? readLines(out) : []
  const fixes: Record<string, string>[] = parse(readFileSync(issues, "utf8"), {
    columns: true,
    bom: true,
  })
  return { ...result, records, fixes }
}

const readLines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line))

/** Writes `bytes` to a file of the temporary folder and returns its path. */
function file(name: string, bytes: string | Uint8Array): string {
  const path = join(tmp, name)
  writeFileSync(path, bytes)
  return path
}

/** An .xlsx file of participations: the header, then `rows` from row 2. */
const sheet = (name: string, rows: XlsxRow[], options?: Parameters<typeof makeXlsx>[2]) =>
  makeXlsx(join(tmp, name), [[1, HEADER], ...rows], options)

/** importRows in this process (as the command line runs it), with a fix list. */
async function importHere(path: string, values: Record<string, string> = {}) {
  const lines: string[] = []
  const issues = `${path}.fix.csv`
  const out = `${path}.ndjson`
  const code = await importRows(
    path,
    { kind: "participations", profile: PROFILE, issues, out, ...values },
    (line) => lines.push(line),
  )
  const fixes: Record<string, string>[] = parse(readFileSync(issues, "utf8"), {
    columns: true,
    bom: true,
  })
  const records = code === 0 ? readLines(out) : []
  const errors = lines.filter((line) => line.startsWith("error "))
  return { code, lines, errors, fixes, records }
}

const CSV_HEADER = "Participant ID,Course No.,Result,Certificate Date,Remarks\n"
const csvRow = (i: number) => `P-${i},ITC-1,Completed,2024-10-15,ok\n`

describe("a CSV file with a bad byte after the first chunk (finding 11)", () => {
  it("is the issue dataset/invalid-encoding at its line and byte, never a crash — past 1 MiB, a sequence cut at the end, an odd last byte of UTF-16", () => {
    let text = CSV_HEADER
    for (let i = 0; text.length < 1.2 * 2 ** 20; i++) text += csvRow(i)
    const lines = text.split("\n").length
    const big = file("big.csv", Buffer.concat([Buffer.from(text), Buffer.from([0xe9, 0x0a])]))
    const result = importParticipations(big)
    expect(result.err).toBe("")
    expect(result.code).toBe(1)
    const message = `big.csv line ${lines}: byte ${Buffer.byteLength(text)} (0xE9) is not UTF-8: give the file's encoding`
    expect(result.out.split("\n")[0]).toMatch(
      new RegExp(`^error dataset/invalid-encoding: ${message.replace(/[().]/g, "\\$&")}`),
    )
    expect(result.fixes).toHaveLength(1)
    expect(result.fixes[0]?.problem).toMatch(/byte \d+ \(0xE9\) is not UTF-8/)
    expect(result.out).toMatch(/big\.csv: not imported: .*1 error/)

    const start = CSV_HEADER + csvRow(1)
    const cut = file("cut.csv", Buffer.concat([Buffer.from(start), Buffer.from([0xc3])]))
    const fromCut = importParticipations(cut)
    expect(fromCut.err).toBe("")
    expect(fromCut.out).toMatch(
      `error dataset/invalid-encoding: cut.csv line 3: byte ${start.length} (0xC3) is not UTF-8`,
    )
    expect(fromCut.fixes.map((fix) => fix.problem)).toEqual([
      expect.stringMatching(`^line 3: byte ${start.length} \\(0xC3\\)`),
    ])

    const utf16 = Buffer.from(`\ufeff${CSV_HEADER}${csvRow(1)}x`, "utf16le")
    const odd = file("odd.csv", utf16.subarray(0, utf16.length - 1))
    const fromOdd = importParticipations(odd)
    expect(fromOdd.err).toBe("")
    expect(fromOdd.code).toBe(1)
    expect(fromOdd.out).toMatch(
      /^error dataset\/invalid-encoding: odd\.csv line 3: byte \d+ \(0x78\) is not utf-16le/,
    )
  })
})

describe("a small hostile .xlsx file (finding 12)", () => {
  // Each part repeats a tag that is never closed: a scan that goes on to the end of the text
  // from every such tag takes minutes (n² steps); one that stops at the next tag, a moment.
  // The command is killed after a minute (no timing is asserted: a run that ends is enough).
  const N = 200_000
  const STYLES = "xl/styles.xml"
  const cases: Record<string, Record<string, string>> = {
    "numFmt tags never closed (styles)": { [STYLES]: `<styleSheet>${"<numFmt ".repeat(N)}` },
    "cellXfs never closed (styles)": {
      [STYLES]: `<styleSheet>${"<cellXfs>".repeat(N)}</styleSheet>`,
    },
    "xf tags never closed (styles)": {
      [STYLES]: `<styleSheet><cellXfs>${"<xf ".repeat(N)}</cellXfs></styleSheet>`,
    },
    "a number format of brackets never closed (styles)": {
      [STYLES]: `<styleSheet><numFmts><numFmt numFmtId="170" formatCode="${"[".repeat(N)}y"/></numFmts><cellXfs><xf numFmtId="170"/></cellXfs></styleSheet>`,
    },
    "Relationship tags never closed (the workbook's relationships)": {
      "xl/_rels/workbook.xml.rels": `<Relationships>${"<Relationship ".repeat(N)}`,
    },
    "sheet and workbookPr tags never closed (the workbook)": {
      "xl/workbook.xml": `<workbook>${"<sheet ".repeat(N)}${"<workbookPr ".repeat(N)}`,
    },
    "cells in comments, never closed (the sheet)": {
      "xl/worksheets/sheet1.xml": `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row></sheetData>${'<!-- <c r="A1"> -->'.repeat(N / 4)}</worksheet>`,
    },
  }
  for (const [what, parts] of Object.entries(cases)) {
    it(`${what}: read or refused in a moment, never hangs`, () => {
      const name = `bomb-${what.replace(/\W+/g, "-")}.xlsx`
      const book = sheet(name, [[2, ["P-001", "ITC-1", "Completed"]]], { parts })
      const result = runCli(cli, ["import", book, "--kind", "participations"], {
        timeout: 60_000,
      })
      expect(result.code).not.toBeNull()
      expect(result.err).toBe("")
      expect(result.out).toMatch(/not imported|: ok: /)
    }, 90_000)
  }
})

describe("a date cell beyond the dates a Date holds (finding 13)", () => {
  it("is the issue date/invalid of its cell, in the printout and the fix list — never 'the file cannot be read'", async () => {
    const huge = sheet("huge.xlsx", [
      [2, ["P-001", "ITC-1", "Completed", { s: STYLE.day, v: "1E+300" }]],
    ])
    const result = await importHere(huge)
    expect(result.code).toBe(1)
    expect(result.errors).toEqual([
      "error date/invalid: huge.xlsx row 2, column 'Certificate Date': an invalid Date is not a date: give the date as text, such as '2024-10-15'",
    ])
    expect(result.fixes.map((fix) => [fix.row, fix.column, fix.value])).toEqual([
      ["2", "Certificate Date", "Invalid Date"],
    ])
  })

  it("a month cell of a 1904 workbook moved past the last Date, or far beyond year 9999: out of range, never a crash or a year nobody wrote", async () => {
    const book = sheet(
      "month1904.xlsx",
      [
        [2, ["P-001", "ITC-1", "Completed", { s: STYLE.month, v: "100025000" }]],
        [3, ["P-002", "ITC-1", "Completed", { s: STYLE.month, v: "100000000" }]],
      ],
      { date1904: "true" },
    )
    const result = await importHere(book)
    expect(result.code).toBe(1)
    expect(result.errors).toEqual([
      "error date/invalid: month1904.xlsx row 2, column 'Certificate Date': an invalid Date is not a date: give the date as text, such as '2024-10-15'",
      expect.stringMatching(
        /^error date\/invalid: month1904\.xlsx row 3, column 'Certificate Date': the Date \+275\d{3}-\d\d-\d\dT00:00:00\.000Z is out of range: give the date as text$/,
      ),
    ])
  })

  it("an invalid date cell in the header row names its column, and the warning of a one-cell header says it", async () => {
    const book = makeXlsx(join(tmp, "header-date.xlsx"), [
      [1, [null, null, null, { s: STYLE.day, v: "1E+300" }]],
      [2, ["P-001", "ITC-1", "Completed", "2024-10-15"]],
    ])
    const result = await importHere(book)
    expect(result.lines).toContain(
      "header-date.xlsx: row 1, read as the header, holds one cell, 'Invalid Date': if the header is on a later row, say which with --header-row N",
    )
    expect(result.lines.join("\n")).not.toMatch(/unreadable-file/)
    expect(result.errors.length).toBeGreaterThan(0)
  })
})

const ZONES = ["UTC", "Asia/Tokyo", "America/Los_Angeles"]

describe('a date cell of type "d" (an ISO 8601 text in the cell) (finding 2)', () => {
  it("is the day the cell holds in every time zone, and is never moved by a 1904 workbook", () => {
    const rows: XlsxRow[] = [
      [2, ["P-001", "ITC-1", "Completed", { t: "d", s: STYLE.day, v: "2024-10-15T00:00:00" }]],
      [3, ["P-002", "ITC-1", "Completed", { t: "d", s: STYLE.day, v: "2024-10-15T00:00:00Z" }]],
      [4, ["P-003", "ITC-1", "Completed", { t: "d", s: STYLE.dayTime, v: "2024-10-15T23:30:00" }]],
    ]
    const books = [
      sheet("d-type.xlsx", rows),
      sheet("d-type-1904.xlsx", rows, { date1904: "true" }),
      sheet("d-type-1904-excel.xlsx", rows, { date1904: "1" }),
    ]
    for (const book of books) {
      for (const TZ of ZONES) {
        const result = importParticipations(book, { TZ })
        expect(result.out, `${book} ${TZ}`).toMatch(/: ok: 3 rows/)
        expect(
          result.records.map((record) => record.completedOn),
          `${book} ${TZ}`,
        ).toEqual(["2024-10-15", "2024-10-15", "2024-10-15"])
        expect(result.out).toContain(
          "'Certificate Date': '2024-10-15 23:30:00' → '2024-10-15' (1 row)",
        )
      }
    }
  })

  it("with a time zone other than UTC, or a day that is not in the calendar, is refused as written", async () => {
    const book = sheet("d-type-zone.xlsx", [
      [
        2,
        ["P-001", "ITC-1", "Completed", { t: "d", s: STYLE.day, v: "2024-10-15T00:00:00+09:00" }],
      ],
      [3, ["P-002", "ITC-1", "Completed", { t: "d", s: STYLE.day, v: "2024-02-30T00:00:00" }]],
    ])
    const result = await importHere(book)
    expect(result.errors).toEqual([
      "error date/invalid: d-type-zone.xlsx row 2, column 'Certificate Date': '2024-10-15T00:00:00+09:00' has a time zone, so its day depends on it: write the date alone, such as '2024-10-15'",
      expect.stringMatching(
        /^error date\/invalid: d-type-zone\.xlsx row 3, column 'Certificate Date': '2024-02-30T00:00:00' /,
      ),
    ])
  })
})

describe("a time of day alone in a date column (finding 1)", () => {
  it("is refused as a time, never read as 30 December 1899 (or 1 January 1904)", async () => {
    const time = (v: string): XlsxCell => ({ s: STYLE.time, v })
    const rows: XlsxRow[] = [
      [2, ["P-001", "ITC-1", "Completed", time(String(14.5 / 24))]],
      [3, ["P-002", "ITC-1", "Completed", time("0")]],
      [4, ["P-003", "ITC-1", "Completed", { s: STYLE.day, v: "45580" }]],
    ]
    for (const date1904 of [undefined, "true", "1"]) {
      const name = `time-only-${date1904 ?? "1900"}.xlsx`
      const book = sheet(name, rows, date1904 === undefined ? {} : { date1904 })
      const result = await importHere(book)
      expect(result.code, name).toBe(1)
      expect(result.errors, name).toEqual([
        expect.stringMatching(
          `^error date/invalid: ${name} row 2, column 'Certificate Date': '14:30:00' is not a date`,
        ),
        expect.stringMatching(
          `^error date/invalid: ${name} row 3, column 'Certificate Date': '00:00:00' is not a date`,
        ),
      ])
      expect(result.fixes.map((fix) => fix.value)).toEqual(["14:30:00", "00:00:00"])
    }
  })
})

describe("a date cell shown as a month or a year (finding 3)", () => {
  it("is that month only when it holds the 1st (that year only on 1 January); else the day it holds, with the change listed", async () => {
    const month = (iso: string): XlsxCell => ({ s: STYLE.month, v: serial(iso) })
    const year = (iso: string): XlsxCell => ({ s: STYLE.year, v: serial(iso) })
    const book = sheet("months.xlsx", [
      [2, ["P-001", "ITC-1", "Completed", month("2022-09-01")]],
      [3, ["P-002", "ITC-1", "Completed", month("2022-09-15")]],
      [4, ["P-003", "ITC-1", "Completed", year("2022-01-01")]],
      [5, ["P-004", "ITC-1", "Completed", year("2022-09-01")]],
    ])
    const result = await importHere(book)
    expect(result.code).toBe(0)
    expect(result.records.map((record) => record.completedOn)).toEqual([
      "2022-09",
      "2022-09-15",
      "2022",
      "2022-09-01",
    ])
    expect(result.lines).toContain(
      "  'Certificate Date': '2022-09-15T00:00:00.000Z' → '2022-09-15' (1 row)",
    )
    expect(result.lines).toContain(
      "  'Certificate Date': '2022-09-01T00:00:00.000Z' → '2022-09-01' (1 row)",
    )
  })
})

describe("formula errors at the bottom or the right of a sheet (finding 5)", () => {
  it("rows holding only errors, and an error past every other cell, are read and reported — never dropped", async () => {
    const error = (v: string): XlsxCell => ({ t: "e", v, f: "X1" })
    const book = sheet("errors-bottom.xlsx", [
      [
        2,
        ["P-001", "ITC-1", "Completed", { s: STYLE.day, v: "45580" }, null, null, error("#DIV/0!")],
      ],
      [3, [null, null, null, null, error("#N/A")]],
      [4, [error("#REF!")]],
    ])
    const result = await importHere(book)
    expect(result.code).toBe(1)
    expect(result.lines.at(-1)).toMatch(/^errors-bottom\.xlsx: not imported: 3 rows \(0 blank\)/)
    // Column G, as for any value there: a column without a header.
    expect(result.errors[0]).toMatch(
      /^error unknown-field: errors-bottom\.xlsx row 1, column '\(column G\)': unknown column/,
    )
    expect(result.errors.filter((line) => / row 3\b/.test(line)).length).toBeGreaterThan(0)
    expect(result.errors.filter((line) => / row 4\b/.test(line)).length).toBeGreaterThan(0)
  })
})

describe("a date-time in the last second of a day (finding 6)", () => {
  it("is that day: only the float noise of a serial number (a millisecond) is rounded away, never a day moved", async () => {
    const late = String(45580 + 86399.6 / 86400)
    const book = sheet("late.xlsx", [
      [2, ["P-001", "ITC-1", "Completed", { s: STYLE.day, v: late }]],
      [3, ["P-002", "ITC-1", "Completed", { s: STYLE.dayTime, v: late }]],
      [4, ["P-003", "ITC-1", "Completed", { s: STYLE.dayTime, v: String(45580 + 14.5 / 24) }]],
    ])
    const result = await importHere(book)
    expect(result.code).toBe(0)
    expect(result.records.map((record) => record.completedOn)).toEqual([
      "2024-10-15",
      "2024-10-15",
      "2024-10-15",
    ])
    expect(result.lines).toContain(
      "  'Certificate Date': '2024-10-15 23:59:59' → '2024-10-15' (2 rows)",
    )
    expect(result.lines).toContain(
      "  'Certificate Date': '2024-10-15 14:30:00' → '2024-10-15' (1 row)",
    )
  })
})

describe("the line of a bad byte (finding 7)", () => {
  it("counts CR line ends (Excel for the Mac), CRLF and LF alike", async () => {
    const rows = ["P-001,ITC-1,Completed,2024-10-15,ok", "P-002,ITC-1,Completed,2024-10-15,Caf"]
    for (const [name, end] of [
      ["cr.csv", "\r"],
      ["crlf.csv", "\r\n"],
      ["lf.csv", "\n"],
    ] as const) {
      const text = [CSV_HEADER.trimEnd(), ...rows].join(end)
      const path = file(
        name,
        Buffer.concat([Buffer.from(text), Buffer.from([0xe9]), Buffer.from(end)]),
      )
      const result = await importHere(path)
      expect(result.errors, name).toEqual([
        expect.stringMatching(
          `^error dataset/invalid-encoding: ${name} line 3: byte ${text.length} \\(0xE9\\) is not UTF-8`,
        ),
      ])
    }
  })
})

describe("options of another kind of file (finding 9)", () => {
  const XML =
    '<?xml version="1.0" encoding="UTF-8"?><iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier><title><narrative>Café</narrative></title><activity-status code="2"/><activity-date type="2" iso-date="2020-01-01"/></iati-activity></iati-activities>'

  it("the options of CSV and .xlsx files with --from iati are a usage error, never ignored", () => {
    const xml = file("a.xml", XML)
    const options: [string, string][] = [
      ["--encoding", "windows-1252"],
      ["--header-row", "5"],
      ["--sheet", "X"],
      ["--kind", "participants"],
      ["--profile", PROFILE],
      ["--issues", join(tmp, "fix.csv")],
    ]
    for (const [option, value] of options) {
      const result = run(["import", xml, "--from", "iati", option, value])
      expect(result.code, option).toBe(2)
      expect(result.out, option).toBe("")
      expect(result.err, option).toContain(
        `import: ${option} is for CSV and .xlsx files, not --from iati: leave it out`,
      )
    }
    const ok = run(["import", xml, "--from", "iati", "--out", join(tmp, "a.json")])
    expect(ok.code).toBe(0)
  })

  it("--all with a CSV or .xlsx file is a usage error that names --issues", () => {
    const csv = file("all.csv", `${CSV_HEADER}${csvRow(1)}`)
    const result = run(["import", csv, "--kind", "participations", "--all"])
    expect(result.code).toBe(2)
    expect(result.err).toContain(
      "import: --all is for --from formats: a CSV or .xlsx import prints the first 30 problems, and --issues FIX.csv writes them all",
    )
  })
})

describe("the version of read-excel-file (finding 8)", () => {
  it("is pinned exactly, in package.json and the lockfile: the 1904 shift depends on what this version reads", () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"))
    const lock = JSON.parse(readFileSync(`${root}package-lock.json`, "utf8"))
    const installed = JSON.parse(
      readFileSync(`${root}node_modules/read-excel-file/package.json`, "utf8"),
    ).version
    expect(pkg.dependencies["read-excel-file"]).toMatch(/^\d+\.\d+\.\d+$/)
    expect(pkg.dependencies["read-excel-file"]).toBe(installed)
    expect(lock.packages[""].dependencies["read-excel-file"]).toBe(installed)
    expect(lock.packages["node_modules/read-excel-file"].version).toBe(installed)
  })
})

describe("a workbook whose attributes are in single quotes, or hold '>' (finding 16b)", () => {
  it("its sheets are found, --sheet reads the one named, and its 1904 date system is read", () => {
    const workbook = `<?xml version='1.0' encoding='UTF-8'?><workbook xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'><workbookPr date1904 = 'true'/><sheets><sheet name='R>D' sheetId='1' r:id='rId1'/><sheet name="Second" sheetId="2" r:id="rId3"/></sheets></workbook>`
    const second = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${HEADER.map((title, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${title}</t></is></c>`).join("")}</row><row r="2"><c r="A2" t="inlineStr"><is><t>P-002</t></is></c><c r="B2" t="inlineStr"><is><t>ITC-1</t></is></c><c r="C2" t="inlineStr"><is><t>Completed</t></is></c><c r="D2" s="1"><v>${Number(serial("2024-10-15")) - 1462}</v></c></row></sheetData></worksheet>`
    const book = sheet("quotes.xlsx", [[2, ["P-001", "ITC-1", "Completed"]]], {
      workbook,
      parts: {
        "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' Target='worksheets/sheet1.xml'/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
        "xl/worksheets/sheet2.xml": second,
      },
    })
    const first = importParticipations(book)
    expect(first.out).toContain(
      "quotes.xlsx: sheet 1 of 2, 'R>D', read (--sheet 'Second' or --sheet 2 reads another; the sheets: 'R>D', 'Second')",
    )
    const named = importParticipations(book, undefined, "--sheet", "Second")
    expect(named.code).toBe(0)
    expect(named.records).toEqual([
      { participant: "P-002", programme: "ITC-1", status: "completed", completedOn: "2024-10-15" },
    ])
    const missing = importParticipations(book, undefined, "--sheet", "Third")
    expect(missing.code).toBe(1)
    expect(missing.out).toContain(
      "error import/unreadable-file: quotes.xlsx: there is no sheet 'Third'. The sheets: 1 'R>D', 2 'Second'",
    )
  })
})

describe("which sheets are read again for what read-excel-file does not say (finding 19)", () => {
  it('a sheet with date cells of type "d", in a workbook without month formats, is read again too', () => {
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="165"/></cellXfs></styleSheet>`
    const book = sheet(
      "d-type-no-months.xlsx",
      [[2, ["P-001", "ITC-1", "Completed", { t: "d", s: STYLE.day, v: "2024-10-15T00:00:00" }]]],
      { parts: { "xl/styles.xml": styles } },
    )
    for (const TZ of ZONES) {
      const result = importParticipations(book, { TZ })
      expect(
        result.records.map((record) => record.completedOn),
        TZ,
      ).toEqual(["2024-10-15"])
    }
  })
})

describe("a bad byte far into a file in another encoding (finding 18)", () => {
  /** Shift_JIS rows: ASCII and あ (0x82 0xA0), to past `size` bytes. */
  function sjisRows(size: number): Buffer {
    const parts: Buffer[] = [Buffer.from(CSV_HEADER)]
    let length = parts[0]?.length ?? 0
    for (let i = 0; length < size; i++) {
      const row = Buffer.concat([
        Buffer.from(`P-${i},ITC-1,Completed,2024-10-15,`),
        Buffer.from([0x82, 0xa0, 0x82, 0xa0]),
        Buffer.from("\r\n"),
      ])
      parts.push(row)
      length += row.length
    }
    return Buffer.concat(parts)
  }
  const lineOf = (bytes: Buffer, offset: number) =>
    bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1

  it("is found at its byte and line, past the first megabyte and across the edge of a chunk", async () => {
    const MiB = 2 ** 20
    const body = sjisRows(1.5 * MiB)
    // 0xA0 alone is no Shift_JIS byte.
    const far = Buffer.concat([body, Buffer.from([0x41, 0xa0, 0x0d, 0x0a])])
    // A lead byte that ends the first chunk, and a byte that cannot follow it.
    const edge = Buffer.from(body)
    edge.set(Buffer.from("xxxxxxx"), MiB - 6)
    edge[MiB - 1] = 0x82
    edge[MiB] = 0x20
    const cases: [string, Buffer, number][] = [
      ["far.csv", far, body.length + 1],
      ["edge.csv", edge, MiB - 1],
    ]
    for (const [name, bytes, offset] of cases) {
      const result = await importHere(file(name, bytes), { encoding: "shift_jis" })
      expect(result.errors, name).toEqual([
        `error dataset/invalid-encoding: ${name} line ${lineOf(bytes, offset)}: byte ${offset} (0x${(bytes[offset] ?? 0).toString(16).toUpperCase()}) is not shift_jis: give the file's encoding with --encoding, or save it as 'CSV UTF-8 (Comma delimited)' (Excel) or Text CSV with the character set Unicode (UTF-8) (LibreOffice)`,
      ])
    }
    // UTF-16: a high surrogate without its low one, past the first megabyte.
    const text = `\ufeff${CSV_HEADER}${Array.from({ length: 30_000 }, (_, i) => csvRow(i)).join("")}`
    const utf16 = Buffer.concat([
      Buffer.from(text, "utf16le"),
      Buffer.from([0x00, 0xd8, 0x41, 0x00]),
    ])
    const result = await importHere(file("far16.csv", utf16))
    expect(result.errors).toEqual([
      expect.stringContaining(
        `far16.csv line ${text.split("\n").length}: byte ${utf16.length - 4} (0x00) is not utf-16le`,
      ),
    ])
  })
})
