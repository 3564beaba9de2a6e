/**
 * A German room for export tests: the German sample briefing (tests/fixtures/briefing-de.txt)
 * under the second check, with claims in every status, a confirmed and an awaiting
 * verification, one sent back, a nested claim, a conflict, a detached claim, comments and
 * uncited sources. Ids and clocks are fixed, so every export of it is byte for byte the same.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as Y from 'yjs'
import { addClaimComment, replyToClaimComment } from '../../src/collab/claims/claim-comments-doc'
import {
  assignClaim,
  claimFields,
  confirmClaim,
  createClaimInDoc,
  editClaimStatement,
  sendClaimBack
} from '../../src/collab/claims/claims-doc'
import { CLAIM_KEYS } from '../../src/collab/claims/claims-layout'
import { buildExportInput, type ExportMeta } from '../../src/collab/export/room-export'
import type { Result } from '../../src/core/claims/result'
import type { StatusChange } from '../../src/core/claims/claim'
import type { ExportInput } from '../../src/core/export/export-input'
import { cite, review, roomWithBriefing, sampleTime, tagClaim } from './export-fixture'

/** The room name, title and clock every German sample export uses; no language is asked for. */
export const GERMAN_SAMPLE_META: ExportMeta = {
  room: 'lindenfeld-solar',
  title: 'Lindenfeld baut Solarflächen aus',
  exportedAt: '2025-11-20T16:00:00.000Z',
  appVersion: '0.1.0',
  defaultRules: { secondCheck: true }
}

/** The German sample briefing's text. */
export function germanBriefingText(): string {
  return readFileSync(
    fileURLToPath(new URL('../fixtures/briefing-de.txt', import.meta.url)),
    'utf8'
  )
}

function must<T>(result: Result<T>): void {
  if (!result.ok) throw new Error(result.message)
}

/** The German sample room; see the module header for what it holds. */
export function buildGermanSampleRoom(): Y.Doc {
  const doc = roomWithBriefing(germanBriefingText())
  const at = (minutes: number) => sampleTime(minutes)

  tagClaim(
    doc,
    'claim-expansion',
    'erweitern Stadtwerke, Verkehrsbetriebe und Hafenamt ihre Solarflächen in Lindenfeld',
    'Anna Schmidt',
    10
  )
  review(doc, 'claim-expansion', [['verified', 'Anna Schmidt', 20]])
  must(
    confirmClaim(doc, 'claim-expansion', {
      changeId: 'claim-expansion-k',
      author: 'Bernd Keller',
      now: at(25)
    })
  )
  cite(doc, 'claim-expansion', 'https://example.org/anzeiger/solar-ausbau')

  tagClaim(doc, 'claim-ban', 'Förderstopps für Dachanlagen über 100 Kilowatt', 'Bernd Keller', 11)
  review(doc, 'claim-ban', [['verified', 'Bernd Keller', 30, 'Deckt sich mit dem Ratsprotokoll.']])
  cite(doc, 'claim-ban', 'https://example.org/lindenfeld/stadtrat/protokoll-2026-03')

  must(
    editClaimStatement(
      doc,
      'claim-ban',
      'Das Land fördert Dachanlagen über 100 Kilowatt nicht mehr.'
    )
  )

  tagClaim(
    doc,
    'claim-accio',
    'Die Stadtwerke suchen laut Lindenfelder Anzeiger Elektriker, Planer und Netzingenieure für ihr Speicherprojekt Kranich',
    'Clara Wolf',
    12
  )
  tagClaim(doc, 'claim-accio-name', 'Speicherprojekt Kranich', 'Clara Wolf', 13)
  review(doc, 'claim-accio', [['in-review', 'Clara Wolf', 35]])
  must(assignClaim(doc, 'claim-accio', 'Clara Wolf'))
  cite(doc, 'claim-accio', 'https://example.org/anzeiger/stadtwerke-stellen')
  review(doc, 'claim-accio-name', [
    ['disputed', 'Bernd Keller', 40, 'Kranich ist ein Wärmespeicher, kein Batteriespeicher.']
  ])
  comments(doc, 'claim-accio-name')

  tagClaim(doc, 'claim-rule', 'im März eine Satzung beschlossen', 'Anna Schmidt', 14)
  review(doc, 'claim-rule', [['verified', 'Anna Schmidt', 45]])
  must(
    sendClaimBack(doc, 'claim-rule', {
      changeId: 'claim-rule-b',
      author: 'Clara Wolf',
      now: at(50),
      note: 'Das Datum fehlt in der Quelle.'
    })
  )

  tagClaim(doc, 'claim-youth', 'die steigenden Strompreise in Lindenfeld', 'Bernd Keller', 15)
  review(doc, 'claim-youth', [['false', 'Bernd Keller', 55, 'Die Preise sind zuletzt gesunken.']])
  cite(doc, 'claim-youth', 'https://example.org/verbraucher/strompreise-lindenfeld')

  tagClaim(
    doc,
    'claim-itif',
    'bereits führend ist oder mit den größten Solarstädten gleichzieht',
    'Anna Schmidt',
    16
  )
  conflict(doc, 'claim-itif')

  tagClaim(
    doc,
    'claim-relocation',
    'die aufgefordert wurden, ihre Anlagen abzubauen',
    'Clara Wolf',
    17
  )
  review(doc, 'claim-relocation', [['unverifiable', 'Clara Wolf', 60]])
  cite(doc, 'claim-relocation', 'https://example.org/nordufer/landwirte-anlagen')

  // Its sentence was rewritten after the claim was made, so the mark went with the old text.
  must(
    createClaimInDoc(doc, {
      id: 'claim-salaries',
      quote: 'Zuschüsse von bis zu einer Milliarde Euro',
      author: 'Bernd Keller',
      now: at(18)
    })
  )
  return doc
}

/** Two reviewers set different statuses on the same basis, as when both were offline. */
function conflict(doc: Y.Doc, id: string): void {
  const history = claimFields(doc, id)?.get(CLAIM_KEYS.history)
  if (!(history instanceof Y.Array)) throw new Error('no history')
  const change = (suffix: string, author: string, minutes: number, to: 'verified' | 'disputed') =>
    ({
      id: `${id}-${suffix}`,
      author,
      at: sampleTime(minutes),
      from: 'unverified',
      to,
      basis: []
    }) satisfies StatusChange
  history.push([
    change('a', 'Anna Schmidt', 90, 'verified'),
    change('b', 'Bernd Keller', 91, 'disputed')
  ])
  claimFields(doc, id)?.set(CLAIM_KEYS.status, 'disputed')
}

function comments(doc: Y.Doc, id: string): void {
  must(
    addClaimComment(doc, id, {
      id: `${id}-c1`,
      author: 'Clara Wolf',
      now: sampleTime(41),
      text: 'Speichert Kranich Strom oder Wärme?'
    })
  )
  must(
    replyToClaimComment(doc, id, `${id}-c1`, {
      id: `${id}-c2`,
      author: 'Bernd Keller',
      now: sampleTime(42),
      text: 'Wärme – laut Stadtwerken „der erste Großwärmespeicher der Region“. <b>Bitte</b> prüfen & belegen.'
    })
  )
}

/** The German sample room as export input, in the language `meta` asks for (the briefing's). */
export function germanSampleExportInput(meta: Partial<ExportMeta> = {}): ExportInput {
  const input = buildExportInput(buildGermanSampleRoom(), { ...GERMAN_SAMPLE_META, ...meta })
  if (!input.ok) throw new Error(input.message)
  return input.value
}
