import { describe, expect, it } from 'vitest'
import {
  CLAIM_STATUSES,
  CLAIM_STATUS_LABELS,
  DEFAULT_CLAIM_STATUS,
  isClaimStatus,
  statusLabel
} from './status'

describe('claim statuses', () => {
  it('are exactly the six of the issue, with their labels, in order', () => {
    expect(CLAIM_STATUSES.map(statusLabel)).toEqual([
      'Unverified',
      'In review',
      'Verified',
      'Disputed',
      'False',
      'Unverifiable'
    ])
    expect(Object.keys(CLAIM_STATUS_LABELS)).toHaveLength(6)
  })

  it('start as Unverified', () => {
    expect(DEFAULT_CLAIM_STATUS).toBe('unverified')
  })

  it('recognises every status id', () => {
    for (const status of CLAIM_STATUSES) expect(isClaimStatus(status)).toBe(true)
  })

  it.each([
    ['Verified'],
    ['in_review'],
    [''],
    [null],
    [undefined],
    [3],
    [false],
    [{}],
    [['verified']]
  ])('refuses %j', (value) => {
    expect(isClaimStatus(value)).toBe(false)
  })
})
