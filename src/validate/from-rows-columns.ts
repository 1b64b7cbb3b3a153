// The columns `fromRows` reads for each kind of record, and how it reads each cell.
import { ENUM_WORDS, foldHeader, HEADER_LABELS } from "./from-rows-words.js"

/** How a cell is read. `kept`: an `extra.<name>` column, text or a number or true/false as given. */
export type CellType =
  | "text"
  | "number"
  | "boolean"
  | "list"
  | "numbers"
  | "pairs"
  | "counts"
  | "kept"
  | "enum"
  | "country"
  | "countries"
  | "date"

export type ColumnSpec = {
  /** Where the value goes in the record. */
  path: readonly string[]
  type: CellType
  /** For `pairs`: the names of the two parts of "a:b". */
  pair?: readonly [string, string]
  /**
   * For list cells: the items of an example cell, joined with the list separator in use in
   * messages (`'unafei:implementing;gov-japan:funding'`), so that each column shows its own.
   */
  example?: readonly string[]
  /** For `enum`: each value and its synonyms. */
  words?: Readonly<Record<string, readonly string[]>>
}

const text = (...path: string[]): ColumnSpec => ({ path, type: "text" })
const number = (...path: string[]): ColumnSpec => ({ path, type: "number" })
const list = (path: string): ColumnSpec => ({ path: [path], type: "list" })
const country = (...path: string[]): ColumnSpec => ({ path, type: "country" })
const date = (...path: string[]): ColumnSpec => ({ path, type: "date" })
const word = (collection: string, ...path: string[]): ColumnSpec => ({
  path,
  type: "enum",
  words: ENUM_WORDS[collection]?.[path.join(".")] ?? {},
})
const counts: ColumnSpec = {
  path: ["reportedParticipants", "byCountry"],
  type: "counts",
  example: ["UA:4", "VN:2"],
}

/** The columns each kind accepts, with their aliases (`start` for `period.start`). */
// Made by a call marked pure, so that a bundle without fromRows (validateDataset alone) leaves
// the columns and the words of enum cells out.
export const ROW_COLUMNS = /* @__PURE__ */ (() =>
  ({
    organisations: {
      id: text("id"),
      name: text("name"),
      acronym: text("acronym"),
      type: word("organisations", "type"),
      country: country("country"),
    },
    participants: {
      id: text("id"),
      country: country("country"),
      name: text("name"),
      gender: word("participants", "gender"),
      birthYear: number("birthYear"),
      organisation: text("organisation"),
      profession: word("participants", "profession"),
    },
    participations: {
      participant: text("participant"),
      programme: text("programme"),
      status: word("participations", "status"),
      role: word("participations", "role"),
      country: country("country"),
      completedOn: date("completedOn"),
    },
    programmes: {
      id: text("id"),
      title: text("title"),
      kind: word("programmes", "kind"),
      status: word("programmes", "status"),
      "period.start": date("period", "start"),
      start: date("period", "start"),
      "period.end": date("period", "end"),
      end: date("period", "end"),
      "series.id": text("series", "id"),
      series: text("series", "id"),
      "series.session": number("series", "session"),
      session: number("series", "session"),
      organisations: {
        path: ["organisations"],
        type: "pairs",
        pair: ["organisation", "role"],
        example: ["unafei:implementing", "gov-japan:funding"],
      },
      "venue.country": country("venue", "country"),
      venue: country("venue", "country"),
      "venue.city": text("venue", "city"),
      city: text("venue", "city"),
      mode: word("programmes", "mode"),
      countries: { path: ["countries"], type: "countries" },
      groups: list("groups"),
      themes: list("themes"),
      sdgTargets: list("sdgTargets"),
      dacPurposeCodes: { path: ["dacPurposeCodes"], type: "numbers", example: ["15130", "15113"] },
      goals: {
        path: ["goals"],
        type: "pairs",
        pair: ["framework", "goal"],
        example: ["japan-unodc-2024-2026:rule-of-law"],
      },
      pledges: list("pledges"),
      "budget.amount": number("budget", "amount"),
      budget: number("budget", "amount"),
      "budget.currency": text("budget", "currency"),
      currency: text("budget", "currency"),
      "budget.approximate": { path: ["budget", "approximate"], type: "boolean" },
      "reportedParticipants.total": number("reportedParticipants", "total"),
      "reported.total": number("reportedParticipants", "total"),
      "reportedParticipants.countries": number("reportedParticipants", "countries"),
      "reported.countries": number("reportedParticipants", "countries"),
      "reportedParticipants.byCountry": counts,
      "reported.byCountry": counts,
    },
  }) as const satisfies Record<string, Record<string, ColumnSpec>>)()

/** The collections `fromRows` reads. */
export type RowCollectionName = keyof typeof ROW_COLUMNS

/** Per-country columns: `reported.byCountry.UA` or `reportedParticipants.byCountry.UA`. */
const BY_COUNTRY_COLUMN = /^(?:reported|reportedParticipants)\.byCountry\./

/** Own data columns: `extra.cohort`. */
const EXTRA = "extra."

