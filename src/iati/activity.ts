// One `iati-activity` element → one programme, the organisations it names and the issues met.
// Pure: the reader calls it for each activity it has parsed, the writer on what it writes (so
// that what it leaves to the extension element is exactly what IATI cannot carry).
import { isPartialDate } from "../dates/partial-date.js"
import { isCountryCode } from "../reference/countries.js"
import { findGrouping } from "../reference/groupings.js"
import type { JsonValue } from "../schemas/fields.js"
import type { Organisation } from "../schemas/organisation.js"
import type { Programme } from "../schemas/programme.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "../validate/catalogue.js"
import { RULES } from "../validate/catalogue.js"
import type { ValidationIssue } from "../validate/issue.js"
import { mapBudgets } from "./budget.js"
import {
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
import { applyExtension } from "./extension.js"

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

/** Whether a language tag is English (`en`, `en-GB`, `EN`). */
function isEnglish(lang: string | undefined): boolean {
  return lang !== undefined && /^en(?:-|$)/i.test(lang)
}

/**
 * The texts of an element with their languages: its narratives (2.0x), or its own text (1.0x).
 * A text without `xml:lang` has the language of the element, else `lang` (the activity's or the
 * file's): XML inherits `xml:lang`.
 */
function textsOf(el: XmlElement, lang: string | undefined): { text: string; lang?: string }[] {
  const own = attr(el, "xml:lang") ?? lang
  const narratives = childrenNamed(el, "narrative")
  if (narratives.length === 0) {
    const text = el.text.trim()
    return text === "" ? [] : [{ text, ...(own === undefined ? {} : { lang: own }) }]
  }
  const texts: { text: string; lang?: string }[] = []
  for (const narrative of narratives) {
    const text = narrative.text.trim()
    const language = attr(narrative, "xml:lang") ?? own
    if (text !== "") texts.push({ text, ...(language === undefined ? {} : { lang: language }) })
  }
  return texts
}

/**
 * The text of one or more elements for a person: the English text, else the first. 2.0x gives
 * one element with a narrative per language; 1.0x repeated the element once per language
 * (`<title xml:lang="fr">…</title><title xml:lang="en">…</title>`).
 */
export function narrativeOf(
  elements: XmlElement | readonly XmlElement[],
  lang: string | undefined,
): string | undefined {
  const texts = (Array.isArray(elements) ? elements : [elements]).flatMap((el: XmlElement) =>
    textsOf(el, lang),
  )
  const chosen = texts.find((t) => isEnglish(t.lang)) ?? texts[0]
  return chosen === undefined ? undefined : detach(chosen.text)
}

/** The objects of a JSON list (the children of one name of an element kept as JSON). */
function objectsIn(value: JsonValue | undefined): { [key: string]: JsonValue }[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (item): item is { [key: string]: JsonValue } =>
      typeof item === "object" && item !== null && !Array.isArray(item),
  )
}

/** An attribute of an element kept as JSON (`"@name"`), trimmed; undefined when absent or blank. */
function jsonAttr(json: { [key: string]: JsonValue }, name: string): string | undefined {
  const value = json[`@${name}`]
  if (typeof value !== "string") return undefined
  const trimmed = value.trim()
  return trimmed === "" ? undefined : trimmed
}

