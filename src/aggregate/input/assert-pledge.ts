// What `pledgeProgress` reads of a pledge and of the programmes that name it, checked.
import type { Programme } from "../../schemas/programme.js"
import { quote } from "../../text/quote.js"
import { DATE, invalidRecord, TEXT, TEXTS } from "../errors.js"
import { assertField, assertPeriod } from "./assert-field.js"
import { isDate, isRecord, isTexts } from "./shapes.js"

/** Checks what `pledgeProgress` reads of a pledge: `id`, `period`, `targets`, `fulfilments`. */
export function assertPledge(fn: string, pledge: Record<string, unknown>): void {
  const { id, period, targets, fulfilments } = pledge
  const where = () => (typeof id === "string" ? `pledge ${quote(id)}` : "the pledge")
  const money = (at: string, value: unknown) =>
    assertField(
      isRecord(value) && typeof value.amount === "number" && typeof value.currency === "string",
      fn,
      where,
      at,
      value,
      "{ amount, currency }",
    )
  const number = (value: unknown) => typeof value === "number" && Number.isFinite(value)
  assertField(typeof id === "string", fn, where, "id", id, TEXT)
  assertPeriod(fn, where, period, true)
  const target = "{ id, kind: 'money', money } or { id, kind: 'quantity', metric, value }"
  assertField(Array.isArray(targets), fn, where, "targets", targets, `[${target}]`)
  for (let k = 0; k < (targets as unknown[]).length; k++) {
    const at = `targets[${k}]`
    const t = (targets as unknown[])[k] as Record<string, unknown>
    assertField(isRecord(t) && typeof t.id === "string", fn, where, at, t, target)
    if (t.kind === "money") money(`${at}.money`, t.money)
    else {
      assertField(t.kind === "quantity", fn, where, `${at}.kind`, t.kind, "'money' or 'quantity'")
      assertField(typeof t.metric === "string", fn, where, `${at}.metric`, t.metric, TEXT)
      assertField(number(t.value), fn, where, `${at}.value`, t.value, "a finite number")
    }
  }
  if (fulfilments === undefined) return
  const record = "{ target, on, money?, value?, kind? }"
  assertField(Array.isArray(fulfilments), fn, where, "fulfilments", fulfilments, `[${record}]`)
  for (let k = 0; k < (fulfilments as unknown[]).length; k++) {
    const at = `fulfilments[${k}]`
    const f = (fulfilments as unknown[])[k] as Record<string, unknown>
    assertField(isRecord(f), fn, where, at, f, record)
    assertField(
      typeof f.target === "string",
      fn,
      where,
      `${at}.target`,
      f.target,
      "the id of a target",
    )
    assertField(isDate(f.on), fn, where, `${at}.on`, f.on, DATE)
    assertField(
      f.kind === undefined || f.kind === "increment" || f.kind === "cumulative",
      fn,
      where,
      `${at}.kind`,
      f.kind,
      "'increment' (the default) or 'cumulative'",
    )
    if (f.money !== undefined) money(`${at}.money`, f.money)
    const value = f.value
    assertField(
      value === undefined || number(value),
      fn,
      where,
      `${at}.value`,
      value,
      "a finite number",
    )
  }
}

/** Checks what `pledgeProgress` reads of a programme besides the rest: `pledges`. */
export function assertProgrammePledges(fn: string, programme: Programme): void {
  const pledges = (programme as Record<string, unknown>).pledges
  if (pledges !== undefined && !isTexts(pledges))
    throw invalidRecord(fn, `programme ${quote(programme.id)}`, "pledges", pledges, TEXTS)
}
