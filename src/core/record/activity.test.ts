import { describe, expect, it } from 'vitest'
import type { ChangeContent, RoomChange } from '../access/update-policy'
import type { ActivityEntry, ActivityFact } from './activity'
import { activityCsv, activityFacts, filterActivity, groupActivity } from './activity'
import { translator } from '../i18n/translator'
import { describeActivity } from './activity-text'

const AT = '2026-12-02T10:00:00.000Z'

function change(
  op: RoomChange['op'],
  path: string[],
  content: ChangeContent,
  extra: Partial<RoomChange> = {}
): RoomChange {
  return { op, path, content, ...extra }
}

const setValue = (path: string[], value: unknown): RoomChange =>
  change('insert', path, 'value', { values: [value], length: 1 })
const dropValue = (path: string[], value: unknown): RoomChange =>
  change('delete', path, 'value', { values: [value], length: 1 })
const text = (op: RoomChange['op'], length: number): RoomChange =>
  change(op, ['document', '*', '*', '*'], 'content', { length })
const claimMark = (): RoomChange =>
  change('insert', ['document', '*', '*', '*'], 'format', { formatKey: 'claim--abc', length: 1 })

const statusEntry = (extra: Record<string, unknown> = {}) => ({
  id: 'h1',
  author: 'Bo',
  at: AT,
  from: 'in-review',
  to: 'verified',
  basis: [],
  ...extra
})

/** The changes of tagging claim `id`, as the adapter describes them. */
function tagging(id: string, quote: string): RoomChange[] {
  return [
    change('insert', ['claims', id], 'type', { length: 1 }),
    setValue(['claims', id, 'kind'], 'claim'),
    setValue(['claims', id, 'quote'], quote),
    setValue(['claims', id, 'statement'], quote),
    setValue(['claims', id, 'assignee'], null),
    change('insert', ['claims', id, 'history'], 'type', { length: 1 }),
    change('insert', ['claims', id, 'sourceIds'], 'type', { length: 1 }),
    claimMark()
  ]
}

function entry(seq: number, fact: ActivityFact, extra: Partial<ActivityEntry> = {}) {
  return { ...fact, seq, at: AT, actor: 'Ana Weber', ...extra } satisfies ActivityEntry
}

const edit = (seq: number, at: string, actor = 'Ana Weber', added = 1): ActivityEntry =>
  entry(seq, { kind: 'text-edited', detail: { added, removed: 0 } }, { at, actor })

