/** Reviewers: how a name is cleaned up and which caret colour it gets. */

/** Longest reviewer name kept. */
export const REVIEWER_NAME_MAX_LENGTH = 64

// Caret labels are white 12px text on these: each has at least 4.5:1 contrast with white (WCAG AA).
const PALETTE = [
  '#b3364a',
  '#00798c',
  '#8a5a00',
  '#30638e',
  '#6a4c93',
  '#2a7a6f',
  '#b84a2c',
  '#4f7a3f'
] as const

/** Trims and collapses whitespace; null when nothing usable is left or the name is too long. */
export function normalizeReviewerName(input: string): string | null {
  // Control characters never belong in a name shown on other reviewers' screens.
  const name = Array.from(input, (char) => (isControl(char) ? '' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
  if (name.length === 0 || name.length > REVIEWER_NAME_MAX_LENGTH) return null
  return name
}

/** A stable colour for a reviewer's caret, so each reviewer looks the same to everyone. */
export function reviewerColor(name: string): string {
  let hash = 0
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0]
}

function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code < 0x20 || code === 0x7f
}
