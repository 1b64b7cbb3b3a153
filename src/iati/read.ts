// Streaming reader of IATI activity files: one `iati-activity` at a time, from text, bytes or
// an async iterable of chunks (a Node stream is one). Nothing here throws on bad input: every
// problem is an issue, and memory depends on the largest activity, not on the file.
import { SaxesParser, type SaxesTagPlain } from "saxes"
import { findUtf8Problem } from "../cli/utf8.js"
import type { Dataset } from "../schemas/dataset.js"
import type { JsonValue } from "../schemas/fields.js"
import type { Organisation } from "../schemas/organisation.js"
import type { Programme } from "../schemas/programme.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "../validate/catalogue.js"
import { RULES } from "../validate/catalogue.js"
import type { ValidationIssue } from "../validate/issue.js"
import { MAPPED_ELEMENTS, mapActivity } from "./activity.js"
import { IATI_EXTENSION_NAMESPACE } from "./codes.js"
import { detach, type XmlElement } from "./element.js"

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
   * under 1 MiB.
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

const DEFAULT_MAX_CHARS = 16 * 1024 * 1024
/** Deeper nesting inside an activity is refused (`extra` nests at most 64 levels). */
const MAX_DEPTH = 48
/** Large inputs are fed to the parser in slices, so that a stream yields as it goes. */
const SLICE = 1 << 20

class Stop extends Error {}

/** The push parser: feed text, collect items. Synchronous; `streamIati` drives it. */
export class IatiParser {
  private readonly parser = new SaxesParser({ xmlns: false, position: true })
  private readonly max: number
  private items: IatiItem[] = []
  private fileIssues: ValidationIssue[] = []
  private stopped = false
  private depth = 0
  private rootIsActivity = false
  private fileLang: string | undefined
  private extensionPrefixes: string[] = []
  private activityIndex = 0
  /** The open elements of the current activity, the activity first. */
  private stack: XmlElement[] = []
  /** Open elements inside a child of the activity the mapping does not read: built as JSON. */
  private json: { obj: Record<string, JsonValue>; text: string }[] = []
  private activityChars = 0
  private skipping = false
  private sinceEvent = 0
  private readonly identifiers = new Set<string>()
  private readonly organisationIds = new Set<string>()
  /** Names of elements met outside any activity (reported once each). */
  private readonly outside = new Set<string>()
  /** `"@" + name` for each attribute name met: one string per name, hashed once as a key. */
  private readonly atKeys = new Map<string, string>()
  /** Whether the bytes' XML declaration is checked (text given as bytes). */
  checkDeclaredEncoding = false

  constructor(options: ReadIatiOptions = {}) {
    const max = options.maxActivityChars
    this.max = typeof max === "number" && max > 0 ? max : DEFAULT_MAX_CHARS
    const p = this.parser
    p.on("error", (error) => this.onError(error))
    p.on("doctype", () => {
      this.sinceEvent = 0
      this.fileIssue(
        "iati/doctype-refused",
        `line ${p.line}: the file has a DOCTYPE declaration; DTDs and entities are never processed, so reading stops here${this.abandoned()}`,
      )
      this.stop()
    })
    p.on("xmldecl", (decl) => {
      this.sinceEvent = 0
      const encoding = decl.encoding?.trim()
      if (
        this.checkDeclaredEncoding &&
        encoding !== undefined &&
        !/^(?:utf-?8|us-ascii|ascii)$/i.test(encoding)
      ) {
        this.fileIssue(
          "iati/invalid-encoding",
          `the XML declaration says encoding ${quote(encoding)}: only UTF-8 is read; convert the file to UTF-8`,
        )
        this.stop()
      }
    })
    p.on("opentag", (tag) => this.onOpen(tag))
    p.on("closetag", () => this.onClose())
    p.on("text", (text) => this.onText(text))
    p.on("cdata", (text) => this.onText(text))
  }

  /** Feeds text; returns false once reading has stopped (an error, a DOCTYPE, …). */
  write(text: string): boolean {
    for (let i = 0; i < text.length && !this.stopped; i += SLICE) {
      const slice = i === 0 && text.length <= SLICE ? text : text.slice(i, i + SLICE)
      this.sinceEvent += slice.length
      try {
        this.parser.write(slice)
      } catch (error) {
        if (!(error instanceof Stop)) throw error
      }
      if (!this.stopped && this.sinceEvent > this.max) {
        this.fileIssue(
          "iati/too-large",
          `line ${this.parser.line}: more than ${this.max} characters without a tag (a text, comment or declaration that large is not IATI): reading stops here`,
        )
        this.stop()
      }
    }
    return !this.stopped
  }