describe('activityFacts', () => {
  it('records a tagged claim with its quote, and nothing else about it', () => {
    expect(activityFacts(tagging('c2', 'port'))).toEqual([
      { kind: 'claim-tagged', claimId: 'c2', detail: { quote: 'port' } }
    ])
  })

  it('keeps the initial history entry of a claim tagged in the same update', () => {
    const changes = [
      ...tagging('c2', 'port'),
      setValue(['claims', 'c2', 'sourceIds', 'https://a.example/'], true),
      setValue(['claims', 'c2', 'history', '*'], statusEntry({ from: 'unverified' }))
    ]
    expect(activityFacts(changes).map((fact) => fact.kind)).toEqual(['claim-tagged', 'status-set'])
  })

  it('records a deleted claim once, with its quote, and nothing about its fields', () => {
    const changes = [
      change('delete', ['claims', 'c1'], 'type', { length: 1 }),
      dropValue(['claims', 'c1', 'quote'], 'Exports rose'),
      dropValue(['claims', 'c1', 'statement'], 'Exports rose'),
      dropValue(['claims', 'c1', 'assignee'], 'Bo'),
      change('delete', ['claims', 'c1', 'sourceIds', 'https://a.example/'], 'value'),
      setValue(['claims', 'c1', 'history', '*'], statusEntry()),
      setValue(['claims', 'c1', 'comments', '*'], { id: 'k1', text: 'x', parentId: null })
    ]
    expect(activityFacts(changes)).toEqual([
      { kind: 'claim-deleted', claimId: 'c1', detail: { quote: 'Exports rose' } }
    ])
  })

  it('names the kind of a status change by its action', () => {
    const kinds = [undefined, 'set', 'confirm', 'send-back'].map((action) => {
      const value = statusEntry(action === undefined ? {} : { action })
      return activityFacts([setValue(['claims', 'c1', 'history', '*'], value)])[0]?.kind
    })
    expect(kinds).toEqual(['status-set', 'status-set', 'claim-confirmed', 'claim-sent-back'])
    const sentBack = statusEntry({ action: 'send-back', note: 'Check the year' })
    expect(activityFacts([setValue(['claims', 'c1', 'history', '*'], sentBack)])).toEqual([
      {
        kind: 'claim-sent-back',
        claimId: 'c1',
        detail: { from: 'in-review', to: 'verified', note: 'Check the year', statusChangeId: 'h1' }
      }
    ])
  })

  it('records comments and replies, keeping at most 200 characters of the text', () => {
    const long = 'é'.repeat(300)
    const facts = activityFacts([
      change('insert', ['claims', 'c1', 'comments', '*'], 'value', {
        values: [
          { id: 'k1', parentId: null, author: 'Bo', createdAt: AT, text: long },
          { id: 'k2', parentId: 'k1', author: 'Bo', createdAt: AT, text: 'Yes' }
        ]
      })
    ])
    expect(facts.map((fact) => fact.detail.reply)).toEqual([false, true])
    expect(Array.from(String(facts[0]?.detail.text))).toHaveLength(200)
    expect(facts[1]).toEqual({
      kind: 'comment-added',
      claimId: 'c1',
      detail: { commentId: 'k2', text: 'Yes', reply: true }
    })
  })

  it('records attached sources, and detached ones only when not set again', () => {
    const key = (id: string) => ['claims', 'c1', 'sourceIds', id]
    const facts = activityFacts([
      setValue(key('https://a.example/'), true),
      change('delete', key('https://b.example/'), 'value', { values: [true] }),
      dropValue(key('https://a.example/'), true)
    ])
    expect(facts).toEqual([
      { kind: 'source-attached', claimId: 'c1', detail: { sourceId: 'https://a.example/' } },
      { kind: 'source-detached', claimId: 'c1', detail: { sourceId: 'https://b.example/' } }
    ])
  })

  it('records a new statement and assignee, ignoring the values they replace', () => {
    const facts = activityFacts([
      setValue(['claims', 'c1', 'statement'], 'Exports rose 4%'),
      dropValue(['claims', 'c1', 'statement'], 'Exports rose'),
      setValue(['claims', 'c1', 'assignee'], null),
      dropValue(['claims', 'c1', 'assignee'], 'Bo')
    ])
    expect(facts).toEqual([
      { kind: 'statement-changed', claimId: 'c1', detail: { statement: 'Exports rose 4%' } },
      { kind: 'assignee-changed', claimId: 'c1', detail: { assignee: null } }
    ])
  })

  it('records who made a claim when named or renamed, and when cleared', () => {
    const renamed = activityFacts([
      dropValue(['claims', 'c1', 'claimant'], 'the mayor'),
      setValue(['claims', 'c1', 'claimant'], 'the Finance Ministry'),
      setValue(['claims', 'c2', 'claimant'], 'Petra Lind'),
      dropValue(['claims', 'c2', 'claimant'], 'P. Lind')
    ])
    expect(renamed).toEqual([
      { kind: 'claimant-changed', claimId: 'c1', detail: { claimant: 'the Finance Ministry' } },
      { kind: 'claimant-changed', claimId: 'c2', detail: { claimant: 'Petra Lind' } }
    ])
    expect(activityFacts([dropValue(['claims', 'c1', 'claimant'], 'the mayor')])).toEqual([
      { kind: 'claimant-changed', claimId: 'c1', detail: { claimant: null } }
    ])
  })

  it('records sources added to and removed from the library', () => {
    const facts = activityFacts([
      change('insert', ['sources', '*'], 'value', {
        values: [{ name: 'Port report', url: 'https://port.example/' }, 'garbage']
      }),
      change('delete', ['sources', '*'], 'value', { values: [{}, {}], length: 2 })
    ])
    expect(facts).toEqual([
      { kind: 'source-added', detail: { name: 'Port report', url: 'https://port.example/' } },
      { kind: 'source-removed', detail: { count: 2 } }
    ])
  })

  it('records an import once, with its title, and no text edit for it', () => {
    const changes = [
      text('insert', 500),
      setValue(['meta', 'title'], 'Trade briefing'),
      setValue(['meta', 'importedAt'], AT)
    ]
    expect(activityFacts(changes)).toEqual([
      { kind: 'briefing-imported', detail: { title: 'Trade briefing' } }
    ])
    expect(activityFacts([setValue(['meta', 'importedAt'], AT)])).toEqual([
      { kind: 'briefing-imported', detail: {} }
    ])
  })

  it('records a switched rule with its new value', () => {
    expect(activityFacts([setValue(['settings', 'secondCheck'], true)])).toEqual([
      { kind: 'rule-switched', detail: { rule: 'secondCheck', value: true } }
    ])
  })

  it('sums one update’s text changes into one edit, and ignores claim marks', () => {
    const facts = activityFacts([text('insert', 120), text('delete', 3), text('delete', 1)])
    expect(facts).toEqual([{ kind: 'text-edited', detail: { added: 120, removed: 4 } }])
    expect(activityFacts([claimMark(), claimMark()])).toEqual([])
    const bold = change('insert', ['document', '*', '*', '*'], 'format', { formatKey: 'bold' })
    expect(activityFacts([bold])).toEqual([])
  })

  it('lists facts in one order whatever order the changes come in', () => {
    const changes = [
      text('insert', 2),
      setValue(['settings', 'secondCheck'], false),
      setValue(['claims', 'c1', 'assignee'], 'Bo'),
      setValue(['claims', 'c1', 'history', '*'], statusEntry()),
      ...tagging('c2', 'port')
    ]
    expect(activityFacts(changes).map((fact) => fact.kind)).toEqual([
      'claim-tagged',
      'status-set',
      'assignee-changed',
      'rule-switched',
      'text-edited'
    ])
  })

  it('skips garbage values and unknown places without throwing', () => {
    const garbage = [42, null, [], ['a'], 'text', { id: 7 }, { from: 'nonsense' }]
    const changes = [
      change('insert', ['claims', 'c1', 'history', '*'], 'value', { values: garbage }),
      change('insert', ['claims', 'c1', 'comments', '*'], 'value', { values: garbage }),
      change('insert', ['sources', '*'], 'value', { values: garbage }),
      setValue(['claims', 'c1', 'history', '*'], statusEntry({ action: 'undo' })),
      setValue(['claims', 'c1', 'statement'], 42),
      setValue(['claims', 'c1', 'assignee'], { name: 'Bo' }),
      setValue(['settings', 'secondCheck'], { on: true }),
      setValue(['settings', 'limit'], Number.NaN),
      setValue(['meta', 'title'], []),
      change('insert', ['claims', 'c1', 'history', '*'], 'value'),
      change('insert', ['claims'], 'type'),
      change('insert', ['claims', 'c1', 'comments', '*', 'text'], 'value', { values: ['x'] }),
      change('delete', ['?'], 'content', { length: 3 }),
      change('insert', ['elsewhere', 'x'], 'value', { values: [1] })
    ]
    expect(() => activityFacts(changes)).not.toThrow()
    expect(activityFacts(changes)).toEqual([])
  })
})

