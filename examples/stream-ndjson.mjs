// Streaming a large file of participations, one JSON record a line (NDJSON), through
// accumulators: memory holds the programmes, the participants and the counts, never the
// records. A progress line goes to stderr, the results to stdout.
//
//   node examples/stream-ndjson.mjs [participations.ndjson]
//
// Guide: docs/streaming.md. The sample (examples/data/cohort-*.ndjson) is synthetic.
import { createReadStream, readFileSync } from "node:fs"
import { createInterface } from "node:readline"
import {
  createAlumniAccumulator,
  createCountByPeriodAccumulator,
  createParticipationsByCountryAccumulator,
  participationSchema,
  validateDataset,
} from "justice-cooperation"

const data = new URL("./data/", import.meta.url)
const readNdjson = (name) =>
  readFileSync(new URL(name, data), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))

// The context: what the participations refer to. Small enough to hold in memory.
const context = {
  programmes: readNdjson("cohort-programmes.ndjson"),
  participants: readNdjson("cohort-participants.ndjson"),
}
const seats = createParticipationsByCountryAccumulator(context)
const alumni = createAlumniAccumulator(context)
const perYear = createCountByPeriodAccumulator(context, { of: "participations", period: "year" })

/**
 * Yields each line's record. A line is checked against the schema (fast); a line that fails is
 * explained by validateDataset, whose messages say what would be right, and skipped.
 */
async function* participations(path) {
  const lines = createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  })
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim() === "") continue
    let parsed
    try {
      parsed = participationSchema.safeParse(JSON.parse(line))
    } catch {
      console.error(`line ${number}: not JSON, skipped`)
      continue
    }
    if (!parsed.success) {
      const { issues } = validateDataset(
        { participations: [JSON.parse(line)] },
        { references: false },
      )
      for (const issue of issues)
        console.error(
          `line ${number}: ${issue.message.replace(/^participations\[0\]:? ?/, "")}, skipped`,
        )
      continue
    }
    yield parsed.data
  }
}

const path = process.argv[2] ?? new URL("cohort-participations.ndjson", data)
const progress = (n, done = false) => {
  const text = `progress: ${n.toLocaleString("en")} participations read${done ? ", done" : ""}`
  // On a terminal the line is rewritten in place; in a log, one line per step.
  if (process.stderr.isTTY) process.stderr.write(`\r${text}${done ? "\n" : ""}`)
  else process.stderr.write(`${text}\n`)
}
let read = 0
for await (const record of participations(path)) {
  seats.add(record)
  alumni.add(record)
  perYear.add(record)
  if (++read % 500 === 0) progress(read)
}
progress(read, true)

const bySeats = seats.result()
console.log(`participations read: ${read}`)
console.log(`seats: ${bySeats.total} in ${bySeats.rows.length} countries`)
console.log(
  `top countries: ${bySeats.rows
    .slice(0, 5)
    .map((r) => `${r.country} ${r.count}`)
    .join(", ")}`,
)
const people = alumni.result()
console.log(`alumni: ${people.alumni} from ${people.countries} countries`)
const years = perYear.result().rows
console.log(
  `seats per year: ${years[0]?.period} ${years[0]?.count} … ${years.at(-1)?.period} ${years.at(-1)?.count}`,
)
