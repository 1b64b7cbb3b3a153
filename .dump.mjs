import { build } from "esbuild"
const [names] = process.argv.slice(2)
const r = await build({ stdin: { contents: `import { ${names} } from "./src/aggregate/index.ts"\nconsole.log(${names})`, resolveDir: process.cwd(), loader: "ts" },
  bundle: true, write: false, format: "esm", minify: true, platform: "browser", logLevel: "silent" })
process.stdout.write(r.outputFiles[0].text)
