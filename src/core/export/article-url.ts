/**
 * The address of the article a room's fact checks are published in: what every ClaimReview of
 * the room names as its `url`. Editors set it per room; peers' values are checked on reading too.
 */
import { MAX_SOURCE_URL_LENGTH, characterCount } from '../claims/limits'
import { ok, refuse, type Result } from '../claims/result'
import { message } from '../i18n/message'
import { parseHttpUrl } from '../source-line'

/** Longest address accepted, the same bound as a source's URL. */
export const MAX_ARTICLE_URL_LENGTH = MAX_SOURCE_URL_LENGTH

/**
 * The address as stored (the URL parser's normal form), null for an empty field (which clears
 * it), or why it cannot be the published article: not http(s), credentials, or too long.
 */
export function validateArticleUrl(text: string): Result<string | null> {
  const trimmed = text.trim()
  if (trimmed === '') return ok(null)
  const length = characterCount(trimmed)
  if (length > MAX_ARTICLE_URL_LENGTH) {
    return refuse(
      message('claimReview.articleUrl.tooLong', { length, limit: MAX_ARTICLE_URL_LENGTH })
    )
  }
  const url = parseHttpUrl(trimmed)
  if (!url) return refuse(message('claimReview.articleUrl.notHttp'))
  // A public page is read by anyone: an address with a password in it would publish the password.
  if (url.username || url.password) return refuse(message('claimReview.articleUrl.credentials'))
  return ok(url.href)
}

/** A stored value as an article address, or null when it is none (unset, or not valid). */
export function articleUrlOf(stored: unknown): string | null {
  if (typeof stored !== 'string') return null
  const checked = validateArticleUrl(stored)
  return checked.ok ? checked.value : null
}
