// The flat table schema of docs/sql.md: its tables and columns (tables/columns.ts), toTables
// (tables/to-tables.ts) and CREATE TABLE statements (tables/create.ts). Pure.

export {
  type ColumnType,
  TABLE_COLUMNS,
  type TableName,
  type TableRow,
  type Tables,
  type TableValue,
} from "./tables/columns.js"
export { createTablesSql } from "./tables/create.js"
export { frameworkRows } from "./tables/records.js"
export { toTables } from "./tables/to-tables.js"