/**
 * What a header means: a field of the record, a per-country figure, own data, a column to
 * skip (`"-"` in `columns`), or nothing known. `as` is the column name a header was read as
 * when it is not that name itself ("Birth Year" read as `birthYear`).
 */
export type ColumnMeaning =
  | { kind: "field"; spec: ColumnSpec; as?: string }
  | { kind: "country"; country: string; spec: ColumnSpec; as?: string }
  | { kind: "extra"; spec: ColumnSpec; as?: string }
  | { kind: "skip" }
  | { kind: "unknown" }

/** Column names folded by foldHeader → the column name, per collection, built once. */
const folded = new Map<RowCollectionName, Map<string, string>>()

function foldedColumns(collection: RowCollectionName): Map<string, string> {
  let table = folded.get(collection)
  if (table === undefined) {
    table = new Map()
    for (const name of Object.keys(ROW_COLUMNS[collection])) table.set(foldHeader(name), name)
    const labels = HEADER_LABELS[collection] ?? {}
    for (const label of Object.keys(labels)) {
      if (!table.has(label)) table.set(label, labels[label] as string)
    }
    folded.set(collection, table)
  }
  return table
}

/** What a column name or field path means exactly: `start`, `period.start`, `extra.x`, `reported.byCountry.UA`. */
function exactMeaning(collection: RowCollectionName, column: string): ColumnMeaning | undefined {
  const specs: Readonly<Record<string, ColumnSpec>> = ROW_COLUMNS[collection]
  if (Object.hasOwn(specs, column)) return { kind: "field", spec: specs[column] as ColumnSpec }
  if (column.startsWith(EXTRA) && column.length > EXTRA.length) {
    return { kind: "extra", spec: { path: ["extra", column.slice(EXTRA.length)], type: "kept" } }
  }
  if (collection === "programmes") {
    const prefix = BY_COUNTRY_COLUMN.exec(column)
    if (prefix !== null && column.length > prefix[0].length) {
      const country = column.slice(prefix[0].length)
      return {
        kind: "country",
        country,
        spec: { path: ["reportedParticipants", "byCountry", country], type: "number" },
      }
    }
  }
  return undefined
}

/**
 * What a header of a file of `collection` means: the column of that name; else the field
 * `columns` maps it to (the header as written, or folded); else the column whose name or
 * common label it is in any case and spacing ("Birth Year", "Start Date", "Sex").
 * Linear in the header's length.
 */
export function columnMeaning(
  collection: RowCollectionName,
  column: string,
  columns?: ReadonlyMap<string, string>,
): ColumnMeaning {
  const exact = exactMeaning(collection, column)
  if (exact !== undefined) return exact
  const key = foldHeader(column)
  if (columns !== undefined) {
    const target = columns.get(column) ?? columns.get(`\0${key}`)
    if (target === "-") return { kind: "skip" }
    if (target !== undefined) {
      const meaning = fieldMeaning(collection, target)
      if (meaning !== undefined && meaning.kind !== "skip" && meaning.kind !== "unknown")
        return { ...meaning, as: target }
    }
  }
  const name = key === "" ? undefined : foldedColumns(collection).get(key)
  if (name === undefined) return { kind: "unknown" }
  const meaning = exactMeaning(collection, name)
  return meaning === undefined || meaning.kind === "skip" || meaning.kind === "unknown"
    ? { kind: "unknown" }
    : { ...meaning, as: name }
}

/**
 * What a target of the `columns` option means: a column name (`start`), a field path
 * (`period.start`, `reportedParticipants.total`), `extra.<name>`, a per-country column, or
 * `"-"` (skip); `undefined` when it is none of these.
 */
export function fieldMeaning(
  collection: RowCollectionName,
  target: string,
): ColumnMeaning | undefined {
  if (target === "-") return { kind: "skip" }
  const exact = exactMeaning(collection, target)
  if (exact !== undefined) return exact
  for (const spec of Object.values(ROW_COLUMNS[collection] as Record<string, ColumnSpec>)) {
    if (spec.path.join(".") === target) return { kind: "field", spec }
  }
  if (collection === "programmes" && target.startsWith("reportedParticipants.byCountry.")) {
    return exactMeaning(collection, target)
  }
  return undefined
}

/** The key under which `columns` keeps a folded header (beside the headers as written). */
export const foldedKey = (header: string): string => `\0${foldHeader(header)}`

/** The columns of a collection as a message lists them. */
export function columnList(collection: RowCollectionName): string {
  const names = Object.keys(ROW_COLUMNS[collection]).map((name) => `'${name}'`)
  if (collection === "programmes") names.push("'reported.byCountry.<country>'")
  return `${names.join(", ")}, and 'extra.<name>' for your own data`
}

/** The first column that fills `path` or a field inside it (`period.start` for `period`). */
export function columnFor(
  collection: RowCollectionName,
  path: readonly string[],
): string | undefined {
  for (const [name, spec] of Object.entries(
    ROW_COLUMNS[collection] as Record<string, ColumnSpec>,
  )) {
    if (startsWith(spec.path, path)) return name
  }
  return undefined
}

/** Whether `path` begins with `prefix`. */
export function startsWith(
  path: readonly (string | number)[],
  prefix: readonly (string | number)[],
): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => path[i] === key)
}
