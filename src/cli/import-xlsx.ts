// The .xlsx reader of the import command: read-excel-file for the cells, and the workbook's own
// XML (unzipped with fflate, read-excel-file's own dependency) for what it does not say — the
// sheets' names, the date system, number formats that show a month or a year, formula errors
// and the text of date cells of type "d". Each is loaded only here, on demand.
import { readFileSync } from "node:fs"
import { TextDecoder } from "node:util"
import type { Cell } from "./import-file.js"

/** What the workbook of an .xlsx file says of itself: its sheets, in order, and its dates. */
export type Workbook = {
  /** The names of the sheets, in the order a spreadsheet program shows them. */
  sheets: string[]
  /**
   * Days to add to each date read-excel-file gives: 1462 when the dates count from 1904 and the
   * file says so as LibreOffice does (`date1904="true"`), which read-excel-file 9 does not read
   * (it reads only Excel's `date1904="1"`); else 0.
   */
  shiftDays: number
  /** Whether the dates count from 1904 (`date1904="1"` or `"true"`). */
  date1904?: boolean
  /** The part of each sheet (`xl/worksheets/sheet1.xml`), in the order of `sheets`. */
  parts?: (string | undefined)[]
  /** The styles (by index) whose number format shows a month and year, or a year, but no day. */
  partialStyles?: Map<number, "month" | "year">
}

/**
 * What read-excel-file does not say of a cell: an error it gives as empty, a date shown as a
 * month, the text of a date cell of type "d" (which it reads in the local time zone).
 */
export type CellNote =
  | { error: string }
  | { precision: "month" | "year" }
  | { date: string; precision?: "month" | "year" }

const DAY = 86_400_000
/** Days from 1900-01-00 (Excel's day 0, with its 29 February 1900) to 1904-01-01. */
const DAYS_1900_TO_1904 = 1462
/** Day 0 of the 1900 date system as read-excel-file gives it (30 December 1899), and of 1904. */
const DAY_0_1900 = Date.UTC(1899, 11, 30)
const DAY_0_1904 = Date.UTC(1904, 0, 1)
/** The float noise of a serial number read as a Date, in milliseconds: less than this. */
const NOISE = 10
const NO_WORKBOOK: Workbook = { sheets: [], shiftDays: 0 }

/**
 * The parts of an .xlsx file (a zip) whose names pass `keep` and whose bytes pass `worth`, as
 * text; undefined if not a zip. `keep` is asked before a part is unzipped; `worth` after (it
 * spares the decoding and the scans, not the unzipping).
 */
async function unzipText(
  file: string,
  keep: (name: string) => boolean,
  worth: (bytes: Uint8Array) => boolean = () => true,
): Promise<Record<string, string> | undefined> {
  const { unzipSync } = await import("fflate")
  try {
    const parts = unzipSync(readFileSync(file), { filter: (entry) => keep(entry.name) })
    const texts: Record<string, string> = Object.create(null)
    for (const [name, bytes] of Object.entries(parts))
      if (worth(bytes)) texts[name] = new TextDecoder().decode(bytes)
    return texts
  } catch {
    return undefined
  }
}

/** An attribute of a tag, in double or single quotes (XML allows both), or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)
  return found === null ? undefined : (found[1] ?? found[2])
}

/**
 * The start tags `<name …>` (any namespace prefix) of an XML text. An attribute value may hold
 * `>` (`name="R>D"`), never `<`: a scan stops at the next `<`, so it is one pass whatever the
 * text, even with tags never closed.
 */
