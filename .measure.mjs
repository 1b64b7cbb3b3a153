import { build, analyzeMetafile } from "esbuild"
import { gzipSync } from "node:zlib"
const [names, entry="./src/aggregate/index.ts", verbose] = process.argv.slice(2)
const r = await build({ stdin: { contents: `import { ${names} } from "${entry}"\nconsole.log(${names})`, resolveDir: process.cwd(), loader: "ts" },
  bundle: true, write: false, format: "esm", minify: true, platform: "browser", metafile: true, logLevel: "silent" })
const code = r.outputFiles[0].contents
console.log(names, "gzip", gzipSync(code, { level: 9 }).length, "raw", code.length)
if (verbose) console.log(await analyzeMetafile(r.metafile, { verbose: false }))
