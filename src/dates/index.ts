export { isPartialDate } from "./partial-date.js"
