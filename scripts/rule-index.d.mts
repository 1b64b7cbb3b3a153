export function renderRuleIndex(): string
