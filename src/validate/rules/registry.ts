// Every validation rule, in the order it runs: the order of the issues it reports. Rules on
// one collection run record by record, each record through its rules in this order (see
// run-rules.ts). The rules made by a shared constructor (a duplicate id, an unknown reference
// or theme, a period that ends before it starts) are listed here; every other rule is a file
// of its own (rules/<collection>/<what>.ts, indexed in all.ts) that names in `after` the rule
// it runs right after, and is placed there (docs/contributing.md).

import { EACH } from "../record-fields.js"
import * as FILE_RULES from "./all.js"
import { duplicateId } from "./duplicate-id.js"
import { endBeforeStart } from "./end-before-start.js"
import { repeatedId } from "./repeated-id.js"
import type { CollectionRule, ValidationRule } from "./rule.js"
import { unknownReference } from "./unknown-reference.js"
import { unknownTheme } from "./unknown-theme.js"

const SHARED_RULES: readonly ValidationRule[] = [
  // Ids repeated across records, collection by collection.
  duplicateId("organisation/duplicate-id", "organisations"),
  duplicateId("grouping/duplicate-id", "groups"),
  duplicateId("participant/duplicate-id", "participants"),
  duplicateId("pledge/duplicate-id", "pledges"),
  duplicateId("framework/duplicate-id", "frameworks"),
  duplicateId("programme/duplicate-id", "programmes"),
  duplicateId("figure/duplicate-id", "figures"),

  // Groupings: membership spans, member by member (files).
  // Programmes.
  endBeforeStart("programme/end-before-start", "programmes"),
  unknownReference(
    "programme/unknown-organisation",
    "programmes",
    ["organisations", EACH, "organisation"],
    "organisations",
  ),
  unknownReference("programme/unknown-group", "programmes", ["groups", EACH], "groups"),
  unknownReference("programme/unknown-pledge", "programmes", ["pledges", EACH], "pledges"),
  unknownTheme("programme/unknown-theme", "programmes", ["themes"]),

  // Participants.
  unknownReference(
    "participant/unknown-organisation",
    "participants",
    ["organisation"],
    "organisations",
  ),

  // Participations: the hot loop, then the pairs repeated across records (files).
  // Pledges, then their fulfilment records, record by record.
  endBeforeStart("pledge/end-before-start", "pledges"),
  unknownTheme("pledge/unknown-theme", "pledges", ["themes"]),
  unknownReference("pledge/unknown-pledger", "pledges", ["pledger"], "organisations"),
  unknownReference(
    "pledge/unknown-organisation",
    "pledges",
    ["recipient", "organisation"],
    "organisations",
  ),
  unknownReference("pledge/unknown-group", "pledges", ["recipient", "groups", EACH], "groups"),
  repeatedId("pledge/duplicate-target-id", "pledges", "targets"),

  // Strategic frameworks, then their priority regions, region by region.
  endBeforeStart("framework/end-before-start", "frameworks"),
  unknownReference("framework/unknown-party", "frameworks", ["parties", EACH], "organisations"),
  repeatedId("framework/duplicate-goal-id", "frameworks", "goals"),
  repeatedId("framework/duplicate-region-id", "frameworks", "priorityRegions", "priorityRegions"),
  unknownReference(
    "framework/unknown-group",
    "frameworks",
    ["priorityRegions", EACH, "groups", EACH],
    "groups",
    "priorityRegions",
  ),
  unknownTheme(
    "framework/unknown-theme",
    "frameworks",
    ["priorityRegions", EACH, "themes"],
    "priorityRegions",
  ),
  unknownTheme("framework/unknown-theme", "frameworks", ["goals", EACH, "themes"], "goals"),

  // Reported figures.
  unknownReference(
    "figure/unknown-organisation",
    "figures",
    ["scope", "organisation"],
    "organisations",
  ),
  unknownReference("figure/unknown-series", "figures", ["scope", "series"], "series"),
  unknownReference(
    "figure/unknown-programme",
    "figures",
    ["scope", "programmes", EACH],
    "programmes",
  ),
]

/**
 * Places each rule of a file right after the last rule with the code it names in `after`,
 * following chains of files; a rule on a whole collection without `after` goes after every
 * other rule on its collection. Two rules naming the same place, or a place no rule has, is
 * a mistake in the rules, refused when the module loads (every validation test loads it).
 */
export function placeRules(
  shared: readonly ValidationRule[],
  placed: readonly ValidationRule[],
): ValidationRule[] {
  const order = [...shared]
  const anchors = new Set<string>()
  const last: CollectionRule[] = []
  for (const rule of placed) {
    if (rule.after === undefined && "whole" in rule) last.push(rule)
    else if (rule.after === undefined || anchors.has(rule.after)) {
      throw new Error(`rule ${rule.code}: no \`after\`, or another rule runs after ${rule.after}`)
    } else anchors.add(rule.after)
  }
  let pending = placed.filter((rule) => rule.after !== undefined)
  while (pending.length > 0) {
    const left = pending.filter((rule) => {
      const at = lastIndexOf(order, (r) => r.code === rule.after)
      if (at >= 0) order.splice(at + 1, 0, rule)
      return at < 0
    })
    if (left.length === pending.length) {
      throw new Error(`no rule has the code that ${left.map((r) => r.code).join(", ")} run after`)
    }
    pending = left
  }
  for (const rule of last) order.splice(lastIndexOf(order, (r) => r.on === rule.on) + 1, 0, rule)
  return order
}

export const RULE_ORDER: readonly ValidationRule[] = placeRules(
  SHARED_RULES,
  Object.values(FILE_RULES),
)

function lastIndexOf(
  rules: readonly ValidationRule[],
  test: (rule: ValidationRule) => boolean,
): number {
  for (let i = rules.length - 1; i >= 0; i--) if (test(rules[i] as ValidationRule)) return i
  return -1
}
