// The push parser of IATI activity files: text in, one item per `iati-activity` out. It keeps
// the open elements of the current activity only (memory follows the largest activity, not the
// file), builds the JSON of the elements the mapping does not read as they are parsed, and hands
// each finished activity to mapActivity. Synchronous and never throws on bad input: every
// problem is an issue. Feeding it (bytes, streams) is input.ts; the API is read.ts.
import { type SaxesAttributePlain, SaxesParser, type SaxesTagPlain } from "saxes"
import type { JsonValue } from "../schemas/fields.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "../validate/catalogue.js"
import { RULES } from "../validate/catalogue.js"
import type { ValidationIssue } from "../validate/issue.js"
import { MAPPED_ELEMENTS, mapActivity } from "./activity.js"
import { IATI_EXTENSION_NAMESPACE } from "./codes.js"
import { detach, type XmlElement } from "./element.js"
import { readOptions } from "./options.js"
import type { IatiItem, ReadIatiOptions } from "./read.js"

/** Deeper nesting inside an activity is refused (`extra` nests at most 64 levels). */
const MAX_DEPTH = 48
/**
 * The parser is given at most 64 Ki characters at a time, and the activities read are taken
 * after each slice: a consumer gets them (and drops them) while they are young, which keeps the
 * garbage collector's work small.
 */
export const SLICE = 1 << 16

class Stop extends Error {}

/** The push parser: feed text, collect items. Synchronous; `streamIati` drives it. */
export class IatiParser {
  private readonly parser = new SaxesParser({ xmlns: false, position: true })
  private readonly max: number
  private items: IatiItem[] = []
  private stopped = false
  private depth = 0
  private rootIsActivity = false
  /**
   * The root's name when it is neither `iati-activities` nor `iati-activity` (an API response
   * such as the IATI Datastore's `<result>`): the activities inside it are read wherever they are.
   */
  private wrapper: string | undefined
  /** Whether an `iati-activities` or `iati-activity` was found inside the wrapper. */
  private foundInWrapper = false
  /** The depth at which the current activity opened. */
  private activityAt = 1
  private fileLang: string | undefined
  /** The depth of the wrapped iati-activities whose language `fileLang` is, or -1. */
  private langAt = -1
  private extensionPrefixes: string[] = []
  private activityIndex = 0
  /** The open elements of the current activity, the activity first. */
  private stack: XmlElement[] = []
  /** Open elements inside a child of the activity the mapping does not read: built as JSON. */
  private jsonObjects: Record<string, JsonValue>[] = []
  /** The own text of each of those elements (whitespace before any text left out). */
  private jsonTexts: string[] = []
  private activityChars = 0
  private skipping = false
  private sinceEvent = 0
  private readonly identifiers = new Set<string>()
  private readonly organisationIds = new Set<string>()
  /** Names of elements met outside any activity (reported once each). */
  private readonly outside = new Set<string>()
  /** `"@" + name` for each attribute name met: one string per name, hashed once as a key. */
  private readonly atKeys = new Map<string, string>()
  /** The attributes of the tag being opened, in order: the first `attributeCount` of the list. */
  private readonly attributeList: SaxesAttributePlain[] = []
  private attributeCount = 0

  constructor(options?: ReadIatiOptions) {
    const { maxActivityChars, problems } = readOptions(options)
    this.max = maxActivityChars
    for (const { path, message } of problems)
      this.items.push({
        organisations: [],
        issues: [
          {
            code: "iati/invalid-option",
            severity: RULES["iati/invalid-option"].severity,
            path,
            message: detach(message),
          },
        ],
      })
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
    // The attributes also come one by one, in order, before their tag: a list is quicker to go
    // through than the tag's null-prototype object.
    p.on("attribute", (attribute) => {
      this.attributeList[this.attributeCount++] = attribute as SaxesAttributePlain
    })
    p.on("opentag", (tag) => this.onOpen(tag))
    p.on("closetag", () => this.onClose())
    p.on("text", (text) => this.onText(text))
    p.on("cdata", (text) => this.onText(text))
  }

