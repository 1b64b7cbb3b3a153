export const OWN_ALIASES: Record<string, string[]>
export const OWN_ALIASES_JA: Record<string, string[]>
export const AMBIGUOUS: Record<string, string[]>
