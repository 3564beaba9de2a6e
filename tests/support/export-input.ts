/** Small hand-made export inputs for unit tests of the pure exporters. */
import type { Claim, Comment } from '../../src/core/claims/claim'
import type { ExportBlock, ExportInput } from '../../src/core/export/export-input'

/** A claim with defaults; `status` and `sourceIds` are what tests usually vary. */
export function claimOf(id: string, quote: string, overrides: Partial<Claim> = {}): Claim {
  return {
    id,
    kind: 'claim',
    quote,
    statement: quote,
    sourceIds: [],
    status: 'unverified',
    assignee: null,
    createdBy: 'Ana',
    createdAt: '2025-01-01T10:00:00.000Z',
    history: [],
    ...overrides
  }
}

/** A paragraph from [text, ...claimIds] runs. */
export function paragraphOf(...runs: [string, ...string[]][]): ExportBlock {
  return { kind: 'paragraph', runs: runs.map(([text, ...claimIds]) => ({ text, claimIds })) }
}

/** An export input with defaults. */
export function inputOf(
  overrides: Partial<ExportInput> & { comments?: Record<string, Comment[]> } = {}
): ExportInput {
  return {
    room: 'test-room',
    title: 'Test briefing',
    blocks: [paragraphOf(['Plain text.'])],
    claims: [],
    comments: {},
    library: [],
    reviewers: [],
    exportedAt: '2025-01-02T12:00:00.000Z',
    appVersion: '0.0.0',
    ...overrides
  }
}