const tags = (xml: string, name: string): string[] =>
  Array.from(
    xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b(?:[^<>"']|"[^"<]*"|'[^'<]*')*>`, "g")),
    (found) => found[0],
  )

/**
 * Reads the workbook part of an .xlsx file (xl/workbook.xml, its relationships and the styles)
 * for its sheets, its date system and the number formats that show no day.
 */
export async function readWorkbook(file: string): Promise<Workbook> {
  const WORKBOOK = "xl/workbook.xml"
  const RELS = "xl/_rels/workbook.xml.rels"
  const STYLES = "xl/styles.xml"
  const parts = await unzipText(file, (name) => [WORKBOOK, RELS, STYLES].includes(name))
  const xml = parts?.[WORKBOOK]
  // Not a workbook: read-excel-file says why.
  if (xml === undefined) return NO_WORKBOOK
  const targets = new Map<string, string>()
  for (const tag of tags(parts?.[RELS] ?? "", "Relationship")) {
    const id = attribute(tag, "Id")
    const target = attribute(tag, "Target")
    if (id !== undefined && target !== undefined)
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`)
  }
  const sheets: string[] = []
  const sheetParts: (string | undefined)[] = []
  for (const tag of tags(xml, "sheet")) {
    const name = attribute(tag, "name")
    if (name === undefined) continue
    sheets.push(unescapeXml(name))
    const id = attribute(tag, "r:id") ?? attribute(tag, "\\w+:id")
    sheetParts.push(id === undefined ? undefined : targets.get(id))
  }
  const workbookPr = tags(xml, "workbookPr")[0]
  const date1904 = workbookPr === undefined ? undefined : attribute(workbookPr, "date1904")
  return {
    sheets,
    shiftDays: date1904 === "true" ? DAYS_1900_TO_1904 : 0,
    date1904: date1904 === "true" || date1904 === "1",
    parts: sheetParts,
    partialStyles: partialStyles(parts?.[STYLES] ?? ""),
  }
}

/**
 * The content of the first element `name` (any namespace prefix) of `xml`, up to its end tag, or
 * "" when there is none: found with indexOf, in one pass whatever the text.
 */
function element(xml: string, name: string): string {
  const open = new RegExp(`<(?:\\w+:)?${name}\\b(?:[^<>"']|"[^"<]*"|'[^'<]*')*>`).exec(xml)
  if (open === null) return ""
  const from = open.index + open[0].length
  const close = new RegExp(`</(?:\\w+:)?${name}>`, "g")
  close.lastIndex = from
  const end = close.exec(xml)
  return end === null ? "" : xml.slice(from, end.index)
}

/** Excel's built-in number format 17, `mmm-yy`: a month. (Its others show a day or a time.) */
const BUILT_IN_MONTH = 17

/** The styles whose number format shows a month and year, or a year alone, and no day or time. */
function partialStyles(styles: string): Map<number, "month" | "year"> {
  const formats = new Map<number, "month" | "year">([[BUILT_IN_MONTH, "month"]])
  for (const tag of tags(styles, "numFmt")) {
    const id = Number(attribute(tag, "numFmtId"))
    const precision = precisionOf(unescapeXml(attribute(tag, "formatCode") ?? ""))
    if (precision === undefined) formats.delete(id)
    else formats.set(id, precision)
  }
  const found = new Map<number, "month" | "year">()
  const cellXfs = element(styles, "cellXfs")
  let index = 0
  for (const tag of tags(cellXfs, "xf")) {
    const precision = formats.get(Number(attribute(tag, "numFmtId") ?? "0"))
    if (precision !== undefined) found.set(index, precision)
    index++
  }
  return found
}

/** Whether a number format shows a month and a year (`mmm yyyy`), a year alone, or more. */
export function precisionOf(code: string): "month" | "year" | undefined {
  const bare = (code.split(";")[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^[\]]*\]/g, "")
    .toLowerCase()
  if (!bare.includes("y") || /[dhs]/.test(bare)) return undefined
  return bare.includes("m") ? "month" : "year"
}

/**
 * What read-excel-file does not say of the cells of sheet `number` (from 1): cells whose
 * formula gave an error (it gives them as empty), date cells shown as a month or a year, the
 * text of date cells of type "d". Keyed `row:column`, both from 0. Scanned only when the sheet
 * may hold one.
 */
export async function sheetNotes(
  file: string,
  workbook: Workbook,
  number: number,
): Promise<Map<string, CellNote>> {
  const notes = new Map<string, CellNote>()
  const part = workbook.parts?.[number - 1]
  if (part === undefined) return notes
  const partial = workbook.partialStyles ?? new Map()
  // A sheet without error cells or date cells of type "d", in a workbook without month
  // formats, is not decoded and scanned (it is unzipped once more, to look for such cells).
  const markers = [' t="e"', " t='e'", ' t="d"', " t='d'"].map((marker) => Buffer.from(marker))
  const worth = (bytes: Uint8Array) => {
    if (partial.size > 0) return true
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    return markers.some((marker) => buffer.includes(marker))
  }
  const xml = (await unzipText(file, (name) => name === part, worth))?.[part]
  if (xml === undefined) return notes
  // A cell's content ends at its </c>, and a scan for it stops at the next cell.
  for (const m of xml.matchAll(
    /<(?:\w+:)?c\b([^<>]*?)(?:\/>|>([^<]*(?:<(?!(?:\w+:)?c\b|\/(?:\w+:)?c>)[^<]*)*)<\/(?:\w+:)?c>)/g,
  )) {
    const attributes = m[1] ?? ""
    // A cell within the sheet's bounds (A1 to XFD1048576): no other is read.
    const ref = /^([A-Z]{1,3})(\d{1,7})$/.exec(attribute(attributes, "r") ?? "")
    if (ref === null || Number(ref[2]) > MAX_ROWS || columnIndex(ref[1] as string) >= MAX_COLUMNS)
      continue
    const key = `${Number(ref[2]) - 1}:${columnIndex(ref[1] as string)}`
    const type = attribute(attributes, "t")
    if (type === "e") {
      const value = /<(?:\w+:)?v>([^<]*)</.exec(m[2] ?? "")?.[1]
      if (value !== undefined && value !== "") notes.set(key, { error: unescapeXml(value) })
      continue
    }
    const precision = partial.get(Number(attribute(attributes, "s") ?? "0"))
    if (type === "d") {
      const value = /<(?:\w+:)?v>([^<]*)</.exec(m[2] ?? "")?.[1]
      if (value !== undefined && value !== "") {
        const note: CellNote = { date: unescapeXml(value) }
        if (precision !== undefined) note.precision = precision
        notes.set(key, note)
      }
      continue
    }
    if (precision !== undefined && (type === undefined || type === "n"))
      notes.set(key, { precision })
  }
  return notes
}

/** The rows and columns a sheet holds at most (Excel 2007 and later). */
const MAX_ROWS = 1_048_576
const MAX_COLUMNS = 16_384

function columnIndex(letters: string): number {
  let n = 0
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64
  return n - 1
}

function unescapeXml(text: string): string {
  return text
    .replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, dec, hexa, name) =>
      dec !== undefined
        ? String.fromCodePoint(Number(dec))
        : hexa !== undefined
          ? String.fromCodePoint(Number.parseInt(hexa, 16))
          : (({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[
              name
            ] ?? ""),
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, code) => String.fromCharCode(Number.parseInt(code, 16)))
}

/**
 * A date cell as read-excel-file gives it (a Date whose UTC time is the time the sheet holds),
 * moved to the 1904 date system when it must be: a date alone stays a Date at midnight UTC
 * (fromRows reads its day); a date with a time of day becomes its text, `2024-10-15 14:30:00`
 * (fromRows reads the day as written, and lists the change), to the second (a fraction of a
 * second is cut, never rounded up into the next day); a date shown as a month or a year
 * (`precision`) that holds the first day of it is that month or year, `2022-09`, never its
 * first day; day 0 of the date system (`date1904` says which) is a time alone, `14:30:00`.
 */
export function sheetDate(
  date: Date,
  shiftDays: number,
  precision?: "month" | "year",
  date1904 = shiftDays !== 0,
): Date | string {
  // read-excel-file floors a serial number's milliseconds, so that 14:30 may come as
  // 14:29:59.999: that noise is rounded away (to 10 ms), and no more — a time at 23:59:59.6
  // stays on its day.
  const time = Math.round(date.getTime() / NOISE) * NOISE + shiftDays * DAY
  const moved = new Date(time)
  if (!Number.isFinite(time)) return moved
  // Day 0 of the date system is a time of day alone (`14:30`, a duration): its text, which
  // fromRows refuses, never 30 December 1899.
  const day = Math.floor(time / DAY) * DAY
  if (date1904 ? day === DAY_0_1904 : day === DAY_0_1900 || day === DAY_0_1900 + DAY)
    return new Date(time).toISOString().slice(11, 19)
  // A day beyond the years 0–9999 (or past the last Date, once shifted) stays a Date, which
  // fromRows refuses as out of range.
  if (!Number.isFinite(moved.getTime())) return moved
  const iso = moved.toISOString()
  if (iso.length !== 24) return moved
  // Shown as a month (or a year), and holding its first day: that month. Another day, or a
  // time, is read as held (a change lists it): the number format hides it, it is not lost.
  if (
    precision !== undefined &&
    iso.endsWith(precision === "year" ? "-01-01T00:00:00.000Z" : "-01T00:00:00.000Z")
  )
    return iso.slice(0, precision === "year" ? 4 : 7)
  if (time % DAY === 0) return moved
  return iso.slice(0, 19).replace("T", " ")
}

/** An ISO 8601 date and time without a zone, or in UTC (`Z`): what a cell of type "d" holds. */
const ISO_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3})\d*)?)?)?Z?$/

