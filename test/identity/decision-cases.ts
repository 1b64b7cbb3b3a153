// For every code resolveIdentities reports about decisions: a dataset and decisions that trigger
// it, and a near miss that must not. Used by test/identity/resolve-identities.test.ts, by the
// catalogue test (test/validate/rules.test.ts) and by scripts/validation-docs.ts, which shows
// each trigger's real message in docs/validation.md.
import type { IdentityDecision } from "../../src/identity/resolve-identities.js"
import type { Dataset } from "../../src/schemas/dataset.js"

type DecisionCase = {
  trigger: () => [Dataset, IdentityDecision[]]
  nearMiss: () => [Dataset, IdentityDecision[]]
}

/** Three records of one person and one of another, all VN. */
export function decisionDataset(): Dataset {
  return {
    programmes: [
      {
        id: "itc-184",
        title: "184th ITC",
        kind: "training-course",
        status: "completed",
        period: { start: "2023-05", end: "2023-06" },
      },
      {
        id: "itc-185",
        title: "185th ITC",
        kind: "training-course",
        status: "completed",
        period: { start: "2024-05", end: "2024-06" },
      },
    ],
    participants: [
      { id: "P-0007", name: "NGUYEN Thi Lan", country: "VN", birthYear: 1980 },
      { id: "P-007", name: "Lan Nguyen Thi", country: "VN", birthYear: 1980 },
      { id: "p7", name: "Nguyen Thi Lan", country: "VN" },
      { id: "P-0008", name: "Tran Van Minh", country: "VN", birthYear: 1975 },
    ],
    participations: [
      { participant: "P-0007", programme: "itc-184", status: "completed" },
      { participant: "P-007", programme: "itc-185", status: "completed" },
      { participant: "p7", programme: "itc-185", status: "registered" },
      { participant: "P-0008", programme: "itc-185", status: "completed" },
    ],
  }
}

const same = (a: string, b: string): IdentityDecision => ({ a, b, decision: "same" })
const different = (a: string, b: string): IdentityDecision => ({ a, b, decision: "different" })

export const decisionCases: Record<string, DecisionCase> = {
  "decision/invalid": {
    trigger: () => [decisionDataset(), [{ a: "P-0007", b: "P-007", decision: "merge" as "same" }]],
    nearMiss: () => [decisionDataset(), [same("P-0007", "P-007")]],
  },
  "decision/undecided": {
    trigger: () => [decisionDataset(), [{ a: "P-0007", b: "P-007", decision: "" as "same" }]],
    nearMiss: () => [decisionDataset(), [different("P-0007", "P-007")]],
  },
  "decision/unknown-participant": {
    trigger: () => [decisionDataset(), [same("P-0007", "P-07")]],
    nearMiss: () => [decisionDataset(), [same("P-0007", "P-007")]],
  },
  "decision/contradiction": {
    trigger: () => [
      decisionDataset(),
      [same("P-0007", "P-007"), same("P-007", "P-0008"), different("P-0007", "P-0008")],
    ],
    nearMiss: () => [
      decisionDataset(),
      [same("P-0007", "P-007"), different("P-007", "P-0008"), different("P-0007", "P-0008")],
    ],
  },
  "decision/merged-participations": {
    trigger: () => [decisionDataset(), [same("P-007", "p7")]],
    nearMiss: () => [decisionDataset(), [same("P-0007", "p7")]],
  },
}
