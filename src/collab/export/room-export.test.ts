import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  SAMPLE_META,
  buildSampleRoom,
  roomWithBriefing,
  sampleBriefingText
} from '../../../tests/support/export-fixture'
import { claimCoverage } from '../../../tests/support/claim-marks'
import { exportLocale } from '../../core/export/export-input'
import { exportMarkdown } from '../../core/export/markdown'
import { translator } from '../../core/i18n/translator'
import { exportWebAnnotations } from '../../core/export/web-annotations'
import { documentFragment, writeBriefing } from '../briefing-doc'
import { anchoredClaimIds } from '../claims/anchored-claims'
import { readClaimComments } from '../claims/claim-comments-doc'
import { readClaims } from '../claims/claims-doc'
import { readSourceLibrary } from '../claims/source-library-doc'
import { buildExportInput, importWebAnnotations } from './room-export'

function exportOf(doc: Y.Doc): ReturnType<typeof exportWebAnnotations> {
  const input = buildExportInput(doc, SAMPLE_META)
  if (!input.ok) throw new Error(input.message)
  return exportWebAnnotations(input.value)
}

function markdownOf(doc: Y.Doc): string {
  const input = buildExportInput(doc, SAMPLE_META)
  if (!input.ok) throw new Error(input.message)
  return exportMarkdown(input.value)
}

/** A room with the sample's text and nothing else, as a reviewer importing would have. */
function bareSampleRoom(): Y.Doc {
  return roomWithBriefing(sampleBriefingText(), false)
}

type Json = Record<string, unknown>
const itemsOf = (collection: Json): Json[] => (collection.first as { items: Json[] }).items
const withItems = (collection: Json, items: Json[]): Json => ({
  ...collection,
  first: { type: 'AnnotationPage', items }
})

describe('buildExportInput', () => {
  it('says clearly that an empty room has nothing to export', () => {
    const doc = new Y.Doc()
    expect(buildExportInput(doc, SAMPLE_META)).toMatchObject({
      ok: false,
      message: 'This room has no text yet, so there is nothing to export.'
    })
    writeBriefing(doc, { blocks: [{ kind: 'paragraph', text: '' }], sources: [], rejected: [] })
    expect(buildExportInput(doc, SAMPLE_META).ok).toBe(false)
  })

  it('reads nested claim marks as runs covered by both claims', () => {
    const input = buildExportInput(buildSampleRoom(), SAMPLE_META)
    if (!input.ok) throw new Error(input.message)
    const runs = input.value.blocks.flatMap((block) => block.runs)
    expect(runs.find((run) => run.text === '40 percent')?.claimIds).toEqual([
      'claim-cost',
      'claim-share'
    ])
    expect(input.value.title).toBe('Lindenfeld bets on river heat for its old town')
    expect(input.value.reviewers).toEqual(['Ana Ruiz', 'Ben Okafor', 'Chloé Martin'])
  })

  it('passes the language asked for on, and otherwise leaves it to the briefing', () => {
    const room = buildSampleRoom()
    const asked = buildExportInput(room, { ...SAMPLE_META, locale: 'de' })
    const open = buildExportInput(room, SAMPLE_META)
    expect(asked.ok && asked.value.locale).toBe('de')
    expect(open.ok && 'locale' in open.value).toBe(false)
    expect(open.ok && exportLocale(open.value)).toBe('en')
  })
})

