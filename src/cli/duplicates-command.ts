import { writeFileSync } from "node:fs"
import { AggregationError } from "../aggregate/errors.js"
import { findDuplicates } from "../identity/find-duplicates.js"
import { type IdentityDecision, resolveIdentities } from "../identity/resolve-identities.js"
import type { Dataset } from "../schemas/dataset.js"
import { quote } from "../text/quote.js"
import type { ValidationIssue } from "../validate/issue.js"
import { validateDataset } from "../validate/validate-dataset.js"
import { type CommandOptions, readArgs, stringOption, tooManyFiles, UsageError } from "./args.js"
import type { Command, Out } from "./command.js"
import { displayName, readBytes } from "./read.js"
import { readJsonBytes } from "./read-data.js"

export const DUPLICATES_HELP = `Usage: justice-cooperation duplicates FILE [options]

Lists participant records that may be the same person entered twice (P-0007 and P-007,
"NGUYEN Thi Lan" and "Lan Nguyen Thi"), each with a score, a band (likely, possible) and
the reasons. Nothing is merged: write decisions ('same' or 'different') in a JSON file and
count on them with justice-cooperation stats FILE --decisions D.json. See docs/identity.md.

Options:
  --decisions D.json   decisions already made: those pairs are not listed again
  --template OUT.json  write the decisions so far and every pair still to decide, with
                       "decision": "" for a person to fill in ('same' or 'different')
  --json               print { pairs, oversizedBlocks, compared, decided } as JSON
  -h, --help           show this help

Example:
  justice-cooperation duplicates register.json --template decisions.json
  justice-cooperation stats register.json --decisions decisions.json`

/** Reads a decisions file: a JSON list; problems are usage errors (the file is the user's). */
export async function readDecisionsFile(file: string, command: string): Promise<unknown[]> {
  const read = readJsonBytes(await readBytes(file))
  if (read.issues.length > 0 || !("value" in read))
    throw new UsageError(
      `${command}: ${displayName(file)}: ${read.issues[0]?.message ?? "cannot be read"}`,
    )
  if (!Array.isArray(read.value))
    throw new UsageError(
      `${command}: ${displayName(file)} is not a list of decisions such as [{ "a": "P-0007", "b": "P-007", "decision": "same" }]`,
    )
  return read.value
}

/** Reads and validates a dataset file; undefined (and a message printed) when it has errors. */
export async function readValidDataset(file: string, out: Out): Promise<Dataset | undefined> {
  const read = readJsonBytes(await readBytes(file))
  const readIssues: ValidationIssue[] = read.issues
  const validated =
    "value" in read && readIssues.length === 0 ? validateDataset(read.value) : undefined
  const errors = [...readIssues, ...(validated?.issues ?? [])].filter((i) => i.severity === "error")
  if (validated === undefined || !validated.ok || errors.length > 0) {
    out(
      `${displayName(file)} has ${errors.length} ${errors.length === 1 ? "error" : "errors"}; run justice-cooperation validate for the list. First: ${errors[0]?.message}`,
    )
    return undefined
  }
  return validated.dataset
}

/**
 * Applies identity decisions for `stats --decisions`: the resolved dataset, and lines saying
 * what was merged and every problem of the decisions (errors stop the count).
 */
export function applyDecisions(dataset: Dataset, decisions: unknown[]) {
  const resolved = resolveIdentities(dataset, decisions as IdentityDecision[])
  const errors = resolved.issues.filter((issue) => issue.severity === "error").length
  const merged = resolved.clusters.reduce((n, cluster) => n + cluster.members.length - 1, 0)
  const lines = [
    errors > 0
      ? `the decisions have ${errors} ${errors === 1 ? "error" : "errors"}; nothing is counted:`
      : `identity decisions: ${resolved.clusters.length} ${resolved.clusters.length === 1 ? "person" : "people"} entered more than once, ${merged} ${merged === 1 ? "record" : "records"} merged`,
    ...resolved.issues.map((issue) => `  ${issue.severity} ${issue.code}: ${issue.message}`),
  ]
  return { ...resolved, errors, lines }
}

const pairKey = (a: unknown, b: unknown) =>
  typeof a === "string" && typeof b === "string"
    ? a < b
      ? `${a}\u0000${b}`
      : `${b}\u0000${a}`
    : ""

