import { describe, expect, it } from 'vitest'
import { decodeStatusChange } from './status-change-codec'

const valid = {
  id: 'c1',
  author: 'Ana',
  at: '2026-01-01T10:00:00.000Z',
  from: 'unverified',
  to: 'verified',
  basis: ['c0']
}

describe('decodeStatusChange', () => {
  it('reads a complete change, with or without a note', () => {
    expect(decodeStatusChange(valid)).toEqual(valid)
    expect(decodeStatusChange({ ...valid, note: 'seen the minutes' })).toEqual({
      ...valid,
      note: 'seen the minutes'
    })
  })

  it('reads a change written before bases were kept as having none', () => {
    const old: Record<string, unknown> = { ...valid }
    delete old.basis
    expect(decodeStatusChange(old)).toEqual({ ...valid, basis: [] })
  })

  it.each<[string, unknown]>([
    ['not an object', 'verified'],
    ['an unknown status', { ...valid, to: 'maybe' }],
    ['a missing author', { ...valid, author: undefined }],
    ['a basis that is not a list of ids', { ...valid, basis: ['c0', 7] }],
    ['a note that is not text', { ...valid, note: 42 }]
  ])('refuses %s', (_name, value) => {
    expect(decodeStatusChange(value)).toBeNull()
  })
})

describe('decodeStatusChange: second-check actions', () => {
  it('keeps confirm and send-back, drops a plain set, and refuses an unknown action', () => {
    expect(decodeStatusChange({ ...valid, action: 'confirm' })).toEqual({
      ...valid,
      action: 'confirm'
    })
    expect(decodeStatusChange({ ...valid, action: 'send-back' })?.action).toBe('send-back')
    expect(decodeStatusChange({ ...valid, action: 'set' })).toEqual(valid)
    expect(decodeStatusChange({ ...valid, action: 'approve' })).toBeNull()
    expect(decodeStatusChange({ ...valid, action: 1 })).toBeNull()
  })
})
