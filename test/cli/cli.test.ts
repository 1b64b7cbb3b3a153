// The command line, run as a child process on fixtures: output and exit codes.
import { readFileSync } from "node:fs"
import { beforeAll, describe, expect, it } from "vitest"
import { VALIDATE_HELP } from "../../src/cli/validate-command.js"
import { buildCli, root, runCli, version } from "./run-cli.js"

let cli = ""
const fixture = (name: string) => `${root}test/fixtures/cli/${name}`

beforeAll(async () => {
  cli = await buildCli("cli")
})

function run(...args: string[]) {
  return runCli(cli, args)
}

describe("justice-cooperation", () => {
  it("--help and --version", () => {
    const help = run("--help")
    expect(help.code).toBe(0)
    expect(help.out).toContain("Usage: justice-cooperation <command>")
    expect(run("--version")).toEqual({ code: 0, out: `${version}\n`, err: "" })
    for (const command of ["validate", "stats", "report"]) {
      const commandHelp = run(command, "--help")
      expect(commandHelp.code).toBe(0)
      expect(commandHelp.out).toContain(`Usage: justice-cooperation ${command}`)
      expect(commandHelp.out).toContain("Example")
    }
  })

  it.each([
    [
      ["frobnicate"],
      "justice-cooperation: unknown command 'frobnicate': use validate, stats, duplicates, report, import or tables (see justice-cooperation --help)",
    ],
    [
      ["validate", "--bogus", "x.json"],
      "justice-cooperation: validate: unknown option '--bogus' (see justice-cooperation validate --help)",
    ],
    [
      ["validate"],
      "justice-cooperation: validate: no file given (see justice-cooperation validate --help)",
    ],
    [["validate", "nowhere.json"], "justice-cooperation: nowhere.json: no such file"],
    [
      ["validate", "--kind", "people", "x.ndjson"],
      "justice-cooperation: validate: --kind must be one of",
    ],
    [["validate", fixture("participations.ndjson")], "needs --kind"],
    [
      ["stats", "--as-of", "2024-13-01"],
      "justice-cooperation: stats: --as-of must be a date such as 2024-12-31, 2024-12 or 2024, not '2024-13-01'",
    ],
    [
      ["stats", "--fiscal-year-start", "13"],
      "justice-cooperation: stats: --fiscal-year-start must be a month from 1 to 12, not '13'",
    ],
    [["stats", "a.json", "b.json"], "justice-cooperation: stats: give at most one FILE"],
  ])("%j is a usage error: one line on stderr, exit 2", (args, message) => {
    const result = run(...args)
    expect(result.code).toBe(2)
    expect(result.out).toBe("")
    expect(result.err.split("\n").filter(Boolean)).toHaveLength(1)
    expect(result.err).toContain(message)
  })
})

