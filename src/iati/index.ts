// justice-cooperation/iati: read and write IATI activity files. The streaming XML parser
// (saxes) is a dependency of this subpath only: importing the core never loads it.
export {
  type IatiInput,
  type IatiItem,
  type ReadIatiOptions,
  type ReadIatiResult,
  readIati,
  streamIati,
} from "./read.js"
export { type WriteIatiOptions, writeIati } from "./write.js"
