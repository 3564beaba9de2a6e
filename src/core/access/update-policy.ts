/**
 * What a room update may change, by role, and whose name it may write. The
 * Yjs adapter describes each update as a list of changes (src/collab/update-changes.ts)
 * and this decides, before anything is stored or relayed, whether the sender
 * may make all of them. One change it may not make refuses the whole update.
 */
import type { StatusChange } from '../claims/claim'
import { confirmationEntryRefusal, sendBackEntryRefusal } from '../claims/second-check'
import { decodeStatusChange } from '../claims/status-change-codec'
import type { Message, MessageKey } from '../i18n/message'
import { message } from '../i18n/message'
import { english } from '../i18n/translator'
import { roleRefusal } from './role-messages'
import type { Permission, Role } from './roles'
import { permits } from './roles'

/** What kind of content a change adds or removes. */
export type ChangeContent =
  /** A formatting boundary in the text; `formatKey` names the mark. */
  | 'format'
  /** Text, embedded values, nested types: anything that is not formatting. */
  | 'content'
  /** A plain value (a claim field, a list element); `values` holds it. */
  | 'value'
  /** A nested Y type (a claim's map, a list). */
  | 'type'
  /** Content that can hold another document or raw bytes: never accepted. */
  | 'foreign'

/**
 * One change an update makes. `path` names where, from the room's top-level
 * type: `['claims', claimId, 'history', '*']` is an element of a claim's
 * history, `['document', '*', '*']` something inside the briefing's text.
 * `'*'` stands for a position in a list; map entries are named by their key.
 */
export interface RoomChange {
  readonly op: 'insert' | 'delete'
  readonly path: readonly string[]
  readonly content: ChangeContent
  readonly formatKey?: string
  readonly values?: readonly unknown[]
  /**
   * Characters or elements of the struct this change adds or removes: what the struct holds,
   * less any part the room has already (an insert) or the update leaves alone (a delete).
   */
  readonly length?: number
}

/** The sender of an update, as the server knows them. */
export interface UpdateSender {
  readonly role: Role
  /** The member's name: what any author field they write must say. */
  readonly name: string
}

/** What the policy reads of the room as it is before the update. */
export interface RoomBefore {
  /** A claim's status history; none for a claim the room does not have. */
  historyOf(claimId: string): readonly StatusChange[]
}

/**
 * The verdict on one update; a refusal says why as a message (`message`, for the sender, in
 * their language) and in English (`reason`, for logs and for clients that know no messages).
 */
export type UpdateVerdict =
  { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly message: Message }

/** The name of the claim mark in the text; y-tiptap stores it under `claim--HASH`. */
const CLAIM_MARK = 'claim'

/**
 * What a change needs, with the refusal for a role without it ("your role (…) may not …"), or
 * a refusal that no role lifts.
 */
type Need =
  { readonly permission: Permission; readonly refusal: MessageKey } | { readonly never: MessageKey }

const need = (permission: Permission, refusal: MessageKey): Need => ({ permission, refusal })

function needOf(change: RoomChange): Need {
  const [root, claimId, field, ...rest] = change.path
  if (change.content === 'foreign') return { never: 'server.update.foreign' }
  switch (root) {
    case 'document':
      if (change.content === 'format' && isClaimMark(change.formatKey)) {
        return need('check', 'server.update.mayNot.tagClaimsInText')
      }
      return need('edit', 'server.update.mayNot.editText')
    case 'sources':
      return change.op === 'insert'
        ? need('check', 'server.update.mayNot.addSources')
        : need('edit', 'server.update.mayNot.removeSources')
    case 'claims':
      if (claimId === undefined) return need('edit', 'server.update.mayNot.changeClaimList')
      if (field === undefined) {
        return change.op === 'insert'
          ? need('check', 'server.update.mayNot.tagClaims')
          : need('edit', 'server.update.mayNot.deleteClaims')
      }
      if (field === 'comments' && rest.length > 0) {
        return change.op === 'insert'
          ? need('comment', 'server.update.mayNot.comment')
          : need('edit', 'server.update.mayNot.deleteComments')
      }
      if (field === 'history' && rest.length > 0) {
        return change.op === 'insert'
          ? need('check', 'server.update.mayNot.setStatuses')
          : need('edit', 'server.update.mayNot.deleteHistory')
      }
      if (field === 'comments' || field === 'history') {
        return change.op === 'insert' && rest.length === 0
          ? need('check', 'server.update.mayNot.tagClaims')
          : need('edit', 'server.update.mayNot.replaceRecord')
      }
      return need('check', 'server.update.mayNot.changeClaims')
    case 'settings':
      return need('edit', 'server.update.mayNot.changeRules')
    default:
      // meta (imports) and any top-level type the app does not know.
      return need('edit', 'server.update.mayNot.changeContent')
  }
}

