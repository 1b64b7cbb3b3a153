// A file read in chunks, one fromRows call each (the CLI's import): what must be seen across
// chunks — ids, and (programme, participant) pairs — is kept here, so that a repeat is reported
// as one fromRows call over the whole file would report it. Memory grows with the distinct
// ids, not with the rows.

import type { IssueCode } from "./catalogue.js"
import {
  type FromRowsOptions,
  type FromRowsResult,
  type RowCollection,
  type RowKind,
  type RowRecords,
  readRows,
} from "./from-rows.js"
import type { RowCollectionName } from "./from-rows-columns.js"
import { rowMessages } from "./from-rows-messages.js"
import type { Reading } from "./from-rows-reading.js"
import { at, columnOf, issue } from "./from-rows-values.js"
import type { ValidationIssue } from "./issue.js"
import { COLLECTIONS } from "./issue.js"
import { ruleMessages } from "./messages.js"
import { locate } from "./reporter.js"
import { message as duplicateParticipationMessage } from "./rules/participation/duplicate.js"

const DUPLICATE_ID: Partial<Record<RowCollectionName, IssueCode>> = {
  organisations: "organisation/duplicate-id",
  participants: "participant/duplicate-id",
  programmes: "programme/duplicate-id",
}
const DUPLICATE_PARTICIPATION: IssueCode = "participation/duplicate"

/**
 * Reads the chunks of one file in order: `read(rows, firstRowNumber)` is
 * `fromRows(kind, rows, { ...options, firstRowNumber })`, except that a record repeating an
 * id (or a participation repeating a programme and participant) of any earlier row of the
 * file — in this chunk or an earlier one — is reported with the first row of the file that
 * has it, as one call over all the rows would.
 */
export class ChunkedRows<K extends RowKind> {
  /** Id → the row number of the first record with it. */
  private readonly ids = new Map<string, number>()
  /** Programme → participant → the row number of the first participation. */
  private readonly pairs = new Map<string, Map<string, number>>()

  constructor(
    private readonly kind: K,
    private readonly options: FromRowsOptions,
  ) {}

  read(
    rows: readonly Readonly<Record<string, unknown>>[],
    firstRowNumber: number,
  ): FromRowsResult<RowRecords[RowCollection<K>]> {
    return readRows(this.kind, rows, { ...this.options, firstRowNumber }, (reading) =>
      this.repeats(reading),
    )
  }

  /** Replaces the chunk's own repeats by those against every earlier row of the file. */
  private repeats(reading: Reading): void {
    const collection = reading.collection
    const code =
      collection === "participations" ? DUPLICATE_PARTICIPATION : DUPLICATE_ID[collection]
    if (code === undefined) return
    const found: ValidationIssue[] = []
    for (const built of reading.built) {
      const record = built.record
      const row = built.index + reading.first
      if (collection === "participations") {
        const { participant, programme } = record
        if (typeof participant !== "string" || typeof programme !== "string") continue
        let seen = this.pairs.get(programme)
        if (seen === undefined) {
          seen = new Map()
          this.pairs.set(programme, seen)
        }
        const earlier = seen.get(participant)
        if (earlier === undefined) {
          seen.set(participant, row)
          continue
        }
        const text = duplicateParticipationMessage(
          participant,
          programme,
          rowMessages.record(earlier),
        )
        found.push(placed(code, collection, built.index, record, [], row, built.columns, text))
      } else {
        const id = Object.hasOwn(record, "id") ? record.id : undefined
        if (typeof id !== "string") continue
        const earlier = this.ids.get(id)
        if (earlier === undefined) {
          this.ids.set(id, row)
          continue
        }
        const text = ruleMessages.duplicateId(rowMessages.record(earlier))
        found.push(placed(code, collection, built.index, record, ["id"], row, built.columns, text))
      }
    }
    const checks = reading.checks
    const place = checks.findIndex((issue) => issue.code === code)
    const kept = checks.filter((issue) => issue.code !== code)
    checks.length = 0
    checks.push(
      ...kept.slice(0, place < 0 ? kept.length : place),
      ...found,
      ...kept.slice(place < 0 ? kept.length : place),
    )
  }
}

/** An issue of a record placed as fromRows places the rules' issues: row and column. */
function placed(
  code: IssueCode,
  collection: RowCollectionName,
  index: number,
  record: Record<string, unknown>,
  field: string[],
  row: number,
  columns: ReadonlyMap<string, string>,
  text: string,
): ValidationIssue {
  const column = columnOf(field, columns)
  const found = issue(code, [index, ...field], `${at(row, column)}: ${text}`, row, column)
  const id = locate(collection, index, record).id
  if (id !== undefined) found.entity = { kind: COLLECTIONS[collection], id }
  return found
}
