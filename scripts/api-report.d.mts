export const ENTRY_POINTS: Record<string, string>
export const REPORT_FILE: URL
export function apiReport(): {
  text: string
  undocumented: string[]
  examples: { name: string; where: string; text: string }[]
}
