// The counting rules of DESIGN.md §6 that validation and aggregation both apply, in one place
// (docs/counting-rules.md states them for readers). Plain predicates with no imports, so that
// every entry point can use them without dragging anything else into its bundle.

/** Programme statuses under which nothing counts: the programme was not held. */
export const NOT_HELD_STATUSES: readonly string[] = ["cancelled", "postponed"]

/**
 * Whether a programme with this status was held, or is to be (DESIGN.md §6: a programme counts
 * unless it is `cancelled` or `postponed`).
 */
export function isHeld(status: unknown): boolean {
  return status !== "cancelled" && status !== "postponed"
}

/** Participation statuses that take a seat (DESIGN.md §6, counted participation). */
export const COUNTED_STATUSES: readonly string[] = ["attended", "completed"]

/** Whether a participation status takes a seat: `attended` or `completed`. */
export function isCountedStatus(status: unknown): boolean {
  return status === "completed" || status === "attended"
}

/** Whether a participation role takes a seat: `participant`, the default when none is given. */
export function isCountedRole(role: unknown): boolean {
  return role === undefined || role === "participant"
}

/**
 * Whether a participation record is counted, before its programme is looked at: role
 * `participant` (the default) and status `attended` or `completed`. Its programme must also be
 * held ({@link isHeld}).
 */
export function isCountedParticipation(record: { role?: unknown; status?: unknown }): boolean {
  return isCountedRole(record.role) && isCountedStatus(record.status)
}

/**
 * Whether a participation record is a counted completion, before its programme is looked at:
 * role `participant` (the default) and status `completed` — what makes an alumnus, and what a
 * `people-trained` target counts.
 */
export function isCountedCompletion(record: { role?: unknown; status?: unknown }): boolean {
  return record.status === "completed" && isCountedRole(record.role)
}
