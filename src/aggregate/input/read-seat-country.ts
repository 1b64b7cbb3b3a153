import { invalidOption } from "../errors.js"
import type { SeatCountry } from "../types.js"

/** The `seatCountry` of read options, checked, with its default `"participation"`. */
export function readSeatCountry(fn: string, options: Record<string, unknown>): SeatCountry {
  const mode = options.seatCountry ?? "participation"
  if (mode !== "participation" && mode !== "participant")
    throw invalidOption(fn, "seatCountry", mode, "use 'participation' (default) or 'participant'")
  return mode
}