/**
 * A date cell of type "d", from the text it holds (`2024-10-15T00:00:00`): the time the sheet
 * shows, read as UTC — never through the local time zone, never moved to the 1904 date system
 * (its text is a date, not a count of days) — then as {@link sheetDate} gives a date. Text that
 * is no such date (another zone, `2024-02-30`, a time alone) is given as written, for fromRows
 * to refuse.
 */
export function typedDate(text: string, precision?: "month" | "year"): Date | string {
  const parts = ISO_DATE_TIME.exec(text)
  if (parts === null) return text
  const [year, month, day, hour, minute, second, ms] = parts
    .slice(1)
    .map((part, i) => (i === 6 ? Number((part ?? "0").padEnd(3, "0")) : Number(part ?? "0")))
  const date = new Date(0)
  date.setUTCFullYear(year as number, (month as number) - 1, day)
  date.setUTCHours(hour as number, minute, second, ms)
  const same =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === (month as number) - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  return same ? sheetDate(date, 0, precision) : text
}

/**
 * The rows of sheet `sheet` (a number from 1, or a name) of an .xlsx file, read with read-excel-file: text,
 * numbers, true/false and dates (see {@link sheetDate}), a cell whose formula gave an error as
 * the error the sheet shows (`#N/A`), empty cells as null. The sheet is read whole (a sheet
 * holds at most 1,048,576 rows); the rows are then read by fromRows in chunks as for CSV.
 */