function isClaimMark(key: string | undefined): boolean {
  return key === CLAIM_MARK || (key?.startsWith(`${CLAIM_MARK}--`) ?? false)
}

/** The author fields an inserted value of a history entry or comment must carry. */
function authorOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { author?: unknown }).author : null
}

/**
 * Checks authorship: history entries and comments name their sender, and a
 * claim's creator and creation time are written only with the claim itself.
 */
function authorshipRefusal(
  change: RoomChange,
  sender: UpdateSender,
  createdClaims: ReadonlySet<string>
): Message | undefined {
  if (change.op !== 'insert' || change.path[0] !== 'claims') return undefined
  const [, claimId = '', field, ...rest] = change.path
  const name = sender.name
  if ((field === 'history' || field === 'comments') && rest.length > 0) {
    const history = field === 'history'
    if (change.content !== 'value') {
      return message(history ? 'server.update.plainHistory' : 'server.update.plainComments')
    }
    for (const value of change.values ?? []) {
      if (authorOf(value) !== name) {
        const key = history ? 'server.update.statusInOwnName' : 'server.update.commentInOwnName'
        return message(key, { name })
      }
    }
  }
  if (field === 'createdBy' || field === 'createdAt') {
    if (!createdClaims.has(claimId)) return message('server.update.creatorOnlyWhenTagged')
    if (field === 'createdBy' && (change.values ?? []).some((value) => value !== name)) {
      return message('server.update.tagInOwnName', { name })
    }
  }
  return undefined
}

/**
 * Checks second-check entries against the claim's history: a confirmation must build on
 * someone else's verification, a send-back must carry a note. Earlier entries of the same
 * update count as history, so a client may verify offline and confirm nothing of its own.
 */
function secondCheckRefusal(
  change: RoomChange,
  room: RoomBefore,
  added: Map<string, StatusChange[]>
): Message | undefined {
  const [root, claimId, field, ...rest] = change.path
  if (root !== 'claims' || claimId === undefined || field !== 'history' || rest.length === 0) {
    return undefined
  }
  if (change.op !== 'insert') return undefined
  for (const value of change.values ?? []) {
    const entry = decodeStatusChange(value)
    if (!entry) return message('server.update.unreadableStatus')
    const earlier = added.get(claimId) ?? []
    const refusal =
      entry.action === 'confirm'
        ? confirmationEntryRefusal(entry, [...room.historyOf(claimId), ...earlier])
        : entry.action === 'send-back'
          ? sendBackEntryRefusal(entry)
          : undefined
    if (refusal) return refusal
    added.set(claimId, [...earlier, entry])
  }
  return undefined
}

/** The refusal verdict for `reason`, its English rendered from the catalogue. */
function refused(reason: Message): UpdateVerdict {
  return { ok: false, reason: english.text(reason), message: reason }
}

/** A room with no claims yet: what an update is checked against when nothing else is known. */
export const EMPTY_ROOM: RoomBefore = { historyOf: () => [] }

/** Decides whether `sender` may make every change in `changes` to the room as it is now. */
export function checkUpdate(
  changes: readonly RoomChange[],
  sender: UpdateSender,
  room: RoomBefore = EMPTY_ROOM
): UpdateVerdict {
  const added = new Map<string, StatusChange[]>()
  const createdClaims = new Set<string>()
  for (const change of changes) {
    const [root, claimId, field] = change.path
    if (root === 'claims' && claimId !== undefined && field === undefined) {
      if (change.op === 'insert' && change.content === 'type') createdClaims.add(claimId)
    }
  }
  for (const change of changes) {
    const needed = needOf(change)
    if ('never' in needed) return refused(message(needed.never))
    if (!permits(sender.role, needed.permission)) {
      return refused(roleRefusal(needed.refusal, sender.role, needed.permission))
    }
    const authorship = authorshipRefusal(change, sender, createdClaims)
    if (authorship) return refused(authorship)
    const secondCheck = secondCheckRefusal(change, room, added)
    if (secondCheck) return refused(secondCheck)
  }
  return { ok: true }
}
