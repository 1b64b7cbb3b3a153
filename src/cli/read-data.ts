// Reading a file's bytes into what validateDataset takes, with every problem of the reading
// itself as an issue: bytes that are not UTF-8 (`dataset/invalid-encoding`), text that is not JSON
// (`dataset/not-json`) and objects with a key twice (`dataset/duplicate-key`). Pure: bytes in,
// values and issues out; the CLI does the I/O.
import { quote } from "../text/quote.js"
import { findUtf8Problem, lineOfByte } from "../text/utf8.js"
import type { IssueCode } from "../validate/catalogue.js"
import type { ValidationIssue } from "../validate/issue.js"
import { describeField } from "../validate/issue.js"
import { type DuplicateKey, lineIndex, scanJson } from "./json-scan.js"

const decoder = new TextDecoder("utf-8", { ignoreBOM: true })

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`

function issue(code: IssueCode, path: (string | number)[], message: string): ValidationIssue {
  return { code, severity: "error", path, message }
}

/** The issue for a file that starts with a UTF-16 byte order mark, or undefined. */
function utf16Issue(bytes: Uint8Array): ValidationIssue | undefined {
  const [a, b] = bytes
  if (!((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff))) return undefined
  return issue(
    "dataset/invalid-encoding",
    [],
    `the file is UTF-16 (it starts with the bytes ${hex(a)} ${hex(b)}): save it as UTF-8`,
  )
}

/** The issue for bytes that are not UTF-8, or undefined when they are. */
function utf8Issue(bytes: Uint8Array): ValidationIssue | undefined {
  const utf16 = utf16Issue(bytes)
  if (utf16 !== undefined) return utf16
  const problem = findUtf8Problem(bytes)
  if (problem === undefined) return undefined
  const more =
    problem.count > 1
      ? ` (${problem.count - 1} more invalid ${problem.count === 2 ? "sequence follows" : "sequences follow"})`
      : ""
  return issue(
    "dataset/invalid-encoding",
    [],
    `byte ${problem.offset} (line ${lineOfByte(bytes, problem.offset)}) is not UTF-8 (${hex(problem.byte)})${more}: save the file as UTF-8 (it may be Latin-1, Windows-1252 or Shift_JIS)`,
  )
}

/** Where a duplicate is, for a message: "organisations[0]", "the top level". */
function describeObject(path: readonly (string | number)[], top: string): string {
  return path.length === 0 ? top : `in ${describeField(path)}`
}

/**
 * Reads a JSON file: `value` is what JSON.parse gives, unless the bytes are not UTF-8 or the
 * text is not JSON; `issues` lists those problems and every duplicate key.
 */
export function readJsonBytes(bytes: Uint8Array): { value?: unknown; issues: ValidationIssue[] } {
  const bad = utf8Issue(bytes)
  if (bad !== undefined) return { issues: [bad] }
  const text = stripBom(decoder.decode(bytes))
  const scan = scanJson(text, "file")
  const position = lineIndex(text)
  if (scan.error !== undefined) {
    const { line, column } = position(scan.error.offset)
    return {
      issues: [
        issue(
          "dataset/not-json",
          [],
          `not JSON at line ${line}, column ${column}: ${scan.error.message}`,
        ),
      ],
    }
  }
  const issues = scan.duplicates.map((dup) => {
    const at = position(dup.offset)
    const first = position(dup.firstOffset)
    const firstAt =
      first.line === at.line
        ? `column ${first.column}`
        : `line ${first.line}, column ${first.column}`
    return issue(
      "dataset/duplicate-key",
      dup.path,
      `line ${at.line}, column ${at.column}: key ${quote(dup.key)} appears twice ${describeObject(dup.path.slice(0, -1), "at the top level")} (first at ${firstAt}); JSON keeps only the last value: remove one`,
    )
  })
  const value = parse(text)
  if (value instanceof Error) return { issues: [...issues, notJson(value, "file")] }
  return { value, issues }
}

/**
 * Reads an NDJSON file of one collection: one record per line, blank lines skipped. Every line
 * that is not UTF-8 or not JSON is an issue naming its line, and the other lines are still
 * read; `lines[i]` is the line of `records[i]`. `onLine` is told each line number read.
 */
export function readNdjsonBytes(
  bytes: Uint8Array,
  collection: string,
  onLine: (line: number) => void = () => {},
): { records: unknown[]; lines: number[]; issues: ValidationIssue[] } {
  const records: unknown[] = []
  const lines: number[] = []
  const issues: ValidationIssue[] = []
  const utf16 = utf16Issue(bytes)
  if (utf16 !== undefined) return { records, lines, issues: [utf16] }

  const readLine = (text: string, line: number) => {
    onLine(line)
    if (text.trim() === "") return
    const scan = scanJson(text, "line")
    if (scan.error !== undefined) {
      issues.push(
        issue(
          "dataset/not-json",
          [],
          `line ${line}: not JSON at column ${scan.error.offset + 1}: ${scan.error.message}`,
        ),
      )
      return
    }
    const value = parse(text)
    if (value instanceof Error) {
      issues.push(notJson(value, `line ${line}`))
      return
    }
    const index = records.length
    for (const dup of scan.duplicates) issues.push(duplicateOnLine(dup, collection, index, line))
    records.push(value)
    lines.push(line)
  }

  if (findUtf8Problem(bytes) === undefined) {
    const text = stripBom(decoder.decode(bytes))
    let line = 1
    let start = 0
    for (;;) {
      const end = text.indexOf("\n", start)
      readLine(end === -1 ? text.slice(start) : text.slice(start, end), line)
      if (end === -1) break
      start = end + 1
      line++
    }
    return { records, lines, issues }
  }
  // Some line is not UTF-8: check each line's bytes, so that the others are still read.
  let line = 1
  let start = 0
  for (;;) {
    const end = bytes.indexOf(0x0a, start)
    const lineBytes = bytes.subarray(start, end === -1 ? bytes.length : end)
    const problem = findUtf8Problem(lineBytes)
    if (problem === undefined) {
      const text = decoder.decode(lineBytes)
      readLine(line === 1 ? stripBom(text) : text, line)
    } else {
      issues.push(
        issue(
          "dataset/invalid-encoding",
          [],
          `line ${line}: byte ${start + problem.offset} is not UTF-8 (${hex(problem.byte)}): save the file as UTF-8 (it may be Latin-1, Windows-1252 or Shift_JIS)`,
        ),
      )
    }
    if (end === -1) break
    start = end + 1
    line++
  }
  return { records, lines, issues }
}

function duplicateOnLine(
  dup: DuplicateKey,
  collection: string,
  index: number,
  line: number,
): ValidationIssue {
  const where = describeObject(dup.path.slice(0, -1), "in the record")
  return issue(
    "dataset/duplicate-key",
    [collection, index, ...dup.path],
    `line ${line}, column ${dup.offset + 1}: key ${quote(dup.key)} appears twice ${where} (first at column ${dup.firstOffset + 1}); JSON keeps only the last value: remove one`,
  )
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/** When JSON.parse refuses what the scanner accepted (it should not): its own message, on one line. */
function notJson(error: Error, where: string): ValidationIssue {
  return issue("dataset/not-json", [], `${where} is not JSON: ${quote(error.message)}`)
}
