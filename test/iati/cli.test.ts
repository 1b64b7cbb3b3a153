// `justice-cooperation import FILE --from iati`, run as a child process on the real fixtures.
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readIati } from "../../src/iati/index.js"
import { buildCli, root, runCli } from "../cli/run-cli.js"

let cli = ""
const dir = mkdtempSync(join(tmpdir(), "iati-cli-"))
const fixture = (name: string) => `${root}test/fixtures/iati/${name}`
const NL = fixture("iati-2.03-nl-mfa-iaticloud-example-13-activities.xml")

beforeAll(async () => {
  cli = await buildCli("iati-import")
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("import --from iati", () => {
  it("--out: writes the dataset readIati gives, prints what it read and the warnings by code", async () => {
    const out = join(dir, "nl.json")
    const result = runCli(cli, ["import", NL, "--from", "iati", "--out", out])
    expect(result.err).toBe("")
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/read 13 programmes, 4 organisations — 0 errors, \d+ warnings/)
    expect(result.out).toContain("warning iati/organisation-without-ref (10)")
    expect(result.out).toMatch(/… and \d+ more \(--all shows them\)/)
    const written = JSON.parse(readFileSync(out, "utf8"))
    const expected = await readIati(readFileSync(NL))
    expect(written).toEqual(JSON.parse(JSON.stringify(expected.dataset)))
  })

  it("without --out: the dataset on standard output, the report on standard error; standard input with -", () => {
    const result = runCli(cli, ["import", "-", "--from", "iati"], {
      input: readFileSync(fixture("iati-1.0x-unops-japan-bare-iati-activity-root.xml")),
    })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.out).programmes[0].id).toBe("41AAA-00081406")
    expect(result.err).toContain("standard input: read 1 programme, 1 organisation")
  })

  it("a broken file: exit 1, the XML error named, nothing thrown", () => {
    const result = runCli(cli, [
      "import",
      fixture("broken-iati-1.01-truncated-datastore.xml"),
      "--from",
      "iati",
      "--out",
      join(dir, "broken.json"),
    ])
    expect(result.code).toBe(1)
    expect(result.out).toContain("error iati/not-well-formed (1)")
    expect(result.err).toBe("")
  })

  it("usage mistakes: exit 2 with one line", () => {
    const noFrom = runCli(cli, ["import", NL])
    expect(noFrom.code).toBe(2)
    expect(noFrom.err).toMatch(/--from \(iati\), such as --from iati/)
    const wrong = runCli(cli, ["import", NL, "--from", "csvx"])
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain("--from must be one of iati")
    const missing = runCli(cli, ["import", join(dir, "nope.xml"), "--from", "iati"])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain("no such file")
    for (const r of [noFrom, wrong, missing]) expect(r.err.trim().split("\n")).toHaveLength(1)
  })

  it("is listed in the top-level help, and has its own", () => {
    expect(runCli(cli, ["--help"]).out).toContain("import FILE --from FORMAT")
    expect(runCli(cli, ["import", "--help"]).out).toMatch(/^Usage: justice-cooperation import/)
  })
})
