/** The activity log's entries as sentences for the UI: one whole catalogue entry per kind. */
import { isClaimStatus } from '../claims/status'
import { message, type Message, type MessageValues } from '../i18n/message'
import { english, type Translator } from '../i18n/translator'
import type { ActivityEntry, ActivityKind, ActivityValue } from './activity'

/** What each room rule is called in a sentence; an unknown rule shows its key. */
const RULE_NAMES: Readonly<Record<string, Message>> = {
  secondCheck: message('activity.rule.secondCheck')
}

type Detail = Readonly<Record<string, ActivityValue>>
type Sentence = (actor: string, detail: Detail) => Message

/**
 * One whole sentence per kind, and a second only where a detail can be missing, so that each
 * is one translatable entry with placeholders; none is assembled from fragments.
 */
const SENTENCES: Readonly<Record<ActivityKind, Sentence>> = {
  'claim-tagged': (actor, d) =>
    has(d.quote)
      ? message('activity.claimTagged', { actor, quote: text(d.quote) })
      : message('activity.claimTaggedUnquoted', { actor }),
  'claim-deleted': (actor, d) =>
    has(d.quote)
      ? message('activity.claimDeleted', { actor, quote: text(d.quote) })
      : message('activity.claimDeletedUnquoted', { actor }),
  'status-set': (actor, d) => {
    const values = { actor, from: label(d.from), to: label(d.to) }
    return has(d.note)
      ? message('activity.statusSetWithNote', { ...values, note: text(d.note) })
      : message('activity.statusSet', values)
  },
  'claim-confirmed': (actor) => message('activity.claimConfirmed', { actor }),
  'claim-sent-back': (actor, d) =>
    has(d.note)
      ? message('activity.claimSentBackWithNote', { actor, note: text(d.note) })
      : message('activity.claimSentBack', { actor }),
  'source-attached': (actor, d) =>
    message('activity.sourceAttached', { actor, source: text(d.sourceId) }),
  'source-detached': (actor, d) =>
    message('activity.sourceDetached', { actor, source: text(d.sourceId) }),
  'statement-changed': (actor, d) =>
    message('activity.statementChanged', { actor, statement: text(d.statement) }),
  'claimant-changed': (actor, d) =>
    has(d.claimant)
      ? message('activity.claimantNamed', { actor, claimant: text(d.claimant) })
      : message('activity.claimantCleared', { actor }),
  'assignee-changed': (actor, d) =>
    has(d.assignee)
      ? message('activity.assigned', { actor, assignee: text(d.assignee) })
      : message('activity.unassigned', { actor }),
  'comment-added': (actor, d) =>
    message(d.reply === true ? 'activity.replied' : 'activity.commented', {
      actor,
      text: text(d.text)
    }),
  'source-added': (actor, d) => message('activity.sourceAdded', { actor, name: text(d.name) }),
  'source-removed': (actor, d) =>
    message('activity.sourceRemoved', { actor, count: count(d.count) }),
  'annotations-imported': (actor, d) =>
    message('activity.annotationsImported', {
      actor,
      count: count(d.created),
      unanchored: number(d.unanchored)
    }),
  'briefing-imported': (actor, d) =>
    has(d.title)
      ? message('activity.briefingImported', { actor, title: text(d.title) })
      : message('activity.briefingImportedUntitled', { actor }),
  'text-edited': (actor, d) =>
    message('activity.textEdited', { actor, added: number(d.added), removed: number(d.removed) }),
  'version-saved': (actor, d) => message('activity.versionSaved', { actor, name: text(d.name) }),
  'version-restored': (actor, d) =>
    message('activity.versionRestored', { actor, name: text(d.name) }),
  'rule-switched': (actor, d) => {
    const rule = RULE_NAMES[text(d.rule)] ?? text(d.rule)
    if (d.value === true) return message('activity.ruleOn', { actor, rule })
    if (d.value === false) return message('activity.ruleOff', { actor, rule })
    return message('activity.ruleSet', { actor, rule, value: text(d.value) })
  }
}

/** The sentence for an entry as a message, e.g. "Ana Weber set the status In review → Verified". */
export function activityMessage(entry: ActivityEntry): Message {
  // Stored entries outlive versions: a kind this one does not know still gets a line.
  const sentence = (SENTENCES as Partial<Record<string, Sentence>>)[entry.kind]
  return sentence
    ? sentence(entry.actor, entry.detail)
    : message('activity.roomChanged', { actor: entry.actor })
}

/** One sentence for the UI in the translator's language (English by default). */
export function describeActivity(entry: ActivityEntry, tr: Translator = english): string {
  return tr.text(activityMessage(entry))
}

function has(value: ActivityValue | undefined): value is string | number | boolean {
  return value !== undefined && value !== null && value !== ''
}

function text(value: ActivityValue | undefined): string {
  return value === undefined || value === null ? '' : String(value)
}

/** A number detail as a number, so each language writes it its own way; other values as text. */
function number(value: ActivityValue | undefined): MessageValues[string] {
  return typeof value === 'number' ? value : text(value)
}

/** The count a plural sentence picks its form by; a malformed entry counts as none. */
function count(value: ActivityValue | undefined): number {
  return typeof value === 'number' ? value : 0
}

function label(value: ActivityValue | undefined): MessageValues[string] {
  return isClaimStatus(value) ? message(`claim.status.${value}`) : text(value)
}