  /** Ends the input: reports what was left open (a file cut short). */
  end(): void {
    if (!this.stopped) {
      try {
        this.parser.close()
      } catch (error) {
        if (!(error instanceof Stop)) throw error
      }
    }
    this.stopped = true
  }

  /** Stops reading after a problem of the reader itself (bad bytes, a failing stream). */
  fail(code: IssueCode, message: string): void {
    if (this.stopped) return
    this.fileIssue(code, message + this.abandoned())
    this.stopped = true
  }

  /** The items completed since the last call. */
  take(): IatiItem[] {
    const items = this.items
    if (this.fileIssues.length > 0) {
      items.push({ organisations: [], issues: this.fileIssues })
      this.fileIssues = []
    }
    this.items = []
    return items
  }

  get done(): boolean {
    return this.stopped
  }

  private stop(): void {
    this.stopped = true
    throw new Stop()
  }

  private fileIssue(code: IssueCode, message: string): void {
    this.fileIssues.push({
      code,
      severity: RULES[code].severity,
      path: [],
      message: detach(message),
    })
  }

  /** ", so iati-activity 4 'X' is not read", when one was open. */
  private abandoned(): string {
    const activity = this.stack[0]
    if (activity === undefined) return ""
    const id = activity.children.find((c) => c.name === "iati-identifier")?.text.trim()
    return `; iati-activity ${this.activityIndex + 1}${id ? ` ${quote(id)}` : ""} (from line ${activity.line}) is not read`
  }

  private onError(error: Error): void {
    if (this.stopped) return
    // saxes writes "fileName:line:column: message"; the file name is not set here.
    const message = error.message.replace(/^(\d+):(\d+): /, "line $1, column $2: ")
    this.fileIssue("iati/not-well-formed", `${message.replace(/\.$/, "")}${this.abandoned()}`)
    this.stop()
  }

  private onOpen(tag: SaxesTagPlain): void {
    if (this.stopped) return
    this.sinceEvent = 0
    const attributes = tag.attributes as Record<string, string>
    const at = this.depth++
    if (at === 0) {
      if (tag.name === "iati-activities") {
        this.fileLang = attributes["xml:lang"]
        for (const key of Object.keys(attributes))
          if (key.startsWith("xmlns:") && attributes[key] === IATI_EXTENSION_NAMESPACE)
            this.extensionPrefixes.push(key.slice(6))
        return
      }
      if (tag.name !== "iati-activity") {
        this.fileIssue(
          "iati/not-iati",
          `the root element is ${quote(tag.name)}, not iati-activities: this is not an IATI activity file${tag.name === "iati-organisations" ? " (it is an organisation file)" : ""}`,
        )
        this.stop()
      }
      this.rootIsActivity = true
    }
    if (this.skipping) return
    if (this.stack.length === 0) {
      if (tag.name !== "iati-activity" || at !== this.activityDepth()) {
        if (!this.outside.has(tag.name)) {
          this.outside.add(tag.name)
          this.fileIssue(
            "iati/unmapped",
            `line ${this.parser.line}: ${quote(tag.name)} outside any iati-activity has no place in the model: not read`,
          )
        }
        return
      }
      this.activityChars = 0
    }
    if (this.stack.length + this.json.length >= MAX_DEPTH) {
      this.skip(`elements nest more than ${MAX_DEPTH} levels deep`)
      return
    }
    let chars = tag.name.length
    for (const key in attributes) chars += key.length + (attributes[key] as string).length
    // Inside an element the mapping does not read, or at one: its JSON for extra.iati directly.
    const top = this.json.at(-1)
    if (
      top !== undefined ||
      (this.stack.length === 1 && !MAPPED_ELEMENTS.has(tag.name) && !tag.name.includes(":"))
    ) {
      const obj: Record<string, JsonValue> = Object.create(null)
      for (const key in attributes) obj[this.atKey(key)] = detach(attributes[key] as string)
      if (top === undefined) {
        const el: XmlElement = {
          name: tag.name,
          attributes,
          children: [],
          text: "",
          line: this.parser.line,
          json: obj,
        }
        this.stack[0]?.children.push(el)
      } else {
        const list = top.obj[tag.name]
        if (Array.isArray(list)) list.push(obj)
        else top.obj[detach(tag.name)] = [obj]
      }
      this.json.push({ obj, text: "" })
      this.count(chars)
      return
    }
    const el: XmlElement = {
      name: tag.name,
      // saxes makes each tag's attributes a fresh null-prototype object: kept as it is.
      attributes,
      children: [],
      text: "",
      line: this.parser.line,
    }
    this.stack.at(-1)?.children.push(el)
    this.stack.push(el)
    this.count(chars)
  }

