/** Identifiers and vocabulary shared by the Web Annotation exporter and importer. */

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/**
 * Claimdesk's own properties, written as absolute IRIs in the unregistered `claimdesk:` scheme
 * (no prefix of that name exists in the anno context), so any JSON-LD processor keeps them
 * and other readers simply ignore them.
 */
export const CLAIMDESK_TERMS = {
  status: 'claimdesk:status',
  /** On an assessing body whose status is "conflict": the statuses in conflict. */
  conflictingStatuses: 'claimdesk:conflictingStatuses',
  history: 'claimdesk:history',
  assignee: 'claimdesk:assignee',
  openChecks: 'claimdesk:openChecks',
  notice: 'claimdesk:notice',
  /** The whole source library, so sources no claim cites survive a round trip too. */
  library: 'claimdesk:library'
} as const

/** ActivityStreams' inReplyTo; `as` is a prefix the anno context defines. */
export const IN_REPLY_TO = 'as:inReplyTo'

/** Dublin Core title of a linked source; `dc` is a prefix the anno context defines. */
export const SOURCE_TITLE = 'dc:title'

/** The room's text as a resource: what every annotation targets. */
export function roomIri(room: string): string {
  return `urn:claimdesk:room:${encodeURIComponent(room)}`
}

/** The annotation of one claim. */
export function claimIri(room: string, claimId: string): string {
  return `${roomIri(room)}:claim:${encodeURIComponent(claimId)}`
}

/** One comment's body. */
export function commentIri(room: string, commentId: string): string {
  return `${roomIri(room)}:comment:${encodeURIComponent(commentId)}`
}

/** The id inside a Claimdesk IRI of `kind` ('claim' or 'comment'), or null for any other IRI. */
export function idFromIri(iri: string, kind: 'claim' | 'comment'): string | null {
  const match = new RegExp(`^urn:claimdesk:room:[^:]+:${kind}:([^:]+)$`).exec(iri)
  if (!match?.[1]) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null
  }
}
