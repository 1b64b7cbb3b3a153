// STUB for the reference issue, which generates the full vocabulary with labels, DAC purpose
// codes and SDG targets. The ids below are those of DESIGN.md §1.

/**
 * A theme of the reference vocabulary.
 *
 * @category Reference
 */
export type Theme = {
  id: string
  label: string
  dacPurposeCodes?: readonly number[]
  sdgTargets?: readonly string[]
}

/** @category Reference */
export const THEMES: readonly Theme[] = [
  {
    id: "anti-corruption",
    label: "Anti-corruption",
    dacPurposeCodes: [15113],
    sdgTargets: ["16.5"],
  },
  { id: "trafficking-in-persons", label: "Trafficking in persons" },
  { id: "corrections", label: "Corrections" },
  { id: "crime-prevention", label: "Crime prevention" },
  { id: "civil-law", label: "Civil law" },
  { id: "legislative-drafting", label: "Legislative drafting" },
  { id: "judicial-training", label: "Judicial training" },
  { id: "maritime-law-enforcement", label: "Maritime law enforcement" },
  { id: "cybercrime", label: "Cybercrime" },
  { id: "drugs", label: "Drugs" },
  { id: "counter-terrorism", label: "Counter-terrorism" },
  { id: "money-laundering", label: "Money laundering" },
  { id: "border-control", label: "Border control" },
  { id: "democratization", label: "Democratization" },
  { id: "media", label: "Media" },
  { id: "local-governance", label: "Local governance" },
  { id: "mutual-legal-assistance", label: "Mutual legal assistance" },
  { id: "asset-recovery", label: "Asset recovery" },
]

/**
 * Tells whether a theme id is in the reference vocabulary. Themes are an open vocabulary:
 * others are allowed (validation warns).
 *
 * @example
 * isKnownTheme("anti-corruption") //=> true
 *
 * @category Reference
 */
export function isKnownTheme(id: string): boolean {
  return THEMES.some((t) => t.id === id)
}
