// The counting rules on DuckDB (issue 16), end to end, at 1M participations (200k participants,
// 2k programmes) and, with DUCKDB_SIZES=1000000,10000000, at 10M:
//   - library, NDJSON:   duckdbStats over the library's NDJSON files (load + query)
//   - hand SQL, NDJSON:  hand-written DuckDB SQL over the same files (read_json in the query)
//   - library, Parquet:  duckdbStats over the Parquet tables that writeTables wrote
//   - hand SQL, Parquet: hand-written DuckDB SQL over the same Parquet files
//   - JS, NDJSON:        the library's accumulators fed line by line from the NDJSON file
// Each computes participationsByCountry and alumniTotals, in its own child process (so that its
// peak RSS, process.resourceUsage().maxRSS, is its own); every path must give the same figures.
// Ratios are to the hand-written SQL over the same files, measured in the same run.
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { once } from "node:events"
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { generateContext } from "./generate-dataset.mjs"

const root = fileURLToPath(new URL("../", import.meta.url))
const SIZES = (process.env.DUCKDB_SIZES ?? "1000000").split(",").map(Number)
// The machine is shared: each path runs ROUNDS times, interleaved, and the median counts.
const ROUNDS = Number(process.env.DUCKDB_ROUNDS ?? 3)

async function writeLines(file, records) {
  const out = createWriteStream(file)
  let buffer = ""
  for (const record of records) {
    buffer += `${JSON.stringify(record)}\n`
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, "drain")
      buffer = ""
    }
  }
  out.write(buffer)
  out.end()
  await once(out, "finish")
}

/** Writes the NDJSON files and the Parquet tables of one size, once (kept in .tmp/). */
async function prepare(size) {
  const dir = `${root}.tmp/bench-duckdb/${size}`
  const tables = `${dir}/tables`
  if (existsSync(`${tables}/participations.parquet`)) return dir
  mkdirSync(tables, { recursive: true })
  const { context, records } = generateContext(size, 1)
  await writeLines(`${dir}/programmes.ndjson`, context.programmes)
  await writeLines(`${dir}/participants.ndjson`, context.participants)
  await writeLines(`${dir}/participations.ndjson`, records())
  const { writeTables } = await import("../dist/duckdb/index.js")
  await writeTables(
    {
      files: {
        programmes: `${dir}/programmes.ndjson`,
        participants: `${dir}/participants.ndjson`,
        participations: `${dir}/participations.ndjson`,
      },
    },
    tables,
  )
  return dir
}

// ——— The hand-written SQL: what an analyst would write for these two figures ———————————————

const handSql = (programmes, participants, participations, parquet) => {
  const prog = parquet
    ? `SELECT id, status, reported_total AS total FROM read_parquet('${programmes}')`
    : `SELECT id, status, reportedParticipants.total AS total FROM read_json('${programmes}', columns = {id: 'VARCHAR', status: 'VARCHAR', reportedParticipants: 'STRUCT(total BIGINT, byCountry JSON)'})`
  const byCountry = parquet
    ? `SELECT programme, country, count FROM read_parquet('${programmes.replace("programmes.parquet", "reported_by_country.parquet")}')`
    : `SELECT id AS programme, unnest(json_keys(reportedParticipants.byCountry)) AS country,
         CAST(reportedParticipants.byCountry->>unnest(json_keys(reportedParticipants.byCountry)) AS BIGINT) AS count
       FROM read_json('${programmes}', columns = {id: 'VARCHAR', reportedParticipants: 'STRUCT(total BIGINT, byCountry JSON)'})`
  const people = parquet
    ? `SELECT id, country FROM read_parquet('${participants}')`
    : `SELECT id, country FROM read_json('${participants}', columns = {id: 'VARCHAR', country: 'VARCHAR'})`
  const records = parquet
    ? `SELECT participant, programme, role, status, country FROM read_parquet('${participations}')`
    : `SELECT participant, programme, role, status, country FROM read_json('${participations}', columns = {participant: 'VARCHAR', programme: 'VARCHAR', role: 'VARCHAR', status: 'VARCHAR', country: 'VARCHAR'})`
  return {
    seats: `WITH prog AS (${prog}), pt AS (${people}), pa AS (${records}), rbc AS (${byCountry}),
      held AS (SELECT * FROM prog WHERE status NOT IN ('cancelled', 'postponed')),
      has AS (SELECT DISTINCT programme FROM pa),
      seat AS (SELECT COALESCE(pa.country, pt.country) AS country, count(*) AS n FROM pa
        JOIN held ON held.id = pa.programme LEFT JOIN pt ON pt.id = pa.participant
        WHERE COALESCE(pa.role, 'participant') = 'participant' AND pa.status IN ('attended', 'completed')
        GROUP BY 1),
      rep AS (SELECT r.country, r.count AS n FROM rbc r JOIN held h ON h.id = r.programme
          WHERE r.count > 0 AND h.id NOT IN (SELECT programme FROM has)
        UNION ALL SELECT NULL, GREATEST(0, h.total - COALESCE((SELECT sum(count) FROM rbc r WHERE r.programme = h.id AND r.count > 0), 0))
          FROM held h WHERE h.total IS NOT NULL AND h.id NOT IN (SELECT programme FROM has))
      SELECT country, sum(n) AS count FROM (SELECT * FROM seat UNION ALL SELECT * FROM rep) GROUP BY 1`,
    alumni: `WITH prog AS (${prog}), pt AS (${people}), pa AS (${records})
      SELECT pt.country, count(DISTINCT pt.id) AS count FROM pa
      JOIN prog ON prog.id = pa.programme AND prog.status NOT IN ('cancelled', 'postponed')
      JOIN pt ON pt.id = pa.participant
      WHERE COALESCE(pa.role, 'participant') = 'participant' AND pa.status = 'completed'
      GROUP BY 1`,
  }
}

