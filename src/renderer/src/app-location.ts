/** The app's place lives in the URL (`?room=ROOM&user=NAME`) so that every room link is shareable. */
import { message, type Message } from '../../core/i18n/message'
import { ROOM_NAME_MAX_LENGTH } from '../../core/room-name'

/** What the URL asks for: a room to open and a reviewer name, either possibly absent. */
export interface AppLocation {
  readonly room: string | null
  readonly user: string | null
}

/** Reads the room and user parameters from a query string. */
export function parseAppLocation(search: string): AppLocation {
  const params = new URLSearchParams(search)
  return { room: params.get('room') || null, user: params.get('user') || null }
}

/** The query string for a location; an empty location is the start screen. */
export function searchFor(location: AppLocation): string {
  const params = new URLSearchParams()
  if (location.room) params.set('room', location.room)
  if (location.user) params.set('user', location.user)
  const search = params.toString()
  return search ? `?${search}` : ''
}

/** The link another reviewer can open to join a room. */
export function shareLinkFor(serverUrl: string, room: string): string {
  return new URL(`/${searchFor({ room, user: null })}`, serverUrl).href
}

/** Moves between start screen and rooms without reloading, and tells React when that happens. */
export interface Navigator {
  /** The current query string; stable between navigations, so usable as a store snapshot. */
  readonly currentSearch: () => string
  readonly go: (location: AppLocation) => void
  readonly subscribe: (onChange: () => void) => () => void
}

/** A Navigator over the window's history; back and forward work as in any web page. */
export function createHistoryNavigator(win: Window): Navigator {
  const listeners = new Set<() => void>()
  const notify = (): void => listeners.forEach((listener) => listener())
  return {
    currentSearch: () => win.location.search,
    go(location) {
      // A forced language (`?lang=de`) stays in the address wherever the reviewer goes.
      const lang = new URLSearchParams(win.location.search).get('lang')
      const base = searchFor(location)
      const search = lang ? `${base ? `${base}&` : '?'}lang=${encodeURIComponent(lang)}` : base
      if (search === win.location.search) return
      win.history.pushState(null, '', `${win.location.pathname}${search}`)
      notify()
    },
    subscribe(onChange) {
      listeners.add(onChange)
      win.addEventListener('popstate', onChange)
      return () => {
        listeners.delete(onChange)
        win.removeEventListener('popstate', onChange)
      }
    }
  }
}

/** Why a room name was refused, in words a reviewer can act on. */
export function invalidRoomMessage(name: string): Message {
  if (!name) return message('app.roomName.empty')
  return message('app.roomName.invalid', { name, max: ROOM_NAME_MAX_LENGTH })
}
