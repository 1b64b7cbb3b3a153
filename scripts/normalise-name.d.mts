export function normaliseName(name: string): string
