// The duplicates command and stats --decisions, run as a child process on a small register.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, runCli } from "../cli/run-cli.js"
import { decisionDataset } from "./decision-cases.js"

let cli = ""
let dir = ""
let register = ""

beforeAll(async () => {
  cli = await buildCli("identity")
  dir = mkdtempSync(join(tmpdir(), "jc-identity-"))
  register = join(dir, "register.json")
  writeFileSync(register, JSON.stringify(decisionDataset()))
})

describe("justice-cooperation duplicates", () => {
  it("lists the pairs with their reasons and writes a template to fill in", () => {
    const template = join(dir, "decisions.json")
    const result = runCli(cli, ["duplicates", register, "--template", template])
    expect(result.code).toBe(0)
    expect(result.out).toContain(
      "likely 13: 'P-0007' (NGUYEN Thi Lan, VN, 1980) and 'P-007' (Lan Nguyen Thi, VN, 1980)",
    )
    expect(result.out).toContain(
      "id same after normalising +6, name same after normalising +4, birthYear exact +2.5",
    )
    const written = JSON.parse(readFileSync(template, "utf8"))
    expect(written[0]).toMatchObject({
      a: "P-0007",
      b: "P-007",
      decision: "",
      extra: { band: "likely", score: 13 },
    })

    // A person fills in the first pair; the others stay open.
    written[0].decision = "same"
    writeFileSync(template, JSON.stringify(written))
    const again = runCli(cli, ["duplicates", register, "--decisions", template, "--json"])
    const json = JSON.parse(again.out)
    expect(json.decided).toBe(1)
    expect(
      json.pairs.some((p: { a: string; b: string }) => p.a === "P-0007" && p.b === "P-007"),
    ).toBe(false)
  })

  it("stats --decisions counts a person once, and refuses contradictory decisions", () => {
    const decisions = join(dir, "same.json")
    writeFileSync(
      decisions,
      JSON.stringify([{ a: "P-0007", b: "P-007", decision: "same", extra: { by: "KS" } }]),
    )
    const before = JSON.parse(runCli(cli, ["stats", register, "--json", "--as-of", "2025"]).out)
    const after = runCli(cli, [
      "stats",
      register,
      "--json",
      "--as-of",
      "2025",
      "--decisions",
      decisions,
    ])
    expect(after.code).toBe(0)
    const stats = JSON.parse(after.out)
    expect(before.alumni.alumni).toBe(3)
    expect(stats.alumni.alumni).toBe(2)
    expect(stats.identities.clusters).toEqual([{ id: "P-0007", members: ["P-0007", "P-007"] }])

    const text = runCli(cli, ["stats", register, "--as-of", "2025", "--decisions", decisions])
    expect(text.out).toContain(
      "identity decisions: 1 person entered more than once, 1 record merged",
    )

    const wrong = join(dir, "wrong.json")
    writeFileSync(
      wrong,
      JSON.stringify([
        { a: "P-0007", b: "P-007", decision: "same" },
        { a: "P-007", b: "P-0007", decision: "different" },
      ]),
    )
    const refused = runCli(cli, ["stats", register, "--decisions", wrong])
    expect(refused.code).toBe(1)
    expect(refused.out).toContain("decision/contradiction")
    const notAList = join(dir, "not-a-list.json")
    writeFileSync(notAList, "{}")
    expect(runCli(cli, ["stats", register, "--decisions", notAList]).code).toBe(2)
  })
})
