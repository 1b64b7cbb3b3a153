// Hostile input to the aggregations, at growing sizes, so that the growth is visible (issue 10):
// rate strings and option names of 1 kB to 10 MB (refused in bounded time: nothing is parsed
// past the bounds), a dataset whose ids, themes and genders are all prototype keys (linear),
// and one bad record at the end of a long stream (found after one pass). Each line prints the
// median time and its ratio to the smallest size; the hostile test suite
// (test/hostile/aggregate.test.ts) checks the codes and messages.
import assert from "node:assert/strict"
import * as agg from "../dist/aggregate/index.js"
import { convertMoney } from "../dist/index.js"

function median(run, repeat) {
  const times = []
  for (let k = 0; k < repeat; k++) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

/** The code a call throws (it must throw a library error). */
function code(call) {
  try {
    call()
  } catch (error) {
    assert.ok(error.code, `a raw error: ${error}`)
    assert.ok(error.message.length < 500 && !/\n/.test(error.message), "a one-line message")
    return error.code
  }
  throw new Error("no error")
}

function table(title, sizes, measure, unit = "") {
  console.log(`\n${title}`)
  console.log(`| size | median | ratio to ${sizes[0].toLocaleString("en")}${unit} |`)
  console.log("|---|---|---|")
  let first
  for (const n of sizes) {
    const ms = measure(n)
    first ??= ms
    console.log(
      `| ${n.toLocaleString("en")}${unit} | ${ms.toFixed(ms < 1 ? 4 : 1)} ms | ${(ms / first).toFixed(1)} |`,
    )
  }
}

const usd = { amount: 100, currency: "USD" }
const withRate = (rate) => ({ source: "x", rates: [{ from: "USD", to: "JPY", on: "2018", rate }] })

// Before issue 10: "1e+1000000000" took 30 s to end in a RangeError, "1e-1000000000" did not
// finish, and a long digit string was parsed into a BigInt.
const bigSizes = [1_000, 100_000, 10_000_000]
table(
  "a rate of n nines (money/invalid-rate)",
  bigSizes,
  (n) => {
    const rate = "9".repeat(n)
    assert.equal(
      code(() => convertMoney(usd, "JPY", { rates: withRate(rate), on: "2018" })),
      "money/invalid-rate",
    )
    return median(
      () => code(() => convertMoney(usd, "JPY", { rates: withRate(rate), on: "2018" })),
      21,
    )
  },
  " chars",
)
table(
  "a rate 1e+<n digits> (money/invalid-rate)",
  [10, 1_000, 100_000],
  (n) => {
    const rate = `1e+${"9".repeat(n)}`
    return median(
      () => code(() => convertMoney(usd, "JPY", { rates: withRate(rate), on: "2018" })),
      21,
    )
  },
  " digits",
)
table(
  "an unknown option name of n characters (aggregate/unknown-option)",
  bigSizes,
  (n) => {
    const options = { ["x".repeat(n)]: 1 }
    assert.equal(
      code(() => agg.alumniTotals({}, options)),
      "aggregate/unknown-option",
    )
    return median(() => code(() => agg.alumniTotals({}, options)), 21)
  },
  " chars",
)
table(
  "an asOf of n characters (aggregate/invalid-option)",
  bigSizes,
  (n) => {
    const options = { asOf: `2024${"\n".repeat(n)}` }
    return median(() => code(() => agg.participationsByCountry({}, options)), 21)
  },
  " chars",
)

// Prototype keys everywhere: counted like any other key, in linear time. The context is held
// fixed (1,000 programmes, 10,000 participants, as the prototype keys and more) and only the
// participations grow, so that the growth is the algorithm's, not the CPU caches'.
const KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"]
const programmes = []
for (let i = 0; i < 1_000; i++) {
  programmes.push({
    id: i < KEYS.length ? KEYS[i] : `p${i}`,
    title: "t",
    kind: "seminar",
    status: "completed",
    period: { start: "2024-10", end: "2024-10" },
    themes: [KEYS[i % KEYS.length]],
  })
}
const participants = []
for (let i = 0; i < 10_000; i++)
  participants.push({
    id: i < KEYS.length ? KEYS[i] : `x${i}`,
    country: "VN",
    gender: KEYS[i % KEYS.length],
  })
function prototypeDataset(n) {
  const participations = []
  for (let i = 0; i < n; i++)
    participations.push({
      participant: participants[i % participants.length].id,
      programme: programmes[(i * 7) % programmes.length].id,
      status: "completed",
    })
  return { programmes, participants, participations }
}
const growth = [10_000, 20_000, 40_000, 400_000]
table("participationsByCountry over n participations with prototype keys as ids", growth, (n) => {
  const ds = prototypeDataset(n)
  assert.equal(agg.participationsByCountry(ds).total, n)
  return median(() => agg.participationsByCountry(ds), 11)
})
table(
  "disaggregate gender × theme over n participations with prototype keys as values",
  growth,
  (n) => {
    const ds = prototypeDataset(n)
    assert.equal(
      agg.disaggregate(ds, { by: ["gender", "theme"] }).reduce((s, r) => s + r.count, 0),
      n,
    )
    return median(() => agg.disaggregate(ds, { by: ["gender", "theme"] }), 11)
  },
)

// One bad record after n good ones: found in one pass, named by its position.
table("alumniTotals: a null record after n good ones (aggregate/invalid-record)", growth, (n) => {
  const ds = prototypeDataset(n)
  const bad = { ...ds, participations: [...ds.participations, null] }
  assert.match(
    (() => {
      try {
        agg.alumniTotals(bad)
      } catch (error) {
        return error.message
      }
    })(),
    new RegExp(`participations\\[${n}\\] is null`),
  )
  return median(() => code(() => agg.alumniTotals(bad)), 11)
})