/** The attributes of a participating-org that its link and organisation hold. */
const LINKED_ATTRIBUTES: ReadonlySet<string> = new Set(["ref", "role", "type", "xml:lang"])

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
  // The activity's own attributes (hierarchy, default-currency, last-updated-datetime, …) have no
  // field of their own: kept as the activity's JSON would hold them, first.
  for (const key of Object.keys(activity.attributes))
    extra[`@${detach(key)}`] = detach(activity.attributes[key] as string)
  const reportedUnmapped = new Set<string>()
  const unmapped = (el: XmlElement, why = "has no place in the model") => {
    keep(el)
    if (reportedUnmapped.has(el.name)) return
    reportedUnmapped.add(el.name)
    report("iati/unmapped", el, `${quote(el.name)} ${why}: kept under extra.iati`)
  }
  /** A percentage the model has no place for: the element is kept as well. */
  const keepShare = (el: XmlElement) => {
    if (attr(el, "percentage") !== undefined) partlyUsed.add(el)
  }
  /** A value the model cannot take: the element is kept and reported. */
  const invalid = (el: XmlElement, message: string) => {
    keep(el)
    report("iati/invalid-value", el, `${message}: kept under extra.iati`)
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

  const titles: XmlElement[] = []
  let status: Programme["status"] | undefined
  let statusGiven: string | undefined
  const dates = new Map<number, string>()
  const countries: string[] = []
  const groups: string[] = []
  const dac: number[] = []
  const sdg: string[] = []
  /** A target named twice (as a sector and as a tag) is one target. */
  const addSdg = (code: string) => {
    if (!sdg.includes(code)) sdg.push(code)
  }
  const links: NonNullable<Programme["organisations"]> = []
  /** `role ref` of each link made, and `country XX`, `group 035`, `sector 15130`: each once. */
  const linked = new Set<string>()
  const seen = new Set<string>()
  let aidType: string | undefined
  let extension: XmlElement | undefined
  const budgets: XmlElement[] = []
  const partlyUsed = new Set<XmlElement>()
  const extensionPrefixes = new Set(context.extensionPrefixes ?? [])
  for (const key of Object.keys(activity.attributes)) {
    if (key.startsWith("xmlns:") && activity.attributes[key] === IATI_EXTENSION_NAMESPACE)
      extensionPrefixes.add(key.slice(6))
  }

  /** Names of the activity's children: sectors and countries on it override the transactions'. */
  const present = new Set<string>()
  const transactions: XmlElement[] = []
  for (const el of activity.children) {
    present.add(el.name)
    if (el.name === "transaction") transactions.push(el)
    switch (el.name) {
      case "iati-identifier":
        break
      case "reporting-org": {
        const ref = attr(el, "ref")
        if (ref !== undefined) addOrganisation(el, ref)
        // The model has no reporting role: which organisation reported the activity is kept.
        partlyUsed.add(el)
        break
      }
      case "title":
        titles.push(el)
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
          invalid(
            el,
            `participating-org ${quote(ref)} has role ${quote(attr(el, "role") ?? "")}, not 1–4 (funding, accountable, extending, implementing)`,
          )
        } else {
          addOrganisation(el, ref)
          // The same organisation in the same role again (a file may name it once per funder):
          // one link; the repeat is kept.
          const key = `${role} ${ref}`
          if (linked.has(key)) partlyUsed.add(el)
          else {
            linked.add(key)
            links.push({ organisation: ref, role })
          }
          // What the link and the organisation do not hold (an activity-id, a name in another
          // language, …): the element is kept whole.
          if (
            Object.keys(el.attributes).some((key) => !LINKED_ATTRIBUTES.has(key)) ||
            textsOf(el, lang).length > 1
          )
            partlyUsed.add(el)
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
          invalid(
            el,
            type === undefined
              ? `activity-date type ${quote(attr(el, "type") ?? "")} is not 1–4 (or start-planned, start-actual, end-planned, end-actual)`
              : `activity-date ${quote(given)} is not a date YYYY-MM-DD`,
          )
        } else if (!dates.has(type)) dates.set(type, date)
        else partlyUsed.add(el)
        break
      }
      case "recipient-country": {
        const code = attr(el, "code")?.toUpperCase()
        if (code !== undefined && isCountryCode(code)) {
          if (seen.has(`country ${code}`)) partlyUsed.add(el)
          else {
            seen.add(`country ${code}`)
            countries.push(code)
            keepShare(el)
          }
        } else {
          invalid(
            el,
            `recipient-country ${quote(attr(el, "code") ?? "")} is not an ISO 3166-1 alpha-2 code`,
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
          if (seen.has(`group ${code}`)) partlyUsed.add(el)
          else {
            seen.add(`group ${code}`)
            groups.push(`m49-${code}`)
            keepShare(el)
          }
        } else {
          invalid(
            el,
            `recipient-region ${quote(code)} is not a UN M49 region code the reference knows (such as 035)`,
          )
        }
        break
      }
      case "sector": {
        const vocabulary = sectorVocabularyOf(attr(el, "vocabulary"))
        const code = attr(el, "code") ?? ""
        if (vocabulary === "1") {
          if (/^\d{5}$/.test(code) && Number(code) >= 10000) {
            // A code given twice (with two shares) is one purpose code; both elements are kept.
            if (seen.has(`sector ${code}`)) partlyUsed.add(el)
            else {
              seen.add(`sector ${code}`)
              dac.push(Number(code))
              keepShare(el)
            }
          } else {
            invalid(el, `sector ${quote(code)} of vocabulary 1 is not a 5-digit DAC purpose code`)
          }
        } else if (vocabulary === "8" && SDG_TARGET.test(code)) {
          addSdg(code)
          keepShare(el)
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
        if (attr(el, "vocabulary") === "3" && SDG_TARGET.test(code)) addSdg(code)
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
  // IATI 2.01+: sectors, and recipient countries or regions, are given on the activity or on
  // every transaction. When the activity has none, the transactions' are read (each once); the
  // transactions themselves stay under extra.iati.
  const fromTransactions = {
    sectors: !present.has("sector"),
    places: !present.has("recipient-country") && !present.has("recipient-region"),
  }
  if (fromTransactions.sectors || fromTransactions.places) {
    for (const transaction of transactions) {
      const json = transaction.json ?? toJson(transaction)
      if (fromTransactions.sectors)
        for (const sector of objectsIn(json.sector)) {
          const vocabulary = sectorVocabularyOf(jsonAttr(sector, "vocabulary"))
          const code = jsonAttr(sector, "code") ?? ""
          if (vocabulary === "1" && /^\d{5}$/.test(code) && Number(code) >= 10000) {
            if (!seen.has(`sector ${code}`)) {
              seen.add(`sector ${code}`)
              dac.push(Number(code))
            }
          } else if (vocabulary === "8" && SDG_TARGET.test(code)) addSdg(code)
        }
      if (fromTransactions.places) {
        for (const country of objectsIn(json["recipient-country"])) {
          const code = jsonAttr(country, "code")?.toUpperCase()
          if (code !== undefined && isCountryCode(code) && !seen.has(`country ${code}`)) {
            seen.add(`country ${code}`)
            countries.push(code)
          }
        }
        for (const region of objectsIn(json["recipient-region"])) {
          const code = jsonAttr(region, "code") ?? ""
          if (
            (jsonAttr(region, "vocabulary") ?? "1") === "2" &&
            /^\d{3}$/.test(code) &&
            findGrouping(`m49-${code}`) !== undefined &&
            !seen.has(`group ${code}`)
          ) {
            seen.add(`group ${code}`)
            groups.push(`m49-${code}`)
          }
        }
      }
    }
  }

  const title = narrativeOf(titles, lang)
  // Titles in several languages: the others are kept (1.0x: one element per language).
  if (titles.length > 1 || titles.some((t) => textsOf(t, lang).length > 1))
    for (const el of titles) keep(el)
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
