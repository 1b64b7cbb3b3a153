// STUB for the reference issue: two groupings copied from ../shared/reference/groupings.json.
// The reference-data work replaces this file with a generated table of every grouping.
import type { Grouping } from "../schemas/grouping.js"

export const GROUPINGS: readonly Grouping[] = [
  {
    id: "ASEAN",
    name: "Association of Southeast Asian Nations",
    members: [
      { country: "ID", from: "1967-08-08" },
      { country: "MY", from: "1967-08-08" },
      { country: "PH", from: "1967-08-08" },
      { country: "SG", from: "1967-08-08" },
      { country: "TH", from: "1967-08-08" },
      { country: "BN", from: "1984-01-07" },
      { country: "VN", from: "1995-07-28" },
      { country: "LA", from: "1997-07-23" },
      { country: "MM", from: "1997-07-23" },
      { country: "KH", from: "1999-04-30" },
      { country: "TL", from: "2025-10-26" },
    ],
  },
  {
    id: "G7",
    name: "Group of Seven",
    members: [
      { country: "FR", from: "1975-11-15" },
      { country: "DE", from: "1975-11-15" },
      { country: "IT", from: "1975-11-15" },
      { country: "JP", from: "1975-11-15" },
      { country: "GB", from: "1975-11-15" },
      { country: "US", from: "1975-11-15" },
      { country: "CA", from: "1976-06-27" },
    ],
  },
]
