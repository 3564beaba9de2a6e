/**
 * What every exporter reads: the room as plain data. The text is blocks of runs, each run
 * naming the claims whose mark covers it, so overlapping and nested claims survive export.
 */
import type { Claim, Comment, ReviewerRef } from '../claims/claim'
import { ok, refuse, type Result } from '../claims/result'
import { message } from '../i18n/message'
import type { ReviewRules } from '../claims/second-check'
import type { LibrarySource } from '../claims/source-library'
import { claimVerdict, type ClaimVerdict } from '../claims/verdict'
import { detectLanguage } from '../i18n/detect-language'
import type { Locale } from '../i18n/locale'

/** A stretch of text with one set of claim marks. */
export interface ExportRun {
  readonly text: string
  /** Ids of the claims covering the whole run, outermost first as the room lists them. */
  readonly claimIds: readonly string[]
}

/** One block of the current text. */
export interface ExportBlock {
  readonly kind: 'paragraph' | 'heading'
  /** Heading level, only for headings. */
  readonly level?: 1 | 2 | 3
  readonly runs: readonly ExportRun[]
}

/** Everything an export contains; the clock and version are passed in so output is reproducible. */
export interface ExportInput {
  /** Room name; used in identifiers and file names. */
  readonly room: string
  readonly title: string
  readonly blocks: readonly ExportBlock[]
  /** Every claim of the room, anchored or detached, in room order. */
  readonly claims: readonly Claim[]
  /** Each claim's comments in stored order, by claim id. */
  readonly comments: Readonly<Record<string, readonly Comment[]>>
  readonly library: readonly LibrarySource[]
  /** Everyone who made, changed or discussed a claim. */
  readonly reviewers: readonly ReviewerRef[]
  /** ISO 8601 time of the export. */
  readonly exportedAt: string
  readonly appVersion: string
  /** The room's review rules; without them a Verified claim needs no second check. */
  readonly rules?: ReviewRules
  /** The language of the export's fixed words; the briefing's own when not given. */
  readonly locale?: Locale
}

/** A claim with its footnote number and whether its text is still in the briefing. */
export interface NumberedClaim {
  readonly claim: Claim
  readonly number: number
  readonly detached: boolean
  readonly comments: readonly Comment[]
  /** The claim's verdict under the room's rules: what every format shows. */
  readonly verdict: ClaimVerdict
}

/** The text of a block, unnormalised. */
export function blockText(block: ExportBlock): string {
  return block.runs.map((run) => run.text).join('')
}

/** Blocks that hold any text: empty paragraphs are not exported. */
export function textBlocks(input: ExportInput): ExportBlock[] {
  return input.blocks.filter((block) => blockText(block).length > 0)
}

/**
 * The blocks a human-readable export shows under its title: the text blocks, minus a first
 * heading that only repeats the title (the room's title is usually taken from it).
 */
export function bodyBlocks(input: ExportInput): ExportBlock[] {
  const blocks = textBlocks(input)
  const first = blocks[0]
  const repeatsTitle = first?.kind === 'heading' && blockText(first).trim() === input.title.trim()
  return repeatsTitle ? blocks.slice(1) : blocks
}

/** The language an export writes its fixed words in: the one asked for, else the briefing's. */
export function exportLocale(input: ExportInput): Locale {
  return input.locale ?? briefingLocale(input)
}

/** The language the briefing's text is written in (detect-language.ts). */
export function briefingLocale(input: ExportInput): Locale {
  return detectLanguage(textBlocks(input).map(blockText).join('\n'))
}

/** The input back, or the reason there is nothing to export. */
export function checkExportable(input: ExportInput): Result<ExportInput> {
  if (textBlocks(input).every((block) => blockText(block).trim() === '')) {
    return refuse(message('claim.refusal.nothingToExport'))
  }
  return ok(input)
}

/** The blocks an exporter prints under its title: none when there is nothing to export. */
export function shownBlocks(input: ExportInput): ExportBlock[] {
  return checkExportable(input).ok ? bodyBlocks(input) : []
}

/**
 * Claims numbered for footnotes: anchored ones in the order their text first appears, then the
 * detached ones in room order, so numbers read top to bottom.
 */
export function numberedClaims(input: ExportInput): NumberedClaim[] {
  // A Set keeps first-insertion order, so it lists ids in the order their text first appears.
  const firstSeen = new Set<string>()
  for (const block of input.blocks) {
    for (const run of block.runs) for (const id of run.claimIds) firstSeen.add(id)
  }
  const byId = new Map(input.claims.map((claim) => [claim.id, claim]))
  const anchored = [...firstSeen].flatMap((id) => byId.get(id) ?? [])
  const detached = input.claims.filter((claim) => !firstSeen.has(claim.id))
  return [...anchored, ...detached].map((claim, index) => ({
    claim,
    number: index + 1,
    detached: index >= anchored.length,
    comments: input.comments[claim.id] ?? [],
    verdict: claimVerdict(claim, input.rules)
  }))
}

/** For each run of a block, the claims whose last covered run it is (where a footnote mark goes). */
export function claimEndsInBlock(block: ExportBlock, later: readonly ExportBlock[]): string[][] {
  return claimEnds([block, ...later])[0] ?? []
}

/**
 * `claimEndsInBlock` for every block at once: one walk from the end, noting which claims occur
 * later, instead of rescanning the rest of the text for each run.
 */
export function claimEnds(blocks: readonly ExportBlock[]): string[][][] {
  const seenLater = new Set<string>()
  const ends: string[][][] = []
  for (let b = blocks.length - 1; b >= 0; b--) {
    const runs = blocks[b]?.runs ?? []
    const blockEnds: string[][] = []
    for (let r = runs.length - 1; r >= 0; r--) {
      const ids = runs[r]?.claimIds ?? []
      blockEnds[r] = ids.filter((id) => !seenLater.has(id))
      for (const id of ids) seenLater.add(id)
    }
    ends[b] = blockEnds
  }
  return ends
}

/** A lookup of library sources by id, first entry winning as `Array.find` would. */
export function sourceFinder(
  library: readonly LibrarySource[]
): (ids: readonly string[]) => LibrarySource[] {
  const byId = new Map<string, LibrarySource>()
  for (const source of library) if (!byId.has(source.id)) byId.set(source.id, source)
  return (ids) => ids.flatMap((id) => byId.get(id) ?? [])
}

/** Everyone named as author of a claim, a status change or a comment, sorted. */
export function reviewersOf(
  claims: readonly Claim[],
  comments: Readonly<Record<string, readonly Comment[]>>
): ReviewerRef[] {
  const names = new Set<string>()
  for (const claim of claims) {
    if (claim.createdBy) names.add(claim.createdBy)
    for (const change of claim.history) names.add(change.author)
    for (const comment of comments[claim.id] ?? []) names.add(comment.author)
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'en'))
}
