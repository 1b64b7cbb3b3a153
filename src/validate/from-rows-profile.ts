// The options of fromRows that say how a file is kept: `columns` (header → field), `values`
// (cell → value, per field), `dateOrder` and `file`. Read once per call; a wrong one is an
// issue (`rows/invalid-option`), never a throw.

import { quote } from "../text/quote.js"
import {
  type ColumnSpec,
  fieldMeaning,
  foldedKey,
  ROW_COLUMNS,
  type RowCollectionName,
} from "./from-rows-columns.js"
import type { DateOrder } from "./from-rows-dates.js"
import { rowMessages } from "./from-rows-messages.js"

/** The options of this file, as read. */
export type Profile = {
  /** Header as written, and `\0` + folded header → target (a column name, field path or "-"). */
  columns?: Map<string, string>
  /** As given: key (field path or column name) → cell → value. Resolved by {@link checkProfile}. */
  givenValues?: Map<string, Map<string, string>>
  /** Field path (dotted) → cell as written → value. */
  values?: Map<string, Map<string, string>>
  dateOrder?: DateOrder
  file?: string
}

export const PROFILE_OPTIONS = ["columns", "values", "dateOrder", "file"] as const

/** A plain object's own entries; throws what a getter throws (the caller reports it). */
function entries(value: unknown): [string, unknown][] | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined
  const proto = Object.getPrototypeOf(value)
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return undefined
  return Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]])
}

/** Reads one of {@link PROFILE_OPTIONS} into `profile`; `fail` reports what is wrong. */
export function readProfileOption(
  profile: Profile,
  name: (typeof PROFILE_OPTIONS)[number],
  given: unknown,
  fail: (message: string) => void,
): void {
  switch (name) {
    case "file":
      if (typeof given === "string" && given !== "" && given.length <= 1000) profile.file = given
      else fail(rowMessages.fileOption(shown(given)))
      return
    case "dateOrder":
      if (given === "day-first" || given === "month-first") profile.dateOrder = given
      else fail(rowMessages.dateOrderOption(shown(given)))
      return
    case "columns": {
      const list = entries(given)
      if (list === undefined) {
        fail(rowMessages.columnsOption(shown(given)))
        return
      }
      const columns = new Map<string, string>()
      for (const [header, target] of list) {
        if (typeof target !== "string" || target === "") {
          fail(rowMessages.columnTarget(header, shown(target)))
          continue
        }
        columns.set(header, target)
        columns.set(foldedKey(header), target)
      }
      profile.columns = columns
      return
    }
    case "values": {
      const list = entries(given)
      if (list === undefined) {
        fail(rowMessages.valuesOption(shown(given)))
        return
      }
      const values = new Map<string, Map<string, string>>()
      for (const [field, table] of list) {
        const cells = entries(table)
        if (cells === undefined) {
          fail(rowMessages.valuesTable(field, shown(table)))
          continue
        }
        const map = new Map<string, string>()
        for (const [cell, to] of cells) {
          if (typeof to === "string") map.set(cell.trim(), to)
          else fail(rowMessages.valuesTarget(field, cell, shown(to)))
        }
        values.set(field, map)
      }
      profile.givenValues = values
      return
    }
  }
}

/**
 * Checks the targets of `columns` and the fields of `values` against the kind of record, once
 * it is known; resolves `values` to field paths (`start` → `period.start`).
 */
export function checkProfile(
  profile: Profile,
  collection: RowCollectionName,
  fail: (message: string) => void,
): void {
  const known = () => rowMessages.knownTargets(Object.keys(ROW_COLUMNS[collection]).slice(0, 4))
  if (profile.columns !== undefined) {
    for (const [header, target] of profile.columns) {
      if (header.startsWith("\0")) continue
      if (fieldMeaning(collection, target) === undefined) {
        fail(rowMessages.columnNotAField(header, target, collection, known()))
      }
    }
  }
  if (profile.givenValues !== undefined) {
    const values = new Map<string, Map<string, string>>()
    for (const [field, map] of profile.givenValues) {
      const meaning = fieldMeaning(collection, field)
      if (meaning === undefined || meaning.kind === "skip" || meaning.kind === "unknown") {
        fail(rowMessages.valuesNotAField(field, collection, known()))
        continue
      }
      const path = (meaning.spec as ColumnSpec).path.join(".")
      const before = values.get(path)
      values.set(path, before === undefined ? map : new Map([...before, ...map]))
    }
    profile.values = values
  }
}

function shown(value: unknown): string {
  if (typeof value === "string") return quote(value)
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  if (value === null) return "null"
  if (value === undefined) return "undefined"
  return Array.isArray(value) ? "a list" : `a ${typeof value}`
}
