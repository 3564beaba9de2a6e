/** The browser host: the page's own origin is the server, files come from a file input. */
import { downloadExport, printExport } from './browser-export'
import type { OpenedBriefingFile, Platform } from './platform'
import { MAX_BRIEFING_BYTES } from './platform'
import { message } from '../../../core/i18n/message'
import { RefusalError } from '../refusal-error'

const ACCEPTED_TYPES = '.txt,.md,.markdown,text/plain,text/markdown'

/** A Platform for a page served by the Claimdesk server itself. */
export function createBrowserPlatform(win: Window): Platform {
  return {
    kind: 'browser',
    getServerUrl: () => Promise.resolve(win.location.origin),
    pickBriefingFile: () => pickFile(win.document).then(readBriefingFile),
    saveExport: (request) => Promise.resolve().then(() => downloadExport(win.document, request)),
    printPdf: (request) => Promise.resolve().then(() => printExport(win.document, request)),
    // The page's own server is the sync server; another one means opening its address.
    serverChoice: null,
    // A browser tab has no application menu.
    onMenuCommand: () => () => undefined,
    // A browser tab has no menus of its own to translate.
    showLanguage: () => undefined
  }
}

/** Opens the browser's file chooser; resolves with the chosen file, or null on cancel. */
function pickFile(document: Document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = ACCEPTED_TYPES
    input.hidden = true
    const finish = (file: File | null): void => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => finish(null), { once: true })
    // Attached so that every browser (and Playwright's file chooser) treats it as a real input.
    document.body.append(input)
    input.click()
  })
}

async function readBriefingFile(file: File | null): Promise<OpenedBriefingFile | null> {
  if (!file) return null
  if (file.size > MAX_BRIEFING_BYTES) {
    throw new RefusalError(message('menu.briefingFile.tooLarge', { fileName: file.name }))
  }
  return { fileName: file.name, text: await file.text() }
}
