import type { IssueCode } from "../catalogue.js"
import type { Location } from "../issue.js"
import { field, isObject, listOf } from "../record-fields.js"
import { locate, type Reporter } from "../reporter.js"
import type { Context, ParticipationFacts } from "./context.js"
import { RULE_ORDER } from "./registry.js"
import type {
  CollectionRule,
  ParticipationRule,
  RecordRule,
  Report,
  ValidationRule,
} from "./rule.js"

/**
 * Runs the rules in their registered order (registry.ts) and reports what they find.
 * Consecutive rules on one collection run in one pass over its records, each record through
 * every rule in turn, so that issues come out record by record, in the order of the rules.
 */
export function runRules(
  ctx: Context,
  reporter: Reporter,
  rules: readonly ValidationRule[] = RULE_ORDER,
): void {
  for (let from = 0; from < rules.length; ) {
    const rule = rules[from] as ValidationRule
    if ("whole" in rule) {
      runWhole(ctx, reporter, rule)
      from++
      continue
    }
    let to = from + 1
    while (to < rules.length && sameRun(rule, rules[to] as ValidationRule)) to++
    if (rule.on === "participations") {
      runParticipations(ctx, reporter, rules.slice(from, to) as ParticipationRule[])
    } else {
      runRecords(ctx, reporter, rules.slice(from, to) as RecordRule[])
    }
    from = to
  }
}

function sameRun(a: ValidationRule, b: ValidationRule): boolean {
  return !("whole" in a) && !("whole" in b) && a.on === b.on
}

function runWhole(ctx: Context, reporter: Reporter, rule: CollectionRule): void {
  rule.check(ctx, (at, path, message) => reporter.add(rule.code, at, path, message))
}

type Held = {
  item: number
  code: IssueCode
  at: Location
  path: readonly (string | number)[]
  message: string
}

function runRecords(ctx: Context, reporter: Reporter, rules: readonly RecordRule[]): void {
  const on = (rules[0] as RecordRule).on
  let at: Location
  // Issues of rules on the items of one list, held until the last of them has run on the record.
  const held: Held[] = []
  const reports = rules.map(
    (rule): Report =>
      rule.each === undefined
        ? (path, message) => reporter.add(rule.code, at, path, message)
        : (path, message) =>
            held.push({ item: path[1] as number, code: rule.code, at, path, message }),
  )
  listOf(field(ctx.input, on)).forEach((record, index) => {
    if (!isObject(record) || Array.isArray(record)) return
    at = locate(on, index, record)
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as RecordRule
      rule.check(record, ctx, reports[r] as Report)
      if (rule.each !== undefined && rules[r + 1]?.each !== rule.each) {
        // A stable sort: within one item, the rules' order.
        held.sort((a, b) => a.item - b.item)
        for (const issue of held) reporter.add(issue.code, issue.at, issue.path, issue.message)
        held.length = 0
      }
    }
  })
}

/**
 * The hot loop of validation (a million records): one object describes the current record
 * to every rule, and a record's location is built only when a rule reports.
 */
function runParticipations(
  ctx: Context,
  reporter: Reporter,
  rules: readonly ParticipationRule[],
): void {
  const records = listOf(field(ctx.input, "participations"))
  const { participant: people, programme: programmes } = ctx.participations
  const facts: ParticipationFacts = {
    index: 0,
    record: {},
    participantId: undefined,
    programmeId: undefined,
    participant: undefined,
    programme: undefined,
  }
  const reports = rules.map(
    (rule): Report =>
      (path, message) =>
        reporter.add(rule.code, locate("participations", facts.index, facts.record), path, message),
  )
  const count = rules.length
  for (let index = 0; index < records.length; index++) {
    const record = records[index]
    if (!isObject(record) || Array.isArray(record)) continue
    const person = people[index] as number
    const programme = programmes[index] as number
    facts.index = index
    facts.record = record
    facts.participantId = typeof record.participant === "string" ? record.participant : undefined
    facts.programmeId = typeof record.programme === "string" ? record.programme : undefined
    facts.participant = person < 0 ? undefined : ctx.participants[person]
    facts.programme = programme < 0 ? undefined : ctx.programmes[programme]
    for (let r = 0; r < count; r++)
      (rules[r] as ParticipationRule).check(facts, ctx, reports[r] as Report)
  }
}
