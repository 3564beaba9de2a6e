/** Room names: what the server accepts in `/sync/ROOM` and the API, and how new ones are made. */

/** Longest room name accepted. */
export const ROOM_NAME_MAX_LENGTH = 128

const ROOM_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/** True for 1 to 128 characters of letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
export function isValidRoomName(name: string): boolean {
  return name.length <= ROOM_NAME_MAX_LENGTH && ROOM_NAME.test(name)
}

/** A fresh room name for an imported file: a slug of its name plus a random suffix. */
export function roomNameForBriefing(fileName: string, randomSuffix: string): string {
  const base = fileName
    .replace(/\.(txt|md|markdown)$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  const suffix = randomSuffix
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 16)
  return [base || 'briefing', suffix].filter(Boolean).join('-')
}
