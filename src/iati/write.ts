// Dataset → IATI 2.03 activity file. What IATI has a place for is written as IATI; what it has
// not (kind, themes, series, partial dates, …) goes, as JSON, into one element of our own
// namespace, which the IATI schema allows at the end of every activity and which readIati reads
// back: reading the output gives the same programmes.
import { firstDayOf, lastDayOf } from "../dates/partial-date.js"
import { currencyDigits } from "../money/currencies.js"
import { decimalOfNumber } from "../money/minor-units.js"
import { findGrouping } from "../reference/groupings.js"
import type { Dataset } from "../schemas/dataset.js"
import type { Organisation } from "../schemas/organisation.js"
import type { Programme } from "../schemas/programme.js"
import { mapActivity } from "./activity.js"
import {
  CODE_OF_ORGANISATION_TYPE,
  CODE_OF_ROLE,
  CODE_OF_STATUS,
  IATI_EXTENSION_NAMESPACE,
} from "./codes.js"
import { element, type XmlElement } from "./element.js"

/**
 * Options of {@link writeIati}.
 *
 * @category IATI
 */
export type WriteIatiOptions = {
  /**
   * The organisation that publishes the file: its IATI organisation identifier (`XM-DAC-701-8`
   * for JICA), its IATI OrganisationType code (`10` government, `40` multilateral, …) and name.
   */
  reportingOrg: { ref: string; type: string; name: string }
}

const PREFIX = "jc"
const SDG_TARGET = /^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-z])$/

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE, U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

function clean(text: string): string {
  return text.replace(NOT_XML, "")
}

function escapeText(text: string): string {
  return clean(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;")
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;")
}

/** An amount as xsd:decimal text, exact (never `1e+21`). */
function decimalText(amount: number): string | undefined {
  const decimal = decimalOfNumber(amount)
  if (decimal === undefined) return undefined
  const negative = decimal.units < 0n
  const digits = (negative ? -decimal.units : decimal.units)
    .toString()
    .padStart(decimal.scale + 1, "0")
  const text =
    decimal.scale === 0
      ? digits
      : `${digits.slice(0, -decimal.scale)}.${digits.slice(-decimal.scale)}`
  return negative ? `-${text}` : text
}

function narrative(text: string): XmlElement {
  return element("narrative", {}, [], text)
}

/** The IATI elements of one programme, in the order the 2.03 schema requires. */
function activityOf(
  programme: Programme,
  organisations: ReadonlyMap<string, Organisation>,
  options: WriteIatiOptions,
): XmlElement {
  const { reportingOrg } = options
  const children: XmlElement[] = [
    element("iati-identifier", {}, [], programme.id),
    element("reporting-org", { ref: reportingOrg.ref, type: reportingOrg.type }, [
      narrative(reportingOrg.name),
    ]),
    element("title", {}, [narrative(programme.title)]),
    // The schema requires a description; the model has none, so the title stands in.
    element("description", { type: "1" }, [narrative(programme.title)]),
  ]
  const links = programme.organisations ?? []
  if (links.length === 0) {
    // The schema requires a participating organisation: the publisher, as extending.
    children.push(
      element("participating-org", { ref: reportingOrg.ref, type: reportingOrg.type, role: "3" }, [
        narrative(reportingOrg.name),
      ]),
    )
  }
  for (const link of links) {
    const organisation = organisations.get(link.organisation)
    children.push(
      element(
        "participating-org",
        {
          ref: link.organisation,
          role: CODE_OF_ROLE[link.role] ?? "4",
          type:
            organisation === undefined ? undefined : CODE_OF_ORGANISATION_TYPE[organisation.type],
        },
        organisation === undefined ? [] : [narrative(organisation.name)],
      ),
    )
  }
  children.push(element("activity-status", { code: CODE_OF_STATUS[programme.status] ?? "2" }))
  const { start, end } = programme.period
  const planned = programme.status === "planned"
  children.push(
    element("activity-date", { type: planned ? "1" : "2", "iso-date": firstDayOf(start) }),
  )
  if (end !== undefined) {
    const ended = programme.status === "completed"
    children.push(element("activity-date", { type: ended ? "4" : "3", "iso-date": lastDayOf(end) }))
  }
  for (const country of programme.countries ?? [])
    children.push(element("recipient-country", { code: country }))
  for (const group of programme.groups ?? []) {
    const m49 = /^m49-(\d{3})$/.exec(group)
    if (m49 !== null && findGrouping(group) !== undefined)
      children.push(element("recipient-region", { code: m49[1], vocabulary: "2" }))
  }
  for (const code of programme.dacPurposeCodes ?? [])
    if (Number.isInteger(code) && code >= 10000 && code <= 99999)
      children.push(element("sector", { code: String(code), vocabulary: "1" }))
  for (const target of programme.sdgTargets ?? [])
    if (SDG_TARGET.test(target)) children.push(element("tag", { code: target, vocabulary: "3" }))
  const budget = programme.budget
  const amount = budget === undefined ? undefined : decimalText(budget.amount)
  if (
    budget !== undefined &&
    amount !== undefined &&
    currencyDigits(budget.currency) !== undefined
  ) {
    const from = firstDayOf(start)
    children.push(
      element("budget", { type: "1" }, [
        element("period-start", { "iso-date": from }),
        element("period-end", { "iso-date": lastDayOf(end ?? start) }),
        element("value", { currency: budget.currency, "value-date": from }, [], amount),
      ]),
    )
  }
  return element("iati-activity", {}, children)
}

/** Removes what XML cannot hold from every text and attribute, so that the check below sees what a reader will. */
function cleanTree(el: XmlElement): XmlElement {
  const stack = [el]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    node.text = clean(node.text)
    for (const key of Object.keys(node.attributes))
      node.attributes[key] = clean(node.attributes[key] as string)
    stack.push(...node.children)
  }
  return el
}

