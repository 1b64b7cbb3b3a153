// The CLI's reader, without a child process: the UTF-8 check, the JSON scanner (syntax errors
// and duplicate keys) and the reading of JSON and NDJSON bytes into values and issues.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { lineIndex, scanJson } from "../../src/cli/json-scan.js"
import { readJsonBytes, readNdjsonBytes } from "../../src/cli/read-data.js"
import { findUtf8Problem } from "../../src/text/utf8.js"
import { RULES } from "../../src/validate/catalogue.js"
import { readerCases } from "../fixtures/reader-cases.js"

const seed = 20_241_001

describe.each(Object.entries(readerCases))("%s", (code, { collection, trigger, nearMiss }) => {
  const read = (bytes: Uint8Array) =>
    collection === undefined ? readJsonBytes(bytes) : readNdjsonBytes(bytes, collection)

  it("is reported with the catalogue's severity and a one-line message", () => {
    const found = read(trigger()).issues.filter((issue) => issue.code === code)
    expect(found.length).toBeGreaterThan(0)
    for (const issue of found) {
      expect(issue.severity).toBe(RULES[code as keyof typeof RULES].severity)
      expect(issue.message).not.toMatch(/[\n\r]/)
    }
  })

  it("is not reported for a near miss", () => {
    expect(read(nearMiss()).issues).toEqual([])
  })
})

describe("findUtf8Problem", () => {
  const fatal = new TextDecoder("utf-8", { fatal: true })
  const isUtf8 = (bytes: Uint8Array) => {
    try {
      fatal.decode(bytes)
      return true
    } catch {
      return false
    }
  }

  it("agrees with a fatal TextDecoder on random bytes, and finds the first bad offset", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const problem = findUtf8Problem(bytes)
        expect(problem === undefined).toBe(isUtf8(bytes))
        if (problem !== undefined) {
          // Everything before the offset decodes; the offset's sequence does not.
          expect(isUtf8(bytes.subarray(0, problem.offset))).toBe(true)
          expect(problem.byte).toBe(bytes[problem.offset])
          // A lenient decoder writes one U+FFFD per invalid sequence (besides any U+FFFD the
          // bytes really encode, EF BF BD).
          const replacements = (new TextDecoder().decode(bytes).match(/\uFFFD/g) ?? []).length
          const genuine = Buffer.from(bytes).toString("latin1").split("\xef\xbf\xbd").length - 1
          expect(problem.count).toBe(replacements - genuine)
        }
      }),
      { seed, numRuns: 2_000 },
    )
  })

  it("accepts every string encoded as UTF-8 (lone surrogates aside)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(findUtf8Problem(Buffer.from(text))).toBeUndefined()
      }),
      { seed },
    )
  })
})

