// One `iati-activity` element → one programme, the organisations it names and the issues met.
// Pure: the reader calls it for each activity it has parsed, the writer on what it writes (so
// that what it leaves to the extension element is exactly what IATI cannot carry).
import { isPartialDate } from "../dates/partial-date.js"
import { currencyDigits } from "../money/currencies.js"
import { addDecimal, decimalToNumber, parseDecimal } from "../money/minor-units.js"
import { isCountryCode } from "../reference/countries.js"
import { findGrouping } from "../reference/groupings.js"
import type { JsonValue } from "../schemas/fields.js"
import type { Organisation } from "../schemas/organisation.js"
import type { Programme } from "../schemas/programme.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "../validate/catalogue.js"
import { RULES } from "../validate/catalogue.js"
import type { ValidationIssue } from "../validate/issue.js"
import {
  budgetTypeOf,
  dateTypeOf,
  IATI_EXTENSION_NAMESPACE,
  kindOfAidType,
  organisationTypeOf,
  roleOf,
  STATUS_OF_CODE,
  STATUS_OF_WORD,
  sectorVocabularyOf,
} from "./codes.js"
import { attr, childrenNamed, detach, toJson, type XmlElement } from "./element.js"

/** What the activity's context gives: its position, the file's namespaces and language. */
export type ActivityContext = {
  /** 0-based position of the activity in the file. */
  index: number
  /** `xml:lang` of the enclosing `iati-activities`, if any. */
  fileLang?: string | undefined
  /** Prefixes bound to the extension namespace on the root element. */
  extensionPrefixes?: readonly string[]
}

export type MappedActivity = {
  /** The `iati-identifier`, when there is one. */
  identifier?: string
  /** Undefined when the activity lacks what a programme needs (`iati/activity-incomplete`). */
  programme?: Programme
  /** Organisations named with a `@ref`: participating and reporting organisations. */
  organisations: Organisation[]
  issues: ValidationIssue[]
}

const SDG_TARGET = /^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-z])$/

/** The children of an activity that the mapping reads (in full or in part). */
export const MAPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "iati-identifier",
  "reporting-org",
  "title",
  "participating-org",
  "activity-status",
  "activity-date",
  "recipient-country",
  "recipient-region",
  "sector",
  "tag",
  "default-aid-type",
  "budget",
])

/** Keys of a programme the extension element may set. */
const PROGRAMME_KEYS = new Set([
  "id",
  "title",
  "kind",
  "status",
  "period",
  "series",
  "organisations",
  "venue",
  "mode",
  "countries",
  "groups",
  "themes",
  "sdgTargets",
  "dacPurposeCodes",
  "goals",
  "pledges",
  "budget",
  "reportedParticipants",
  "extra",
  "sources",
])

/** The text of an element for a person: the English narrative, else the first; 1.0x: its text. */
export function narrativeOf(el: XmlElement, lang: string | undefined): string | undefined {
  const narratives = childrenNamed(el, "narrative")
  if (narratives.length === 0) {
    const text = el.text.trim()
    return text === "" ? undefined : detach(text)
  }
  let first: string | undefined
  for (const narrative of narratives) {
    const text = narrative.text.trim()
    if (text === "") continue
    first ??= text
    const own = attr(narrative, "xml:lang") ?? lang
    if (own !== undefined && /^en(?:-|$)/i.test(own)) return detach(text)
  }
  return first === undefined ? undefined : detach(first)
}

/** An IATI date (xsd:date, maybe with a zone; 1.0x: sometimes only text such as `2012`). */
function dateOf(el: XmlElement): { date?: string; given: string } {
  const given = attr(el, "iso-date") ?? el.text.trim()
  const match = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+)?(?:Z|[+-]\d{2}:\d{2})?$/.exec(given)
  const date = match?.[1]
  return date !== undefined && isPartialDate(date) ? { date, given } : { given }
}

