// Participations of merged records (docs/identity.md#what-resolving-does): re-pointed to the
// cluster's id, and one kept where the same person now has several in one programme.
import type { Participation } from "../schemas/participation.js"
import { quote } from "../text/quote.js"
import type { ValidationIssue } from "../validate/issue.js"
import { issue } from "./decisions.js"

/** Participation statuses from the one kept first when merged records meet in one programme. */
const STATUS_RANK = ["completed", "attended", "registered", "invited", "withdrawn", "no-show"]

/**
 * Participations re-pointed to their cluster's id. When one person now has several in one
 * programme, the one with the furthest status (then the first) is kept and the others listed.
 */
export function repoint(
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
