/**
 * The few pages a team server shows before anyone is signed in: sign in,
 * accept an invite, and plain messages. Rendered here as static HTML with no
 * script, so they work with the strictest policy and load nothing else. Every
 * word comes from the catalogue, in the language the page was asked in
 * (`pageLanguage`); its forms post that language back.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { roleName } from '../../src/core/access/role-messages'
import type { Role } from '../../src/core/access/roles'
import type { Locale } from '../../src/core/i18n/locale'
import {
  acceptedLanguages,
  DEFAULT_LOCALE,
  isLocale,
  matchLocale
} from '../../src/core/i18n/locale'
import type { Message, MessageKey } from '../../src/core/i18n/message'
import { message } from '../../src/core/i18n/message'
import { translator, type Translator } from '../../src/core/i18n/translator'
import { MIN_PASSWORD_LENGTH } from './passwords'

/** The pages' policy: no script at all, styles inline, forms only to this server. */
const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; " +
    "base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  // With no-referrer a browser sends "Origin: null" on a form post, which the origin check refuses.
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-store',
  'Content-Type': 'text/html; charset=utf-8'
}

const STYLE = `
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f4f2ee;
  color: #1f2328; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { background: #fff; border: 1px solid #d8d4cc; border-radius: 6px; padding: 2rem;
  width: min(24rem, calc(100vw - 3rem)); }
h1 { font-size: 1.4rem; margin: 0 0 1rem; }
label { display: block; margin: 0.75rem 0 0.25rem; font-weight: 600; }
input { box-sizing: border-box; width: 100%; padding: 0.5rem; font: inherit;
  border: 1px solid #8c959f; border-radius: 6px; }
button, .button { display: inline-block; margin-top: 1.25rem; padding: 0.5rem 1rem; font: inherit;
  border: 0; border-radius: 6px; background: #30638e; color: #fff; cursor: pointer; text-decoration: none; }
.secondary { background: #fff; color: #30638e; border: 1px solid #30638e; }
.error { color: #a4262c; font-weight: 600; }
p.hint { color: #59636e; font-size: 0.9rem; }
`

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/**
 * The language a page is shown in. `explicit` when the reader chose it (`?lang=`): the page's
 * forms and links then carry it on, so the next page (an error after a failed sign-in) keeps it.
 */
export interface PageLanguage {
  readonly locale: Locale
  readonly explicit: boolean
}

/** English, chosen by nobody: what pages are shown in when nothing asks for another. */
export const DEFAULT_PAGE_LANGUAGE: PageLanguage = { locale: DEFAULT_LOCALE, explicit: false }

/** The language `request` asks for: `?lang=en|de` on its URL, else Accept-Language, else English. */
export function pageLanguage(request: IncomingMessage, url: URL): PageLanguage {
  const asked = url.searchParams.get('lang')
  if (isLocale(asked)) return { locale: asked, explicit: true }
  const header = request.headers['accept-language']
  return { locale: matchLocale(acceptedLanguages(header)), explicit: false }
}

/**
 * `path` with the page's language added as `?lang=` (or `&lang=`) when it must be carried on:
 * chosen by the reader, or other than English. English pages chosen by nobody keep plain paths.
 */
export function withLanguage(path: string, language: PageLanguage): string {
  if (!language.explicit && language.locale === DEFAULT_LOCALE) return path
  return `${path}${path.includes('?') ? '&' : '?'}lang=${language.locale}`
}

/** A sentence with markup around some of its values: the sentence escaped, the markup not. */
function sentenceWithMarkup(
  words: Translator,
  key: MessageKey,
  markup: Readonly<Record<string, string>>
): string {
  // i18next does not interpolate inside values, so each placeholder comes back as it is.
  const placeholders = Object.fromEntries(Object.keys(markup).map((name) => [name, `{{${name}}}`]))
  let html = escapeHtml(words.text(message(key, placeholders)))
  for (const [name, value] of Object.entries(markup)) html = html.replaceAll(`{{${name}}}`, value)
  return html
}