const DUPLICATES_OPTIONS: CommandOptions = {
  decisions: { type: "string", example: "decisions.json" },
  template: { type: "string", example: "decisions.json" },
  json: { type: "boolean" },
}

async function runDuplicates(args: string[], out: Out): Promise<number> {
  const parsed = readArgs("duplicates", args, DUPLICATES_OPTIONS, DUPLICATES_HELP, out)
  if (parsed === undefined) return 0
  const { values, positionals } = parsed
  if (positionals.length !== 1) throw tooManyFiles("duplicates", "one FILE")
  const file = positionals[0] as string
  const decisionsFile = stringOption(values, "decisions")
  const decisions =
    decisionsFile === undefined ? [] : await readDecisionsFile(decisionsFile, "duplicates")
  const dataset = await readValidDataset(file, out)
  if (dataset === undefined) return 1
  let found: ReturnType<typeof findDuplicates>
  try {
    found = findDuplicates(dataset)
  } catch (error) {
    if (error instanceof AggregationError) {
      out(error.message)
      return 1
    }
    throw error
  }
  const decided = new Set<string>()
  for (const decision of decisions) {
    const { a, b } = (decision ?? {}) as { a?: unknown; b?: unknown }
    if ((decision as { decision?: unknown })?.decision !== "") decided.add(pairKey(a, b))
  }
  const open = found.pairs.filter((pair) => !decided.has(pairKey(pair.a, pair.b)))
  const template = stringOption(values, "template")
  if (template !== undefined) {
    const kept = decisions.filter(
      (d) =>
        (d as { decision?: unknown })?.decision !== "" ||
        !open.some(
          (pair) =>
            pairKey(pair.a, pair.b) ===
            pairKey((d as IdentityDecision).a, (d as IdentityDecision).b),
        ),
    )
    const fresh = open.map((pair) => ({
      a: pair.a,
      b: pair.b,
      decision: "",
      extra: {
        band: pair.band,
        score: pair.score,
        reasons: pair.reasons
          .map((r) => `${r.field}: ${r.level} (${r.weight >= 0 ? "+" : ""}${r.weight})`)
          .join("; "),
      },
    }))
    try {
      writeFileSync(template, `${JSON.stringify([...kept, ...fresh], null, 2)}\n`)
    } catch (error) {
      throw new UsageError(
        `duplicates: ${template}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      )
    }
  }
  if (values.json) {
    out(
      JSON.stringify(
        {
          pairs: open,
          oversizedBlocks: found.oversizedBlocks,
          compared: found.compared,
          decided: found.pairs.length - open.length,
        },
        null,
        2,
      ),
    )
    return 0
  }
  const people = new Map((dataset.participants ?? []).map((p) => [p.id, p]))
  const describe = (id: string) => {
    const p = people.get(id)
    const parts = [p?.name, p?.country, p?.birthYear].filter((x) => x !== undefined)
    return `${quote(id)} (${parts.join(", ")})`
  }
  const lines: string[] = []
  const likely = open.filter((pair) => pair.band === "likely").length
  lines.push(
    `${displayName(file)}: ${open.length} ${open.length === 1 ? "pair" : "pairs"} to decide (${likely} likely, ${open.length - likely} possible)${decided.size > 0 ? `; ${found.pairs.length - open.length} already decided` : ""}; ${found.compared} compared`,
  )
  for (const pair of open) {
    lines.push(`  ${pair.band} ${pair.score}: ${describe(pair.a)} and ${describe(pair.b)}`)
    lines.push(
      `    ${pair.reasons.map((r) => `${r.field} ${r.level} ${r.weight >= 0 ? "+" : ""}${r.weight}`).join(", ")}`,
    )
  }
  for (const block of found.oversizedBlocks)
    lines.push(
      `  not compared: ${block.size} records share the ${block.blocking} ${quote(block.key)} (more than the block limit); pairs among them are found only through other keys`,
    )
  if (template !== undefined)
    lines.push(
      `decisions template written to ${template}: fill in "decision" with 'same' or 'different'`,
    )
  else if (open.length > 0) lines.push("write a decisions template with --template decisions.json")
  out(lines.join("\n"))
  return 0
}

export const duplicatesCommand: Command = {
  name: "duplicates",
  synopsis: "FILE",
  summary:
    "participant records that may be the same person, with reasons\n(writes a decisions template; nothing is merged)",
  help: DUPLICATES_HELP,
  run: runDuplicates,
}
