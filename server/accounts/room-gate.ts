/**
 * The check every update and presence message of a team server's room passes
 * before the room stores, applies or relays any of it: the sender's role and
 * name (update-policy.ts), and who each Yjs client id belongs to. A client id
 * is bound to the member who first uses it, in an update or in presence, and
 * nobody else may write for it afterwards.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type * as Y from 'yjs'
import type { Role } from '../../src/core/access/roles'
import { checkUpdate } from '../../src/core/access/update-policy'
import type { Message } from '../../src/core/i18n/message'
import { message } from '../../src/core/i18n/message'
import { english } from '../../src/core/i18n/translator'
import type { AccountStore, Member } from './account-store'
import type { UpdateChanges } from '../../src/collab/update-changes'
import { readClaim } from '../../src/collab/claims/claims-doc'

/** What a connection of a team server carries: who it is, and their role in its room. */
export interface ConnectionGrant {
  readonly member: Member
  readonly role: Role
}

/** Why an update was refused: `reason` in English (logs, old clients), `message` for the sender. */
export interface UpdateRefused {
  readonly reason: string
  readonly message: Message
}

/** The refusal for `reason`, its English rendered from the catalogue. */
function refused(reason: Message): UpdateRefused {
  return { reason: english.text(reason), message: reason }
}

/** The room's side of the gate; `grant` is the sending connection's. */
export interface RoomGate {
  /** Undefined when the described update may go on in `doc`; otherwise why it is refused, for the sender. */
  admitUpdate(
    grant: ConnectionGrant | undefined,
    described: UpdateChanges,
    doc: Y.Doc
  ): Promise<UpdateRefused | undefined>
  /**
   * The presence update as it may be applied: entries for other members'
   * client ids dropped, names replaced by the member's; undefined when nothing is left.
   */
  admitAwareness(
    grant: ConnectionGrant | undefined,
    update: Uint8Array
  ): Promise<Uint8Array | undefined>
}

/** A gate for one room, remembering its client bindings while the room is loaded. */
export function createRoomGate(store: AccountStore, room: string): RoomGate {
  const owners = new Map<number, string>()
  const ownerOf = async (client: number, memberId: string): Promise<string> => {
    const known = owners.get(client)
    if (known !== undefined) return known
    const owner = await store.bindClient(room, client, memberId)
    owners.set(client, owner)
    return owner
  }
  return {
    async admitUpdate(grant, described, doc) {
      if (!grant) return refused(message('server.update.notSignedIn'))
      const verdict = checkUpdate(
        described.changes,
        { role: grant.role, name: grant.member.name },
        { historyOf: (claimId) => readClaim(doc, claimId)?.history ?? [] }
      )
      if (!verdict.ok) return { reason: verdict.reason, message: verdict.message }
      for (const client of described.writers) {
        if ((await ownerOf(client, grant.member.id)) !== grant.member.id) {
          return refused(message('server.update.clientOfOther', { client }))
        }
      }
      return undefined
    },
    async admitAwareness(grant, update) {
      if (!grant) return undefined
      const entries = decodeAwareness(update)
      const kept: AwarenessEntry[] = []
      for (const entry of entries) {
        if ((await ownerOf(entry.client, grant.member.id)) !== grant.member.id) continue
        kept.push({ ...entry, state: withName(entry.state, grant.member.name) })
      }
      return kept.length > 0 ? encodeAwareness(kept) : undefined
    }
  }
}

interface AwarenessEntry {
  readonly client: number
  readonly clock: number
  readonly state: unknown
}

/** The entries of an awareness update (already validated by protocol.ts). */
function decodeAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    entries.push({ client, clock, state: JSON.parse(decoding.readVarString(decoder)) as unknown })
  }
  return entries
}

function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.client)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, JSON.stringify(entry.state))
  }
  return encoding.toUint8Array(encoder)
}

/** The state with its `user.name` set to the member's; a removal (null) stays one. */
function withName(state: unknown, name: string): unknown {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return state
  const fields = state as Record<string, unknown>
  const user = fields['user']
  const rest = typeof user === 'object' && user !== null && !Array.isArray(user) ? user : {}
  return { ...fields, user: { ...rest, name } }
}
