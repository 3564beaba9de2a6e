/** Seeds an empty room with a briefing, through the room's store-before-broadcast path. */
import * as Y from 'yjs'
import type { Briefing } from '../src/core/briefing'
import type { RoomMeta } from '../src/collab/briefing-doc'
import { hasDocumentContent, writeBriefing } from '../src/collab/briefing-doc'
import type { Room } from './room'

const TITLE_MAX_LENGTH = 80

/** Outcome of seeding a room. */
export type SeedOutcome = 'seeded' | 'hasContent' | 'damaged' | 'overQuota' | 'failed'

/** The room title: the first heading, else the start of the first paragraph. */
export function briefingTitle(briefing: Briefing): string | undefined {
  const heading = briefing.blocks.find((block) => block.kind === 'heading' && block.text.trim())
  if (heading) return heading.text.trim()
  const first = briefing.blocks.find((block) => block.text.trim())?.text.trim()
  if (!first || first.length <= TITLE_MAX_LENGTH) return first
  const cut = first.slice(0, TITLE_MAX_LENGTH)
  const wordEnd = cut.lastIndexOf(' ')
  return `${(wordEnd > TITLE_MAX_LENGTH / 2 ? cut.slice(0, wordEnd) : cut).trimEnd()}…`
}

/**
 * Writes `briefing` into `room` unless it already has content. The briefing is
 * written into a scratch copy of the room's document; the resulting update is
 * then stored, applied and broadcast like any client's edit.
 */
export function seedBriefing(
  room: Room,
  briefing: Briefing,
  meta: RoomMeta,
  actor: string
): Promise<SeedOutcome> {
  return room.exclusive(async () => {
    if (room.isClosed) return 'failed'
    // A damaged room may look empty because its content was set aside: never write over it.
    if (room.damage.length > 0) return 'damaged'
    if (hasDocumentContent(room.doc)) return 'hasContent'
    const scratch = new Y.Doc()
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(room.doc))
    const before = Y.encodeStateVector(scratch)
    writeBriefing(scratch, briefing, meta)
    const update = Y.encodeStateAsUpdate(scratch, before)
    scratch.destroy()
    const imported = {
      kind: 'briefing-imported' as const,
      detail: { title: meta.title ?? null, sources: briefing.sources.length }
    }
    const activity = room.record?.stamp([imported], actor) ?? []
    const outcome = await room.storeAndApply(update, 'briefing', 'changesOnly', activity)
    if (outcome === 'overQuota') return 'overQuota'
    return outcome === 'applied' ? 'seeded' : 'failed'
  })
}
