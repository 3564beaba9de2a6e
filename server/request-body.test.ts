import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { decodeUtf8, mediaType } from './request-body'

const withType = (contentType?: string): IncomingMessage =>
  ({ headers: contentType === undefined ? {} : { 'content-type': contentType } }) as IncomingMessage

describe('mediaType', () => {
  it('drops parameters and case, and is empty without a content type', () => {
    expect(mediaType(withType('Text/Markdown; charset=utf-8'))).toBe('text/markdown')
    expect(mediaType(withType(' application/ld+json '))).toBe('application/ld+json')
    expect(mediaType(withType())).toBe('')
  })
})

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 and refuses anything else', () => {
    expect(decodeUtf8(new TextEncoder().encode('Ärzte'))).toEqual({ text: 'Ärzte' })
    expect(decodeUtf8(Uint8Array.from([0xff, 0x41]))).toEqual({
      error: 'body is not valid UTF-8 text',
      reason: { key: 'server.request.notUtf8' }
    })
  })
})
