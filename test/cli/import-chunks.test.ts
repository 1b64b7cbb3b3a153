// `import` reads a file in chunks: ids and participations repeated across chunks are reported
// as one fromRows call over the whole file reports them (run in-process with chunks of 2 rows).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { importRows } from "../../src/cli/import-rows.js"
import { fromRows } from "../../src/validate/index.js"

const tmp = mkdtempSync(join(tmpdir(), "jc-import-chunks-"))

async function importFile(name: string, text: string, kind: string) {
  const file = join(tmp, name)
  writeFileSync(file, text)
  const lines: string[] = []
  const issues = join(tmp, `${name}.fix.csv`)
  const out = join(tmp, `${name}.ndjson`)
  const code = await importRows(file, { kind, issues, out }, (line) => lines.push(line), 2)
  const fixes: Record<string, string>[] = parse(readFileSync(issues, "utf8"), {
    columns: true,
    bom: true,
  })
  return { code, lines, fixes, written: existsSync(out) }
}

describe("import: repeats across chunks", () => {
  it("reports a participation repeated three chunks later, as one fromRows call does", async () => {
    const text =
      "Participant,Programme,Status\r\na,p,completed\r\nb,p,completed\r\n\r\nc,p,completed\r\nd,q,completed\r\nb,p,attended\r\n"
    const { code, lines, fixes, written } = await importFile("parts.csv", text, "participations")
    const rows: Record<string, string>[] = parse(text, { columns: true, relax_column_count: true })
    const one = fromRows("participations", rows, { file: "parts.csv" }).issues
    expect(one.map((i) => i.message)).toEqual([
      "parts.csv row 7: participant 'b' is already in programme 'p' (row 3)",
    ])
    expect(code).toBe(1)
    expect(written).toBe(false)
    expect(lines).toContain(`error participation/duplicate: ${one[0]?.message}`)
    expect(fixes).toEqual([
      {
        file: "parts.csv",
        row: "7",
        column: "",
        value: "",
        problem: "participant 'b' is already in programme 'p' (row 3)",
        suggestion: "",
      },
    ])
  })

  it("reports a participant id repeated in a later chunk with its column, and each repeat once", async () => {
    const text = "Participant ID,Country\nP-1,VN\nP-2,KH\nP-3,VN\nP-1,VN\nP-1,KH\n"
    const { lines, fixes } = await importFile("people.csv", text, "participants")
    const errors = lines.filter((line) => line.startsWith("error"))
    expect(errors).toEqual([
      "error participant/duplicate-id: people.csv row 5, column 'Participant ID': id is already used by row 2",
      "error participant/duplicate-id: people.csv row 6, column 'Participant ID': id is already used by row 2",
    ])
    expect(fixes.map((f) => [f.row, f.column, f.value])).toEqual([
      ["5", "Participant ID", "P-1"],
      ["6", "Participant ID", "P-1"],
    ])
  })
})
