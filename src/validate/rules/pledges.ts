import { quote } from "../../text/quote.js"
import type { Location } from "../issue.js"
import { field, isObject, listOf, text } from "../report.js"
import { type Context, eachRecord } from "./context.js"
import { checkPeriod } from "./periods.js"
import { checkThemes } from "./themes.js"

type Target = { kind: unknown; currency: unknown; index: number }

/** Every rule on pledges: references, targets, and the fulfilment records. */
export function checkPledges(ctx: Context): void {
  eachRecord(ctx, "pledges", (pledge, location) => {
    checkPeriod(ctx, pledge, location, "pledge/end-before-start")
    checkThemes(ctx, field(pledge, "themes"), location, ["themes"], "pledge/unknown-theme")
    const pledger = text(pledge, "pledger")
    if (pledger !== undefined && !ctx.knows("organisations", pledger)) {
      ctx.reporter.add(
        "pledge/unknown-pledger",
        location,
        ["pledger"],
        `pledger ${quote(pledger)} is not in organisations`,
      )
    }
    const recipient = field(pledge, "recipient")
    const organisation = text(recipient, "organisation")
    if (organisation !== undefined && !ctx.knows("organisations", organisation)) {
      ctx.reporter.add(
        "pledge/unknown-organisation",
        location,
        ["recipient", "organisation"],
        `recipient.organisation ${quote(organisation)} is not in organisations`,
      )
    }
    listOf(field(recipient, "groups")).forEach((id, i) => {
      if (typeof id === "string" && !ctx.knows("groups", id)) {
        ctx.reporter.add(
          "pledge/unknown-group",
          location,
          ["recipient", "groups", i],
          `recipient.groups[${i}] ${quote(id)} is not in groups or the reference groupings`,
        )
      }
    })
    const targets = indexTargets(ctx, pledge, location)
    checkFulfilments(ctx, pledge, location, targets)
  })
}

function indexTargets(
  ctx: Context,
  pledge: Record<string, unknown>,
  location: Location,
): Map<string, Target> {
  const targets = new Map<string, Target>()
  listOf(field(pledge, "targets")).forEach((target, index) => {
    const id = text(target, "id")
    if (id === undefined) return
    const earlier = targets.get(id)
    if (earlier !== undefined) {
      ctx.reporter.add(
        "pledge/duplicate-target-id",
        location,
        ["targets", index, "id"],
        `targets[${index}] has the id ${quote(id)} of targets[${earlier.index}]`,
      )
      return
    }
    targets.set(id, {
      kind: field(target, "kind"),
      currency: field(field(target, "money"), "currency"),
      index,
    })
  })
  return targets
}

function checkFulfilments(
  ctx: Context,
  pledge: Record<string, unknown>,
  location: Location,
  targets: Map<string, Target>,
): void {
  const announcedOn = text(pledge, "announcedOn")
  const announced = ctx.span(announcedOn)
  // Built once per pledge, at most a few ids: a message must not list 2,000 targets.
  let knownTargets: string | undefined
  // target → date → indexes of its records on that date, and whether one is cumulative
  const byDate = new Map<string, Map<string, { first: number; cumulative: boolean }>>()
  listOf(field(pledge, "fulfilments")).forEach((record, i) => {
    if (!isObject(record)) return
    const path = ["fulfilments", i]
    const on = text(record, "on")
    const span = ctx.span(on)
    if (announced !== undefined && span !== undefined && span[1] < announced[0]) {
      ctx.reporter.add(
        "pledge/fulfilment-before-announcement",
        location,
        [...path, "on"],
        `fulfilments[${i}].on ${on} is before announcedOn ${announcedOn}`,
      )
    }
    const targetId = text(record, "target")
    if (targetId === undefined) return
    const target = targets.get(targetId)
    if (target === undefined) {
      knownTargets ??= listSome([...targets.keys()])
      ctx.reporter.add(
        "pledge/unknown-target",
        location,
        [...path, "target"],
        `fulfilments[${i}].target ${quote(targetId)} is not a target of this pledge (${knownTargets === "" ? "it has no targets" : `its targets are ${knownTargets}`})`,
      )
      return
    }
    checkKind(ctx, record, location, i, targetId, target)
    // Records on the same date: only valid dates are compared (an invalid one is reported).
    if (on === undefined || span === undefined) return
    let dates = byDate.get(targetId)
    if (dates === undefined) {
      dates = new Map()
      byDate.set(targetId, dates)
    }
    const cumulative = field(record, "kind") === "cumulative"
    const same = dates.get(on)
    if (same === undefined) dates.set(on, { first: i, cumulative })
    else {
      if (cumulative || same.cumulative) {
        ctx.reporter.add(
          "pledge/cumulative-same-date",
          location,
          [...path, "on"],
          `fulfilments[${i}] and fulfilments[${same.first}] for target ${quote(targetId)} are both dated ${on} and one is cumulative`,
        )
      }
      same.cumulative ||= cumulative
    }
  })
}

function checkKind(
  ctx: Context,
  record: Record<string, unknown>,
  location: Location,
  i: number,
  targetId: string,
  target: Target,
): void {
  const money = field(record, "money")
  const hasMoney = money !== undefined
  const hasValue = field(record, "value") !== undefined
  const path = ["fulfilments", i]
  if (target.kind === "money") {
    if (hasValue || !hasMoney) {
      const gives =
        hasValue && hasMoney
          ? "both money and value"
          : hasValue
            ? "a value"
            : "neither money nor value"
      ctx.reporter.add(
        "pledge/fulfilment-wrong-kind",
        location,
        path,
        `fulfilments[${i}] gives ${gives}, but target ${quote(targetId)} is money (give money only)`,
      )
      return
    }
    const currency = field(money, "currency")
    if (
      typeof currency === "string" &&
      typeof target.currency === "string" &&
      currency !== target.currency
    ) {
      ctx.reporter.add(
        "pledge/fulfilment-wrong-currency",
        location,
        [...path, "money", "currency"],
        `fulfilments[${i}] is in ${quote(currency)}, but target ${quote(targetId)} is in ${quote(target.currency)} (pledgeProgress will need a rate from ${quote(currency)} to ${quote(target.currency)})`,
      )
    }
  } else if (target.kind === "quantity" && (hasMoney || !hasValue)) {
    const gives =
      hasValue && hasMoney ? "both money and value" : hasMoney ? "money" : "neither money nor value"
    ctx.reporter.add(
      "pledge/fulfilment-wrong-kind",
      location,
      path,
      `fulfilments[${i}] gives ${gives}, but target ${quote(targetId)} is a quantity (give value only)`,
    )
  }
}

/** Up to five items, quoted: `'a', 'b', 'c', 'd', 'e' and 12 more`. */
function listSome(items: readonly string[], shown = 5): string {
  const quoted = items.slice(0, shown).map((item) => quote(item))
  return items.length > shown
    ? `${quoted.join(", ")} and ${items.length - shown} more`
    : quoted.join(", ")
}