/** Builds the programme of one activity. */
export function mapActivity(activity: XmlElement, context: ActivityContext): MappedActivity {
  const issues: ValidationIssue[] = []
  const organisations = new Map<string, Organisation>()
  const extra: Record<string, JsonValue> = Object.create(null)
  const lang = attr(activity, "xml:lang") ?? context.fileLang
  const identifierEl = activity.children.find((c) => c.name === "iati-identifier")
  const identifier =
    identifierEl === undefined ? undefined : detach(identifierEl.text.trim()) || undefined
  const where = `iati-activity ${context.index + 1}${identifier === undefined ? "" : ` ${quote(identifier)}`}`
  const entity =
    identifier === undefined ? undefined : { kind: "programme" as const, id: identifier }
  const report = (code: IssueCode, el: XmlElement | undefined, message: string) => {
    const line = el !== undefined && el.line > 0 ? ` (line ${el.line})` : ""
    const path: (string | number)[] = ["iati-activity", context.index]
    if (el !== undefined && el !== activity) path.push(detach(el.name))
    issues.push({
      code,
      severity: RULES[code].severity,
      path,
      message: detach(`${where}${line}: ${message}`),
      ...(entity === undefined ? {} : { entity }),
    })
  }
  const keep = (el: XmlElement) => {
    const json = el.json ?? toJson(el)
    const list = extra[el.name]
    if (Array.isArray(list)) list.push(json)
    else extra[detach(el.name)] = [json]
  }
  const reportedUnmapped = new Set<string>()
  const unmapped = (el: XmlElement, why = "has no place in the model") => {
    keep(el)
    if (reportedUnmapped.has(el.name)) return
    reportedUnmapped.add(el.name)
    report("iati/unmapped", el, `${quote(el.name)} ${why}: kept under extra.iati`)
  }
  const addOrganisation = (el: XmlElement, ref: string) => {
    if (organisations.has(ref)) return
    const organisation: Organisation = {
      id: ref,
      name: narrativeOf(el, lang) ?? ref,
      type: organisationTypeOf(attr(el, "type"), ref),
    }
    organisations.set(ref, organisation)
  }

  let title: string | undefined
  let status: Programme["status"] | undefined
  let statusGiven: string | undefined
  const dates = new Map<number, string>()
  const countries: string[] = []
  const groups: string[] = []
  const dac: number[] = []
  const sdg: string[] = []
  const links: NonNullable<Programme["organisations"]> = []
  let aidType: string | undefined
  let extension: XmlElement | undefined
  const budgets: XmlElement[] = []
  const partlyUsed = new Set<XmlElement>()
  const extensionPrefixes = new Set(context.extensionPrefixes ?? [])
  for (const key of Object.keys(activity.attributes)) {
    if (key.startsWith("xmlns:") && activity.attributes[key] === IATI_EXTENSION_NAMESPACE)
      extensionPrefixes.add(key.slice(6))
  }

  for (const el of activity.children) {
    switch (el.name) {
      case "iati-identifier":
        break
      case "reporting-org": {
        const ref = attr(el, "ref")
        if (ref !== undefined) addOrganisation(el, ref)
        break
      }
      case "title":
        title ??= narrativeOf(el, lang)
        break
      case "participating-org": {
        const ref = attr(el, "ref")
        const role = roleOf(attr(el, "role"))
        if (ref === undefined) {
          keep(el)
          report(
            "iati/organisation-without-ref",
            el,
            `participating-org ${quote(narrativeOf(el, lang) ?? "(no name)")} has no @ref: not linked, kept under extra.iati`,
          )
        } else if (role === undefined) {
          keep(el)
          report(
            "iati/invalid-value",
            el,
            `participating-org ${quote(ref)} has role ${quote(attr(el, "role") ?? "")}, not 1–4 (funding, accountable, extending, implementing): kept under extra.iati`,
          )
        } else {
          addOrganisation(el, ref)
          links.push({ organisation: ref, role })
        }
        break
      }
      case "activity-status": {
        statusGiven = attr(el, "code") ?? el.text.trim()
        status ??= STATUS_OF_CODE[statusGiven] ?? STATUS_OF_WORD[statusGiven.toLowerCase()]
        break
      }
      case "activity-date": {
        const type = dateTypeOf(attr(el, "type"))
        const { date, given } = dateOf(el)
        if (type === undefined || date === undefined) {
          keep(el)
          report(
            "iati/invalid-value",
            el,
            type === undefined
              ? `activity-date type ${quote(attr(el, "type") ?? "")} is not 1–4 (or start-planned, start-actual, end-planned, end-actual): kept under extra.iati`
              : `activity-date ${quote(given)} is not a date YYYY-MM-DD: kept under extra.iati`,
          )
        } else if (!dates.has(type)) dates.set(type, date)
        else partlyUsed.add(el)
        break
      }
      case "recipient-country": {
        const code = attr(el, "code")?.toUpperCase()
        if (code !== undefined && isCountryCode(code)) {
          countries.push(code)
          if (attr(el, "percentage") !== undefined) partlyUsed.add(el)
        } else {
          keep(el)
          report(
            "iati/invalid-value",
            el,
            `recipient-country ${quote(attr(el, "code") ?? "")} is not an ISO 3166-1 alpha-2 code: kept under extra.iati`,
          )
        }
        break
      }
      case "recipient-region": {
        const vocabulary = attr(el, "vocabulary") ?? "1"
        const code = attr(el, "code") ?? ""
        if (vocabulary !== "2") {
          unmapped(
            el,
            `of vocabulary ${quote(vocabulary)} (only UN M49, vocabulary 2, maps to groups)`,
          )
        } else if (/^\d{3}$/.test(code) && findGrouping(`m49-${code}`) !== undefined) {
          groups.push(`m49-${code}`)
          if (attr(el, "percentage") !== undefined) partlyUsed.add(el)
        } else {
          keep(el)
          report(
            "iati/invalid-value",
            el,
            `recipient-region ${quote(code)} is not a UN M49 region code the reference knows (such as 035): kept under extra.iati`,
          )
        }
        break
      }
      case "sector": {
        const vocabulary = sectorVocabularyOf(attr(el, "vocabulary"))
        const code = attr(el, "code") ?? ""
        if (vocabulary === "1") {
          if (/^\d{5}$/.test(code) && Number(code) >= 10000) {
            dac.push(Number(code))
            if (attr(el, "percentage") !== undefined) partlyUsed.add(el)
          } else {
            keep(el)
            report(
              "iati/invalid-value",
              el,
              `sector ${quote(code)} of vocabulary 1 is not a 5-digit DAC purpose code: kept under extra.iati`,
            )
          }
        } else if (vocabulary === "8" && SDG_TARGET.test(code)) {
          sdg.push(code)
          if (attr(el, "percentage") !== undefined) partlyUsed.add(el)
        } else {
          unmapped(
            el,
            `of vocabulary ${quote(vocabulary)} (DAC purpose codes, vocabulary 1, and SDG targets, vocabulary 8, are mapped)`,
          )
        }
        break
      }
      case "tag": {
        const code = attr(el, "code") ?? ""
        if (attr(el, "vocabulary") === "3" && SDG_TARGET.test(code)) sdg.push(code)
        else unmapped(el, "(other than an SDG target, vocabulary 3)")
        break
      }
      case "default-aid-type": {
        const vocabulary = attr(el, "vocabulary") ?? "1"
        if (vocabulary === "1" && aidType === undefined) aidType = attr(el, "code")
        partlyUsed.add(el)
        break
      }
      case "budget":
        budgets.push(el)
        break
      default: {
        const colon = el.name.indexOf(":")
        if (
          colon > 0 &&
          el.name.slice(colon + 1) === "programme" &&
          extensionPrefixes.has(el.name.slice(0, colon)) &&
          extension === undefined
        )
          extension = el
        else unmapped(el)
      }
    }
  }
  for (const el of partlyUsed) keep(el)

  const budget = mapBudgets(budgets, attr(activity, "default-currency"), (el, why) => {
    if (why === undefined) keep(el)
    else unmapped(el, why)
  })
  const start = dates.get(2) ?? dates.get(1)
  const end = dates.get(4) ?? dates.get(3)
  const missing: string[] = []
  if (identifier === undefined) missing.push("an iati-identifier")
  if (title === undefined) missing.push("a title")
  if (status === undefined)
    missing.push(
      statusGiven === undefined
        ? "an activity-status"
        : `an activity-status of 1–6 (it has ${quote(statusGiven)})`,
    )
  if (start === undefined) missing.push("a start date (activity-date of type 1 or 2)")
  const result: MappedActivity = { organisations: [...organisations.values()], issues }
  if (identifier !== undefined) result.identifier = identifier
  if (
    missing.length > 0 ||
    identifier === undefined ||
    title === undefined ||
    status === undefined ||
    start === undefined
  ) {
    report(
      "iati/activity-incomplete",
      activity,
      `no programme made: it lacks ${missing.join(", ")}`,
    )
    return result
  }
  const programme: Programme = {
    id: identifier,
    title,
    kind: kindOfAidType(aidType),
    status,
    period: end === undefined ? { start } : { start, end },
  }
  if (links.length > 0) programme.organisations = links
  if (countries.length > 0) programme.countries = countries
  if (groups.length > 0) programme.groups = groups
  if (sdg.length > 0) programme.sdgTargets = sdg
  if (dac.length > 0) programme.dacPurposeCodes = dac
  if (budget !== undefined) programme.budget = budget
  if (Object.keys(extra).length > 0) programme.extra = { iati: extra }
  if (extension !== undefined && applyExtension(programme, extension, report)) {
    // The extension states `extra` itself: what it replaces was written from the programme
    // (the description `writeIati` must write), so it is not reported as unmapped.
    for (let i = issues.length - 1; i >= 0; i--)
      if (issues[i]?.code === "iati/unmapped") issues.splice(i, 1)
  }
  result.programme = programme
  return result
}

