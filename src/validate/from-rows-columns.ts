// The columns `fromRows` reads for each kind of record, and how it reads each cell.

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
}

const text = (...path: string[]): ColumnSpec => ({ path, type: "text" })
const number = (...path: string[]): ColumnSpec => ({ path, type: "number" })
const list = (path: string): ColumnSpec => ({ path: [path], type: "list" })
const counts: ColumnSpec = {
  path: ["reportedParticipants", "byCountry"],
  type: "counts",
  example: ["UA:4", "VN:2"],
}

/** The columns each kind accepts, with their aliases (`start` for `period.start`). */
export const ROW_COLUMNS = {
  organisations: {
    id: text("id"),
    name: text("name"),
    acronym: text("acronym"),
    type: text("type"),
    country: text("country"),
  },
  participants: {
    id: text("id"),
    country: text("country"),
    name: text("name"),
    gender: text("gender"),
    birthYear: number("birthYear"),
    organisation: text("organisation"),
    profession: text("profession"),
  },
  participations: {
    participant: text("participant"),
    programme: text("programme"),
    status: text("status"),
    role: text("role"),
    country: text("country"),
    completedOn: text("completedOn"),
  },
  programmes: {
    id: text("id"),
    title: text("title"),
    kind: text("kind"),
    status: text("status"),
    "period.start": text("period", "start"),
    start: text("period", "start"),
    "period.end": text("period", "end"),
    end: text("period", "end"),
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
    "venue.country": text("venue", "country"),
    venue: text("venue", "country"),
    "venue.city": text("venue", "city"),
    city: text("venue", "city"),
    mode: text("mode"),
    countries: list("countries"),
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
} as const satisfies Record<string, Record<string, ColumnSpec>>

/** The collections `fromRows` reads. */
export type RowCollectionName = keyof typeof ROW_COLUMNS

/** Per-country columns: `reported.byCountry.UA` or `reportedParticipants.byCountry.UA`. */
const BY_COUNTRY_COLUMN = /^(?:reported|reportedParticipants)\.byCountry\./

/** Own data columns: `extra.cohort`. */
const EXTRA = "extra."

/** What a header means: a field of the record, a per-country figure, own data, or nothing known. */
export type ColumnMeaning =
  | { kind: "field"; spec: ColumnSpec }
  | { kind: "country"; country: string; spec: ColumnSpec }
  | { kind: "extra"; spec: ColumnSpec }
  | { kind: "unknown" }

/** What a header of a file of `collection` means. Linear in the header's length. */
export function columnMeaning(collection: RowCollectionName, column: string): ColumnMeaning {
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
  return { kind: "unknown" }
}

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
