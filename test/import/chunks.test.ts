// The CLI reads a file in chunks (ChunkedRows): a repeated id or participation must be
// reported as one fromRows call over the whole file reports it, whichever chunks it falls in.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ChunkedRows } from "../../src/validate/from-rows-chunks.js"
import type { ValidationIssue } from "../../src/validate/index.js"
import { fromRows, type RowKind } from "../../src/validate/index.js"

const REPEATS = ["participation/duplicate", "participant/duplicate-id", "programme/duplicate-id"]

/** The issues of the rows read in chunks of `size`, paths as in one call over all the rows. */
function chunked(kind: RowKind, rows: Record<string, unknown>[], size: number): ValidationIssue[] {
  const reader = new ChunkedRows(kind, { file: "f.csv" })
  const issues: ValidationIssue[] = []
  for (let start = 0; start < rows.length; start += size) {
    const result = reader.read(rows.slice(start, start + size), start + 2)
    for (const issue of result.issues) {
      // The header's issues are the same in every chunk: kept once.
      if (typeof issue.path[0] !== "number") {
        if (start === 0) issues.push(issue)
        continue
      }
      issues.push({ ...issue, path: [(issue.path[0] as number) + start, ...issue.path.slice(1)] })
    }
  }
  return issues
}

const repeats = (issues: ValidationIssue[]) =>
  issues.filter((issue) => REPEATS.includes(issue.code)).sort((a, b) => (a.row ?? 0) - (b.row ?? 0))

describe("ChunkedRows: repeats across chunks", () => {
  it("reports a participation repeated in a later chunk as one call does (code, file, row, message)", () => {
    const rows = [
      { Participant: "a", Programme: "p", Status: "completed" },
      { Participant: "b", Programme: "p", Status: "completed" },
      {},
      { Participant: "a", Programme: "p", Status: "attended" },
      { Participant: "a", Programme: "p", Status: "attended" },
    ]
    const one = fromRows("participations", rows, { file: "f.csv" })
    expect(repeats(one.issues).map((i) => i.message)).toEqual([
      "f.csv row 5: participant 'a' is already in programme 'p' (row 2)",
      "f.csv row 6: participant 'a' is already in programme 'p' (row 2)",
    ])
    // Chunks of 2: row 5 is in the second chunk, row 6 in the third; each names row 2.
    expect(repeats(chunked("participations", rows, 2))).toEqual(repeats(one.issues))
  })

  it("reports an id repeated in a later chunk with its column and entity, as one call does", () => {
    const rows = [
      { "Participant ID": "P-1", Country: "VN" },
      { "Participant ID": "P-2", Country: "VN" },
      { "Participant ID": "P-1", Country: "KH" },
    ]
    const one = repeats(fromRows("participants", rows, { file: "f.csv" }).issues)
    expect(one).toEqual([
      {
        code: "participant/duplicate-id",
        severity: "error",
        path: [2, "id"],
        message: "f.csv row 4, column 'Participant ID': id is already used by row 2",
        row: 4,
        column: "Participant ID",
        entity: { kind: "participant", id: "P-1" },
        file: "f.csv",
      },
    ])
    expect(repeats(chunked("participants", rows, 1))).toEqual(one)
    // A chunk that has no repeat of its own is not ok once a repeat is found across chunks.
    const reader = new ChunkedRows("participants", {})
    expect(reader.read(rows.slice(0, 2), 2).ok).toBe(true)
    expect(reader.read(rows.slice(2), 4).ok).toBe(false)
  })

  it("equals one call for any rows and any chunk size (property)", () => {
    const id = fc.constantFrom("a", "b", "c", "__proto__", "")
    fc.assert(
      fc.property(
        fc.array(fc.record({ participant: id, programme: fc.constantFrom("p", "q", "") }), {
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 7 }),
        (cells, size) => {
          const rows = cells.map((c) => ({ ...c, status: "completed" }))
          const one = fromRows("participations", rows, { file: "f.csv" }).issues
          expect(repeats(chunked("participations", rows, size))).toEqual(repeats(one))
          const people = cells.map((c) => ({ id: c.participant, country: "VN" }))
          const single = fromRows("participants", people, { file: "f.csv" }).issues
          expect(repeats(chunked("participants", people, size))).toEqual(repeats(single))
        },
      ),
      { seed: 13, numRuns: 200 },
    )
  })
})
