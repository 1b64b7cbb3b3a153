import type { Page } from "playwright-core"
export function inkOf(
  page: Page,
  png: Buffer,
  colour: [number, number, number],
): Promise<{ dark: number; matching: number; width: number; height: number }>