/**
 * The programme's budget: the sum of the budgets of type 1 (original) when every budget is of
 * type 1 and in one currency, exact. Otherwise no budget (no rate is guessed, and original and
 * revised budgets are not added); every budget element is kept under extra.iati when there is
 * more than one.
 */
function mapBudgets(
  budgets: XmlElement[],
  defaultCurrency: string | undefined,
  keep: (el: XmlElement, unmappedBecause?: string) => void,
): Programme["budget"] | undefined {
  if (budgets.length === 0) return undefined
  let currency: string | undefined
  let total = parseDecimal("0") as NonNullable<ReturnType<typeof parseDecimal>>
  let why: string | undefined
  for (const budget of budgets) {
    const value = budget.children.find((c) => c.name === "value")
    const own = value === undefined ? undefined : (attr(value, "currency") ?? defaultCurrency)
    const amount = value === undefined ? undefined : parseDecimal(value.text.trim())
    if (budgetTypeOf(attr(budget, "type")) !== "1")
      why = "of type 2 (revised) is not added to the original budgets"
    else if (own === undefined || currencyDigits(own) === undefined || amount === undefined)
      why = "has no readable value and currency"
    else if (currency !== undefined && own !== currency)
      why = "in several currencies cannot be added (no rate is guessed)"
    else if (amount.scale > (currencyDigits(own) as number))
      why = `has more decimals than ${own} allows`
    if (why !== undefined) break
    currency = own
    total = addDecimal(total, amount as NonNullable<typeof amount>)
  }
  if (why !== undefined) {
    for (const budget of budgets) keep(budget, `(a budget ${why})`)
    return undefined
  }
  if (budgets.length > 1) for (const budget of budgets) keep(budget)
  return { amount: decimalToNumber(total), currency: currency as string }
}

/** Sets what the extension element written by `writeIati` holds; true when it states `extra`. */
function applyExtension(
  programme: Programme,
  el: XmlElement,
  report: (code: IssueCode, el: XmlElement, message: string) => void,
): boolean {
  let value: unknown
  try {
    value = JSON.parse(el.text)
  } catch {
    value = undefined
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    report("iati/invalid-value", el, `${quote(el.name)} does not hold a JSON object: ignored`)
    return false
  }
  let statesExtra = false
  const target = programme as Record<string, unknown>
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (key === "absent" && Array.isArray(field)) {
      for (const name of field) {
        if (typeof name !== "string" || !PROGRAMME_KEYS.has(name)) continue
        delete target[name]
        if (name === "extra") statesExtra = true
      }
    } else if (PROGRAMME_KEYS.has(key)) {
      target[key] = field
      if (key === "extra") statesExtra = true
    } else
      report(
        "iati/invalid-value",
        el,
        `${quote(el.name)} sets ${quote(key)}, which is not a programme field: ignored`,
      )
  }
  return statesExtra
}
