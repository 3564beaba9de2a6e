/** Keys of one claim's Y.Map inside the room's `claims` map (CLAIMS_FIELD in ../doc-layout.ts). */
export { CLAIMS_FIELD } from '../doc-layout'

/** Keys of one claim's Y.Map. Plain values are last-writer-wins; the Y types merge. */
export const CLAIM_KEYS = {
  kind: 'kind',
  quote: 'quote',
  statement: 'statement',
  /** Who made the claim; absent when unknown. */
  claimant: 'claimant',
  status: 'status',
  assignee: 'assignee',
  createdBy: 'createdBy',
  createdAt: 'createdAt',
  /** Y.Array of StatusChange objects, only ever appended to. */
  history: 'history',
  /** Y.Map used as a set: source id → true, so concurrent attaches and detaches of others merge. */
  sourceIds: 'sourceIds',
  /** Y.Array of Comment objects, only ever appended to. */
  comments: 'comments'
} as const
