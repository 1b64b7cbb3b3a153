// What `pledgeProgress` reads of a pledge and of the programmes that name it, checked.
import type { Programme } from "../../schemas/programme.js"
import { quote } from "../../text/quote.js"
import { DATE, invalidRecord, TEXT, TEXTS } from "../errors.js"
import { type Problem, periodProblem, throwProblem } from "./problem.js"
import { isDate, isRecord, isTexts } from "./shapes.js"

const TARGET = "{ id, kind: 'money', money } or { id, kind: 'quantity', metric, value }"
const FULFILMENT = "{ target, on, money?, value?, kind? }"
const NUMBER = "a finite number"

/** Checks what `pledgeProgress` reads of a pledge: `id`, `period`, `targets`, `fulfilments`. */
export function assertPledge(fn: string, pledge: Record<string, unknown>): void {
  throwProblem(fn, "pledge", pledge.id, pledgeProblem(pledge))
}

function pledgeProblem(pledge: Record<string, unknown>): Problem {
  const { id, period, targets, fulfilments } = pledge
  if (typeof id !== "string") return ["id", id, TEXT]
  const problem = periodProblem(period, true)
  if (problem !== undefined) return problem
  if (!Array.isArray(targets)) return ["targets", targets, `[${TARGET}]`]
  for (let k = 0; k < targets.length; k++) {
    const problem = targetProblem(`targets[${k}]`, targets[k])
    if (problem !== undefined) return problem
  }
  if (fulfilments === undefined) return undefined
  if (!Array.isArray(fulfilments)) return ["fulfilments", fulfilments, `[${FULFILMENT}]`]
  for (let k = 0; k < fulfilments.length; k++) {
    const problem = fulfilmentProblem(`fulfilments[${k}]`, fulfilments[k])
    if (problem !== undefined) return problem
  }
  return undefined
}

function targetProblem(at: string, t: unknown): Problem {
  if (!(isRecord(t) && typeof t.id === "string")) return [at, t, TARGET]
  if (t.kind === "money") return moneyProblem(`${at}.money`, t.money)
  return t.kind !== "quantity"
    ? [`${at}.kind`, t.kind, "'money' or 'quantity'"]
    : typeof t.metric !== "string"
      ? [`${at}.metric`, t.metric, TEXT]
      : !isNumber(t.value)
        ? [`${at}.value`, t.value, NUMBER]
        : undefined
}

function fulfilmentProblem(at: string, f: unknown): Problem {
  if (!isRecord(f)) return [at, f, FULFILMENT]
  const { target, on, kind, money, value } = f
  return typeof target !== "string"
    ? [`${at}.target`, target, "the id of a target"]
    : !isDate(on)
      ? [`${at}.on`, on, DATE]
      : kind !== undefined && kind !== "increment" && kind !== "cumulative"
        ? [`${at}.kind`, kind, "'increment' (the default) or 'cumulative'"]
        : ((money === undefined ? undefined : moneyProblem(`${at}.money`, money)) ??
          (value !== undefined && !isNumber(value) ? [`${at}.value`, value, NUMBER] : undefined))
}

function moneyProblem(at: string, value: unknown): Problem {
  return isRecord(value) && typeof value.amount === "number" && typeof value.currency === "string"
    ? undefined
    : [at, value, "{ amount, currency }"]
}

function isNumber(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value)
}

/** Checks what `pledgeProgress` reads of a programme besides the rest: `pledges`. */
export function assertProgrammePledges(fn: string, programme: Programme): void {
  const pledges = (programme as Record<string, unknown>).pledges
  if (pledges !== undefined && !isTexts(pledges))
    throw invalidRecord(fn, `programme ${quote(programme.id)}`, "pledges", pledges, TEXTS)
}
