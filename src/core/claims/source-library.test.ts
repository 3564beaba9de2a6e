import { describe, expect, it } from 'vitest'
import type { Claim } from './claim'
import {
  buildLibrary,
  citations,
  citedSources,
  claimsWithoutSource,
  sourceIdForUrl,
  uncitedSources,
  validateNewSource,
  type LibrarySource
} from './source-library'

const STATS: LibrarySource = {
  id: 'https://stats.example/gdp',
  name: 'Stats office',
  url: 'https://stats.example/gdp'
}
const NEWS: LibrarySource = {
  id: 'http://news.example/',
  name: 'News',
  url: 'http://news.example/'
}

function claimCiting(id: string, sourceIds: string[]): Claim {
  return {
    id,
    kind: 'claim',
    quote: 'q',
    statement: 'q',
    sourceIds,
    status: 'unverified',
    assignee: null,
    createdBy: 'Ana',
    createdAt: '2026-01-01T00:00:00.000Z',
    history: []
  }
}

describe('source ids', () => {
  it('are the normalised URL, so spellings of one link agree', () => {
    expect(sourceIdForUrl('HTTPS://Stats.Example/gdp')).toBe('https://stats.example/gdp')
    expect(sourceIdForUrl('http://news.example')).toBe('http://news.example/')
  })

  it('do not exist for anything but http(s)', () => {
    expect(sourceIdForUrl('ftp://files.example/x')).toBeNull()
    expect(sourceIdForUrl('not a url')).toBeNull()
  })
})

describe('buildLibrary', () => {
  it('gives stored entries ids, keeps the first of duplicates and skips unusable ones', () => {
    const library = buildLibrary([
      { name: 'Stats office', url: 'https://stats.example/gdp' },
      { name: 'Bad', url: 'javascript:alert(1)' },
      { name: 'Stats again', url: 'https://STATS.example/gdp' },
      { name: 'News', url: 'http://news.example' }
    ])
    expect(library).toEqual([STATS, NEWS])
  })
})

describe('validateNewSource', () => {
  it('accepts an http(s) source and normalises its URL', () => {
    expect(validateNewSource({ name: ' Report ', url: ' https://gov.example/r ' }, [])).toEqual({
      ok: true,
      value: { id: 'https://gov.example/r', name: 'Report', url: 'https://gov.example/r' }
    })
  })

  it('names a source after its host when the name is blank', () => {
    const result = validateNewSource({ name: '', url: 'https://www.gov.example/r' }, [])
    expect(result.ok && result.value.name).toBe('gov.example')
  })

  it.each([
    ['ftp://files.example/x'],
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['mailto:a@b.example'],
    ['www.example.com']
  ])('refuses %s with a message', (url) => {
    expect(validateNewSource({ name: 'X', url }, [])).toMatchObject({
      ok: false,
      message: `Only http and https links can be sources; "${url}" is not one.`
    })
  })

  it('refuses a missing URL, an overlong URL and an overlong name', () => {
    expect(validateNewSource({ name: 'X', url: ' ' }, [])).toMatchObject({
      ok: false,
      message: 'The source needs a URL.'
    })
    const longUrl = `https://a.example/${'p'.repeat(2048)}`
    expect(validateNewSource({ name: 'X', url: longUrl }, [])).toMatchObject({
      ok: false,
      message: `The URL is ${longUrl.length} characters long; the limit is 2048.`
    })
    expect(
      validateNewSource({ name: 'n'.repeat(301), url: 'https://a.example' }, [])
    ).toMatchObject({
      ok: false,
      message: 'The source name is 301 characters long; the limit is 300.'
    })
  })

  it('refuses a link already in the library, naming it', () => {
    expect(
      validateNewSource({ name: 'Dup', url: 'https://stats.example/gdp' }, [STATS])
    ).toMatchObject({
      ok: false,
      message: 'This link is already in the library as "Stats office".'
    })
  })
})

describe('citations and flags', () => {
  const claims = [
    claimCiting('c1', [STATS.id]),
    claimCiting('c2', []),
    claimCiting('c3', [STATS.id, 'https://unknown.example/']),
    claimCiting('c4', ['https://unknown.example/'])
  ]

  it('map each source to the claims citing it', () => {
    expect(citations(claims).get(STATS.id)).toEqual(['c1', 'c3'])
    expect(citedSources([STATS, NEWS], claims)).toEqual([
      { ...STATS, citedBy: ['c1', 'c3'] },
      { ...NEWS, citedBy: [] }
    ])
  })

  it('flag claims citing no library source and sources no claim cites', () => {
    expect(claimsWithoutSource(claims, [STATS, NEWS]).map((claim) => claim.id)).toEqual([
      'c2',
      'c4'
    ])
    expect(uncitedSources([STATS, NEWS], claims)).toEqual([NEWS])
  })
})
