import { invalidRecord } from "../aggregate/errors.js"
import { recordWhere } from "../aggregate/input/problem.js"
import { isRecord } from "../aggregate/input/shapes.js"
import type { Dataset } from "../schemas/dataset.js"
import type { JsonValue } from "../schemas/fields.js"
import type { Participation } from "../schemas/participation.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "../validate/catalogue.js"
import type { ValidationIssue } from "../validate/issue.js"

const FN = "resolveIdentities"

/**
 * A person's decision about two participant records: the `same` person, or two `different`
 * people. Who decided and when go in `extra` (`{ by: "K. Sato", on: "2026-11-30" }`).
 *
 * @example
 * const decision: IdentityDecision = { a: "P-0007", b: "P-007", decision: "same", extra: { by: "KS" } }
 *
 * @category Identity
 */
export type IdentityDecision = {
  a: string
  b: string
  decision: "same" | "different"
  extra?: Record<string, JsonValue>
}

/**
 * Participant records decided to be one person: `id` is the smallest id of `members`
 * (code-unit order), `members` all their ids in that order, `id` first.
 *
 * @example
 * const cluster: IdentityCluster = { id: "P-0007", members: ["P-0007", "P-007"] }
 *
 * @category Identity
 */
export type IdentityCluster = { id: string; members: string[] }

/**
 * The result of {@link resolveIdentities}.
 *
 * @example
 * const resolved: ResolvedIdentities = { dataset: {}, clusters: [], issues: [] }
 *
 * @category Identity
 */
export type ResolvedIdentities = {
  /** The dataset with each cluster one participant, and participations re-pointed to it. */
  dataset: Dataset
  /** Clusters of two or more records, by id. */
  clusters: IdentityCluster[]
  /** Problems in the decisions (codes `decision/…`, see docs/validation.md), by decision. */
  issues: ValidationIssue[]
}

/** Participation statuses from the one kept first when merged records meet in one programme. */
const STATUS_RANK = ["completed", "attended", "registered", "invited", "withdrawn", "no-show"]

/** Contradictions past this many issues are reported without their chain. */
const MAX_CHAINS = 1000

/**
 * Applies decisions about who is the same person: participant records joined by `same`
 * decisions (directly or through a chain, union-find) become one participant, under the
 * smallest id of the cluster (code-unit order); the other records are removed and their
 * participations re-pointed to it. The kept record is unchanged (its fields are not filled
 * from the others). Every aggregation on the result counts the person once.
 *
 * Nothing is merged without a decision, nor on contradictory ones: when a chain of `same`
 * decisions joins two records that a `different` decision separates, that is a
 * `decision/contradiction` error and none of that chain's records are merged. Decisions
 * naming an unknown participant (`decision/unknown-participant`), malformed ones
 * (`decision/invalid`) and ones left blank in a template (`decision: ""`,
 * `decision/undecided`, a warning) are reported and not applied. When merged records have
 * participations in the same programme, one is kept (the furthest status: completed, attended,
 * …; then the first) and the others are listed in a `decision/merged-participations` warning.
 *
 * The input is not modified; the order of the decisions does not change the dataset or the
 * clusters. Participants must be objects with a string `id` and participations objects, else
 * an `AggregationError` (`aggregate/invalid-record`) is thrown.
 *
 * @param dataset - The dataset; `participants` and `participations` are resolved, the rest kept.
 * @param decisions - `{ a, b, decision: "same" | "different", extra? }` records.
 * @returns `{ dataset, clusters, issues }`.
 *
 * @example
 * const { dataset: resolved, clusters } = resolveIdentities(dataset, [
 *   { a: "P-007", b: "P-0007", decision: "same", extra: { by: "KS", on: "2026-11-30" } },
 * ])
 * clusters //=> [{ id: "P-0007", members: ["P-0007", "P-007"] }]
 * alumniTotals(resolved).alumni //=> 21
 *
 * @category Identity
 */
