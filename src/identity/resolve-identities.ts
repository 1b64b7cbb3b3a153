import type { Dataset } from "../schemas/dataset.js"
import type { JsonValue } from "../schemas/fields.js"
import type { Participant } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import { compareCodeUnits } from "../text/compare.js"
import type { ValidationIssue } from "../validate/issue.js"
import {
  compareIssuePaths,
  contradiction,
  type Decided,
  readDecisions,
  sameChain,
  sameEdges,
} from "./decisions.js"
import { repoint } from "./merge-participations.js"
import { participantAt, participationAt, readParticipantLists } from "./read-dataset.js"

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

/**
 * The steps (edges followed) that finding the chains of all contradictions may take, per record
 * and `same` decision, and at least: past it, a contradiction is reported without its chain.
 */
const CHAIN_STEPS_PER_INPUT = 8
const MIN_CHAIN_STEPS = 100_000

/**
 * Applies decisions about who is the same person: records joined by `same` decisions (directly
 * or through a chain) become one participant under the cluster's smallest id, and their
 * participations are re-pointed to it.
 *
 * Problems in the decisions are issues, never thrown: contradictory chains, unknown ids,
 * malformed or blank decisions are not applied. The input is not modified. Participants must be
 * objects with a text `id` and participations objects, else an `AggregationError` is thrown.
 * See [identity](../../docs/identity.md#what-resolving-does).
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
  const { participants, participations } = readParticipantLists(FN, dataset)
  const ids: string[] = []
  const indexOf = new Map<string, number>()
  for (let i = 0; i < participants.length; i++) {
    const { id } = participantAt(FN, participants, i)
    if (!indexOf.has(id)) {
      indexOf.set(id, ids.length)
      ids.push(id)
    }
  }
  for (let k = 0; k < participations.length; k++) participationAt(FN, participations, k)

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
  const same: Decided[] = []
  const different: Decided[] = []
  readDecisions(decisions, indexOf, issues, same, different)
  for (const [, x, y] of same) {
    const rx = find(x)
    const ry = find(y)
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry)
  }
  const contradicted = new Set<number>()
  let edges: Map<number, [number, number][]> | undefined
  // The chains share one budget, so that hostile decisions (many contradictions along one long
  // chain) cannot make the work quadratic.
  const budget = {
    steps: Math.max(MIN_CHAIN_STEPS, CHAIN_STEPS_PER_INPUT * (ids.length + same.length)),
  }
  for (const [d, x, y] of different) {
    if (find(x) !== find(y)) continue
    contradicted.add(find(x))
    edges ??= sameEdges(same)
    const chain = budget.steps > 0 ? (sameChain(x, y, edges, budget) ?? []) : []
    issues.push(contradiction(d, x, y, ids, chain))
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

  const resolvedParticipants = (participants as Participant[]).filter(
    (record) => !renamed.has((record as { id: string }).id),
  )
  const resolvedParticipations = repoint(participations as Participation[], renamed, issues)
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
