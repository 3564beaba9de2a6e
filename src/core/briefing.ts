/** The briefing as the domain sees it: blocks of text and the sources it cites. */
import type { Message } from './i18n/message'

/** One cited source: a human name and an http(s) URL. */
export interface SourceEntry {
  readonly name: string
  readonly url: string
}

/** One block of the briefing's body. */
export interface BriefingBlock {
  readonly kind: 'paragraph' | 'heading'
  readonly text: string
  /** Heading level, only for headings. */
  readonly level?: 1 | 2 | 3
}

/** A line of the sources section that could not be read as a source, kept so nothing is lost silently. */
export interface RejectedSourceLine {
  /** 1-based line number in the imported text. */
  readonly line: number
  readonly text: string
  /** Why, in English (as the API has always sent it). */
  readonly reason: string
  /** Why, as a message for the reader's language. */
  readonly reasonMessage: Message
}

/** A parsed briefing: body blocks, the source library, and what could not be parsed. */
export interface Briefing {
  readonly blocks: readonly BriefingBlock[]
  readonly sources: readonly SourceEntry[]
  readonly rejected: readonly RejectedSourceLine[]
}
