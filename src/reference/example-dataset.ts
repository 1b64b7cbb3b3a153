import type { Dataset } from "../schemas/dataset.js"
import { deepFreeze } from "./deep-freeze.js"

const SEED_2024 = "White Paper on Development Cooperation 2024 (seed 000)"

/**
 * An example dataset drawn from the seed texts: the organisations, programmes, figures and
 * pledges they state, each record naming its source sentence in `extra.source`. Figures given
 * only in aggregate are `reportedParticipants`, never invented people.
 *
 * It is deeply frozen: copy it (`structuredClone(exampleDataset)`) to change it.
 *
 * @example
 * exampleDataset.programmes?.length //=> 2
 *
 * @category Reference
 */
export const exampleDataset: Dataset = /* @__PURE__ */ deepFreeze({
  organisations: [
    {
      id: "moj-japan",
      name: "Ministry of Justice of Japan",
      acronym: "MOJ",
      type: "government",
      country: "JP",
    },
    {
      id: "unafei",
      name: "United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders",
      acronym: "UNAFEI",
      type: "intergovernmental",
      country: "JP",
    },
    {
      id: "unodc",
      name: "United Nations Office on Drugs and Crime",
      acronym: "UNODC",
      type: "un-entity",
    },
  ],
  programmes: [
    {
      id: "unafei-uncac-26",
      title: "The 26th UNAFEI UNCAC Training Programme",
      kind: "training-course",
      status: "completed",
      period: { start: "2024-10", end: "2024-11" },
      series: { id: "unafei-uncac", session: 26 },
      organisations: [
        { organisation: "moj-japan", role: "funding" },
        { organisation: "unafei", role: "implementing" },
      ],
      venue: { country: "JP" },
      mode: "in-person",
      themes: ["anti-corruption"],
      sdgTargets: ["16.5"],
      reportedParticipants: { total: 25, countries: 20, byCountry: { UA: 4 } },
      extra: {
        source: SEED_2024,
        sentence:
          "The program was attended by 25 criminal justice practitioners from 20 countries and regions, including four participants from Ukraine.",
      },
    },
    {
      id: "asean-japan-cjs-1",
      title: "The 1st ASEAN-Japan Criminal Justice Seminar",
      kind: "seminar",
      status: "completed",
      period: { start: "2024-12", end: "2024-12" },
      series: { id: "asean-japan-cjs", session: 1 },
      organisations: [{ organisation: "moj-japan", role: "implementing" }],
      countries: ["BN", "KH", "ID", "LA", "MY", "PH", "SG", "TH", "VN", "TL"],
      themes: ["mutual-legal-assistance", "corrections"],
      extra: {
        source: SEED_2024,
        sentence:
          "Criminal justice practitioners from 10 countries, including 9 ASEAN Member States (Brunei, Cambodia, Indonesia, Laos, Malaysia, the Philippines, Singapore, Thailand, and Viet Nam) and Timor-Leste, participated in the seminar.",
      },
    },
  ],
})
