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
  room: 'ki-talente-silicon-valley',
  title: 'Chinas Tech-Riesen werben im Silicon Valley um KI-Talente',
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
    'expandieren Unternehmen wie Alibaba, ByteDance und Meituan ihre KI-Teams in Kalifornien',
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
  cite(
    doc,
    'claim-expansion',
    'https://www.cryptopolitan.com/china-tech-hunt-us-talent-ai-tensions/'
  )

  tagClaim(
    doc,
    'claim-ban',
    'US-Exportverbots für High-End-KI-Chips von Nvidia',
    'Bernd Keller',
    11
  )
  review(doc, 'claim-ban', [
    ['verified', 'Bernd Keller', 30, 'Deckt sich mit der Meldung von Reuters.']
  ])
  cite(
    doc,
    'claim-ban',
    'https://www.reuters.com/technology/china-quietly-recruits-overseas-chip-talent-us-tightens-curbs-2023-08-24/'
  )

  must(
    editClaimStatement(
      doc,
      'claim-ban',
      'Die USA verbieten den Export von Nvidias High-End-KI-Chips nach China.'
    )
  )

  tagClaim(
    doc,
    'claim-accio',
    'Alibaba sucht laut Benzinga Ingenieure, Produktmanager und KI-Forscher für seine Suchmaschinen-KI Accio',
    'Clara Wolf',
    12
  )
  tagClaim(doc, 'claim-accio-name', 'Suchmaschinen-KI Accio', 'Clara Wolf', 13)
  review(doc, 'claim-accio', [['in-review', 'Clara Wolf', 35]])
  must(assignClaim(doc, 'claim-accio', 'Clara Wolf'))
  cite(
    doc,
    'claim-accio',
    'https://www.benzinga.com/24/11/42053396/why-chinese-tech-giants-alibaba-bytedance-and-meituan-are-expanding-their-ai-footprints-in-silicon-valley-amid-us-efforts-to-block-progress'
  )
  review(doc, 'claim-accio-name', [
    ['disputed', 'Bernd Keller', 40, 'Accio ist eine B2B-Suchmaschine, keine Such-KI für alle.']
  ])
  comments(doc, 'claim-accio-name')

  tagClaim(doc, 'claim-rule', 'im Januar eine Regel vorgeschlagen', 'Anna Schmidt', 14)
  review(doc, 'claim-rule', [['verified', 'Anna Schmidt', 45]])
  must(
    sendClaimBack(doc, 'claim-rule', {
      changeId: 'claim-rule-b',
      author: 'Clara Wolf',
      now: at(50),
      note: 'Das Datum fehlt in der Quelle.'
    })
  )

  tagClaim(doc, 'claim-youth', 'die wachsende Jugendarbeitslosigkeit in China', 'Bernd Keller', 15)
  review(doc, 'claim-youth', [['false', 'Bernd Keller', 55, 'Die Quote ist zuletzt gesunken.']])
  cite(
    doc,
    'claim-youth',
    'https://www.dw.com/en/chinas-technology-drive-leaves-young-people-jobless/a-70187883'
  )

  tagClaim(
    doc,
    'claim-itif',
    'bereits führend ist oder mit den globalen Marktführern gleichzieht',
    'Anna Schmidt',
    16
  )
  conflict(doc, 'claim-itif')

  tagClaim(
    doc,
    'claim-relocation',
    'die aufgefordert wurden, ins Ausland umzuziehen',
    'Clara Wolf',
    17
  )
  review(doc, 'claim-relocation', [['unverifiable', 'Clara Wolf', 60]])
  cite(
    doc,
    'claim-relocation',
    'https://restofworld.org/2024/microsoft-china-ai-engineer-relocation/'
  )

  // Its sentence was rewritten after the claim was made, so the mark went with the old text.
  must(
    createClaimInDoc(doc, {
      id: 'claim-salaries',
      quote: 'Gehälter von bis zu einer Million Dollar',
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
      text: 'Ist Accio eine Suchmaschine für Händler oder für Endkunden?'
    })
  )
  must(
    replyToClaimComment(doc, id, `${id}-c1`, {
      id: `${id}-c2`,
      author: 'Bernd Keller',
      now: sampleTime(42),
      text: 'Für Händler – laut Alibaba „die erste KI-Suchmaschine für B2B“. <b>Bitte</b> prüfen & belegen.'
    })
  )
}

/** The German sample room as export input, in the language `meta` asks for (the briefing's). */
export function germanSampleExportInput(meta: Partial<ExportMeta> = {}): ExportInput {
  const input = buildExportInput(buildGermanSampleRoom(), { ...GERMAN_SAMPLE_META, ...meta })
  if (!input.ok) throw new Error(input.message)
  return input.value
}
