import { SDG_GOALS, SDG16_TARGETS } from "./sdgs-data.js"

/**
 * A Sustainable Development Goal (UN General Assembly resolution A/RES/70/1).
 *
 * @example
 * const goal: SdgGoal | undefined = findSdgGoal(16) // goal?.goal === 16
 *
 * @category Reference
 */
export type SdgGoal = {
  /** The goal's number, 1–17. */
  goal: number
  /** Its short name: `"Peace, justice and strong institutions"`. */
  short: string
  /** Its full wording. */
  title: string
}

/**
 * A target of an SDG, such as `"16.5"` or `"16.a"`.
 *
 * @example
 * const target: SdgTarget | undefined = findSdgTarget("16.a") // target?.goal === 16
 *
 * @category Reference
 */
export type SdgTarget = {
  /** The target's code as programmes use it in `sdgTargets`: `"16.5"`, `"16.a"`. */
  target: string
  /** The goal it belongs to. */
  goal: number
  /** Its official wording. */
  title: string
}

/**
 * The 17 Sustainable Development Goals, in order, with their short names and wording (from
 * open-sdg, the official UN text). Frozen.
 *
 * @example
 * listSdgGoals().length //=> 17
 * listSdgGoals()[15]?.short //=> "Peace, justice and strong institutions"
 *
 * @category Reference
 */
export function listSdgGoals(): readonly SdgGoal[] {
  return SDG_GOALS
}

/**
 * The targets of SDG 16 (16.1–16.10, then 16.a and 16.b) with their wording. Targets of other
 * goals are not shipped: `programme.sdgTargets` may still name them. Frozen.
 *
 * @example
 * listSdgTargets().map((t) => t.target).at(-1) //=> "16.b"
 *
 * @category Reference
 */
export function listSdgTargets(): readonly SdgTarget[] {
  return SDG16_TARGETS
}

/**
 * An SDG by number, or `undefined`.
 *
 * @example
 * findSdgGoal(16)?.short //=> "Peace, justice and strong institutions"
 * findSdgGoal(18)        //=> undefined
 *
 * @category Reference
 */
export function findSdgGoal(goal: number): SdgGoal | undefined {
  return SDG_GOALS.find((g) => g.goal === goal)
}

/**
 * A shipped SDG target (those of SDG 16) by code, or `undefined`.
 *
 * @example
 * findSdgTarget("16.5")?.title //=> "Substantially reduce corruption and bribery in all their forms"
 * findSdgTarget("5.2")         //=> undefined (only SDG 16 targets ship)
 *
 * @category Reference
 */
export function findSdgTarget(target: string): SdgTarget | undefined {
  return SDG16_TARGETS.find((t) => t.target === target)
}
