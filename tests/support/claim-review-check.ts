/**
 * Independent checks of a ClaimReview export, offline: JSON-LD expansion by jsonld against a
 * schema.org context of our own (tests/fixtures/schema-org-context.json), and the ClaimReview
 * preset of structured-data-testing-tool on the JSON-LD embedded in a page, as Google reads it.
 */
import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import { structuredDataTestHtml, type StructuredDataReport } from 'structured-data-testing-tool'
import { ClaimReview } from 'structured-data-testing-tool/presets/google/schemas/ClaimReview'

const SCHEMA = 'https://schema.org/'

const CONTEXT: unknown = JSON.parse(
  readFileSync(new URL('../fixtures/schema-org-context.json', import.meta.url), 'utf8')
)

/** An expanded JSON-LD node or value. */
type Expanded = Readonly<Record<string, unknown>>

/** Serves the bundled schema.org context and nothing else: the checks never go online. */
function loadDocument(url: string) {
  if (url !== 'https://schema.org' && url !== SCHEMA) {
    return Promise.reject(new Error(`offline: no document for ${url}`))
  }
  return Promise.resolve({ contextUrl: null, documentUrl: url, document: CONTEXT })
}

/** The export expanded, in jsonld's safe mode: anything it would drop fails instead. */
export function expandClaimReviews(text: string): Promise<Expanded[]> {
  return jsonld.expand(JSON.parse(text), { documentLoader: loadDocument, safe: true })
}

/**
 * What is wrong with a ClaimReview export, or nothing: it must be an array of ClaimReviews in
 * the schema.org context, expand whole (every value and type kept), and give each review what
 * Google requires (claimReviewed, url, reviewRating with alternateName) and an author.
 */
export async function claimReviewProblems(text: string): Promise<string[]> {
  const parsed: unknown = JSON.parse(text)
  if (!Array.isArray(parsed)) return ['the export is not a JSON array']
  const problems = parsed.flatMap((item: unknown, index) =>
    isObject(item) && item['@context'] === 'https://schema.org' && item['@type'] === 'ClaimReview'
      ? []
      : [`item ${index} is not a ClaimReview in the schema.org context`]
  )
  let expanded: Expanded[]
  try {
    expanded = await expandClaimReviews(text)
  } catch (error) {
    return [...problems, `expansion failed: ${error instanceof Error ? error.message : 'error'}`]
  }
  const kept = countValues(expanded, true)
  const given = countValues(parsed, false)
  if (kept.values !== given.values || kept.types !== given.types) {
    problems.push(`expansion kept ${JSON.stringify(kept)} of ${JSON.stringify(given)}`)
  }
  if (expanded.length !== parsed.length) problems.push('not one node per ClaimReview')
  expanded.forEach((node, index) => problems.push(...reviewProblems(node, index)))
  return problems
}

/** The tests of Google's ClaimReview preset that failed, and how many ClaimReviews it found. */
export async function googleClaimReviewCheck(
  text: string
): Promise<{ found: number; failed: string[] }> {
  const html = `<!doctype html><html><head><title>Fact check</title><script type="application/ld+json">${text}</script></head><body></body></html>`
  let report: StructuredDataReport
  try {
    report = await structuredDataTestHtml(html, {
      presets: [ClaimReview],
      schemas: ['ClaimReview']
    })
  } catch (error) {
    const res = (error as { res?: StructuredDataReport }).res
    if (!res) throw error
    report = res
  }
  return {
    found: report.structuredData.jsonld.ClaimReview?.length ?? 0,
    failed: report.failed.map((result) => result.test)
  }
}

function reviewProblems(node: Expanded, index: number): string[] {
  const at = (what: string) => `ClaimReview ${index}: ${what}`
  const problems: string[] = []
  if (!hasType(node, 'ClaimReview')) problems.push(at('not typed ClaimReview'))
  if (!textOf(node, 'claimReviewed')) problems.push(at('no claimReviewed'))
  if (!/^https?:\/\//.test(idOf(node, 'url') ?? '')) problems.push(at('no http(s) url'))
  const [rating] = nodes(node, 'reviewRating')
  if (!rating || !hasType(rating, 'Rating')) problems.push(at('no reviewRating of type Rating'))
  else problems.push(...ratingProblems(rating).map(at))
  const authors = nodes(node, 'author')
  if (!authors.some((author) => hasType(author, 'Organization') && textOf(author, 'name'))) {
    problems.push(at('no Organization with a name among the authors'))
  }
  if (
    !authors.every((a) => (hasType(a, 'Organization') || hasType(a, 'Person')) && textOf(a, 'name'))
  ) {
    problems.push(at('an author that is not a named Organization or Person'))
  }
  const [item] = nodes(node, 'itemReviewed')
  if (!item || !hasType(item, 'Claim')) problems.push(at('itemReviewed is not a Claim'))
  for (const work of item ? nodes(item, 'appearance') : []) {
    if (!hasType(work, 'CreativeWork') || !idOf(work, 'url')) {
      problems.push(at('an appearance that is not a CreativeWork with a url'))
    }
  }
  return problems
}

function ratingProblems(rating: Expanded): string[] {
  if (!textOf(rating, 'alternateName')) return ['a rating without alternateName']
  const value = numberOf(rating, 'ratingValue')
  if (value === undefined) return []
  const best = numberOf(rating, 'bestRating')
  const worst = numberOf(rating, 'worstRating')
  if (best === undefined || worst === undefined) return ['a numeric rating without its scale']
  return worst <= value && value <= best ? [] : ['a rating outside its scale']
}

/** Values and types, counted alike in the written form and in the expanded one. */
function countValues(value: unknown, expanded: boolean): { values: number; types: number } {
  const count = { values: 0, types: 0 }
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) return item.forEach(visit)
    if (!isObject(item) || (expanded && ('@value' in item || isReference(item)))) return
    for (const [key, entry] of Object.entries(item)) {
      if (key === '@type') count.types += asArray(entry).length
      else if (!key.startsWith('@')) {
        count.values += asArray(entry).length
        visit(entry)
      }
    }
  }
  visit(value)
  return count
}

function isReference(item: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(item).length === 1 && '@id' in item
}

function values(node: Expanded, property: string): Expanded[] {
  return asArray(node[`${SCHEMA}${property}`]).filter(isObject)
}

function nodes(node: Expanded, property: string): Expanded[] {
  return values(node, property).filter((value) => !('@value' in value))
}

function hasType(node: Expanded, type: string): boolean {
  return asArray(node['@type']).includes(`${SCHEMA}${type}`)
}

function textOf(node: Expanded, property: string): string {
  const value = values(node, property)[0]?.['@value']
  return typeof value === 'string' ? value.trim() : ''
}

function numberOf(node: Expanded, property: string): number | undefined {
  const value = values(node, property)[0]?.['@value']
  return typeof value === 'number' ? value : undefined
}

function idOf(node: Expanded, property: string): string | undefined {
  const id = values(node, property)[0]?.['@id']
  return typeof id === 'string' ? id : undefined
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