describe('groupActivity', () => {
  it('folds one member’s typing within a minute into the latest entry, newest first', () => {
    const grouped = groupActivity([
      edit(3, '2026-12-02T10:00:50.000Z', 'Ana Weber', 4),
      edit(1, '2026-12-02T10:00:05.000Z', 'Ana Weber', 1),
      edit(2, '2026-12-02T10:00:30.000Z', 'Ana Weber', 2)
    ])
    expect(grouped).toEqual([
      {
        kind: 'text-edited',
        seq: 3,
        at: '2026-12-02T10:00:50.000Z',
        actor: 'Ana Weber',
        detail: { added: 7, removed: 0, edits: 3 }
      }
    ])
  })

  it('keeps edits apart across minutes, members and other entries in between', () => {
    const tagged = entry(4, { kind: 'claim-tagged', claimId: 'c2', detail: {} })
    const grouped = groupActivity([
      edit(1, '2026-12-02T10:00:59.000Z'),
      edit(2, '2026-12-02T10:01:00.000Z'),
      edit(3, '2026-12-02T10:01:10.000Z', 'Bo Lind'),
      tagged,
      edit(5, '2026-12-02T10:01:20.000Z', 'Bo Lind')
    ])
    expect(grouped.map((item) => item.seq)).toEqual([5, 4, 3, 2, 1])
    expect(grouped.every((item) => item.detail.edits === undefined)).toBe(true)
  })
})

