// justice-cooperation/sql: the flat table schema and the counting rules as SQL. Pure, with no
// dependency beyond the core's: it writes SQL text, it runs nothing.

export { type SqlAggregation, type SqlDialect, type SqlOptions, sqlFor } from "./sql-for.js"
export {
  type ColumnType,
  createTablesSql,
  TABLE_COLUMNS,
  type TableName,
  type TableRow,
  type Tables,
  type TableValue,
  toTables,
} from "./tables.js"