/** Deep equality of JSON values, whatever the order of keys. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const list = b as unknown[]
    return a.length === list.length && a.every((item, i) => same(item, list[i]))
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(x).filter((k) => x[k] !== undefined)
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false
  return keys.every((k) => Object.hasOwn(y, k) && same(x[k], y[k]))
}

/** What reading the activity back would not give: the fields that differ, and those to remove. */
function extensionOf(
  programme: Programme,
  activity: XmlElement,
): Record<string, unknown> | undefined {
  const native = (mapActivity(activity, { index: 0 }).programme ?? {}) as Record<string, unknown>
  const own = programme as Record<string, unknown>
  const out: Record<string, unknown> = Object.create(null)
  for (const key of Object.keys(own)) {
    if (own[key] !== undefined && !same(own[key], native[key])) out[key] = own[key]
  }
  const absent = Object.keys(native).filter((key) => own[key] === undefined)
  if (absent.length > 0) out.absent = absent
  return Object.keys(out).length === 0 ? undefined : out
}

function serialise(el: XmlElement, indent: string, out: string[]): void {
  let open = `${indent}<${el.name}`
  for (const key of Object.keys(el.attributes))
    open += ` ${key}="${escapeAttribute(el.attributes[key] as string)}"`
  if (el.children.length === 0 && el.text === "") {
    out.push(`${open}/>`)
    return
  }
  if (el.children.length === 0) {
    out.push(`${open}>${escapeText(el.text)}</${el.name}>`)
    return
  }
  out.push(`${open}>`)
  for (const child of el.children) serialise(child, `${indent}  `, out)
  out.push(`${indent}</${el.name}>`)
}

/**
 * Writes the programmes of a dataset as an IATI 2.03 activity file that the official IATI schema
 * accepts: one `iati-activity` per programme, its `iati-identifier` the programme id (publish with
 * ids that start with your organisation identifier, as IATI asks), the organisations as
 * `participating-org` (names and types from `dataset.organisations`), status, dates, recipient
 * countries, UN M49 regions, DAC sectors, SDG targets (tags of vocabulary 3) and the budget.
 * What IATI has no place for (kind, themes, series, partial dates, reported participants,
 * `extra`, …) is written as JSON in one element of the namespace
 * `https://github.com/justice-cooperation/justice-cooperation/iati`, which the schema allows and
 * other IATI tools ignore; {@link readIati} reads it back, so reading the file gives the same
 * programmes. docs/iati.md gives the mapping. Pure: the same dataset gives the same text.
 *
 * @example
 * import { readIati, writeIati } from "justice-cooperation/iati"
 *
 * const xml = writeIati(
 *   { programmes: [{ id: "XM-DAC-701-8-ITC-184", title: "The 184th International Training Course",
 *     kind: "training-course", status: "completed", period: { start: "2024-10", end: "2024-11" },
 *     countries: ["VN", "KH"], dacPurposeCodes: [15130] }] },
 *   { reportingOrg: { ref: "XM-DAC-701-8", type: "10", name: "Japan International Cooperation Agency" } },
 * )
 * const { dataset } = await readIati(xml)
 * dataset.programmes[0]?.period //=> { start: "2024-10", end: "2024-11" }
 *
 * @category IATI
 */
export function writeIati(dataset: Dataset, options: WriteIatiOptions): string {
  const organisations = new Map<string, Organisation>()
  for (const organisation of dataset.organisations ?? [])
    if (!organisations.has(organisation.id)) organisations.set(organisation.id, organisation)
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<iati-activities version="2.03" xmlns:${PREFIX}="${IATI_EXTENSION_NAMESPACE}">`,
  ]
  for (const programme of dataset.programmes ?? []) {
    const activity = cleanTree(activityOf(programme, organisations, options))
    const extension = extensionOf(programme, activity)
    if (extension !== undefined) {
      const json = JSON.stringify(extension).replace(
        /[\uFFFE\uFFFF]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16)}`,
      )
      activity.children.push(element(`${PREFIX}:programme`, {}, [], json))
    }
    serialise(activity, "  ", out)
  }
  out.push("</iati-activities>", "")
  return out.join("\n")
}
