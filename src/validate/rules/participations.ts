import { quote } from "../../messages.js"
import { PARTICIPATION_STATUSES } from "../../schemas/participation.js"
import { field, text } from "../report.js"
import { type Context, eachRecord } from "./context.js"

const KNOWN_STATUSES: ReadonlySet<unknown> = new Set(PARTICIPATION_STATUSES)
const COUNTED_STATUSES = new Set(["attended", "completed"])
const NOT_HELD = new Set(["cancelled", "postponed"])

/**
 * Every rule on participations, in one pass: unknown programme or participant, the same
 * participant twice in a programme, a completion outside the programme's period, seats in a
 * programme that was not held, and `completedOn` without a completion.
 */
export function checkParticipations(ctx: Context): void {
  // programme → participant → index of the first record (nested maps: no string keys built).
  const seen = new Map<string, Map<string, number>>()
  eachRecord(ctx, "participations", (record, location) => {
    const participant = text(record, "participant")
    const programmeId = text(record, "programme")
    const status = field(record, "status")
    if (participant !== undefined && !ctx.knows("participants", participant)) {
      ctx.reporter.add(
        "participation/unknown-participant",
        location,
        ["participant"],
        `participant ${quote(participant)} is not in participants`,
      )
    }
    if (programmeId === undefined) return
    const programme = ctx.programmes.get(programmeId)
    if (programme === undefined && ctx.references) {
      ctx.reporter.add(
        "participation/unknown-programme",
        location,
        ["programme"],
        `programme ${quote(programmeId)} is not in programmes`,
      )
    }
    if (participant !== undefined) {
      let people = seen.get(programmeId)
      if (people === undefined) {
        people = new Map()
        seen.set(programmeId, people)
      }
      const earlier = people.get(participant)
      if (earlier === undefined) people.set(participant, location.index)
      else {
        ctx.reporter.add(
          "participation/duplicate",
          location,
          [],
          `participant ${quote(participant)} is already in programme ${quote(programmeId)} (${ctx.nameRecord("participations", earlier)})`,
        )
      }
    }
    const completedOn = field(record, "completedOn")
    if (completedOn !== undefined && status !== "completed" && KNOWN_STATUSES.has(status)) {
      ctx.reporter.add(
        "participation/completed-on-without-completion",
        location,
        ["completedOn"],
        `completedOn ${quote(completedOn)} is given but status is ${quote(status)}`,
      )
    }
    if (programme === undefined) return
    if (
      typeof status === "string" &&
      COUNTED_STATUSES.has(status) &&
      NOT_HELD.has(String(programme.status))
    ) {
      ctx.reporter.add(
        "participation/in-cancelled-programme",
        location,
        ["status"],
        `status ${quote(status)} in programme ${quote(programmeId)}, which is ${String(programme.status)} (not counted)`,
      )
    }
    const completion = ctx.span(completedOn)
    if (completion === undefined || programme.first === undefined || programme.last === undefined)
      return
    // Outside only when no day of the completion can fall within the programme.
    if (completion[1] < programme.first || completion[0] > programme.last) {
      const until = programme.end ?? "open end"
      ctx.reporter.add(
        "participation/completed-outside-programme",
        location,
        ["completedOn"],
        `completedOn ${completedOn} is outside programme ${quote(programmeId)} (${programme.start} to ${until})`,
      )
    }
  })
}
