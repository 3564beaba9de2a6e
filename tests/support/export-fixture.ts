/**
 * A deterministic room for export tests: the sample briefing with claims in every status, a
 * nested claim, a status conflict, a detached claim, comments and an uncited source. Ids and
 * clocks are fixed, so every export of it is byte for byte the same.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as Y from 'yjs'
import { documentFragment, writeBriefing } from '../../src/collab/briefing-doc'
import { addClaimComment, replyToClaimComment } from '../../src/collab/claims/claim-comments-doc'
import {
  assignClaim,
  attachClaimSource,
  claimFields,
  createClaimInDoc,
  editClaimStatement,
  setClaimStatus
} from '../../src/collab/claims/claims-doc'
import { CLAIM_KEYS } from '../../src/collab/claims/claims-layout'
import { claimMarkKey } from '../../src/collab/export/claim-mark-key'
import { buildExportInput, type ExportMeta } from '../../src/collab/export/room-export'
import type { StatusChange } from '../../src/core/claims/claim'
import { sourceIdForUrl } from '../../src/core/claims/source-library'
import type { ClaimStatus } from '../../src/core/claims/status'
import type { ExportInput } from '../../src/core/export/export-input'
import { parseBriefing } from '../../src/core/parse-briefing'

/** The room name and clock every sample export uses. */
export const SAMPLE_META: ExportMeta = {
  room: 'lindenfeld-river-heat',
  exportedAt: '2025-11-20T16:00:00.000Z',
  appVersion: '0.1.0'
}

/** The sample briefing's text. */
export function sampleBriefingText(): string {
  return readFileSync(
    fileURLToPath(new URL('../../samples/sample-briefing.md', import.meta.url)),
    'utf8'
  )
}

/** A fixed time: `minutes` after 09:00 UTC on 18 November 2025. */
export function sampleTime(minutes: number): string {
  return new Date(Date.UTC(2025, 10, 18, 9, 0) + minutes * 60_000).toISOString()
}

/** A room holding `text` as a briefing, seeded the way the server seeds one. */
export function roomWithBriefing(text: string, withSources = true): Y.Doc {
  const doc = new Y.Doc()
  const briefing = parseBriefing(text)
  writeBriefing(doc, withSources ? briefing : { ...briefing, sources: [] }, {
    title: briefing.blocks.find((b) => b.kind === 'heading')?.text,
    importedAt: sampleTime(0)
  })
  return doc
}

/** Makes a claim on the first occurrence of `quote` in the text and puts its mark there. */
export function tagClaim(
  doc: Y.Doc,
  id: string,
  quote: string,
  author: string,
  minutes: number
): void {
  const created = createClaimInDoc(doc, { id, quote, author, now: sampleTime(minutes) })
  if (!created.ok) throw new Error(created.message)
  for (const block of documentFragment(doc).toArray()) {
    const text = block instanceof Y.XmlElement ? block.get(0) : null
    if (!(text instanceof Y.XmlText)) continue
    const plain = (text.toDelta() as { insert?: unknown }[]).map((op) => String(op.insert)).join('')
    const at = plain.indexOf(quote)
    if (at >= 0) {
      text.format(at, quote.length, { [claimMarkKey(id)]: { id } })
      return
    }
  }
  throw new Error(`quote not found: ${quote}`)
}

/** Moves a claim through `steps` of [status, author, minutes, note?]. */
export function review(
  doc: Y.Doc,
  id: string,
  steps: [ClaimStatus, string, number, string?][]
): void {
  steps.forEach(([to, author, minutes, note], index) => {
    const changed = setClaimStatus(doc, id, {
      changeId: `${id}-s${index + 1}`,
      to,
      author,
      now: sampleTime(minutes),
      note
    })
    if (!changed.ok) throw new Error(changed.message)
  })
}

/** Cites the library source at `url`. */
export function cite(doc: Y.Doc, id: string, url: string): void {
  const attached = attachClaimSource(doc, id, sourceIdForUrl(url) ?? url)
  if (!attached.ok) throw new Error(attached.message)
}

const SOURCES = 'https://example.org/'