describe('filterActivity', () => {
  it('keeps the entries by an actor about a claim', () => {
    const entries = [
      entry(1, { kind: 'claim-tagged', claimId: 'c1', detail: {} }),
      entry(2, { kind: 'claim-tagged', claimId: 'c2', detail: {} }),
      entry(3, { kind: 'comment-added', claimId: 'c1', detail: {} }, { actor: 'Bo Lind' })
    ]
    const seqs = (list: ActivityEntry[]) => list.map((item) => item.seq)
    expect(seqs(filterActivity(entries, { claimId: 'c1' }))).toEqual([1, 3])
    expect(seqs(filterActivity(entries, { actor: 'Ana Weber', claimId: 'c1' }))).toEqual([1])
    expect(seqs(filterActivity(entries, {}))).toEqual([1, 2, 3])
  })
})

describe('activityCsv', () => {
  it('writes a header and one quoted row per entry', () => {
    const csv = activityCsv([
      entry(7, { kind: 'comment-added', claimId: 'c1', detail: { text: 'Say "hi", then\nleave' } })
    ])
    expect(csv).toBe(
      'seq,at,actor,kind,claim,detail\r\n' +
        `7,${AT},Ana Weber,comment-added,c1,"{""text"":""Say \\""hi\\"", then\\nleave""}"\r\n`
    )
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const cells = ['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx'].map(
      (actor) =>
        activityCsv([entry(1, { kind: 'text-edited', detail: {} }, { actor })]).split('\r\n')[1]
    )
    expect(cells).toEqual([
      `1,${AT},'=SUM(A1),text-edited,,{}`,
      `1,${AT},'+1,text-edited,,{}`,
      `1,${AT},'-2,text-edited,,{}`,
      `1,${AT},'@cmd,text-edited,,{}`,
      `1,${AT},'\tx,text-edited,,{}`,
      `1,${AT},"'\rx",text-edited,,{}`
    ])
  })
})

