// Installs the packed tarball into an empty project and uses it there as a user would:
// `import` (ESM), `require` (CJS), and the TypeScript types of both, with node16 resolution.
// Run by `npm test` after the build.
import { execFileSync, spawnSync } from "node:child_process"
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))
const here = fileURLToPath(new URL(".", import.meta.url))
const work = join(root, ".tmp", "consumer")
rmSync(work, { recursive: true, force: true })
mkdirSync(join(work, "pack"), { recursive: true })

function run(cmd, args, cwd = work) {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" })
  } catch (error) {
    process.stderr.write(String(error.stdout ?? ""))
    throw new Error(`consumer check failed: ${cmd} ${args.join(" ")}`)
  }
}

const [packed] = JSON.parse(
  run("npm", ["pack", "--json", "--pack-destination", join(work, "pack")], root),
)
// The tarball holds only what users need: the build (JS, types, source maps, JSON Schemas),
// the README, the changelog, the licence and package.json.
const allowed =
  /^(?:dist\/.+\.(?:js|cjs|d\.ts|d\.cts|map|json)|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/
const unexpected = packed.files.map((f) => f.path).filter((path) => !allowed.test(path))
if (unexpected.length > 0)
  throw new Error(`unexpected files in the package: ${unexpected.join(", ")}`)
for (const needed of [
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  "dist/json-schema/programme.json",
  "LICENSE",
  "README.md",
]) {
  if (!packed.files.some((f) => f.path === needed)) throw new Error(`the package lacks ${needed}`)
}
console.log(
  `package: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`,
)
const [tarball] = readdirSync(join(work, "pack")).filter((f) => f.endsWith(".tgz"))
const app = join(work, "app")
mkdirSync(app)
writeFileSync(
  join(app, "package.json"),
  JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }),
)
const zodVersion = JSON.parse(run("npm", ["pkg", "get", "devDependencies.zod"], root))
run(
  "npm",
  [
    "install",
    "--silent",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    join(work, "pack", tarball),
    `zod@${zodVersion}`,
  ],
  app,
)

for (const file of readdirSync(here).filter((f) => f.startsWith("check")))
  cpSync(join(here, file), join(app, file))

for (const script of ["check.mjs", "check.cjs"]) {
  process.stdout.write(`consumer ${script}: `)
  process.stdout.write(run("node", [script], app))
}
const tsc = join(root, "node_modules", "typescript", "bin", "tsc")
writeFileSync(
  join(app, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: "node16",
      moduleResolution: "node16",
      types: [],
    },
    files: ["check-types.mts", "check-types.cts"],
  }),
)
run("node", [tsc, "-p", "tsconfig.json"], app)
console.log("consumer types: ok (check-types.mts, check-types.cts)")

// The command line, as a user runs it from the installed package. (--as-of applies to every
// figure: Ukraine's four seats are in a programme of October 2024.)
const stats = run(
  "npx",
  ["--no-install", "justice-cooperation", "stats", "--as-of", "2025-03-31"],
  app,
)
if (!stats.includes("ct-asia-2016: exceeded") || !/UA\s+Ukraine\s+4/.test(stats)) {
  throw new Error(`npx justice-cooperation stats printed something unexpected:\n${stats}`)
}
const broken = spawnSync(
  "npx",
  ["--no-install", "justice-cooperation", "validate", join(root, "test/fixtures/cli/broken.json")],
  { cwd: app, encoding: "utf8" },
)
if (broken.status !== 1 || !broken.stdout.includes("programme/end-before-start")) {
  throw new Error(
    `npx justice-cooperation validate on a broken file: exit ${broken.status}\n${broken.stdout}${broken.stderr}`,
  )
}
console.log("consumer CLI: ok (npx justice-cooperation stats; validate exits 1 on a broken file)")
