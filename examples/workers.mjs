// Splitting the work across worker threads: each worker counts its share of the
// participations in an accumulator and posts `toState()` back; the main thread merges the
// states with `mergeState` and reads the result — the same as one pass over every record.
//
//   node examples/workers.mjs [number of workers, default 2]
//
// Guide: docs/streaming.md. The sample (examples/data/cohort-*.ndjson) is synthetic.
import { readFileSync } from "node:fs"
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads"
import {
  alumniTotals,
  createAlumniAccumulator,
  createParticipationsByCountryAccumulator,
  participationsByCountry,
} from "justice-cooperation"

const data = new URL("./data/", import.meta.url)
const readNdjson = (name) =>
  readFileSync(new URL(name, data), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))

// Every worker builds its accumulators from the same context and options: states from
// different contexts cannot be merged (`aggregate/incompatible-accumulators`).
const context = {
  programmes: readNdjson("cohort-programmes.ndjson"),
  participants: readNdjson("cohort-participants.ndjson"),
}

if (isMainThread) {
  const count = Number(process.argv[2] ?? 2)
  const lines = readFileSync(new URL("cohort-participations.ndjson", data), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
  const size = Math.ceil(lines.length / count)
  const parts = Array.from({ length: count }, (_, i) => lines.slice(i * size, (i + 1) * size))
  const states = await Promise.all(
    parts.map(
      (part) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: part })
          worker.once("message", resolve)
          worker.once("error", reject)
        }),
    ),
  )
  let seats = createParticipationsByCountryAccumulator(context)
  let alumni = createAlumniAccumulator(context)
  for (const state of states) {
    seats = seats.mergeState(state.seats)
    alumni = alumni.mergeState(state.alumni)
  }
  const merged = { seats: seats.result(), alumni: alumni.result() }
  console.log(`workers: ${count}, records per worker: ${parts.map((p) => p.length).join(", ")}`)
  console.log(`seats: ${merged.seats.total}, alumni: ${merged.alumni.alumni}`)

  // The same counts in one pass, for comparison.
  const all = { ...context, participations: lines.map((line) => JSON.parse(line)) }
  const onePass = { seats: participationsByCountry(all), alumni: alumniTotals(all) }
  console.log(`same as one pass: ${JSON.stringify(merged) === JSON.stringify(onePass)}`)
} else {
  const seats = createParticipationsByCountryAccumulator(context)
  const alumni = createAlumniAccumulator(context)
  for (const line of workerData) {
    const record = JSON.parse(line)
    seats.add(record)
    alumni.add(record)
  }
  // States are structured-cloneable (plain objects, arrays, typed arrays): postMessage copies them.
  parentPort.postMessage({ seats: seats.toState(), alumni: alumni.toState() })
}