/** The sample room; see the module header for what it holds. */
export function buildSampleRoom(): Y.Doc {
  const doc = roomWithBriefing(sampleBriefingText())
  tagClaim(doc, 'claim-vote', 'voted 31 to 9 on Tuesday', 'Ana Ruiz', 10)
  review(doc, 'claim-vote', [
    ['in-review', 'Ana Ruiz', 12],
    ['verified', 'Ben Okafor', 40, 'Matches the minutes.']
  ])
  cite(doc, 'claim-vote', `${SOURCES}lindenfeld/council/2025-11-18-minutes`)

  tagClaim(doc, 'claim-homes', 'roughly 4,200 homes', 'Ana Ruiz', 11)
  review(doc, 'claim-homes', [['in-review', 'Ben Okafor', 20]])
  cite(doc, 'claim-homes', `${SOURCES}stadtwerke-lindenfeld/press/river-heat-plant`)
  const assigned = assignClaim(doc, 'claim-homes', 'Chloé Martin')
  if (!assigned.ok) throw new Error(assigned.message)

  tagClaim(
    doc,
    'claim-cost',
    'cost 68 million euros, of which the federal efficient-heat-networks programme is expected to cover 40 percent',
    'Ben Okafor',
    13
  )
  tagClaim(doc, 'claim-share', '40 percent', 'Chloé Martin', 14)
  review(doc, 'claim-cost', [['verified', 'Ben Okafor', 50]])
  cite(doc, 'claim-cost', `${SOURCES}stadtwerke-lindenfeld/press/river-heat-plant`)
  review(doc, 'claim-share', [
    ['disputed', 'Chloé Martin', 55, 'The programme caps grants at 35 percent.']
  ])
  comment(doc, 'claim-share')
  const reworded = editClaimStatement(
    doc,
    'claim-share',
    'The federal programme will pay 40 percent of the cost.'
  )
  if (!reworded.ok) throw new Error(reworded.message)

  tagClaim(doc, 'claim-cop', 'seasonal coefficient of performance at 3.1', 'Ana Ruiz', 15)
  review(doc, 'claim-cop', [['verified', 'Ana Ruiz', 60]])
  cite(doc, 'claim-cop', `${SOURCES}lindenfeld/assessment-aue-heat.pdf`)

  tagClaim(
    doc,
    'claim-prices',
    'risen by an average of 22 percent between 2021 and 2023',
    'Ben Okafor',
    16
  )
  review(doc, 'claim-prices', [['false', 'Ben Okafor', 70, 'The report says 18 percent.']])
  cite(doc, 'claim-prices', `${SOURCES}consumer-advice/district-heating-prices-2024`)

  tagClaim(doc, 'claim-cooling', 'cooled by at most three degrees', 'Chloé Martin', 17)
  cite(doc, 'claim-cooling', `${SOURCES}state-environment-agency/thermal-use-guidance`)
  conflict(doc, 'claim-cooling')

  tagClaim(doc, 'claim-third', 'the third city in the state', 'Ana Ruiz', 18)
  review(doc, 'claim-third', [['unverifiable', 'Ana Ruiz', 80]])

  // Its sentence was rewritten after the claim was made, so the mark went with the old text.
  const detached = createClaimInDoc(doc, {
    id: 'claim-start',
    quote: 'Construction starts in 2026',
    author: 'Ben Okafor',
    now: sampleTime(19)
  })
  if (!detached.ok) throw new Error(detached.message)
  return doc
}

/** Two reviewers set different statuses on the same basis, as when both were offline. */
function conflict(doc: Y.Doc, id: string): void {
  const history = claimFields(doc, id)?.get(CLAIM_KEYS.history)
  if (!(history instanceof Y.Array)) throw new Error('no history')
  const changes: StatusChange[] = [
    {
      id: `${id}-a`,
      author: 'Ana Ruiz',
      at: sampleTime(90),
      from: 'unverified',
      to: 'verified',
      basis: []
    },
    {
      id: `${id}-b`,
      author: 'Ben Okafor',
      at: sampleTime(91),
      from: 'unverified',
      to: 'disputed',
      basis: []
    }
  ]
  history.push(changes)
  claimFields(doc, id)?.set(CLAIM_KEYS.status, 'disputed')
}

function comment(doc: Y.Doc, id: string): void {
  const first = addClaimComment(doc, id, {
    id: `${id}-c1`,
    author: 'Chloé Martin',
    now: sampleTime(56),
    text: 'Is the 40 percent the cap or the expected share?'
  })
  if (!first.ok) throw new Error(first.message)
  const reply = replyToClaimComment(doc, id, `${id}-c1`, {
    id: `${id}-c2`,
    author: 'Ben Okafor',
    now: sampleTime(58),
    text: 'The press release says "up to 40 %" — a cap. <b>Check</b> the grant notice.'
  })
  if (!reply.ok) throw new Error(reply.message)
}

/** The sample room as export input. */
export function sampleExportInput(): ExportInput {
  const input = buildExportInput(buildSampleRoom(), SAMPLE_META)
  if (!input.ok) throw new Error(input.message)
  return input.value
}
