import { describe, expect, it } from 'vitest'
import type { StatusChange } from '../claims/claim'
import { checkUpdate, type RoomChange, type UpdateVerdict } from './update-policy'

const at = '2026-12-02T09:00:00.000Z'
const verified: StatusChange = {
  id: 'v',
  author: 'Ana',
  at,
  from: 'in-review',
  to: 'verified',
  basis: []
}
const room = { historyOf: (id: string) => (id === 'c1' ? [verified] : []) }

function historyInsert(entry: object): RoomChange {
  return { op: 'insert', path: ['claims', 'c1', 'history', '*'], content: 'value', values: [entry] }
}

function reasonOf(verdict: UpdateVerdict): string {
  return verdict.ok ? '' : verdict.reason
}

const confirm = { id: 'k', at, from: 'verified', to: 'verified', basis: ['v'], action: 'confirm' }

describe('checkUpdate: who made a claim', () => {
  const claimant: RoomChange = {
    op: 'insert',
    path: ['claims', 'c1', 'claimant'],
    content: 'value',
    values: ['the Finance Ministry']
  }

  it('lets checkers name who made a claim, and refuses commenters and viewers', () => {
    expect(checkUpdate([claimant], { role: 'checker', name: 'Ana' }, room)).toEqual({ ok: true })
    for (const role of ['commenter', 'viewer'] as const) {
      expect(reasonOf(checkUpdate([claimant], { role, name: 'Ben' }, room))).toMatch(
        `your role (${role}) may not change claims`
      )
    }
  })
})

describe('checkUpdate: second checks', () => {
  it('lets another checker confirm, and refuses the verifier confirming themselves', () => {
    const ben = { role: 'checker', name: 'Ben' } as const
    const ana = { role: 'checker', name: 'Ana' } as const
    expect(checkUpdate([historyInsert({ ...confirm, author: 'Ben' })], ben, room)).toEqual({
      ok: true
    })
    const own = checkUpdate([historyInsert({ ...confirm, author: 'Ana' })], ana, room)
    expect(own.ok).toBe(false)
    expect(reasonOf(own)).toMatch(/someone other/)
  })

  it('refuses a confirmation of a verification made in the same update by the same member', () => {
    const ana = { role: 'checker', name: 'Ana' } as const
    const fresh = { id: 'v2', author: 'Ana', at, from: 'unverified', to: 'verified', basis: [] }
    const update = [
      { ...historyInsert(fresh), path: ['claims', 'c2', 'history', '*'] },
      {
        ...historyInsert({ ...confirm, author: 'Ana', basis: ['v2'] }),
        path: ['claims', 'c2', 'history', '*']
      }
    ]
    expect(checkUpdate(update, ana, room).ok).toBe(false)
  })

  it('refuses a confirmation with nothing to confirm, and a send-back without a note', () => {
    const ben = { role: 'checker', name: 'Ben' } as const
    const nothing = {
      ...historyInsert({ ...confirm, author: 'Ben' }),
      path: ['claims', 'c9', 'history', '*']
    }
    expect(checkUpdate([nothing], ben, room).ok).toBe(false)
    const back = {
      id: 'b',
      author: 'Ben',
      at,
      from: 'verified',
      to: 'in-review',
      basis: ['v'],
      action: 'send-back'
    }
    expect(checkUpdate([historyInsert(back)], ben, room)).toMatchObject({
      ok: false,
      reason: 'sending back needs a note'
    })
    expect(checkUpdate([historyInsert({ ...back, note: 'wrong year' })], ben, room)).toEqual({
      ok: true
    })
  })

  it('refuses a commenter confirming, and a confirmation in someone else’s name', () => {
    const commenter = { role: 'commenter', name: 'Ben' } as const
    expect(checkUpdate([historyInsert({ ...confirm, author: 'Ben' })], commenter, room).ok).toBe(
      false
    )
    const forged = checkUpdate(
      [historyInsert({ ...confirm, author: 'Cleo' })],
      { role: 'checker', name: 'Ben' },
      room
    )
    expect(reasonOf(forged)).toMatch(/own name/)
  })

  it('lets only editors and admins switch the room’s rules', () => {
    const rule: RoomChange = {
      op: 'insert',
      path: ['settings', 'secondCheck'],
      content: 'value',
      values: [false]
    }
    expect(checkUpdate([rule], { role: 'checker', name: 'Ben' }).ok).toBe(false)
    expect(checkUpdate([rule], { role: 'editor', name: 'Eva' }).ok).toBe(true)
  })
})
