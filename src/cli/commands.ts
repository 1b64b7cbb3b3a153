import type { Command } from "./command.js"
import { duplicatesCommand } from "./duplicates-command.js"
import { importCommand } from "./import-command.js"
import { reportCommand } from "./report-command.js"
import { statsCommand } from "./stats-command.js"
import { tablesCommand } from "./tables-command.js"
import { validateCommand } from "./validate-command.js"

/** Every CLI command, in the order the top-level help lists them. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  statsCommand,
  duplicatesCommand,
  reportCommand,
  importCommand,
  tablesCommand,
]