  /**
   * Feeds text, a slice of at most {@link SLICE} characters at a time, pausing after each so
   * that the items read can be taken; stops early once reading has stopped (an error, a
   * DOCTYPE, …).
   */
  *write(text: string): Generator<void> {
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
        this.stopped = true
      }
      yield
    }
  }

  /** Ends the input: reports what was left open (a file cut short). */
  end(): void {
    if (!this.stopped) {
      try {
        this.parser.close()
      } catch (error) {
        if (!(error instanceof Stop)) throw error
      }
      if (!this.stopped && this.wrapper !== undefined && !this.foundInWrapper)
        this.fileIssue(
          "iati/not-iati",
          `the root element is ${quote(this.wrapper)}, not iati-activities, and there is no iati-activity in it: this is not an IATI activity file`,
        )
    }
    this.stopped = true
  }

  /** Stops reading after a problem of the reader itself (bad bytes, a failing stream). */
  fail(code: IssueCode, message: string): void {
    if (this.stopped) return
    this.fileIssue(code, message + this.abandoned())
    this.stopped = true
  }

  /** The items completed since the last call, in the order of the file. */
  take(): IatiItem[] {
    const items = this.items
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

  /**
   * An issue about the file: an item of its own, among the activities' items where it occurs,
   * so that the order of the issues never depends on how the input was cut into chunks.
   */
  private fileIssue(code: IssueCode, message: string): void {
    const issue: ValidationIssue = {
      code,
      severity: RULES[code].severity,
      path: [],
      message: detach(message),
    }
    this.items.push({ organisations: [], issues: [issue] })
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
    if (this.wrapper !== undefined && !this.foundInWrapper)
      // An HTML page (whose void elements are not closed), or another format, before any
      // activity: what to fix is the file given, not its XML.
      this.fileIssue(
        "iati/not-iati",
        `the root element is ${quote(this.wrapper)}, not iati-activities, and no iati-activity came before the XML broke (${message.replace(/\.$/, "")}): this is not an IATI activity file`,
      )
    else this.fileIssue("iati/not-well-formed", `${message.replace(/\.$/, "")}${this.abandoned()}`)
    this.stop()
  }

  private onOpen(tag: SaxesTagPlain): void {
    const count = this.attributeCount
    this.attributeCount = 0
    // After a tag with very many attributes, the list does not keep them alive.
    const list = count > 64 ? this.attributeList.splice(0) : this.attributeList
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
      if (tag.name === "iati-organisations") {
        this.fileIssue(
          "iati/not-iati",
          `the root element is ${quote(tag.name)}, not iati-activities: this is not an IATI activity file (it is an organisation file)`,
        )
        this.stop()
      }
      if (tag.name !== "iati-activity") {
        // Maybe activities wrapped in something else: read on, and say so if none is found.
        this.wrapper = detach(tag.name)
        return
      }
      this.rootIsActivity = true
    }
    if (this.skipping) return
    if (this.stack.length === 0) {
      if (this.wrapper !== undefined) {
        if (tag.name !== "iati-activity" && tag.name !== "iati-activities") return
        const first = !this.foundInWrapper
        if (first) {
          this.foundInWrapper = true
          this.fileIssue(
            "iati/unmapped",
            `line ${this.parser.line}: the root element is ${quote(this.wrapper)}, not iati-activities (an API response?): the iati-activity elements inside it are read, the rest has no place in the model and is not read`,
          )
        }
        if (tag.name === "iati-activities") {
          // Its language holds for the activities inside it, until it closes. The first one's
          // namespaces hold for the file (a hostile file with many cannot grow what every
          // activity is given).
          this.fileLang = attributes["xml:lang"]
          this.langAt = at
          if (first)
            for (const key of Object.keys(attributes))
              if (key.startsWith("xmlns:") && attributes[key] === IATI_EXTENSION_NAMESPACE)
                this.extensionPrefixes.push(detach(key.slice(6)))
          return
        }
      } else if (tag.name !== "iati-activity" || at !== this.activityDepth()) {
        if (!this.outside.has(tag.name)) {
          this.outside.add(tag.name)
          this.fileIssue(
            "iati/unmapped",
            `line ${this.parser.line}: ${quote(tag.name)} outside any iati-activity has no place in the model: not read`,
          )
        }
        return
      }
      this.activityAt = at
      this.activityChars = 0
    }
    const depth = this.jsonObjects.length
    if (this.stack.length + depth >= MAX_DEPTH) {
      this.skip(`elements nest more than ${MAX_DEPTH} levels deep`)
      return
    }
    const name = tag.name
    let chars = name.length
    // Inside an element the mapping does not read, or at one: its JSON for extra.iati directly.
    const obj: Record<string, JsonValue> | undefined =
      depth > 0 || (this.stack.length === 1 && !MAPPED_ELEMENTS.has(name) && !name.includes(":"))
        ? Object.create(null)
        : undefined
    for (let i = 0; i < count; i++) {
      const { name: key, value } = list[i] as SaxesAttributePlain
      chars += key.length + value.length
      if (obj !== undefined) obj[this.atKey(key)] = detach(value)
    }
    if (depth > 0) {
      const parent = this.jsonObjects[depth - 1] as Record<string, JsonValue>
      const siblings = parent[name]
      if (Array.isArray(siblings)) siblings.push(obj as JsonValue)
      else parent[detach(name)] = [obj as JsonValue]
    } else {
      // saxes makes each tag's attributes a fresh null-prototype object: kept as it is.
      const el: XmlElement = { name, attributes, children: [], text: "", line: this.parser.line }
      this.stack.at(-1)?.children.push(el)
      if (obj === undefined) this.stack.push(el)
      else el.json = obj
    }
    if (obj !== undefined) {
      this.jsonObjects.push(obj)
      this.jsonTexts.push("")
    }
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
    // Text is trimmed when read: whitespace before any text (indentation) need not be kept.
    const depth = this.jsonTexts.length
    if (depth > 0) {
      const before = this.jsonTexts[depth - 1] as string
      if (before !== "" || !isBlank(text)) this.jsonTexts[depth - 1] = before + text
    } else if (current.text !== "" || !isBlank(text)) current.text += text
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
    this.jsonObjects = []
    this.jsonTexts = []
  }

  private onClose(): void {
    if (this.stopped) return
    this.sinceEvent = 0
    this.depth--
    if (this.depth === this.langAt) {
      // A wrapped iati-activities closes: its language no longer holds.
      this.fileLang = undefined
      this.langAt = -1
    }
    if (this.skipping) {
      if (this.depth === this.activityAt) {
        this.skipping = false
        this.activityIndex++
      }
      return
    }
    const obj = this.jsonObjects.pop()
    if (obj !== undefined) {
      const text = (this.jsonTexts.pop() as string).trim()
      if (text !== "") obj["#text"] = detach(text)
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

/** Whether the text is only XML whitespace (space, tab, line feed, carriage return). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false
  }
  return true
}
