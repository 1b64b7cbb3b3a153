// Runs the JavaScript code blocks of README.md and docs/*.md against the built package and
// compares what each block prints with the `text` block that follows it, so that the
// documentation shows real output and cannot rot.
//
// Rules, for writers:
// - Every ```js block of a file runs, in order, as one ES module (later blocks see earlier
//   blocks' variables; import each name once per file). It imports "justice-cooperation" by
//   name, which inside this repository resolves to the package itself (dist/).
// - A ```text block right after a ```js block (only blank lines between) is its expected
//   output; a ```js block without one must print nothing.
// - Other blocks (```ts, ```sh, …) are illustrations and do not run.
//
//   node test/examples/doc-blocks.mjs            # check (run by test/examples/run.mjs)
//   node test/examples/doc-blocks.mjs --update   # rewrite the text blocks with real output
import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))
const MARK = "\u0000doc-block "

/** The fenced blocks of a Markdown text: `{ lang, start, end, code }` (lines, 0-based). */
export function fencedBlocks(text) {
  const lines = text.split("\n")
  const blocks = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(\S*)/.exec(lines[i])
    if (open === null) continue
    const end = lines.findIndex(
      (line, j) => j > i && line.startsWith(open[1]) && line.trim() === open[1],
    )
    if (end === -1) throw new Error(`unclosed code block at line ${i + 1}`)
    blocks.push({ lang: open[2], start: i, end, code: lines.slice(i + 1, end).join("\n") })
    i = end
  }
  return blocks
}

/** The runnable blocks of a file, each with the output block that follows it, if any. */
function runnable(text) {
  const lines = text.split("\n")
  const blocks = fencedBlocks(text)
  const result = []
  blocks.forEach((block, k) => {
    if (block.lang !== "js") return
    const next = blocks[k + 1]
    const adjacent =
      next !== undefined &&
      next.lang === "text" &&
      lines.slice(block.end + 1, next.start).every((line) => line.trim() === "")
    result.push({ ...block, output: adjacent ? next : undefined })
  })
  return result
}

const normalise = (text) =>
  text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/^\n+|\n+$/g, "")

/** Runs the js blocks of one Markdown file; returns a list of differences (empty: all good). */
function checkFile(file, update) {
  const path = join(root, file)
  const text = readFileSync(path, "utf8")
  const blocks = runnable(text)
  if (blocks.length === 0) return { blocks: 0, problems: [] }
  const module = blocks
    .map((block, i) => `console.log(${JSON.stringify(MARK + i)})\n${block.code}`)
    .join("\n")
  // Inside the repository, so that "justice-cooperation" resolves to the package itself.
  const dir = join(root, ".tmp", "doc-blocks")
  mkdirSync(dir, { recursive: true })
  const script = join(dir, `${file.replaceAll("/", "__")}.mjs`)
  writeFileSync(script, module)
  let stdout
  try {
    stdout = execFileSync(process.execPath, [script], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, TZ: "UTC", NO_COLOR: "1" },
    })
  } catch (error) {
    return {
      blocks: blocks.length,
      problems: [`${file}: the code blocks failed to run (${script}):\n${error.stderr}`],
    }
  }
  const outputs = stdout.split(MARK).slice(1)
  const problems = []
  const lines = text.split("\n")
  // From the last block up, so that line numbers of earlier blocks stay valid while updating.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]
    const actual = normalise((outputs[i] ?? "").replace(/^\d+\n/, ""))
    const expected = block.output === undefined ? "" : normalise(block.output.code)
    if (actual === expected) continue
    if (update && block.output !== undefined) {
      lines.splice(block.output.start + 1, block.output.end - block.output.start - 1, actual)
      continue
    }
    problems.unshift(
      `${file}:${block.start + 1}: the js block prints\n${indent(actual || "(nothing)")}\n` +
        (block.output === undefined
          ? "  but has no ```text block after it"
          : `  but the text block at line ${block.output.start + 1} says\n${indent(expected)}`),
    )
  }
  if (update) writeFileSync(path, lines.join("\n"))
  return { blocks: blocks.length, problems }
}

const indent = (text) =>
  text
    .split("\n")
    .map((line) => `    | ${line}`)
    .join("\n")

/** Checks README.md and docs/*.md; returns `{ files, blocks, problems }`. */
export function checkDocBlocks({ update = false } = {}) {
  const files = [
    "README.md",
    ...readdirSync(join(root, "docs"))
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => `docs/${name}`),
  ]
  let blocks = 0
  const problems = []
  const checked = []
  for (const file of files) {
    const result = checkFile(file, update)
    if (result.blocks > 0) checked.push(file)
    blocks += result.blocks
    problems.push(...result.problems)
  }
  return { files: checked, blocks, problems }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const update = process.argv.includes("--update")
  const { files, blocks, problems } = checkDocBlocks({ update })
  for (const problem of problems) console.error(problem)
  console.log(
    `doc blocks: ${blocks} js blocks in ${files.join(", ")}${update ? " (outputs updated)" : ""}`,
  )
  if (problems.length > 0) process.exit(1)
}
