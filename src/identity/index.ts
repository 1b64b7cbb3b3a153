export {
  type DuplicateBand,
  type DuplicatePair,
  type DuplicateReason,
  type Duplicates,
  type FindDuplicatesOptions,
  findDuplicates,
  type OversizedBlock,
} from "./find-duplicates.js"
export {
  type IdentityCluster,
  type IdentityDecision,
  type ResolvedIdentities,
  resolveIdentities,
} from "./resolve-identities.js"
