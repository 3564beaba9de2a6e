/**
 * The few pages a team server shows before anyone is signed in: sign in,
 * accept an invite, and plain messages. Rendered here as static HTML with no
 * script, so they work with the strictest policy and load nothing else.
 */
import type { ServerResponse } from 'node:http'
import type { Role } from '../../src/core/access/roles'
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

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Claimdesk</title><style>${STYLE}</style></head>
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

function errorLine(error: string | undefined): string {
  return error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''
}

/** The sign-in page; `next` is where a successful sign-in goes. */
export function signInPage(options: {
  readonly next: string
  readonly error?: string
  readonly email?: string
  readonly identityProvider?: boolean
}): string {
  const next = escapeHtml(options.next)
  const provider = options.identityProvider
    ? `<p><a class="button secondary" href="/sign-in/oidc?next=${encodeURIComponent(options.next)}">Sign in with your organisation</a></p>`
    : ''
  return page(
    'Sign in',
    `<h1>Sign in to Claimdesk</h1>${errorLine(options.error)}
<form method="post" action="/sign-in">
<input type="hidden" name="next" value="${next}">
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(options.email ?? '')}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>${provider}`
  )
}

/** The page an invite link opens. */
export function invitePage(options: {
  readonly secret: string
  readonly role: Role
  readonly email: string | null
  readonly error?: string
  readonly name?: string
}): string {
  return page(
    'Join',
    `<h1>Join Claimdesk</h1>${errorLine(options.error)}
<p>You are invited as <strong>${escapeHtml(options.role)}</strong>.</p>
<form method="post" action="/invite/${encodeURIComponent(options.secret)}">
<label for="name">Your name</label>
<input id="name" name="name" autocomplete="name" required maxlength="80" value="${escapeHtml(options.name ?? '')}">
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(options.email ?? '')}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="${MIN_PASSWORD_LENGTH}">
<p class="hint">At least ${MIN_PASSWORD_LENGTH} characters.</p>
<button type="submit">Join</button>
</form>`
  )
}

/** A page with a heading, one paragraph and a link onwards. */
export function messagePage(
  title: string,
  text: string,
  link?: { href: string; label: string }
): string {
  const onwards = link
    ? `<p><a class="button" href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`
    : ''
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>${onwards}`)
}
