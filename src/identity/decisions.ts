// The decisions resolveIdentities applies (docs/identity.md#what-resolving-does): read into
// `same` and `different`, every other one an issue; and the chain of `same` decisions that a
// contradiction names.

import { isRecord } from "../aggregate/input/shapes.js"
import { compareCodeUnits } from "../text/compare.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "../validate/catalogue.js"
import type { ValidationIssue } from "../validate/issue.js"

/**
 * `decision/contradiction`: decisions[d] separates x and y, which `chain` (the `same` decisions
 * joining them; empty when finding it would cost more than the call's budget) makes one.
 */
export function contradiction(
  d: number,
  x: number,
  y: number,
  ids: readonly string[],
  chain: readonly Decided[],
): ValidationIssue {
  const steps = chain
    .slice(0, 10)
    .map(([k, p, q]) => `decisions[${k}] (${quote(ids[p])} = ${quote(ids[q])})`)
  const why =
    chain.length === 0
      ? "a chain of 'same' decisions makes them one"
      : `${steps.join(", ")}${chain.length > 10 ? ` and ${chain.length - 10} more` : ""} make them one`
  return {
    code: "decision/contradiction",
    severity: "error",
    path: ["decisions", d],
    message: `decisions[${d}]: ${quote(ids[x])} and ${quote(ids[y])} are decided different people, but ${why}: correct one of these decisions; until then none of these records are merged`,
  }
}

/** A readable decision: [decision index, participant index, participant index]. */
export type Decided = [number, number, number]

export function issue(
  code: IssueCode,
  path: (string | number)[],
  message: string,
): ValidationIssue {
  const severity = code === "decision/undecided" || code === "decision/merged-participations"
  return { code, severity: severity ? "warning" : "error", path, message }
}

const DECISION = "{ a, b, decision: 'same' | 'different' } with two different participant ids"

/** Sorts the readable decisions into `same` and `different`; every other one is an issue. */
export function readDecisions(
  decisions: unknown,
  indexOf: Map<string, number>,
  issues: ValidationIssue[],
  same: Decided[],
  different: Decided[],
): void {
  if (!Array.isArray(decisions)) {
    issues.push(
      issue(
        "decision/invalid",
        ["decisions"],
        `the decisions are not a list: give a list of ${DECISION}`,
      ),
    )
    return
  }
  for (let d = 0; d < decisions.length; d++) {
    const record: unknown = decisions[d]
    const at = `decisions[${d}]`
    if (!isRecord(record)) {
      issues.push(
        issue("decision/invalid", ["decisions", d], `${at} is not an object: give ${DECISION}`),
      )
      continue
    }
    const { a, b, decision } = record
    if (typeof a !== "string" || typeof b !== "string" || a === b) {
      issues.push(
        issue(
          "decision/invalid",
          ["decisions", d],
          `${at}: a is ${quote(a)} and b is ${quote(b)}: give two different participant ids`,
        ),
      )
      continue
    }
    if (decision === "") {
      issues.push(
        issue(
          "decision/undecided",
          ["decisions", d, "decision"],
          `${at} (${quote(a)}, ${quote(b)}) is not decided yet: write 'same' or 'different', or remove it`,
        ),
      )
      continue
    }
    if (decision !== "same" && decision !== "different") {
      issues.push(
        issue(
          "decision/invalid",
          ["decisions", d, "decision"],
          `${at}: decision is ${quote(decision)}: write 'same' or 'different'`,
        ),
      )
      continue
    }
    const x = indexOf.get(a)
    const y = indexOf.get(b)
    if (x === undefined || y === undefined) {
      const unknown = x === undefined ? "a" : "b"
      issues.push(
        issue(
          "decision/unknown-participant",
          ["decisions", d, unknown],
          `${at}: ${unknown} ${quote(record[unknown])} is not a participant's id: correct it (ids are compared exactly)`,
        ),
      )
      continue
    }
    ;(decision === "same" ? same : different).push([d, x, y])
  }
}

/** The `same` decisions as a graph: participant → [other participant, decision index]. */
export function sameEdges(same: [number, number, number][]): Map<number, [number, number][]> {
  const edges = new Map<number, [number, number][]>()
  const link = (p: number, q: number, d: number) => {
    const list = edges.get(p)
    if (list === undefined) edges.set(p, [[q, d]])
    else list.push([q, d])
  }
  for (const [d, p, q] of same) {
    link(p, q, d)
    link(q, p, d)
  }
  return edges
}

/**
 * The `same` decisions leading from x to y (breadth first: a shortest chain), or undefined when
 * finding it would take more than `budget.steps` steps; the steps taken are subtracted. One
 * budget for all the contradictions of a call keeps the work linear in the input however many
 * contradictions share one long chain.
 */
export function sameChain(
  x: number,
  y: number,
  edges: Map<number, [number, number][]>,
  budget: { steps: number },
): [number, number, number][] | undefined {
  const via = new Map<number, [number, number]>([[x, [x, -1]]])
  const queue = [x]
  for (let head = 0; head < queue.length && !via.has(y); head++) {
    const p = queue[head] as number
    for (const [q, d] of edges.get(p) ?? []) {
      if (--budget.steps < 0) return undefined
      if (via.has(q)) continue
      via.set(q, [p, d])
      queue.push(q)
    }
  }
  const chain: [number, number, number][] = []
  for (let q = y; q !== x; ) {
    const [p, d] = via.get(q) as [number, number]
    chain.push([d, p, q])
    q = p
  }
  return chain.reverse()
}

export /** Decisions first, then participations; each by index. */
function compareIssuePaths(p: (string | number)[], q: (string | number)[]): number {
  const a = typeof p[1] === "number" ? p[1] : -1
  const b = typeof q[1] === "number" ? q[1] : -1
  return compareCodeUnits(String(p[0]), String(q[0])) || a - b
}
