/** How presence and times read on screen. */
import type { PeerPresence } from '../../../collab/presence'

/** "Bob is viewing", "Bob and Cem are viewing", "Bob, Cem and Dana are viewing". */
export function viewingSentence(viewers: readonly Pick<PeerPresence, 'name'>[]): string {
  const names = viewers.map((viewer) => viewer.name)
  if (names.length === 0) return ''
  const last = names[names.length - 1] ?? ''
  const list = names.length === 1 ? last : `${names.slice(0, -1).join(', ')} and ${last}`
  return `${list} ${names.length === 1 ? 'is' : 'are'} viewing`
}

/** A stored ISO time in the reader's locale; the raw text when it is not a time. */
export function displayTime(iso: string): string {
  const time = new Date(iso)
  return Number.isNaN(time.getTime()) ? iso : time.toLocaleString()
}
