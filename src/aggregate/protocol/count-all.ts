import { notARecord } from "../errors.js"
import type { OnePassPlan } from "./plan.js"
import { rethrowAt } from "./rethrow-at.js"

/**
 * The one-pass function of an aggregation: counts every record of `records` (the list named
 * `list` in messages: `participations`) in a new state of `plan`, and returns its result. A
 * record that cannot be read names its position (`participations[12]`); a state without `add`
 * reads no record.
 */
export function countAll<TRecord, TResult, TSaved>(
  plan: OnePassPlan<TRecord, TResult, TSaved>,
  records: Iterable<TRecord> | undefined,
  list: string,
): TResult {
  const state = plan.newState()
  if (state.add === undefined || records === undefined) return state.result()
  let i = 0
  try {
    for (const record of records) {
      if (typeof record !== "object" || record === null)
        throw notARecord(plan.kind, plan.records, record)
      state.add(record)
      i++
    }
  } catch (error) {
    rethrowAt(plan.kind, error, `${list}[${i}]`)
  }
  return state.result()
}