describe("validate", () => {
  it("--kind takes the singular, as fromRows does", () => {
    for (const kind of ["participation", "participations"]) {
      const result = run("validate", "--kind", kind, fixture("participations.ndjson"))
      expect(result.code).toBe(1)
      expect(result.out).toContain("line 3: status 'done' is not one of")
    }
  })

  it("--help names no file that the package does not ship", () => {
    const { files } = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { files: string[] }
    const texts = ["--help", "validate --help", "stats --help", "report --help"].map(
      (args) => run(...args.split(" ")).out,
    )
    expect(texts.join("\n")).toContain(VALIDATE_HELP)
    for (const text of texts) {
      const paths = text.match(/[\w.-]+\/[\w./-]*\.[a-z]+/g) ?? []
      for (const path of paths)
        expect(
          files.some((shipped) => path === shipped || path.startsWith(`${shipped}/`)),
          path,
        ).toBe(true)
      expect(text).not.toMatch(/examples\//)
    }
  })

  it("a valid file: exit 0", () => {
    const result = run("validate", fixture("valid.json"))
    expect(result.code).toBe(0)
    expect(result.out).toContain("valid.json: valid — 0 errors, 0 warnings")
  })

  it("--quiet prints nothing for a valid file", () => {
    expect(run("validate", "--quiet", fixture("valid.json"))).toEqual({ code: 0, out: "", err: "" })
  })

  it("a broken file: exit 1, every problem named, grouped by code with its path", () => {
    const result = run("validate", fixture("broken.json"))
    expect(result.code).toBe(1)
    expect(result.out).toContain("broken.json: invalid — 5 errors, 1 warning")
    expect(result.out).toContain("  error unknown-field (1)")
    expect(result.out).toContain(
      "    programmes[0] 'itc-184': unknown field 'titel' — did you mean 'title'?  [programmes.0.titel]",
    )
    expect(result.out).toContain(
      "programmes[0] 'itc-184': period.end 2024-09 is before period.start 2024-10-01  [programmes.0.period.end]",
    )
    for (const code of [
      "field/missing",
      "country/invalid",
      "programme/end-before-start",
      "participation/unknown-participant",
      "programme/unknown-theme",
    ]) {
      expect(result.out).toContain(` ${code} (`)
    }
  })

  it("--quiet on a broken file prints the errors only", () => {
    const result = run("validate", "--quiet", fixture("broken.json"))
    expect(result.code).toBe(1)
    expect(result.out).not.toContain("programme/unknown-theme")
    expect(result.out).toContain("programme/end-before-start")
  })

  it("--json", () => {
    const result = run("validate", "--json", fixture("valid.json"), fixture("broken.json"))
    expect(result.code).toBe(1)
    const parsed = JSON.parse(result.out)
    expect(parsed.map((r: { ok: boolean; errors: number }) => [r.ok, r.errors])).toEqual([
      [true, 0],
      [false, 5],
    ])
    expect(parsed[1].issues[0]).toMatchObject({
      code: expect.any(String),
      severity: "error",
      path: expect.any(Array),
      message: expect.any(String),
    })
  })

  it("NDJSON of one kind, with line numbers", () => {
    const result = run("validate", "--kind", "participations", fixture("participations.ndjson"))
    expect(result.code).toBe(1)
    expect(result.out).toContain("line 3: status 'done' is not one of")
    expect(result.out).toContain(
      "line 4: participant 'p-1' is already in programme 'itc-184' (participations[0])",
    )
    // References to programmes and participants elsewhere are not checked.
    expect(result.out).not.toContain("unknown-programme")
  })

  it("a file that is not JSON: exit 1 with the parser's message", () => {
    const result = run("validate", fixture("not-json.json"))
    expect(result.code).toBe(1)
    expect(result.out).toContain("error dataset/not-json (1)")
    expect(result.out).toMatch(/ {4}not JSON at line \d+, column \d+: /)
  })
})

describe("stats", () => {
  const statsAsOf = (asOf: string) => {
    const result = run("stats", "--json", "--as-of", asOf)
    expect(result.code).toBe(0)
    return JSON.parse(result.out)
  }

  it("shows the reported figures beside the alumni counted, and says they are never added", () => {
    const text = run("stats", "--as-of", "2024-12-31")
    expect(text.code).toBe(0)
    expect(text.out).toContain("Alumni — 0 people from 0 countries")
    expect(text.out).toMatch(/unafei-alumni-2024 +at least 6,600 +144 +2024/)
    expect(text.out).toContain(
      "Reported alumni are never added to alumni counted from person records",
    )
    // As of 2018, UNAFEI's figure of 2024 is not yet stated.
    const early = statsAsOf("2018-12-31")
    expect(early.reportedFigures.map((f: { figure: string }) => f.figure)).toEqual([
      "gebco-graduates-2018",
      "iho-nautical-chart-graduates-2018",
    ])
    expect(early.alumni.alumni).toBe(0)
  })

  it("--as-of applies to every figure, not to pledge progress only", () => {
    const early = statsAsOf("2018-12-31")
    const late = statsAsOf("2025-03-31")
    // Ukraine's four seats are in a programme of October 2024.
    expect(late.seats.rows).toContainEqual({ country: "UA", count: 4 })
    expect(early.seats.rows).not.toContainEqual(expect.objectContaining({ country: "UA" }))
    expect(early.seats.total).toBeLessThan(late.seats.total)
    // No programme after the date is counted in any table.
    const years = early.programmesByFiscalYear.rows.map((row: { period: string }) => row.period)
    expect(years.length).toBeGreaterThan(0)
    expect(years.every((period: string) => period <= "FY2018")).toBe(true)
    expect(late.programmesByFiscalYear.rows.length).toBeGreaterThan(years.length)
    const cells = (stats: any) => stats.coverage[0].cells.filter((cell: any) => cell.covered).length
    expect(cells(early)).toBeLessThan(cells(late))
    expect(early.alumni.alumni).toBeLessThanOrEqual(late.alumni.alumni)
  })

  it("--as-of takes partial dates as the API does: a year or a month means its last day", () => {
    // The same figures as on the last day; only the date echoed back differs.
    const same = (partial: string, full: string) =>
      expect(JSON.stringify(statsAsOf(partial))).toBe(
        JSON.stringify(statsAsOf(full)).replaceAll(`"asOf":"${full}"`, `"asOf":"${partial}"`),
      )
    same("2018", "2018-12-31")
    same("2024-10", "2024-10-31")
    expect(run("stats", "--as-of", "2018").out).toContain("as of 2018\n")
  })

  it("with no file: the example dataset's headline statistics as aligned tables", () => {
    const result = run("stats", "--as-of", "2025-03-31")
    expect(result.code).toBe(0)
    expect(result.out).toContain(
      "Statistics of the example dataset drawn from the seed texts, as of 2025-03-31",
    )
    expect(result.out).toMatch(/UA\s+Ukraine\s+4\n/)
    expect(result.out).toContain("ct-asia-2016: exceeded")
    expect(result.out).toMatch(/personnel-trained\s+quantity\s+2,000\s+2,653\s+1\.33\s+exceeded/)
    expect(result.out).toContain("Goal coverage")
    expect(result.out).toContain("Programmes held, by fiscal year (starting in month 4)")
  })

  it("--json on a file", () => {
    const result = run(
      "stats",
      fixture("valid.json"),
      "--json",
      "--as-of",
      "2024-12-31",
      "--fiscal-year-start",
      "1",
    )
    expect(result.code).toBe(0)
    const stats = JSON.parse(result.out)
    expect(stats.seats).toEqual({
      total: 25,
      unattributed: 21,
      rows: [{ country: "UA", count: 4 }],
      approximate: false,
    })
    expect(stats.programmesByFiscalYear.rows).toEqual([{ period: "FY2024", count: 1 }])
  })

  it("a dataset with errors is not counted: exit 1", () => {
    const result = run("stats", fixture("broken.json"))
    expect(result.code).toBe(1)
    expect(result.out).toContain("has 5 errors; run justice-cooperation validate for the list")
  })
})
