// A CommonJS script: `require` gets the CJS build, with the same API and the same results.
//
//   node examples/cjs.cjs
const {
  DatasetError,
  exampleDataset,
  parseDataset,
  pledgeProgress,
} = require("justice-cooperation")

// Progress of every pledge of the example dataset on one date.
const asOf = "2025-03-31"
console.log(`pledge progress as of ${asOf}`)
for (const pledge of exampleDataset.pledges ?? []) {
  const progress = pledgeProgress(pledge, { asOf, dataset: exampleDataset })
  const elapsed = `${Math.round(progress.elapsed * 100)}% elapsed`
  console.log(`  ${pledge.id.padEnd(26)} ${progress.status.padEnd(9)} ${elapsed}`)
}

// parseDataset throws a DatasetError that carries every issue.
try {
  parseDataset({
    participations: [{ participant: "p-1", programme: "no-such-programme", status: "completed" }],
  })
} catch (error) {
  if (!(error instanceof DatasetError)) throw error
  for (const issue of error.issues) console.log(`${issue.code}: ${issue.message}`)
}
