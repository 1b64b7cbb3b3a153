import assert from "node:assert/strict"
import { createRequire } from "node:module"
import * as root from "justice-cooperation"
import * as aggregate from "justice-cooperation/aggregate"
import * as reference from "justice-cooperation/reference"
import { datasetSchema, programmeSchema } from "justice-cooperation/schemas"
import * as validate from "justice-cooperation/validate"

assert.equal(root.findCountry("Viet Nam")?.alpha2, "VN")
assert.equal(reference.findCountry, root.findCountry, "one copy of the code across entry points")
assert.equal(programmeSchema, root.programmeSchema)
assert.equal(datasetSchema.safeParse({ programmes: [] }).success, true)
assert.equal(typeof validate, "object")
assert.equal(typeof aggregate, "object")
const require = createRequire(import.meta.url)
const jsonSchema = require("justice-cooperation/json-schema/programme.json")
assert.equal(jsonSchema.title, "Programme")
const { version } = require("justice-cooperation/package.json")
assert.match(version, /^\d+\.\d+\.\d+/)
assert.equal(aggregate.participationsByCountry, root.participationsByCountry)
assert.equal(
  aggregate.pledgeProgress(
    {
      id: "ct",
      pledger: "gov-japan",
      announcedOn: "2016-09",
      period: { start: "2016", end: "2018" },
      targets: [{ id: "people", kind: "quantity", metric: "people-trained", value: 2000 }],
      fulfilments: [{ target: "people", on: "2018", kind: "cumulative", value: 2653 }],
    },
    { asOf: "2018-12-31" },
  ).status,
  "exceeded",
)
console.log("ok (ESM import of every entry point)")