describe('describeActivity', () => {
  const say = (kind: ActivityEntry['kind'], detail: ActivityEntry['detail'] = {}) =>
    describeActivity(entry(1, { kind, detail }))

  it('writes one sentence per kind', () => {
    expect(say('claim-tagged', { quote: 'Exports rose' })).toBe(
      'Ana Weber tagged the claim “Exports rose”'
    )
    expect(say('claim-tagged')).toBe('Ana Weber tagged a claim')
    expect(say('claim-deleted', { quote: 'port' })).toBe('Ana Weber deleted the claim “port”')
    expect(say('status-set', { from: 'in-review', to: 'verified', note: null })).toBe(
      'Ana Weber set the status In review → Verified'
    )
    expect(say('claim-confirmed')).toBe('Ana Weber confirmed the verification')
    expect(say('claim-sent-back', { note: 'Check the year' })).toBe(
      'Ana Weber sent it back: Check the year'
    )
    expect(say('source-attached', { sourceId: 'https://a.example/' })).toBe(
      'Ana Weber cited the source https://a.example/'
    )
    expect(say('source-detached', { sourceId: 'https://a.example/' })).toBe(
      'Ana Weber stopped citing the source https://a.example/'
    )
    expect(say('statement-changed', { statement: 'Up 4%' })).toBe(
      'Ana Weber reworded the claim: “Up 4%”'
    )
    expect(say('claimant-changed', { claimant: 'the mayor' })).toBe(
      'Ana Weber named who made the claim: the mayor'
    )
    expect(say('claimant-changed', { claimant: null })).toBe('Ana Weber removed who made the claim')
    expect(say('assignee-changed', { assignee: 'Bo Lind' })).toBe(
      'Ana Weber assigned the claim to Bo Lind'
    )
    expect(say('assignee-changed', { assignee: null })).toBe('Ana Weber unassigned the claim')
    expect(say('comment-added', { text: 'Source?', reply: false })).toBe(
      'Ana Weber commented: “Source?”'
    )
    expect(say('comment-added', { text: 'Yes', reply: true })).toBe('Ana Weber replied: “Yes”')
    expect(say('source-added', { name: 'Port report' })).toBe(
      'Ana Weber added the source “Port report”'
    )
    expect(say('source-removed', { count: 1 })).toBe('Ana Weber removed a source')
    expect(say('source-removed', { count: 3 })).toBe('Ana Weber removed 3 sources')
    expect(say('briefing-imported', { title: 'Trade' })).toBe(
      'Ana Weber imported the briefing “Trade”'
    )
    expect(say('annotations-imported', { created: 12, unanchored: 1 })).toBe(
      'Ana Weber imported 12 claims from Web Annotations (1 detached)'
    )
    expect(say('text-edited', { added: 120, removed: 4 })).toBe(
      'Ana Weber edited the text (+120 −4 characters)'
    )
    expect(say('version-saved', { name: 'Before edit' })).toBe(
      'Ana Weber saved the version “Before edit”'
    )
    expect(say('version-restored', { name: 'Before edit' })).toBe(
      'Ana Weber restored the version “Before edit”'
    )
    expect(say('rule-switched', { rule: 'secondCheck', value: true })).toBe(
      'Ana Weber turned on the rule “Second check”'
    )
    expect(say('rule-switched', { rule: 'secondCheck', value: false })).toBe(
      'Ana Weber turned off the rule “Second check”'
    )
  })

  it('still writes a sentence for a kind it does not know', () => {
    const unknown = { ...entry(1, { kind: 'text-edited', detail: {} }), kind: 'future' }
    expect(describeActivity(unknown as unknown as ActivityEntry)).toBe('Ana Weber changed the room')
  })
})

describe('describeActivity in German', () => {
  const de = translator('de')
  const say = (kind: ActivityEntry['kind'], detail: ActivityEntry['detail'] = {}) =>
    describeActivity(entry(1, { kind, detail }), de)

  it('writes the sentences in German, status labels and numbers included', () => {
    expect(say('claim-tagged', { quote: 'Exporte stiegen' })).toBe(
      'Ana Weber hat die Behauptung „Exporte stiegen“ markiert'
    )
    expect(say('status-set', { from: 'in-review', to: 'verified', note: 'Quelle geprüft' })).toBe(
      'Ana Weber hat den Status In Prüfung → Verifiziert gesetzt: Quelle geprüft'
    )
    expect(say('source-removed', { count: 1 })).toBe(
      'Ana Weber hat eine Quelle aus dem Quellenverzeichnis entfernt'
    )
    expect(say('source-removed', { count: 3 })).toBe(
      'Ana Weber hat 3 Quellen aus dem Quellenverzeichnis entfernt'
    )
    expect(say('annotations-imported', { created: 1, unanchored: 0 })).toBe(
      'Ana Weber hat 1 Behauptung aus Web Annotations importiert (0 nicht verankert)'
    )
    expect(say('text-edited', { added: 1200, removed: 4 })).toBe(
      'Ana Weber hat den Text bearbeitet (+1.200 −4 Zeichen)'
    )
    expect(say('rule-switched', { rule: 'secondCheck', value: true })).toBe(
      'Ana Weber hat die Regel „Zweitprüfung“ eingeschaltet'
    )
    expect(say('assignee-changed', { assignee: null })).toBe(
      'Ana Weber hat die Zuweisung der Behauptung aufgehoben'
    )
  })

  it('leaves text the members typed as it is', () => {
    expect(say('comment-added', { text: '{{actor}} $t(claim.status.false)', reply: false })).toBe(
      'Ana Weber hat kommentiert: „{{actor}} $t(claim.status.false)“'
    )
  })
})
