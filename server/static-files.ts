/** Serves the built browser app from one directory, refusing paths that leave it. */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, resolve, sep } from 'node:path'
import { message } from '../src/core/i18n/message'
import { SECURITY_HEADERS, sendError } from './http-response'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm'
}

/**
 * The file under `root` that `pathname` names, or undefined when the path is
 * malformed or would leave `root` (`..`, encoded separators, NUL bytes).
 */
export function resolveStaticPath(root: string, pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1)
  const base = resolve(root)
  const file = resolve(base, relative)
  return file.startsWith(base + sep) ? file : undefined
}

/** Answers a GET or HEAD for a static file under `root`: the file, or 404. */
export async function serveStaticFile(
  root: string,
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  const file = resolveStaticPath(root, pathname)
  const info = file ? await stat(file).catch(() => undefined) : undefined
  if (!file || !info?.isFile()) {
    sendError(response, 404, message('server.request.notFound'))
    return
  }
  const extension = extname(file).toLowerCase()
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'Content-Length': info.size,
    // The entry page must be revalidated so a rebuilt app is picked up; assets are hashed.
    'Cache-Control': extension === '.html' ? 'no-cache' : 'public, max-age=3600'
  })
  if (request.method === 'HEAD') {
    response.end()
    return
  }
  const stream = createReadStream(file)
  stream.on('error', () => response.destroy())
  stream.pipe(response)
}
