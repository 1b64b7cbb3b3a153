// `justice-cooperation import FILE.csv|FILE.xlsx --kind K`. Issue 17 adds an `import` command
// for IATI XML (src/cli/import-command.ts); when both are on main, that command calls
// `importRows` (src/cli/import-rows.ts) for files that `isRowsFile` accepts and this file goes.
import { parseCommand, UsageError } from "./args.js"
import type { Command } from "./command.js"
import { IMPORT_ROWS_HELP, IMPORT_ROWS_OPTIONS, importRows } from "./import-rows.js"

export const IMPORT_HELP = `Usage: justice-cooperation import FILE --kind KIND [--profile P.json] [--out OUT.ndjson] [--issues FIX.csv]

${IMPORT_ROWS_HELP}
  -h, --help        show this help

Example:
  justice-cooperation import participants.csv --kind participants --out participants.ndjson
  justice-cooperation import register.xlsx --sheet Courses --kind programmes \\
    --profile courses.profile.json --issues fix-list.csv`

export const importRowsCommand: Command = {
  name: "import",
  synopsis: "FILE --kind KIND",
  summary: "read a CSV or .xlsx register into records, with a fix list of its problems",
  help: IMPORT_HELP,
  async run(args, out) {
    const { values, positionals } = parseCommand(
      args,
      { ...IMPORT_ROWS_OPTIONS, help: { type: "boolean", short: "h" } },
      "import",
    )
    if (values.help === true) {
      out(IMPORT_HELP)
      return 0
    }
    const [file, ...more] = positionals
    if (file === undefined)
      throw new UsageError("import: give the file to read (see justice-cooperation import --help)")
    if (more.length > 0) throw new UsageError("import: give one file at a time")
    return importRows(file, values, out)
  },
}
