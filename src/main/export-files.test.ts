import { describe, expect, it } from 'vitest'
import { translator } from '../core/i18n/translator'
import type { ExportSaveDependencies, ShowSaveDialog } from './export-files'
import {
  MAX_EXPORT_BYTES,
  checkExportFileRequest,
  checkPrintPdfRequest,
  printPdfFile,
  sanitizeExportFileName,
  saveExportFile
} from './export-files'

const MARKDOWN = 'text/markdown'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

function savingTo(filePath: string | null) {
  const dialogs: Parameters<ShowSaveDialog>[0][] = []
  const written: Array<{ path: string; bytes: Uint8Array }> = []
  const rendered: string[] = []
  const deps: ExportSaveDependencies = {
    showSaveDialog: (options) => {
      dialogs.push(options)
      return Promise.resolve(filePath ? { canceled: false, filePath } : { canceled: true })
    },
    writeFile: (path, bytes) => {
      written.push({ path, bytes })
      return Promise.resolve()
    },
    defaultDirectory: () => '/home/alice/Documents',
    renderPdf: (html) => {
      rendered.push(html)
      return Promise.resolve(new TextEncoder().encode('%PDF-1.7'))
    }
  }
  return { deps, dialogs, written, rendered }
}

describe('sanitizeExportFileName', () => {
  it('keeps a plain name and adds the extension once', () => {
    expect(sanitizeExportFileName('river-heat-2025-11-18.md', 'md')).toBe(
      'river-heat-2025-11-18.md'
    )
    expect(sanitizeExportFileName('river-heat', 'md')).toBe('river-heat.md')
    expect(sanitizeExportFileName('draft.txt', 'md')).toBe('draft.txt.md')
  })

  it('drops directories and replaces reserved characters', () => {
    expect(sanitizeExportFileName('../../etc/passwd', 'md')).toBe('passwd.md')
    expect(sanitizeExportFileName('C:\\Users\\x\\evil.docx', 'docx')).toBe('evil.docx')
    expect(sanitizeExportFileName('a<b>:c"d|e?f*g\u0000.md', 'md')).toBe('a-b--c-d-e-f-g-.md')
  })

  it('never yields an empty, hidden or device name', () => {
    expect(sanitizeExportFileName('', 'pdf')).toBe('claimdesk-export.pdf')
    expect(sanitizeExportFileName('...', 'pdf')).toBe('claimdesk-export.pdf')
    expect(sanitizeExportFileName('.bashrc', 'md')).toBe('bashrc.md')
    expect(sanitizeExportFileName('CON', 'md')).toBe('claimdesk-export-CON.md')
  })

  it('caps the length', () => {
    expect(sanitizeExportFileName('x'.repeat(500), 'html')).toBe(`${'x'.repeat(120)}.html`)
  })
})

describe('checkExportFileRequest', () => {
  it('accepts text and bytes with a known type, giving the matching extension', () => {
    const text = checkExportFileRequest({ fileName: 'a.html', mimeType: MARKDOWN, data: '# A' })
    expect(text.fileName).toBe('a.html.md')
    expect(new TextDecoder().decode(text.bytes)).toBe('# A')
    const docx = checkExportFileRequest({
      fileName: 'a',
      mimeType: DOCX,
      data: new Uint8Array([80, 75])
    })
    expect(docx).toMatchObject({ fileName: 'a.docx', extension: 'docx' })
    const jsonld = checkExportFileRequest({
      fileName: 'a.jsonld',
      mimeType: 'application/ld+json; charset=utf-8',
      data: '{}'
    })
    expect(jsonld.fileName).toBe('a.jsonld')
  })

  it('refuses anything else', () => {
    expect(() => checkExportFileRequest(null)).toThrow('takes one request object')
    expect(() => checkExportFileRequest([])).toThrow('takes one request object')
    expect(() => checkExportFileRequest({ fileName: 1, mimeType: MARKDOWN, data: '' })).toThrow(
      'fileName must be text'
    )
    expect(() =>
      checkExportFileRequest({ fileName: 'a', mimeType: 'application/x-msdownload', data: '' })
    ).toThrow('cannot save')
    expect(() =>
      checkExportFileRequest({ fileName: 'a', mimeType: 'application/pdf', data: '' })
    ).toThrow('cannot save')
    expect(() =>
      checkExportFileRequest({ fileName: 'a', mimeType: MARKDOWN, data: [1, 2] })
    ).toThrow('data must be text or bytes')
  })

  it('refuses exports over 50 MiB', () => {
    const big = new Uint8Array(MAX_EXPORT_BYTES + 1)
    expect(() => checkExportFileRequest({ fileName: 'a', mimeType: DOCX, data: big })).toThrow(
      'larger than 50 MiB'
    )
    expect(() =>
      checkPrintPdfRequest({ fileName: 'a', html: 'x'.repeat(MAX_EXPORT_BYTES + 1) })
    ).toThrow('larger than 50 MiB')
  })
})

