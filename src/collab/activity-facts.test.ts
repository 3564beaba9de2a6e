import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { activityFacts } from '../core/record/activity'
import { documentFragment, sourceList, writeBriefing } from './briefing-doc'
import { addClaimComment } from './claims/claim-comments-doc'
import {
  assignClaim,
  attachClaimSource,
  claimsMap,
  createClaimInDoc,
  editClaimStatement,
  setClaimStatus
} from './claims/claims-doc'
import { describeUpdate } from './update-changes'

const NOW = '2026-12-02T10:00:00.000Z'
const STATS = 'https://stats.example/'

const BRIEFING = {
  blocks: [{ kind: 'paragraph' as const, text: 'Exports rose by 4 percent.' }],
  sources: [{ name: 'Statistics office', url: STATS }],
  rejected: []
}

/** A room as the server holds it, with one claim by Ana. */
function serverRoom(): Y.Doc {
  const doc = new Y.Doc()
  writeBriefing(doc, BRIEFING)
  createClaimInDoc(doc, { id: 'c1', quote: 'Exports rose', author: 'Ana', now: NOW })
  return doc
}

/** The facts the server would record for what `edit` does on a copy of `server`. */
function factsOf(server: Y.Doc, edit: (client: Y.Doc) => void) {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  const updates: Uint8Array[] = []
  client.on('update', (update: Uint8Array) => updates.push(update))
  edit(client)
  return activityFacts(describeUpdate(server, Y.mergeUpdates(updates)).changes)
}

function firstText(doc: Y.Doc): Y.XmlText {
  return (documentFragment(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText
}

describe('activityFacts over describeUpdate', () => {
  it('records one reviewer’s session, sent as one update, in the stable order', () => {
    const facts = factsOf(serverRoom(), (doc) => {
      firstText(doc).insert(0, 'Officially, ')
      firstText(doc).delete(0, 3)
      createClaimInDoc(doc, { id: 'c2', quote: 'percent', author: 'Bo', now: NOW })
      firstText(doc).format(9, 7, { 'claim--abc': { id: 'c2' } })
      setClaimStatus(doc, 'c1', { changeId: 'h1', to: 'in-review', author: 'Bo', now: NOW })
      addClaimComment(doc, 'c1', { id: 'k1', author: 'Bo', now: NOW, text: 'Source?' })
      attachClaimSource(doc, 'c1', STATS)
      editClaimStatement(doc, 'c1', 'Exports rose by 4%')
      assignClaim(doc, 'c1', 'Bo')
      sourceList(doc).push([{ name: 'Port report', url: 'https://port.example/' }])
    })
    expect(facts).toEqual([
      { kind: 'claim-tagged', claimId: 'c2', detail: { quote: 'percent' } },
      {
        kind: 'status-set',
        claimId: 'c1',
        detail: { from: 'unverified', to: 'in-review', note: null, statusChangeId: 'h1' }
      },
      {
        kind: 'comment-added',
        claimId: 'c1',
        detail: { commentId: 'k1', text: 'Source?', reply: false }
      },
      { kind: 'source-attached', claimId: 'c1', detail: { sourceId: STATS } },
      { kind: 'statement-changed', claimId: 'c1', detail: { statement: 'Exports rose by 4%' } },
      { kind: 'assignee-changed', claimId: 'c1', detail: { assignee: 'Bo' } },
      { kind: 'source-added', detail: { name: 'Port report', url: 'https://port.example/' } },
      { kind: 'text-edited', detail: { added: 12, removed: 3 } }
    ])
  })

  it('records a deleted claim alone, though its fields go with it', () => {
    const server = serverRoom()
    setClaimStatus(server, 'c1', { changeId: 'h1', to: 'verified', author: 'Ana', now: NOW })
    attachClaimSource(server, 'c1', STATS)
    const facts = factsOf(server, (doc) => claimsMap(doc).delete('c1'))
    expect(facts).toEqual([
      { kind: 'claim-deleted', claimId: 'c1', detail: { quote: 'Exports rose' } }
    ])
  })

  it('records an import as one fact, without a text edit or tagging', () => {
    const facts = factsOf(new Y.Doc(), (doc) =>
      writeBriefing(doc, BRIEFING, { title: 'Trade', importedAt: NOW })
    )
    expect(facts).toEqual([
      { kind: 'source-added', detail: { name: 'Statistics office', url: STATS } },
      { kind: 'briefing-imported', detail: { title: 'Trade' } }
    ])
  })
})
