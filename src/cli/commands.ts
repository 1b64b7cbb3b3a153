import type { Command } from "./command.js"
import { importRowsCommand } from "./import-rows-command.js"
import { statsCommand } from "./stats-command.js"
import { validateCommand } from "./validate-command.js"

/** Every CLI command, in the order the top-level help lists them. */
export const COMMANDS: readonly Command[] = [validateCommand, statsCommand, importRowsCommand]
