const assert = require("node:assert/strict")
const root = require("justice-cooperation")
const reference = require("justice-cooperation/reference")
const { programmeSchema } = require("justice-cooperation/schemas")
require("justice-cooperation/validate")
const aggregate = require("justice-cooperation/aggregate")

assert.equal(root.findCountry("Kyrgyz")?.alpha2, "KG")
assert.equal(reference.findCountry, root.findCountry, "one copy of the code across entry points")
assert.equal(programmeSchema, root.programmeSchema)
assert.equal(require("justice-cooperation/json-schema/dataset.json").title, "Dataset")
const uncac26 = {
  id: "uncac-26",
  title: "The 26th UNCAC Training Programme",
  kind: "training-course",
  status: "completed",
  period: { start: "2024-10", end: "2024-11" },
  reportedParticipants: { total: 25, countries: 20, byCountry: { UA: 4 } },
}
assert.deepEqual(aggregate.participationsByCountry({ programmes: [uncac26] }), {
  total: 25,
  unattributed: 21,
  rows: [{ country: "UA", count: 4 }],
  approximate: false,
})
assert.equal(aggregate.participationsByCountry, root.participationsByCountry)
assert.ok(
  new aggregate.AggregationError("aggregate/unknown-group", "x") instanceof root.AggregationError,
)
console.log("ok (CJS require of every entry point)")
