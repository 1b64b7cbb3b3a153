import { field, isObject, listOf } from "../../record-fields.js"
import { firstIndexById } from "../repeated-id.js"

/** What the fulfilment rules need to know about a pledge's target. */
export type TargetFacts = { kind: unknown; currency: unknown; index: number }

/** The targets of a pledge by id: the first target with each id (a repeat is its own issue). */
export function targetsOf(pledge: Record<string, unknown>): Map<string, TargetFacts> {
  const list = listOf(field(pledge, "targets"))
  const targets = new Map<string, TargetFacts>()
  for (const [id, index] of firstIndexById(list)) {
    const target = list[index]
    targets.set(id, {
      kind: field(target, "kind"),
      currency: field(field(target, "money"), "currency"),
      index,
    })
  }
  return targets
}

/**
 * Calls `visit` with each fulfilment record of a pledge that is an object, its index, and
 * the target it names when the pledge has it.
 */
export function eachFulfilment(
  pledge: Record<string, unknown>,
  visit: (record: Record<string, unknown>, index: number, target: TargetFacts | undefined) => void,
): void {
  let targets: Map<string, TargetFacts> | undefined
  listOf(field(pledge, "fulfilments")).forEach((record, index) => {
    if (!isObject(record)) return
    targets ??= targetsOf(pledge)
    const id = field(record, "target")
    visit(record, index, typeof id === "string" ? targets.get(id) : undefined)
  })
}
