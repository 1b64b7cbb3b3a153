export const BROWSER_ONLY: string
export function inCi(env?: Record<string, string | undefined>): boolean
export function browserGate(
  env?: Record<string, string | undefined>,
):
  | { action: "run"; chromium: string }
  | { action: "skip"; line: string }
  | { action: "fail"; line: string }
