import { describe, expect, it } from 'vitest'
import type { PdfRendererDependencies } from './pdf-renderer'
import { isAllowedPrintRequest, printWindowPreferences, renderHtmlToPdf } from './pdf-renderer'

function fakes(failLoad = false) {
  const events: string[] = []
  const deps: PdfRendererDependencies = {
    writeTempHtml: (html) => {
      events.push(`write ${html}`)
      return Promise.resolve('/tmp/print/export-1/export.html')
    },
    removeTemp: (path) => {
      events.push(`remove ${path}`)
      return Promise.resolve()
    },
    createWindow: () => ({
      loadFile: (path) => {
        events.push(`load ${path}`)
        return failLoad ? Promise.reject(new Error('load failed')) : Promise.resolve()
      },
      webContents: {
        printToPDF: (options) => {
          events.push(`print ${JSON.stringify(options)}`)
          return Promise.resolve(new Uint8Array([37, 80, 68, 70]))
        }
      },
      destroy: () => events.push('destroy')
    })
  }
  return { deps, events }
}

describe('printWindowPreferences', () => {
  it('turns off JavaScript and Node, sandboxes and isolates, and has no preload', () => {
    const preferences = printWindowPreferences('claimdesk-print')
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      webviewTag: false,
      partition: 'claimdesk-print'
    })
    expect(preferences.preload).toBeUndefined()
  })
})

describe('renderHtmlToPdf', () => {
  it('loads the temp file, prints with backgrounds, then closes and cleans up', async () => {
    const { deps, events } = fakes()
    const pdf = await renderHtmlToPdf(deps, '<p>x</p>')
    expect(Array.from(pdf)).toEqual([37, 80, 68, 70])
    expect(events).toEqual([
      'write <p>x</p>',
      'load /tmp/print/export-1/export.html',
      'print {"printBackground":true}',
      'destroy',
      'remove /tmp/print/export-1/export.html'
    ])
  })

  it('closes the window and removes the file when loading fails', async () => {
    const { deps, events } = fakes(true)
    await expect(renderHtmlToPdf(deps, '<p>x</p>')).rejects.toThrow('load failed')
    expect(events.slice(-2)).toEqual(['destroy', 'remove /tmp/print/export-1/export.html'])
  })
})

describe('isAllowedPrintRequest', () => {
  const folder = 'file:///tmp/claimdesk-print/'
  it('allows only files under the print folder', () => {
    expect(isAllowedPrintRequest('file:///tmp/claimdesk-print/export-1/export.html', folder)).toBe(
      true
    )
    expect(isAllowedPrintRequest('file:///tmp/claimdesk-print/../secret.txt', folder)).toBe(false)
    expect(isAllowedPrintRequest('file:///etc/passwd', folder)).toBe(false)
    expect(isAllowedPrintRequest('https://example.org/font.woff', folder)).toBe(false)
    expect(isAllowedPrintRequest('not a url', folder)).toBe(false)
  })
})
