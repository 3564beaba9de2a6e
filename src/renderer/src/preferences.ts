/** What the app remembers on this device: the reviewer's name, language and recent rooms. */
import { isLocale, type Locale } from '../../core/i18n/locale'
import { isValidRoomName } from '../../core/room-name'
import { normalizeReviewerName } from '../../core/reviewer'
import type { SessionMember } from './account-api'
import { decodeMember } from './account-api'

const REVIEWER_KEY = 'claimdesk.reviewerName'
const RECENT_ROOMS_KEY = 'claimdesk.recentRooms'
const MEMBER_KEY = 'claimdesk.member'
const LANGUAGE_KEY = 'claimdesk.language'

/** Most rooms kept in the recent list. */
export const MAX_RECENT_ROOMS = 10

/** Device-local memory of the reviewer and their rooms. */
export interface Preferences {
  reviewerName(): string | null
  rememberReviewerName(name: string): void
  /** Most recent first. */
  recentRooms(): string[]
  rememberRoom(room: string): void
  /** Who was signed in to the team server last, for working offline; null when nobody. */
  member(): SessionMember | null
  rememberMember(member: SessionMember | null): void
  /** The language the reviewer chose on this device; null until they choose one. */
  language(): Locale | null
  rememberLanguage(locale: Locale): void
}

/** Preferences kept in a Web Storage (localStorage in the app, anything Storage-like in tests). */
export function createPreferences(storage: Storage): Preferences {
  return {
    reviewerName() {
      return normalizeReviewerName(readString(storage, REVIEWER_KEY) ?? '')
    },
    rememberReviewerName(name) {
      writeString(storage, REVIEWER_KEY, name)
    },
    recentRooms() {
      return readRooms(storage)
    },
    rememberRoom(room) {
      const rooms = [room, ...readRooms(storage).filter((other) => other !== room)]
      writeString(storage, RECENT_ROOMS_KEY, JSON.stringify(rooms.slice(0, MAX_RECENT_ROOMS)))
    },
    member() {
      try {
        return decodeMember(JSON.parse(readString(storage, MEMBER_KEY) ?? 'null'))
      } catch {
        return null
      }
    },
    language() {
      const stored = readString(storage, LANGUAGE_KEY)
      return isLocale(stored) ? stored : null
    },
    rememberLanguage(locale) {
      writeString(storage, LANGUAGE_KEY, locale)
    },
    rememberMember(member) {
      if (member === null) {
        try {
          storage.removeItem(MEMBER_KEY)
        } catch {
          // Nothing to forget.
        }
        return
      }
      writeString(storage, MEMBER_KEY, JSON.stringify(member))
    }
  }
}

/** Stored rooms, trusting nothing: storage may hold another version's data or a hand edit. */
function readRooms(storage: Storage): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(readString(storage, RECENT_ROOMS_KEY) ?? '[]')
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  return parsed
    .filter((room): room is string => typeof room === 'string' && isValidRoomName(room))
    .slice(0, MAX_RECENT_ROOMS)
}

// Storage can throw (disabled cookies, quota); remembering is a convenience, never fatal.
function readString(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key)
  } catch {
    return null
  }
}

function writeString(storage: Storage, key: string, value: string): void {
  try {
    storage.setItem(key, value)
  } catch {
    // Not remembered this time; the app works without it.
  }
}