describe('saveExportFile', () => {
  it('offers the sanitized name in the documents folder and writes the chosen path', async () => {
    const { deps, dialogs, written } = savingTo('/tmp/out/chosen.md')
    const request = { fileName: '../room.md', mimeType: MARKDOWN, data: 'text' }
    await expect(saveExportFile(deps, request)).resolves.toBe('saved')
    expect(dialogs[0]).toEqual({
      title: 'Export verified draft',
      defaultPath: '/home/alice/Documents/room.md',
      filters: [{ name: 'Markdown', extensions: ['md'] }]
    })
    expect(written.map((w) => w.path)).toEqual(['/tmp/out/chosen.md'])
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const { deps, written } = savingTo(null)
    const request = { fileName: 'room.md', mimeType: MARKDOWN, data: 'text' }
    await expect(saveExportFile(deps, request)).resolves.toBe('cancelled')
    expect(written).toEqual([])
  })
})

describe('printPdfFile', () => {
  it('renders the HTML, then saves the PDF under a .pdf name', async () => {
    const { deps, dialogs, written, rendered } = savingTo('/tmp/out/room.pdf')
    await expect(printPdfFile(deps, { fileName: 'room.html', html: '<p>x</p>' })).resolves.toBe(
      'saved'
    )
    expect(rendered).toEqual(['<p>x</p>'])
    expect(dialogs[0]?.defaultPath).toBe('/home/alice/Documents/room.html.pdf')
    expect(dialogs[0]?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }])
    expect(new TextDecoder().decode(written[0]?.bytes)).toBe('%PDF-1.7')
  })

  it('refuses a request without HTML before rendering anything', async () => {
    const { deps, rendered } = savingTo('/tmp/out/room.pdf')
    await expect(printPdfFile(deps, { fileName: 'room.pdf' })).rejects.toThrow('html must be text')
    expect(rendered).toEqual([])
  })
})

describe('exports in German', () => {
  const german = translator('de')

  it('title the save dialog and name the file type in German', async () => {
    const { deps, dialogs } = savingTo(null)
    const request = { fileName: 'raum.docx', mimeType: DOCX, data: new Uint8Array([1]) }
    await expect(saveExportFile(deps, request, german)).resolves.toBe('cancelled')
    expect(dialogs[0]).toEqual({
      title: 'Geprüften Entwurf exportieren',
      defaultPath: '/home/alice/Documents/raum.docx',
      filters: [{ name: 'Word-Dokument', extensions: ['docx'] }]
    })
  })

  it('say in German that an export is too large', () => {
    const big = 'a'.repeat(MAX_EXPORT_BYTES + 1)
    expect(() => checkPrintPdfRequest({ fileName: 'a', html: big }, german)).toThrow(
      'Der Export ist größer als 50 MiB; so große Dateien speichert Claimdesk nicht.'
    )
  })
})