describe("scanJson", () => {
  const parses = (text: string) => {
    try {
      JSON.parse(text)
      return true
    } catch {
      return false
    }
  }

  it("accepts what JSON.parse accepts, and only that (random JSON and random mutations)", () => {
    const json = fc.json({ maxDepth: 4 })
    const mutated = fc
      .tuple(
        json,
        fc.nat(),
        fc.constantFrom("", ",", "}", "]", '"', "\\", "\n", "-", "0", "e", " ", ":"),
      )
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1)
        return text.slice(0, i) + insert + text.slice(i + (at % 2))
      })
    fc.assert(
      fc.property(fc.oneof(json, mutated, fc.string({ maxLength: 12 })), (text) => {
        const scan = scanJson(text, "file")
        expect(scan.error === undefined, text).toBe(parses(text))
        if (scan.error !== undefined) {
          expect(scan.error.offset).toBeGreaterThanOrEqual(0)
          expect(scan.error.offset).toBeLessThanOrEqual(text.length)
          expect(scan.error.message).not.toMatch(/[\n\r]/)
        }
      }),
      { seed, numRuns: 3_000 },
    )
  })

  it("finds exactly the repeated keys, with their paths, however the keys are escaped", () => {
    // An object written as a list of entries, some keys repeated; a key is written plainly or
    // with every character as a \u escape.
    const key = fc.constantFrom("a", "b", "__proto__", "constructor", "é", "")
    const leaf = fc.oneof(fc.integer(), fc.constant(null), fc.string({ maxLength: 3 }))
    type Node = { entries: [string, boolean, unknown][] } | unknown[] | unknown
    const { node } = fc.letrec<{ node: Node; object: Node; list: Node }>((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, tie("object"), tie("list")),
      object: fc
        .array(fc.tuple(key, fc.boolean(), tie("node")), { maxLength: 4 })
        .map((entries) => ({ entries })),
      list: fc.array(tie("node"), { maxLength: 3 }),
    }))
    const write = (value: Node): string => {
      if (Array.isArray(value)) return `[${value.map(write).join(", ")}]`
      if (value !== null && typeof value === "object" && "entries" in value) {
        const parts = (value as { entries: [string, boolean, Node][] }).entries.map(
          ([k, escaped, v]) => {
            const written = escaped
              ? `"${[...k].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}"`
              : JSON.stringify(k)
            return `${written}:\n ${write(v)}`
          },
        )
        return `{${parts.join(",")}}`
      }
      return JSON.stringify(value)
    }
    const expected = (value: Node, path: (string | number)[], out: string[]) => {
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) expected(v, [...path, i], out)
      } else if (value !== null && typeof value === "object" && "entries" in value) {
        const seen = new Set<string>()
        for (const [k, , v] of (value as { entries: [string, boolean, Node][] }).entries) {
          if (seen.has(k)) out.push(JSON.stringify([...path, k]))
          seen.add(k)
          expected(v, [...path, k], out)
        }
      }
      return out
    }
    fc.assert(
      fc.property(node, (value) => {
        const text = write(value)
        const scan = scanJson(text, "file")
        expect(scan.error).toBeUndefined()
        // A repeated key's later value is the one whose subtree the scanner walks last, so
        // compare as sets of paths.
        expect(scan.duplicates.map((d) => JSON.stringify(d.path)).sort()).toEqual(
          expected(value, [], []).sort(),
        )
        for (const dup of scan.duplicates) {
          expect(dup.firstOffset).toBeLessThan(dup.offset)
          expect(text[dup.offset]).toBe('"')
        }
      }),
      { seed, numRuns: 1_000 },
    )
  })

  it.each([
    ["", "the file is empty"],
    ["   \n ", "the file is empty"],
    ["{", "the file ends inside an object"],
    ["[1, 2", "the file ends inside a list"],
    ['{"a": "b', "the file ends inside a string"],
    ["tru", "the file ends too early"],
    ["nul x", "unexpected ' ', expected 'null'"],
    ["[1,]", "unexpected ']', expected a value"],
    ['{"a" 1}', "unexpected '1', expected ':' after the key"],
    ["{a: 1}", "unexpected 'a', expected a key in double quotes"],
    ["[01]", "unexpected '1', expected ',' or ']'"],
    ["[1.]", "unexpected ']', expected a digit"],
    ["[-]", "unexpected ']', expected a digit"],
    ['"\\x"', "unexpected 'x' after a backslash in a string"],
    ['"\\u12G4"', "\\u must be followed by four hexadecimal digits"],
    ["{} {}", "unexpected '{' after the end of the data"],
    ["[1] // comment", "unexpected '/' after the end of the data"],
    ['["😀" 1]', "unexpected '1', expected ',' or ']'"],
    ["[\u00a0]", "unexpected '\u00a0', expected a value"],
  ])("%j: %s", (text, message) => {
    expect(scanJson(text, "file").error?.message).toContain(message)
  })

  it("is linear: a deep nesting of a million lists is scanned without recursion", () => {
    const depth = 1_000_000
    const text = `${"[".repeat(depth)}${"]".repeat(depth)}`
    expect(scanJson(text, "file")).toEqual({ duplicates: [] })
    expect(scanJson(text.slice(0, -1), "file").error?.message).toBe("the file ends inside a list")
  })
})

describe("lineIndex", () => {
  it("gives 1-based lines and columns", () => {
    const at = lineIndex("ab\ncd\n\nef")
    expect([0, 1, 2, 3, 6, 7, 8].map((offset) => at(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ])
  })
})

describe("readNdjsonBytes", () => {
  it("keeps the line of every record, skipping blank lines and reporting bad ones", () => {
    const text = '{"a":1}\n\n  \nnot json\r\n{"b":2}\r\n'
    const read = readNdjsonBytes(Buffer.from(text), "organisations")
    expect(read.records).toEqual([{ a: 1 }, { b: 2 }])
    expect(read.lines).toEqual([1, 5])
    expect(read.issues.map((issue) => issue.message)).toEqual([
      "line 4: not JSON at column 2: unexpected 'o', expected 'null'",
    ])
  })

  it("keeps a byte order mark inside the file as data (only the file's first is dropped)", () => {
    const read = readNdjsonBytes(Buffer.from('\uFEFF{"a":1}\n\uFEFF{"b":2}\n'), "organisations")
    expect(read.records).toEqual([{ a: 1 }])
    expect(read.issues[0]?.message).toMatch(/^line 2: not JSON at column 1: unexpected '\uFEFF'/)
  })
})