  private atKey(name: string): string {
    let key = this.atKeys.get(name)
    if (key === undefined) {
      key = detach(`@${name}`)
      // Names come from the data: a hostile file cannot grow the table past 1,024.
      if (this.atKeys.size < 1024) this.atKeys.set(detach(name), key)
    }
    return key
  }

  /** The depth at which activities open: 0 for a bare `iati-activity` root, else 1. */
  private activityDepth(): number {
    return this.rootIsActivity ? 0 : 1
  }

  private onText(text: string): void {
    if (this.stopped) return
    this.sinceEvent = 0
    const current = this.stack.at(-1)
    if (current === undefined || this.skipping) return
    this.count(text.length)
    if (this.skipping) return
    const top = this.json.at(-1)
    if (top !== undefined) top.text += text
    else current.text += text
  }

  private count(chars: number): void {
    this.activityChars += chars
    if (this.activityChars > this.max) this.skip(`it holds more than ${this.max} characters`)
  }

  /** Drops the current activity (too large or too deep) and skips to its end. */
  private skip(why: string): void {
    const activity = this.stack[0]
    if (activity === undefined) return
    const id = activity.children.find((c) => c.name === "iati-identifier")?.text.trim()
    this.items.push({
      index: this.activityIndex,
      ...(id ? { identifier: detach(id) } : {}),
      organisations: [],
      issues: [
        {
          code: "iati/too-large",
          severity: RULES["iati/too-large"].severity,
          path: ["iati-activity", this.activityIndex],
          message: detach(
            `iati-activity ${this.activityIndex + 1}${id ? ` ${quote(id)}` : ""} (line ${activity.line}): ${why} (maxActivityChars ${this.max}): not read`,
          ),
        },
      ],
    })
    this.skipping = true
    this.stack = []
    this.json = []
  }

  private onClose(): void {
    if (this.stopped) return
    this.sinceEvent = 0
    this.depth--
    if (this.skipping) {
      if (this.depth === this.activityDepth()) {
        this.skipping = false
        this.activityIndex++
      }
      return
    }
    const top = this.json.pop()
    if (top !== undefined) {
      const text = top.text.trim()
      if (text !== "") top.obj["#text"] = detach(text)
      return
    }
    if (this.stack.length === 0) return
    const el = this.stack.pop() as XmlElement
    if (this.stack.length === 0) this.emit(el)
  }

  private emit(activity: XmlElement): void {
    const mapped = mapActivity(activity, {
      index: this.activityIndex,
      fileLang: this.fileLang,
      extensionPrefixes: this.extensionPrefixes,
    })
    const item: IatiItem = { index: this.activityIndex, organisations: [], issues: mapped.issues }
    if (mapped.identifier !== undefined) {
      item.identifier = mapped.identifier
      if (this.identifiers.has(mapped.identifier)) {
        mapped.issues.push({
          code: "iati/duplicate-identifier",
          severity: RULES["iati/duplicate-identifier"].severity,
          path: ["iati-activity", this.activityIndex],
          message: detach(
            `iati-activity ${this.activityIndex + 1} (line ${activity.line}): identifier ${quote(mapped.identifier)} was already used by an earlier activity; both are kept`,
          ),
          entity: { kind: "programme", id: mapped.identifier },
        })
      } else this.identifiers.add(mapped.identifier)
    }
    if (mapped.programme !== undefined) item.programme = mapped.programme
    for (const organisation of mapped.organisations) {
      if (this.organisationIds.has(organisation.id)) continue
      this.organisationIds.add(organisation.id)
      item.organisations.push(organisation)
    }
    this.items.push(item)
    this.activityIndex++
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
  )
}

