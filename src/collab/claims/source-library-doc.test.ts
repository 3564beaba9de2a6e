import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { claimsWithoutSource, uncitedSources } from '../../core/claims/source-library'
import { readSources, writeBriefing } from '../briefing-doc'
import { attachClaimSource, createClaimInDoc, readClaims } from './claims-doc'
import { addSourceToLibrary, observeSourceLibrary, readSourceLibrary } from './source-library-doc'
import { syncDocs } from '../../../tests/support/ydoc-sync'

const NOW = '2026-03-01T10:00:00.000Z'

function briefedRoom(): Y.Doc {
  const doc = new Y.Doc()
  writeBriefing(doc, {
    blocks: [{ kind: 'paragraph', text: 'Text' }],
    sources: [{ name: 'Stats office', url: 'https://stats.example/gdp' }],
    rejected: []
  })
  return doc
}

describe('the source library in a document', () => {
  it('gives the briefing’s sources ids without rewriting them', () => {
    expect(readSourceLibrary(briefedRoom())).toEqual([
      { id: 'https://stats.example/gdp', name: 'Stats office', url: 'https://stats.example/gdp' }
    ])
  })

  it('adds a typed source and refuses a non-http(s) one with a message', () => {
    const doc = briefedRoom()
    const added = addSourceToLibrary(doc, { name: 'Report', url: 'https://gov.example/r' })
    expect(added.ok).toBe(true)
    expect(addSourceToLibrary(doc, { name: 'FTP', url: 'ftp://files.example/r' })).toMatchObject({
      ok: false,
      message: 'Only http and https links can be sources; "ftp://files.example/r" is not one.'
    })
    expect(readSources(doc)).toEqual([
      { name: 'Stats office', url: 'https://stats.example/gdp' },
      { name: 'Report', url: 'https://gov.example/r' }
    ])
  })

  it('tells observers now and when a source is added', () => {
    const doc = briefedRoom()
    const sizes: number[] = []
    const unsubscribe = observeSourceLibrary(doc, (library) => sizes.push(library.length))
    addSourceToLibrary(doc, { name: 'Report', url: 'https://gov.example/r' })
    unsubscribe()
    addSourceToLibrary(doc, { name: 'More', url: 'https://gov.example/more' })
    expect(sizes).toEqual([1, 2])
  })

  it('reads one source when two reviewers add the same link at once', () => {
    const ana = briefedRoom()
    const ben = new Y.Doc()
    syncDocs(ana, ben)
    addSourceToLibrary(ana, { name: 'Report', url: 'https://gov.example/r' })
    addSourceToLibrary(ben, { name: 'The report', url: 'https://GOV.example/r' })
    addSourceToLibrary(ben, { name: 'Blog', url: 'https://blog.example/' })
    syncDocs(ana, ben)
    expect(readSourceLibrary(ana)).toEqual(readSourceLibrary(ben))
    expect(readSourceLibrary(ana).map((source) => source.id)).toEqual([
      'https://stats.example/gdp',
      'https://gov.example/r',
      'https://blog.example/'
    ])
  })

  it('flags uncited sources and unsourced claims from what the document holds', () => {
    const doc = briefedRoom()
    addSourceToLibrary(doc, { name: 'Report', url: 'https://gov.example/r' })
    createClaimInDoc(doc, { id: 'c1', quote: 'a', author: 'Ana', now: NOW })
    createClaimInDoc(doc, { id: 'c2', quote: 'b', author: 'Ana', now: NOW })
    attachClaimSource(doc, 'c1', 'https://gov.example/r')
    const [claims, library] = [readClaims(doc), readSourceLibrary(doc)]
    expect(claimsWithoutSource(claims, library).map((claim) => claim.id)).toEqual(['c2'])
    expect(uncitedSources(library, claims).map((source) => source.name)).toEqual(['Stats office'])
  })
})
