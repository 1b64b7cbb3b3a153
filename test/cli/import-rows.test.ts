// `justice-cooperation import` for CSV and .xlsx, run as a child process on the register.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parse } from "csv-parse/sync"
import { beforeAll, describe, expect, it } from "vitest"
import { csvField, FIX_LIST_COLUMNS, fixListHeader, fixListLine } from "../../src/cli/fix-list.js"
import { buildCli, root, runCli } from "./run-cli.js"

let cli = ""
const register = (name: string) => `${root}examples/register/${name}`
const tmp = mkdtempSync(join(tmpdir(), "jc-import-"))

beforeAll(async () => {
  cli = await buildCli("import-rows")
})

const run = (...args: string[]) => runCli(cli, args)

describe("justice-cooperation import FILE.csv|FILE.xlsx", () => {
  it("imports the register with its profile, writes NDJSON, and sums up what it changed", () => {
    const out = join(tmp, "participations.ndjson")
    const result = run(
      "import",
      register("participations.csv"),
      "--kind",
      "participations",
      "--profile",
      register("participations.profile.json"),
      "--out",
      out,
    )
    expect(result.err).toBe("")
    expect(result.code).toBe(0)
    expect(result.out).toContain(
      "Columns read as: 'Participant ID' → participant, 'Course No.' → programme, 'Result' → status, 'Certificate Date' → completedOn, 'Remarks' → extra.remarks",
    )
    expect(result.out).toContain("  'Result': 'Completed' → 'completed' (5 rows)")
    expect(result.out).toContain(
      "participations.csv: ok: 13 rows (1 blank), 12 participations written to",
    )
    const lines = readFileSync(out, "utf8")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(lines).toHaveLength(12)
    expect(lines[2]).toEqual({
      participant: "P-003",
      programme: "ITC-184",
      status: "withdrawn",
      extra: { remarks: "Withdrew in week 2\n(family reasons)" },
    })
  })

  it("reads an .xlsx file made by LibreOffice: date cells as days, the blank row counted", () => {
    const out = join(tmp, "participations.json")
    const result = run(
      "import",
      register("participations.xlsx"),
      "--kind",
      "participation",
      "--profile",
      register("participations.profile.json"),
      "--out",
      out,
    )
    expect(result.code).toBe(0)
    expect(result.out).toContain(
      "'Certificate Date': '2022-06-16T00:00:00.000Z' → '2022-06-16' (2 rows)",
    )
    const dataset = JSON.parse(readFileSync(out, "utf8"))
    expect(dataset.participations).toHaveLength(12)
    expect(dataset.participations[4]).toEqual({
      participant: "P-005",
      programme: "UNCAC-26",
      status: "completed",
      completedOn: "2022-10-31",
    })
  })

  it("writes nothing to --out when there are errors, and a fix list that round-trips", () => {
    const out = join(tmp, "programmes.ndjson")
    const fixes = join(tmp, "fixes.csv")
    const result = run(
      "import",
      register("programmes.csv"),
      "--kind",
      "programmes",
      "--out",
      out,
      "--issues",
      fixes,
    )
    expect(result.code).toBe(1)
    expect(() => readFileSync(out)).toThrow()
    expect(() => readFileSync(`${out}.partial`)).toThrow()
    const bytes = readFileSync(fixes)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString("utf8")
    expect(text.split("\r\n").length).toBeGreaterThan(3)
    // Every line ends in CRLF: a line feed alone occurs only inside a quoted cell.
    expect(text.split("\r\n").every((line) => !line.includes("\n"))).toBe(true)
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0] ?? {})).toEqual([...FIX_LIST_COLUMNS])
    expect(
      rows.map(({ row, column, value, suggestion }) => ({ row, column, value, suggestion })),
    ).toEqual([
      { row: "1", column: "Course No.", value: "", suggestion: "" },
      { row: "1", column: "", value: "", suggestion: "" },
      { row: "2", column: "Start Date", value: "15/05/2022", suggestion: "2022-05-15" },
      { row: "2", column: "End Date", value: "16/06/2022", suggestion: "2022-06-16" },
      { row: "4", column: "Start Date", value: "03/02/2023", suggestion: "" },
      { row: "4", column: "End Date", value: "10/03/2023", suggestion: "" },
    ])
    expect(rows[2]?.problem).toMatch(/^'15\/05\/2022' gives a day and a month as numbers/)
  })

  it("the fix list's CSV dialect round-trips: BOM, CRLF, quotes, commas and line breaks in cells", () => {
    const lines = [
      {
        file: "a,b.csv",
        row: 3,
        column: 'Say "hi"',
        value: "line 1\nline 2\r\nline 3",
        problem: " lead, trail ",
        suggestion: "x",
      },
      { file: "c.csv", problem: "no row", value: "=SUM(A1)" },
    ]
    const text = fixListHeader() + lines.map(fixListLine).join("")
    expect(text.startsWith("\uFEFFfile,row,column,value,problem,suggestion\r\n")).toBe(true)
    const back = parse(text, { bom: true, columns: true })
    expect(back).toEqual([
      {
        file: "a,b.csv",
        row: "3",
        column: 'Say "hi"',
        value: "line 1\nline 2\r\nline 3",
        problem: " lead, trail ",
        suggestion: "x",
      },
      // A formula is written with a quote in front (csv-guard.ts): shown, never run.
      { file: "c.csv", row: "", column: "", value: "'=SUM(A1)", problem: "no row", suggestion: "" },
    ])
    expect(csvField("plain")).toBe("plain")
  })

  it("reports what only the file shows: two columns of one name, a cell past the header, bytes that are not UTF-8, an unclosed quote", () => {
    const dup = join(tmp, "dup.csv")
    writeFileSync(dup, "id,country,country\r\np1,VN,KH\r\np2,VN,VN,extra\r\n")
    const result = run("import", dup, "--kind", "participants")
    expect(result.code).toBe(1)
    expect(result.out).toContain(
      "error import/duplicate-column: dup.csv row 1, column 'country': columns B and C are both headed 'country': rename one, or leave one out",
    )
    expect(result.out).toContain(
      "error import/cell-without-column: dup.csv row 3: cell D holds 'extra'",
    )
    const latin = join(tmp, "latin1.csv")
    writeFileSync(latin, Buffer.from("id,country,name\r\np1,CI,C\xf4te\r\n", "latin1"))
    const bad = run("import", latin, "--kind", "participants")
    expect(bad.code).toBe(1)
    expect(bad.out).toMatch(
      /error dataset\/invalid-encoding: latin1\.csv line 2: byte 24 \(0xF4\) is not UTF-8: give the file's encoding, such as --encoding windows-1252/,
    )
    const open = join(tmp, "open.csv")
    writeFileSync(open, 'id,country\r\np1,"VN\r\n')
    expect(run("import", open, "--kind", "participants").out).toMatch(
      /error import\/unreadable-file: open\.csv: the file cannot be read/,
    )
  })

  it("reads semicolon-separated files, as Excel writes them in many locales", () => {
    const semi = join(tmp, "semi.csv")
    writeFileSync(
      semi,
      '\uFEFFParticipant ID;Nationality;Sex\r\nP-1;Viet Nam;F\r\nP-2;"Korea, Republic of";M\r\n',
    )
    const out = join(tmp, "semi.ndjson")
    expect(run("import", semi, "--kind", "participants", "--out", out).code).toBe(0)
    expect(readFileSync(out, "utf8")).toBe(
      '{"id":"P-1","country":"VN","gender":"female"}\n{"id":"P-2","country":"KR","gender":"male"}\n',
    )
  })

  it("mistakes in the call are usage errors (exit 2)", () => {
    expect(run("import", register("participants.csv")).err).toMatch(/--kind is needed/)
    expect(run("import", register("participants.csv"), "--kind", "participant").code).toBe(0)
    const wrong = run("import", register("participants.csv"), "--kind", "pledges")
    expect(wrong.code).toBe(2)
    const profile = join(tmp, "bad-profile.json")
    writeFileSync(profile, '{ "column": {} }')
    expect(
      run("import", register("participants.csv"), "--kind", "participants", "--profile", profile)
        .err,
    ).toMatch(/unknown key 'column' — did you mean 'columns'\?/)
    expect(
      run("import", register("participants.csv"), "--kind", "participants", "--out", "x.txt").code,
    ).toBe(2)
    expect(run("import", "nope.csv", "--kind", "participants").err).toMatch(/no such file/)
  })
})
