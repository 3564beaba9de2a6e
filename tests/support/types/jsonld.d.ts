/** The small part of jsonld 9 (which ships no types) the ClaimReview tests use. */
declare module 'jsonld' {
  /** What a document loader answers for a URL. */
  interface RemoteDocument {
    readonly contextUrl: string | null
    readonly documentUrl: string
    readonly document: unknown
  }

  interface ExpandOptions {
    readonly documentLoader?: (url: string) => Promise<RemoteDocument>
    /** Fail on anything the expansion would drop instead of dropping it. */
    readonly safe?: boolean
  }

  const jsonld: {
    expand(input: unknown, options?: ExpandOptions): Promise<Record<string, unknown>[]>
  }
  export default jsonld
}
