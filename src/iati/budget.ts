// The budget of a programme from an activity's budget elements: exact, in one currency, never
// converted or mixed (original and revised budgets are not added).
import { currencyDigits } from "../money/currencies.js"
import {
  addDecimal,
  compareDecimal,
  decimalOfNumber,
  decimalToNumber,
  parseDecimal,
} from "../money/minor-units.js"
import type { Programme } from "../schemas/programme.js"
import { budgetTypeOf } from "./codes.js"
import { attr, type XmlElement } from "./element.js"

/**
 * The programme's budget: the sum of the budgets of type 1 (original) when every budget is of
 * type 1 and in one currency, exact. Otherwise no budget (no rate is guessed, and original and
 * revised budgets are not added), nor when they add up to less than zero; every budget element
 * is kept under extra.iati when there is more than one.
 */
export function mapBudgets(
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
    // Currency codes are upper case; `gbp` is read as GBP.
    const own =
      value === undefined ? undefined : (attr(value, "currency") ?? defaultCurrency)?.toUpperCase()
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
  const amount = decimalToNumber(total)
  const held = decimalOfNumber(amount)
  if (why !== undefined) why = `a budget ${why}`
  // Budgets may hold negative corrections; a programme's budget is never below zero.
  else if (total.units < 0n) why = "the budgets add up to less than zero"
  // Beyond 2^53 a number drops digits: an amount it cannot hold exactly is not rounded into one.
  else if (held === undefined || compareDecimal(held, total) !== 0)
    why = "the budgets add up to more digits than a number holds exactly"
  if (why !== undefined) {
    for (const budget of budgets) keep(budget, `(${why})`)
    return undefined
  }
  if (budgets.length > 1) for (const budget of budgets) keep(budget)
  return { amount, currency: currency as string }
}
