/** The activity log's entries as sentences for the UI: one whole template per kind. */
import { isClaimStatus, statusLabel } from '../claims/status'
import type { ActivityEntry, ActivityKind, ActivityValue } from './activity'

/** What each room rule is called in a sentence; an unknown rule shows its key. */
const RULE_NAMES: Readonly<Record<string, string>> = { secondCheck: 'Second check' }

type Sentence = (actor: string, detail: Readonly<Record<string, ActivityValue>>) => string

/**
 * One whole sentence per kind, and a second only where a detail can be missing, so that each
 * becomes one translatable template with placeholders; none is assembled from fragments.
 */
const SENTENCES: Readonly<Record<ActivityKind, Sentence>> = {
  'claim-tagged': (actor, d) =>
    has(d.quote) ? `${actor} tagged the claim “${d.quote}”` : `${actor} tagged a claim`,
  'claim-deleted': (actor, d) =>
    has(d.quote) ? `${actor} deleted the claim “${d.quote}”` : `${actor} deleted a claim`,
  'status-set': (actor, d) =>
    has(d.note)
      ? `${actor} set the status ${label(d.from)} → ${label(d.to)}: ${d.note}`
      : `${actor} set the status ${label(d.from)} → ${label(d.to)}`,
  'claim-confirmed': (actor) => `${actor} confirmed the verification`,
  'claim-sent-back': (actor, d) =>
    has(d.note) ? `${actor} sent it back: ${d.note}` : `${actor} sent it back`,
  'source-attached': (actor, d) => `${actor} cited the source ${text(d.sourceId)}`,
  'source-detached': (actor, d) => `${actor} stopped citing the source ${text(d.sourceId)}`,
  'statement-changed': (actor, d) => `${actor} reworded the claim: “${text(d.statement)}”`,
  'assignee-changed': (actor, d) =>
    has(d.assignee)
      ? `${actor} assigned the claim to ${d.assignee}`
      : `${actor} unassigned the claim`,
  'comment-added': (actor, d) =>
    d.reply === true
      ? `${actor} replied: “${text(d.text)}”`
      : `${actor} commented: “${text(d.text)}”`,
  'source-added': (actor, d) => `${actor} added the source “${text(d.name)}”`,
  'source-removed': (actor, d) =>
    d.count === 1 ? `${actor} removed a source` : `${actor} removed ${text(d.count)} sources`,
  'annotations-imported': (actor, d) =>
    `${actor} imported ${text(d.created)} claims from Web Annotations (${text(d.unanchored)} detached)`,
  'briefing-imported': (actor, d) =>
    has(d.title) ? `${actor} imported the briefing “${d.title}”` : `${actor} imported a briefing`,
  'text-edited': (actor, d) =>
    `${actor} edited the text (+${text(d.added)} −${text(d.removed)} characters)`,
  'version-saved': (actor, d) => `${actor} saved the version “${text(d.name)}”`,
  'version-restored': (actor, d) => `${actor} restored the version “${text(d.name)}”`,
  'rule-switched': (actor, d) => {
    const rule = RULE_NAMES[text(d.rule)] ?? text(d.rule)
    if (d.value === true) return `${actor} turned on the rule “${rule}”`
    if (d.value === false) return `${actor} turned off the rule “${rule}”`
    return `${actor} set the rule “${rule}” to ${text(d.value)}`
  }
}

/** One English sentence for the UI, e.g. "Ana Weber set the status In review → Verified". */
export function describeActivity(entry: ActivityEntry): string {
  // Stored entries outlive versions: a kind this one does not know still gets a line.
  const sentence = (SENTENCES as Partial<Record<string, Sentence>>)[entry.kind]
  return sentence ? sentence(entry.actor, entry.detail) : `${entry.actor} changed the room`
}

function has(value: ActivityValue | undefined): value is string | number | boolean {
  return value !== undefined && value !== null && value !== ''
}

function text(value: ActivityValue | undefined): string {
  return value === undefined || value === null ? '' : String(value)
}

function label(value: ActivityValue | undefined): string {
  return isClaimStatus(value) ? statusLabel(value) : text(value)
}