describe('importWebAnnotations', () => {
  it('restores every claim, status, history, source, comment and mark in an empty room', () => {
    const original = buildSampleRoom()
    const target = bareSampleRoom()
    const report = importWebAnnotations(target, JSON.parse(JSON.stringify(exportOf(original))))
    if (!report.ok) throw new Error(report.message)
    expect(report.value).toMatchObject({ created: 9, sourcesAdded: 6, comments: 2 })
    expect(report.value.unanchored.map((u) => u.claimId)).toEqual(['claim-start'])

    expect(readClaims(target)).toEqual(readClaims(original))
    expect(readSourceLibrary(target)).toEqual(readSourceLibrary(original))
    expect(readClaimComments(target, 'claim-share')).toEqual(
      readClaimComments(original, 'claim-share')
    )
    const after = claimCoverage(documentFragment(target))
    expect(after.badKeys).toEqual([])
    expect(after.covered).toEqual(claimCoverage(documentFragment(original)).covered)
    // Exporting the imported room gives the very same documents.
    expect(exportOf(target)).toEqual(exportOf(original))
    expect(markdownOf(target)).toBe(markdownOf(original))
  })

  it('reports an annotation it cannot anchor and keeps it as a detached claim', () => {
    const collection = exportOf(buildSampleRoom())
    const [first] = itemsOf(collection)
    const moved = {
      ...first,
      target: {
        source: 'urn:claimdesk:room:elsewhere',
        selector: [{ type: 'TextQuoteSelector', exact: 'a sentence that was never here' }]
      }
    }
    const target = bareSampleRoom()
    const report = importWebAnnotations(target, withItems(collection, [moved]))
    if (!report.ok) throw new Error(report.message)
    expect(report.value.unanchored).toEqual([
      {
        claimId: 'claim-vote',
        label: 'Annotation 1 (urn:claimdesk:room:lindenfeld-river-heat:claim:claim-vote)',
        reason: 'The quoted text “a sentence that was never here” is not in this briefing.'
      }
    ])
    expect(readClaims(target).map((claim) => [claim.id, claim.status])).toEqual([
      ['claim-vote', 'verified']
    ])
    expect(anchoredClaimIds(documentFragment(target)).size).toBe(0)
  })

  it.each([
    [
      'malformed JSON-LD',
      { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' },
      'no first page'
    ],
    [
      'foreign JSON-LD',
      { '@context': 'https://schema.org', '@type': 'ClaimReview' },
      'W3C Web Annotation context'
    ]
  ])('refuses %s with the reason and applies nothing', (_name, json, reason) => {
    const target = bareSampleRoom()
    const before = Y.encodeStateVector(target)
    const report = importWebAnnotations(target, json)
    expect(report.ok ? '' : report.message).toContain(reason)
    expect(Y.encodeStateVector(target)).toEqual(before)
  })

  it('applies nothing when one annotation late in the file is bad', () => {
    const collection = exportOf(buildSampleRoom())
    const items = itemsOf(collection)
    const bad = {
      ...items[5],
      body: [{ type: 'SpecificResource', purpose: 'linking', source: 'ftp://files.example/x' }]
    }
    const target = bareSampleRoom()
    const before = Y.encodeStateVector(target)
    const report = importWebAnnotations(target, withItems(collection, [...items.slice(0, 5), bad]))
    expect(report).toMatchObject({
      ok: false,
      message:
        'Annotation 6 (urn:claimdesk:room:lindenfeld-river-heat:claim:claim-prices): the source “ftp://files.example/x” is not an http or https link. Nothing was imported.'
    })
    expect(report.ok ? '' : translator('de').text(report.reason)).toBe(
      'Annotation 6 (urn:claimdesk:room:lindenfeld-river-heat:claim:claim-prices): die Quelle „ftp://files.example/x“ ist kein http- oder https-Link. Es wurde nichts importiert.'
    )
    expect(Y.encodeStateVector(target)).toEqual(before)
    expect(readClaims(target)).toEqual([])
  })

  it('refuses to import a claim the room already has', () => {
    const room = buildSampleRoom()
    const report = importWebAnnotations(room, exportOf(room))
    expect(report.ok ? '' : report.message).toContain('this room already has that claim')
    expect(report.ok ? '' : translator('de').text(report.reason)).toContain(
      'Diese Behauptung gibt es in diesem Raum schon. Es wurde nichts importiert.'
    )
  })
})