/** The figures as one canonical text, whatever computed them. */
function canonical(seatsRows, alumniRows) {
  const sort = (rows) =>
    rows
      .filter((r) => r.count > 0 || r.country === null)
      .map((r) => [r.country, r.count])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
  return JSON.stringify([sort(seatsRows), sort(alumniRows)])
}

async function runPath(path, dir) {
  const nd = {
    programmes: `${dir}/programmes.ndjson`,
    participants: `${dir}/participants.ndjson`,
    participations: `${dir}/participations.ndjson`,
  }
  const pq = {
    programmes: `${dir}/tables/programmes.parquet`,
    participants: `${dir}/tables/participants.parquet`,
    participations: `${dir}/tables/participations.parquet`,
  }
  const start = performance.now()
  let figures
  if (path === "library-ndjson" || path === "library-parquet") {
    const { duckdbStats } = await import("../dist/duckdb/index.js")
    const stats = await duckdbStats(path === "library-ndjson" ? nd : pq)
    const seats = await stats.participationsByCountry()
    const alumni = await stats.alumniTotals()
    await stats.close()
    figures = canonical(
      [...seats.rows, { country: null, count: seats.unattributed }],
      alumni.byCountry,
    )
  } else if (path === "hand-ndjson" || path === "hand-parquet") {
    const { DuckDBInstance } = await import("@duckdb/node-api")
    const instance = await DuckDBInstance.create(":memory:")
    const connection = await instance.connect()
    const files = path === "hand-ndjson" ? nd : pq
    const sql = handSql(
      files.programmes,
      files.participants,
      files.participations,
      path === "hand-parquet",
    )
    const read = async (q) =>
      (await connection.runAndReadAll(q))
        .getRowObjectsJS()
        .map((r) => ({ country: r.country, count: Number(r.count) }))
    const seats = await read(sql.seats)
    const alumni = await read(sql.alumni)
    connection.closeSync()
    const nullRow = seats.find((r) => r.country === null) ?? { country: null, count: 0 }
    figures = canonical([...seats.filter((r) => r.country !== null), nullRow], alumni)
  } else {
    const { createParticipationsByCountryAccumulator, createAlumniAccumulator } = await import(
      "../dist/aggregate/index.js"
    )
    const readAll = async (file) => {
      const list = []
      for await (const line of createInterface({ input: createReadStream(file) }))
        if (line !== "") list.push(JSON.parse(line))
      return list
    }
    const context = {
      programmes: await readAll(nd.programmes),
      participants: await readAll(nd.participants),
    }
    const seatsAcc = createParticipationsByCountryAccumulator(context)
    const alumniAcc = createAlumniAccumulator(context)
    for await (const line of createInterface({ input: createReadStream(nd.participations) })) {
      if (line === "") continue
      const record = JSON.parse(line)
      seatsAcc.add(record)
      alumniAcc.add(record)
    }
    const seats = seatsAcc.result()
    figures = canonical(
      [...seats.rows, { country: null, count: seats.unattributed }],
      alumniAcc.result().byCountry,
    )
  }
  const ms = performance.now() - start
  return { ms, maxRssMB: process.resourceUsage().maxRSS / 1024, figures }
}

const PATHS = ["hand-ndjson", "library-ndjson", "hand-parquet", "library-parquet", "js-ndjson"]
const LABELS = {
  "hand-ndjson": "hand-written DuckDB SQL, NDJSON",
  "library-ndjson": "library on DuckDB, NDJSON",
  "hand-parquet": "hand-written DuckDB SQL, Parquet",
  "library-parquet": "library on DuckDB, Parquet",
  "js-ndjson": "library in JS (accumulators), NDJSON",
}

if (process.argv[2] === "--child") {
  const result = await runPath(process.argv[3], process.argv[4])
  writeFileSync(process.argv[5], JSON.stringify(result))
} else {
  const self = fileURLToPath(import.meta.url)
  for (const size of SIZES) {
    const dir = await prepare(size)
    const runs = Object.fromEntries(PATHS.map((path) => [path, []]))
    for (let round = 0; round < ROUNDS; round++) {
      for (const path of PATHS) {
        const out = `${dir}/result-${path}.json`
        const run = spawnSync(
          process.execPath,
          ["--max-old-space-size=8192", self, "--child", path, dir, out],
          { stdio: "inherit" },
        )
        if (run.status !== 0) process.exit(run.status ?? 1)
        runs[path].push(JSON.parse(readFileSync(out, "utf8")))
      }
    }
    const median = (list, key) => [...list].sort((a, b) => a[key] - b[key])[list.length >> 1][key]
    const results = Object.fromEntries(
      PATHS.map((path) => [
        path,
        {
          ms: median(runs[path], "ms"),
          maxRssMB: Math.max(...runs[path].map((r) => r.maxRssMB)),
          figures: runs[path][0].figures,
        },
      ]),
    )
    for (const path of PATHS)
      assert.equal(results[path].figures, results["hand-ndjson"].figures, `${path} differs`)
    console.log(
      `\n${size.toLocaleString("en")} participations (same figures on every path; median of ${ROUNDS} interleaved runs, peak RSS the largest)`,
    )
    console.log("| path | time (s) | × hand SQL, same files | peak RSS (MB) |")
    console.log("|---|---:|---:|---:|")
    for (const path of PATHS) {
      const base = path.endsWith("parquet") ? results["hand-parquet"] : results["hand-ndjson"]
      const r = results[path]
      console.log(
        `| ${LABELS[path]} | ${(r.ms / 1000).toFixed(2)} | ${(r.ms / base.ms).toFixed(2)}× | ${Math.round(r.maxRssMB)} |`,
      )
    }
  }
}
