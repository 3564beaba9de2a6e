import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/translator'
import {
  CLAIM_STATUSES,
  CLAIM_STATUS_LABELS,
  DEFAULT_CLAIM_STATUS,
  isClaimStatus,
  statusLabel
} from './status'

describe('claim statuses', () => {
  it('are exactly the six of the issue, with their labels, in order', () => {
    expect(CLAIM_STATUSES.map((status) => statusLabel(status))).toEqual([
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

describe('status labels in German', () => {
  it('name all six', () => {
    const de = translator('de')
    expect(CLAIM_STATUSES.map((status) => statusLabel(status, de))).toEqual([
      'Ungeprüft',
      'In Prüfung',
      'Verifiziert',
      'Umstritten',
      'Falsch',
      'Nicht überprüfbar'
    ])
  })
})
