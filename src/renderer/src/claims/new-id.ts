/** Ids for history entries and comments made in this window. */

/**
 * A random id. crypto.randomUUID exists only in secure contexts, and the browser build may be
 * opened over plain http on a LAN address; getRandomValues works everywhere.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
