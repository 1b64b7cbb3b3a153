// CREATE TABLE statements of the flat schema, in the types of a dialect.
import { type ColumnType, TABLE_COLUMNS } from "./columns.js"

/**
 * `CREATE TABLE` statements for every table of the flat schema, in the dialect's types
 * (`TEXT`, `BIGINT`, `DOUBLE` / `DOUBLE PRECISION`, `BOOLEAN`), separated by semicolons: run
 * them, then insert the rows of {@link toTables} (or load Parquet or CSV files into them).
 *
 * @param dialect - `"duckdb"` (default) or `"postgres"`.
 *
 * @example
 * createTablesSql("postgres").startsWith("CREATE TABLE programmes (") //=> true
 *
 * @category SQL
 */
export function createTablesSql(dialect: "duckdb" | "postgres" = "duckdb"): string {
  const types: Record<ColumnType, string> = {
    text: "TEXT",
    integer: "BIGINT",
    double: dialect === "postgres" ? "DOUBLE PRECISION" : "DOUBLE",
    boolean: "BOOLEAN",
  }
  return Object.entries(TABLE_COLUMNS)
    .map(
      ([table, columns]) =>
        `CREATE TABLE ${table} (${Object.entries(columns)
          .map(([column, type]) => `${column} ${types[type as ColumnType]}`)
          .join(", ")})`,
    )
    .join(";\n")
}