export async function* xlsxRows(
  file: string,
  sheet: number | string = 1,
  workbook: Workbook = NO_WORKBOOK,
): AsyncGenerator<Cell[]> {
  const { readSheet } = await import("read-excel-file/node")
  const rows = await readSheet(file, sheet)
  const notes =
    typeof sheet === "number"
      ? await sheetNotes(file, workbook, sheet)
      : new Map<string, CellNote>()
  // read-excel-file gives an error cell as empty, and so leaves out the rows at the bottom (and
  // the columns at the right) that hold only errors: they are read up to the last error.
  let height = rows.length
  let width = 0
  for (const [key, note] of notes) {
    if (!("error" in note)) continue
    const [r, c] = key.split(":").map(Number) as [number, number]
    height = Math.max(height, r + 1)
    width = Math.max(width, c + 1)
  }
  for (let r = 0; r < height; r++) {
    const row = (rows[r] ?? []) as Cell[]
    const cells = row.length >= width ? row : [...row, ...Array(width - row.length).fill(null)]
    yield cells.map((cell, c) => {
      const note = notes.size === 0 ? undefined : notes.get(`${r}:${c}`)
      if (note !== undefined && "date" in note) return typedDate(note.date, note.precision)
      if (cell instanceof Date)
        return sheetDate(
          cell,
          workbook.shiftDays,
          note && "precision" in note ? note.precision : undefined,
          workbook.date1904 ?? false,
        )
      if ((cell === null || cell === undefined) && note !== undefined && "error" in note)
        return note.error
      return cell
    })
  }
}
