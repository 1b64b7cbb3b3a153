// The extension element `writeIati` writes (`jc:programme`, JSON of what IATI cannot carry):
// reading it back sets those fields of the programme, so that a written file reads back the same.
import type { Programme } from "../schemas/programme.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "../validate/catalogue.js"
import type { XmlElement } from "./element.js"

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

/** Sets what the extension element written by `writeIati` holds; true when it states `extra`. */
export function applyExtension(
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