export function resolveIdentities(
  dataset: Dataset,
  decisions: readonly IdentityDecision[],
): ResolvedIdentities {
  if (!isRecord(dataset))
    throw invalidRecord(
      FN,
      "the dataset",
      "",
      dataset,
      "a dataset { participants, participations }",
    )
  const { participants = [], participations = [] } = dataset
  if (!Array.isArray(participants))
    throw invalidRecord(FN, "the dataset", "participants", participants, "a list")
  if (!Array.isArray(participations))
    throw invalidRecord(FN, "the dataset", "participations", participations, "a list")

  const ids: string[] = []
  const indexOf = new Map<string, number>()
  for (let i = 0; i < participants.length; i++) {
    const record: unknown = participants[i]
    if (!isRecord(record))
      throw invalidRecord(FN, `participants[${i}]`, "", record, "a participant { id, country }")
    const id = record.id
    if (typeof id !== "string")
      throw invalidRecord(FN, recordWhere("participants", i, id), "id", id, "text")
    if (!indexOf.has(id)) {
      indexOf.set(id, ids.length)
      ids.push(id)
    }
  }
  for (let k = 0; k < participations.length; k++)
    if (!isRecord(participations[k]))
      throw invalidRecord(FN, `participations[${k}]`, "", participations[k], "a participation")

  const issues: ValidationIssue[] = []
  const parent = Array.from(ids, (_, i) => i)
  const find = (x: number): number => {
    let root = x
    while (parent[root] !== root) root = parent[root] as number
    while (parent[x] !== root) {
      const next = parent[x] as number
      parent[x] = root
      x = next
    }
    return root
  }
  /** Valid decisions: [decision index, x, y]. */
  const same: [number, number, number][] = []
  const different: [number, number, number][] = []
  readDecisions(decisions, indexOf, issues, same, different)
  for (const [, x, y] of same) {
    const rx = find(x)
    const ry = find(y)
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry)
  }
  const contradicted = new Set<number>()
  let edges: Map<number, [number, number][]> | undefined
  for (const [d, x, y] of different) {
    if (find(x) !== find(y)) continue
    contradicted.add(find(x))
    edges ??= sameEdges(same)
    // The chain is shown for the first contradictions only, so that hostile decisions cannot
    // make the work quadratic.
    const chain = issues.length < MAX_CHAINS ? sameChain(x, y, edges) : []
    const steps = chain
      .slice(0, 10)
      .map(([k, p, q]) => `decisions[${k}] (${quote(ids[p])} = ${quote(ids[q])})`)
    const why =
      chain.length === 0
        ? "a chain of 'same' decisions makes them one"
        : `${steps.join(", ")}${chain.length > 10 ? ` and ${chain.length - 10} more` : ""} make them one`
    issues.push({
      code: "decision/contradiction",
      severity: "error",
      path: ["decisions", d],
      message: `decisions[${d}]: ${quote(ids[x])} and ${quote(ids[y])} are decided different people, but ${why}: correct one of these decisions; until then none of these records are merged`,
    })
  }

  // Each cluster's id: the smallest id of its members.
  const clusterId = new Map<number, string>()
  const sizes = new Map<number, number>()
  for (let i = 0; i < ids.length; i++) {
    const root = find(i)
    sizes.set(root, (sizes.get(root) ?? 0) + 1)
    const id = ids[i] as string
    const known = clusterId.get(root)
    if (known === undefined || id < known) clusterId.set(root, id)
  }
  const merged = (root: number) => (sizes.get(root) ?? 0) > 1 && !contradicted.has(root)
  const clusters = new Map<number, IdentityCluster>()
  for (let i = 0; i < ids.length; i++) {
    const root = find(i)
    if (!merged(root)) continue
    let cluster = clusters.get(root)
    if (cluster === undefined) {
      cluster = { id: clusterId.get(root) as string, members: [] }
      clusters.set(root, cluster)
    }
    cluster.members.push(ids[i] as string)
  }
  for (const cluster of clusters.values()) cluster.members.sort(compareCodeUnits)
  /** The id a participant becomes, when it changes. */
  const renamed = new Map<string, string>()
  for (const cluster of clusters.values())
    for (const member of cluster.members) if (member !== cluster.id) renamed.set(member, cluster.id)

  const resolvedParticipants = participants.filter(
    (record) => !renamed.has((record as { id: string }).id),
  )
  const resolvedParticipations = repoint(participations, renamed, issues)
  issues.sort((p, q) => compareIssuePaths(p.path, q.path))
  const resolved: Dataset = { ...dataset }
  if (dataset.participants !== undefined) resolved.participants = resolvedParticipants
  if (dataset.participations !== undefined) resolved.participations = resolvedParticipations
  return {
    dataset: resolved,
    clusters: [...clusters.values()].sort((p, q) => compareCodeUnits(p.id, q.id)),
    issues,
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Decisions first, then participations; each by index. */
function compareIssuePaths(p: (string | number)[], q: (string | number)[]): number {
  const a = typeof p[1] === "number" ? p[1] : -1
  const b = typeof q[1] === "number" ? q[1] : -1
  return compareCodeUnits(String(p[0]), String(q[0])) || a - b
}

function issue(code: IssueCode, path: (string | number)[], message: string): ValidationIssue {
  const severity = code === "decision/undecided" || code === "decision/merged-participations"
  return { code, severity: severity ? "warning" : "error", path, message }
}

const DECISION = "{ a, b, decision: 'same' | 'different' } with two different participant ids"

/** Sorts the readable decisions into `same` and `different`; every other one is an issue. */
function readDecisions(
  decisions: unknown,
  indexOf: Map<string, number>,
  issues: ValidationIssue[],
  same: [number, number, number][],
  different: [number, number, number][],
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
function sameEdges(same: [number, number, number][]): Map<number, [number, number][]> {
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

/** The `same` decisions leading from x to y (breadth first: a shortest chain). */
function sameChain(
  x: number,
  y: number,
  edges: Map<number, [number, number][]>,
): [number, number, number][] {
  const via = new Map<number, [number, number]>([[x, [x, -1]]])
  const queue = [x]
  for (let head = 0; head < queue.length && !via.has(y); head++) {
    const p = queue[head] as number
    for (const [q, d] of edges.get(p) ?? []) {
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

/**
 * Participations re-pointed to their cluster's id. When one person now has several in one
 * programme, the one with the furthest status (then the first) is kept and the others listed.
 */
function repoint(
  participations: readonly Participation[],
  renamed: Map<string, string>,
  issues: ValidationIssue[],
): Participation[] {
  if (renamed.size === 0) return [...participations]
  const out: (Participation | undefined)[] = participations.map((record) => {
    const to = renamed.get(record.participant)
    return to === undefined ? record : { ...record, participant: to }
  })
  // Only records of merged people can meet: index them by person and programme.
  const clusterIds = new Set(renamed.values())
  const seen = new Map<string, Map<string, number>>()
  for (let k = 0; k < out.length; k++) {
    const record = out[k] as Participation
    if (!clusterIds.has(record.participant)) continue
    let programmes = seen.get(record.participant)
    if (programmes === undefined) {
      programmes = new Map()
      seen.set(record.participant, programmes)
    }
    const first = programmes.get(record.programme)
    if (first === undefined) {
      programmes.set(record.programme, k)
      continue
    }
    const kept = out[first] as Participation
    const keepNew = rank(record) < rank(kept)
    const dropped = keepNew ? first : k
    if (keepNew) programmes.set(record.programme, k)
    out[dropped] = undefined
    issues.push(
      issue(
        "decision/merged-participations",
        ["participations", dropped],
        `participations[${dropped}] (${quote(participations[dropped]?.participant)} in ${quote(record.programme)}) is removed: the same person has participations[${keepNew ? k : first}] in that programme (status ${quote((keepNew ? record : kept).status)})`,
      ),
    )
  }
  return out.filter((record): record is Participation => record !== undefined)
}

function rank(record: Participation): number {
  const role = record.role === undefined || record.role === "participant" ? 0 : 1
  const status = STATUS_RANK.indexOf(record.status)
  return role * 10 + (status === -1 ? STATUS_RANK.length : status)
}
