/**
 * The few browser APIs the in-page parts of the editor benchmark use. The node TypeScript
 * project has no DOM library on purpose (server code must not see `document`), so the functions
 * handed to `page.evaluate` reach the page through these narrow types instead.
 */

/** The part of a DOM element the benchmark touches. */
export interface PageElement {
  readonly children: ArrayLike<PageElement>
  readonly textContent: string | null
  readonly parentElement: PageElement | null
  readonly scrollHeight: number
  readonly clientHeight: number
  scrollTop: number
  getAttribute(name: string): string | null
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): ArrayLike<PageElement>
  scrollIntoView(options?: { block?: string }): void
}

/** The part of `window` the benchmark touches, plus what it stores there between calls. */
export interface PageWindow {
  readonly document: {
    querySelector(selector: string): PageElement | null
  }
  readonly performance: { now(): number }
  requestAnimationFrame(callback: (time: number) => void): number
  addEventListener(
    type: 'keydown',
    listener: (event: { readonly timeStamp: number }) => void,
    capture?: boolean
  ): void
  readonly MutationObserver: new (callback: () => void) => {
    observe(target: PageElement, options: Record<string, boolean>): void
  }
  readonly MessageChannel: new () => {
    readonly port1: { onmessage: (() => void) | null }
    readonly port2: { postMessage(message: unknown): void }
  }
  /** Set by the open-time probe: ms from navigation start until the editor was usable. */
  benchEditableAt?: number
  /** Set by the typing probe: one entry per key typed. */
  benchKeys?: { toDom: number; toFrame: number; toRendered: number }[]
}
