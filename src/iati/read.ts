// Reading IATI activity files: `streamIati` yields one activity at a time, `readIati` collects
// them into a dataset. The parser is parser.ts, the mapping of an activity activity.ts, and the
// feeding of text, bytes and streams input.ts.
import type { Dataset } from "../schemas/dataset.js"
import type { Organisation } from "../schemas/organisation.js"
import type { Programme } from "../schemas/programme.js"
import type { ValidationIssue } from "../validate/issue.js"
import { Chunks, feedSync, hasMethod } from "./input.js"
import { IatiParser } from "./parser.js"

/**
 * Options of {@link readIati} and {@link streamIati}.
 *
 * @category IATI
 */
export type ReadIatiOptions = {
  /**
   * The most text (characters of text and attribute values) one activity may hold, and the
   * most the parser may buffer between two events; a larger activity is skipped with
   * `iati/too-large`. Default 16 MiB (16,777,216); the largest published activities are well
   * under 1 MiB. A whole number from 1 to 2^30: anything else, or an option name that is not
   * this one, is `iati/invalid-option` and the default is used.
   */
  maxActivityChars?: number
}

/**
 * What {@link streamIati} yields: one activity read (with its programme, or the issue that says
 * why none was made), or, without `index`, issues about the file itself.
 *
 * @category IATI
 */
export type IatiItem = {
  /** 0-based position of the `iati-activity` in the file; absent for issues of the file itself. */
  index?: number
  /** The activity's `iati-identifier`, when it has one. */
  identifier?: string
  /** The programme, unless the activity lacks what one needs (`iati/activity-incomplete`). */
  programme?: Programme
  /** Organisations this activity names with a `@ref` that no earlier activity named. */
  organisations: Organisation[]
  /** The problems met in this activity (or in the file), warnings included. */
  issues: ValidationIssue[]
}

/**
 * What {@link readIati} reads: text, bytes (UTF-8), or an async iterable of either (a Node
 * readable stream, a `ReadableStream`, a `fetch` body).
 *
 * @category IATI
 */
export type IatiInput =
  | string
  | Uint8Array
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>

/**
 * Reads an IATI activity file one activity at a time, versions 1.0x and 2.0x, and yields each
 * activity's programme and new organisations with the issues met, as soon as the activity is
 * read. Memory depends on the largest activity, not on the file: use it for files too large to
 * hold as one dataset. Never throws on bad input: not well-formed XML, a DOCTYPE, bytes that
 * are not UTF-8 or a failing stream end the reading with an issue (the activities before it are
 * kept). The mapping is the one of {@link readIati} (docs/iati.md).
 *
 * @example
 * import { createReadStream } from "node:fs"
 * import { streamIati } from "justice-cooperation/iati"
 *
 * let programmes = 0
 * for await (const item of streamIati(createReadStream("activities.xml"))) {
 *   if (item.programme !== undefined) programmes++
 *   for (const issue of item.issues) if (issue.severity === "error") console.error(issue.message)
 * }
 *
 * @category IATI
 */
export async function* streamIati(
  input: IatiInput,
  options?: ReadIatiOptions,
): AsyncGenerator<IatiItem, void, undefined> {
  const parser = new IatiParser(options)
  if (hasMethod(input, Symbol.asyncIterator)) {
    const chunks = new Chunks(parser)
    try {
      for await (const chunk of input as AsyncIterable<unknown>) {
        for (const _ of chunks.feed(chunk)) yield* parser.take()
        if (parser.done) break
      }
      for (const _ of chunks.finish()) yield* parser.take()
    } catch (error) {
      chunks.failed(error)
    }
  } else {
    for (const _ of feedSync(parser, input)) yield* parser.take()
  }
  parser.end()
  yield* parser.take()
}

/**
 * What {@link readIati} returns: the programmes and organisations read, and every issue.
 *
 * @category IATI
 */
export type ReadIatiResult = {
  /** `programmes` (one per activity that has what a programme needs) and `organisations`. */
  dataset: Dataset & { programmes: Programme[]; organisations: Organisation[] }
  issues: ValidationIssue[]
}

/** Collects the items of a stream into a dataset. */
export function collect(): {
  add(item: IatiItem): void
  result(): ReadIatiResult
} {
  const programmes: Programme[] = []
  const organisations: Organisation[] = []
  const issues: ValidationIssue[] = []
  return {
    add(item) {
      if (item.programme !== undefined) programmes.push(item.programme)
      for (const organisation of item.organisations) organisations.push(organisation)
      for (const issue of item.issues) issues.push(issue)
    },
    result: () => ({ dataset: { organisations, programmes }, issues }),
  }
}

/**
 * Reads an IATI activity file (versions 1.0x and 2.0x) into a dataset: one programme per
 * `iati-activity`, its id the `iati-identifier`, and an organisation for each `@ref` of a
 * participating or reporting organisation. Every element without a place in the model is kept
 * under the programme's `extra.iati` and reported as `iati/unmapped` (a warning, once per
 * element name and activity); docs/iati.md gives the mapping as a table.
 *
 * Accepts the text, the bytes (UTF-8) or an async iterable of chunks (a Node stream), and reads
 * it one activity at a time. Never throws and never hangs on bad input: XML that is not well
 * formed or cut short, a DOCTYPE (no DTD or entity is ever processed), bytes that are not UTF-8
 * — each is an issue, and the activities read before it are kept. Check the result with
 * `validateDataset` before computing with it. For files too large for one dataset, use
 * {@link streamIati}.
 *
 * @example
 * import { readFile } from "node:fs/promises"
 * import { readIati } from "justice-cooperation/iati"
 *
 * const { dataset, issues } = await readIati(await readFile("activities.xml"))
 * dataset.programmes.filter((p) => p.dacPurposeCodes?.includes(15130)).length
 * issues.filter((i) => i.code === "iati/unmapped").length // elements kept under extra.iati
 *
 * @example
 * const { dataset } = await readIati(`<iati-activities version="2.03"><iati-activity>
 *   <iati-identifier>XM-DAC-701-8-X</iati-identifier><title><narrative>Training</narrative></title>
 *   <activity-status code="2"/><activity-date type="2" iso-date="2024-10-01"/>
 * </iati-activity></iati-activities>`)
 * dataset.programmes[0]
 * //=> { id: "XM-DAC-701-8-X", title: "Training", kind: "other", status: "ongoing", period: { start: "2024-10-01" } }
 *
 * @category IATI
 */
export async function readIati(
  input: IatiInput,
  options?: ReadIatiOptions,
): Promise<ReadIatiResult> {
  const all = collect()
  for await (const item of streamIati(input, options)) all.add(item)
  return all.result()
}

/**
 * The same as readIati, synchronously, for text, bytes or a sync iterable of chunks (used by the
 * docs generator and tests; not exported from the package).
 */
export function readIatiSync(input: unknown, options?: ReadIatiOptions): ReadIatiResult {
  const parser = new IatiParser(options)
  const all = collect()
  for (const _ of feedSync(parser, input)) for (const item of parser.take()) all.add(item)
  parser.end()
  for (const item of parser.take()) all.add(item)
  return all.result()
}
