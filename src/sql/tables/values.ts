// The values of the flat tables, and the rows of a record's lists: shared by every table's rows.
import type { TableName, TableRow, Tables, TableValue } from "./columns.js"

/** A value as a flat table holds it: text, a number, a boolean or NULL; anything else as JSON. */
export const value = (v: unknown): TableValue =>
  v === undefined || v === null
    ? null
    : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
      ? v
      : JSON.stringify(v)

/** `extra` or `sources` as JSON text, NULL when there are none. */
export const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v))

/** A record read loosely (fields the flat schema keeps whatever their shape). */
export type Loose = Record<string, unknown>

/** Tables with every table of the schema empty. */
export function emptyTables(names: readonly TableName[]): Tables {
  return Object.fromEntries(names.map((name) => [name, [] as TableRow[]])) as Tables
}

/**
 * One row per value of a record's list, in its order: `{ [owner]: id, ordinal, [column]: value }`
 * (a programme's countries, a pledge's themes, …). A missing list has no rows.
 */
export function listRows(
  tables: Tables,
  name: TableName,
  owner: string,
  id: string,
  list: readonly unknown[] | undefined,
  column: string,
): void {
  if (!Array.isArray(list)) return
  list.forEach((item, ordinal) => {
    tables[name].push({ [owner]: id, ordinal, [column]: value(item) })
  })
}

/** One row per key of a counts map (`byCountry`): `{ [owner]: id, country, count }`. */
export function countryCountRows(
  tables: Tables,
  name: TableName,
  owner: string,
  id: TableValue,
  counts: unknown,
): void {
  if (typeof counts !== "object" || counts === null) return
  const map = counts as Record<string, unknown>
  for (const country of Object.keys(map))
    tables[name].push({ [owner]: id, country, count: value(map[country]) })
}