function page(words: Translator, title: string, body: string): string {
  const fullTitle = words.t('server.page.title', { page: title })
  return `<!doctype html>
<html lang="${words.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(fullTitle)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`
}

/** Sends a page with `status`. */
export function sendPage(
  response: ServerResponse,
  status: number,
  html: string,
  headers: Readonly<Record<string, string | string[]>> = {}
): void {
  response.writeHead(status, {
    ...PAGE_HEADERS,
    'Content-Length': Buffer.byteLength(html),
    ...headers
  })
  response.end(html)
}

function errorLine(words: Translator, error: Message | undefined): string {
  return error ? `<p class="error" role="alert">${escapeHtml(words.text(error))}</p>` : ''
}

/** The sign-in page; `next` is where a successful sign-in goes. */
export function signInPage(options: {
  readonly next: string
  readonly error?: Message
  readonly email?: string
  readonly identityProvider?: boolean
  readonly language?: PageLanguage
}): string {
  const language = options.language ?? DEFAULT_PAGE_LANGUAGE
  const words = translator(language.locale)
  const { t } = words
  const next = escapeHtml(options.next)
  const providerHref = withLanguage(
    `/sign-in/oidc?next=${encodeURIComponent(options.next)}`,
    language
  )
  const provider = options.identityProvider
    ? `<p><a class="button secondary" href="${providerHref.replaceAll('&', '&amp;')}">${escapeHtml(t('server.signIn.withOrganisation'))}</a></p>`
    : ''
  return page(
    words,
    t('server.signIn.title'),
    `<h1>${escapeHtml(t('server.signIn.heading'))}</h1>${errorLine(words, options.error)}
<form method="post" action="${escapeHtml(withLanguage('/sign-in', language))}">
<input type="hidden" name="next" value="${next}">
<label for="email">${escapeHtml(t('server.form.email'))}</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(options.email ?? '')}">
<label for="password">${escapeHtml(t('server.form.password'))}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${escapeHtml(t('server.signIn.submit'))}</button>
</form>${provider}`
  )
}

/** The page an invite link opens. */
export function invitePage(options: {
  readonly secret: string
  readonly role: Role
  readonly email: string | null
  readonly error?: Message
  readonly name?: string
  readonly language?: PageLanguage
}): string {
  const language = options.language ?? DEFAULT_PAGE_LANGUAGE
  const words = translator(language.locale)
  const { t } = words
  const role = `<strong>${escapeHtml(words.text(roleName(options.role)))}</strong>`
  const action = withLanguage(`/invite/${encodeURIComponent(options.secret)}`, language)
  return page(
    words,
    t('server.invite.title'),
    `<h1>${escapeHtml(t('server.invite.heading'))}</h1>${errorLine(words, options.error)}
<p>${sentenceWithMarkup(words, 'server.invite.invitedAs', { role })}</p>
<form method="post" action="${escapeHtml(action)}">
<label for="name">${escapeHtml(t('server.invite.name'))}</label>
<input id="name" name="name" autocomplete="name" required maxlength="80" value="${escapeHtml(options.name ?? '')}">
<label for="email">${escapeHtml(t('server.form.email'))}</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(options.email ?? '')}">
<label for="password">${escapeHtml(t('server.form.password'))}</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="${MIN_PASSWORD_LENGTH}">
<p class="hint">${escapeHtml(t('server.invite.passwordHint', { count: MIN_PASSWORD_LENGTH }))}</p>
<button type="submit">${escapeHtml(t('server.invite.submit'))}</button>
</form>`
  )
}

/** A page with a heading, one paragraph and maybe a link onwards, all three messages. */
export function messagePage(
  language: PageLanguage,
  title: Message,
  text: Message,
  link?: { readonly href: string; readonly label: Message }
): string {
  const words = translator(language.locale)
  const heading = words.text(title)
  const onwards = link
    ? `<p><a class="button" href="${escapeHtml(withLanguage(link.href, language))}">${escapeHtml(words.text(link.label))}</a></p>`
    : ''
  return page(
    words,
    heading,
    `<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(words.text(text))}</p>${onwards}`
  )
}
