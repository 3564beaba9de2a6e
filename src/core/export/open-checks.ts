/** The export gate: what is still open before a briefing can go out as verified. */
import { statusConflict } from '../claims/conflict'
import { claimsWithoutSource, uncitedSources } from '../claims/source-library'
import type { ClaimStatus } from '../claims/status'
import { message, type Message } from '../i18n/message'
import { english, translator, type Translator } from '../i18n/translator'
import { exportLocale, numberedClaims, type ExportInput } from './export-input'

/** What every open check says: `reason` for any reader, `message` in the export's language. */
interface CheckText {
  /** The check in the export's language, as the draft lists it. */
  readonly message: string
  /** The same check as a catalogue message, so the app can show it in the reviewer's language. */
  readonly reason: Message
}

/** One thing a reviewer should fix, or knowingly export anyway. */
export type OpenCheck = CheckText &
  (
    | { readonly kind: 'not-verified'; readonly claimId: string; readonly status: ClaimStatus }
    | { readonly kind: 'no-source'; readonly claimId: string }
    | {
        readonly kind: 'awaiting-second-check'
        readonly claimId: string
        readonly verifiedBy: readonly string[]
      }
    | {
        readonly kind: 'status-conflict'
        readonly claimId: string
        readonly statuses: readonly ClaimStatus[]
      }
    | { readonly kind: 'uncited-source'; readonly sourceId: string; readonly url: string }
  )

/**
 * Every open check, claim by claim in footnote order, then the uncited sources; each says
 * what is open in `tr`'s language (the export's own by default).
 */
export function openChecks(
  input: ExportInput,
  tr: Translator = translator(exportLocale(input))
): OpenCheck[] {
  const numbered = numberedClaims(input)
  const unsourced = new Set(claimsWithoutSource(input.claims, input.library).map((c) => c.id))
  const checks: OpenCheck[] = []
  const said = (reason: Message): CheckText => ({ message: tr.text(reason), reason })
  for (const { claim, number, verdict } of numbered) {
    const name = { number, statement: shorten(claim.statement) }
    const conflict = statusConflict(claim.history)
    if (conflict) {
      const statuses = statusesVersus(conflict.statuses)
      checks.push({
        kind: 'status-conflict',
        claimId: claim.id,
        statuses: conflict.statuses,
        ...said(message('exportText.openCheck.conflict', { ...name, statuses }))
      })
    } else if (verdict.kind === 'awaiting') {
      const names = verdict.verifiedBy.join(', ')
      checks.push({
        kind: 'awaiting-second-check',
        claimId: claim.id,
        verifiedBy: verdict.verifiedBy,
        ...said(
          names
            ? message('exportText.openCheck.awaiting', { ...name, names })
            : message('exportText.openCheck.awaitingNobody', name)
        )
      })
    } else if (claim.status !== 'verified') {
      const status = message(`claim.status.${claim.status}`)
      checks.push({
        kind: 'not-verified',
        claimId: claim.id,
        status: claim.status,
        ...said(message('exportText.openCheck.notVerified', { ...name, status }))
      })
    }
    if (unsourced.has(claim.id)) {
      checks.push({
        kind: 'no-source',
        claimId: claim.id,
        ...said(message('exportText.openCheck.noSource', name))
      })
    }
  }
  for (const source of uncitedSources(input.library, input.claims)) {
    checks.push({
      kind: 'uncited-source',
      sourceId: source.id,
      url: source.url,
      ...said(message('exportText.openCheck.uncitedSource', { name: source.name, url: source.url }))
    })
  }
  return checks
}

/** The banner a draft carries inside itself, e.g. "NOT VERIFIED · 3 open checks". */
export function draftBanner(checks: readonly OpenCheck[], tr: Translator = english): string {
  return tr.t('exportText.openCheck.banner', { count: checks.length })
}

/** The same banner as a message, for a reader in another language. */
export function draftBannerMessage(checks: readonly OpenCheck[]): Message {
  return message('exportText.openCheck.banner', { count: checks.length })
}

/** An open check as data, without its message object. */
export type OpenCheckData = OpenCheck extends infer C
  ? C extends unknown
    ? Omit<C, 'reason'>
    : never
  : never

/** The check as a file carries it: data and the sentence, in the order it always had. */
export function checkData(check: OpenCheck): OpenCheckData {
  const { reason, ...data } = check
  void reason
  // Omit over the union keeps each variant; TypeScript's rest type only knows the shared keys.
  return data
}

/** "Verified vs Disputed", as one message whatever the reader's language; nests for more. */
function statusesVersus(statuses: readonly ClaimStatus[]): Message | string {
  const [first, ...rest] = statuses
  if (first === undefined) return ''
  const label = message(`claim.status.${first}`)
  if (rest.length === 0) return label
  return message('exportText.openCheck.statusVersus', {
    first: label,
    second: statusesVersus(rest)
  })
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  // 60 UTF-16 units are at most 60 code points: only longer statements need splitting.
  if (flat.length <= 60) return flat
  const chars = Array.from(flat)
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : flat
}