/** Decodes UTF-8 bytes chunk by chunk, strictly; reports the first bad byte's offset. */
class Utf8Stream {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true })
  private offset = 0
  decode(bytes: Uint8Array | undefined): { text: string } | { error: string } {
    try {
      const text =
        bytes === undefined ? this.decoder.decode() : this.decoder.decode(bytes, { stream: true })
      if (bytes !== undefined) this.offset += bytes.length
      return { text }
    } catch {
      const start = this.offset
      const problem = bytes === undefined ? undefined : findUtf8Problem(bytes)
      const [a, b] = bytes ?? []
      if (start === 0 && ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)))
        return {
          error:
            "the bytes are UTF-16 (they start with a UTF-16 byte order mark): only UTF-8 is read",
        }
      const at = problem === undefined ? `near byte ${start}` : `at byte ${start + problem.offset}`
      return {
        error: `the bytes are not UTF-8 (${at}${bytes === undefined ? ", the end of the input" : ""}): convert the file to UTF-8`,
      }
    }
  }
}

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += SLICE) yield bytes.subarray(i, i + SLICE)
}

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
  if (isAsyncIterable(input)) {
    const chunks = new Chunks(parser)
    try {
      for await (const chunk of input) {
        chunks.feed(chunk)
        yield* parser.take()
        if (parser.done) break
      }
      chunks.finish()
    } catch (error) {
      parser.fail("iati/unreadable", unreadable(error))
    }
  } else {
    for (const _ of feedSync(parser, input)) yield* parser.take()
  }
  parser.end()
  yield* parser.take()
}

/** Feeds text, bytes or a sync iterable of chunks; pauses after each slice so items can be taken. */
function* feedSync(parser: IatiParser, input: unknown): Generator<void> {
  if (typeof input === "string") {
    for (let i = 0; i < input.length && !parser.done; i += SLICE) {
      parser.write(input.slice(i, i + SLICE))
      yield
    }
  } else if (input instanceof Uint8Array) {
    parser.checkDeclaredEncoding = true
    const utf8 = new Utf8Stream()
    for (const slice of slices(input)) {
      if (!feedBytes(parser, utf8, slice)) break
      yield
    }
    if (!parser.done) feedBytes(parser, utf8, undefined)
  } else if (isIterable(input)) {
    const chunks = new Chunks(parser)
    try {
      for (const chunk of input) {
        chunks.feed(chunk)
        yield
        if (parser.done) break
      }
      chunks.finish()
    } catch (error) {
      parser.fail("iati/unreadable", unreadable(error))
    }
  } else {
    parser.fail(
      "iati/not-iati",
      `the input is ${describe(input)}: give the file's text, its bytes (Uint8Array) or an async iterable of them (a stream)`,
    )
  }
}

function unreadable(error: unknown): string {
  return `reading the input failed: ${quote(error instanceof Error ? error.message : String(error))}`
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
  )
}

/** Chunks of one kind, text or bytes (decoded as one UTF-8 stream). */
class Chunks {
  private readonly utf8 = new Utf8Stream()
  private kind: "text" | "bytes" | undefined
  constructor(private readonly parser: IatiParser) {}
  feed(chunk: unknown): void {
    const parser = this.parser
    if (typeof chunk === "string" && this.kind !== "bytes") {
      this.kind = "text"
      parser.write(chunk)
    } else if (chunk instanceof Uint8Array && this.kind !== "text") {
      if (this.kind === undefined) parser.checkDeclaredEncoding = true
      this.kind = "bytes"
      for (const slice of slices(chunk)) if (!feedBytes(parser, this.utf8, slice)) break
    } else {
      parser.fail(
        "iati/not-iati",
        `a chunk of the input is ${describe(chunk)}: give strings or bytes (Uint8Array), not both`,
      )
    }
  }
  finish(): void {
    if (this.kind === "bytes" && !this.parser.done) feedBytes(this.parser, this.utf8, undefined)
  }
}

function describe(value: unknown): string {
  if (value === null) return "null"
  if (Array.isArray(value)) return "a list"
  return typeof value === "object" ? "an object" : `a ${typeof value}`
}

function feedBytes(parser: IatiParser, utf8: Utf8Stream, bytes: Uint8Array | undefined): boolean {
  const decoded = utf8.decode(bytes)
  if ("error" in decoded) {
    parser.fail("iati/invalid-encoding", decoded.error)
    return false
  }
  return decoded.text === "" ? !parser.done : parser.write(decoded.text)
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
