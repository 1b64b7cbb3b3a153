// justice-cooperation/duckdb: the counting rules run by DuckDB (in process, through the
// optional peer dependency @duckdb/node-api) over NDJSON, Parquet or CSV files, with results
// identical to the JavaScript functions'. The engine runner does I/O by design; the SQL it runs
// is sqlFor's (src/sql). Modules: engine.ts (the peer, files), load.ts (the tables),
// stats.ts (duckdbStats), groups.ts (group ids), write-tables.ts (writeTables).

export { type DuckdbFiles, type DuckdbStats, duckdbStats } from "./stats.js"
export { type TablesInput, writeTables } from "./write-tables.js"
