import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { writeBriefing } from '../../../collab/briefing-doc'
import { parseBriefing } from '../../../core/parse-briefing'
import type { ExportFileRequest, PrintPdfRequest } from '../platform/platform'
import { translator } from '../../../core/i18n/translator'
import { exportRoom, readExportGate, type ExportContext } from './export-gate'

const CONTEXT: ExportContext = {
  room: 'river-heat',
  appVersion: '',
  now: () => '2025-11-18T09:30:00.000Z'
}

function briefingRoom(): Y.Doc {
  const doc = new Y.Doc()
  writeBriefing(
    doc,
    parseBriefing(`# River heat

The council voted 31 to 9.

Sources:
- Council minutes: https://example.org/minutes
`)
  )
  return doc
}

function recordingPlatform() {
  const saved: ExportFileRequest[] = []
  const printed: PrintPdfRequest[] = []
  return {
    saved,
    printed,
    platform: {
      saveExport: (request: ExportFileRequest) => {
        saved.push(request)
        return Promise.resolve('saved' as const)
      },
      printPdf: (request: PrintPdfRequest) => {
        printed.push(request)
        return Promise.resolve('cancelled' as const)
      }
    }
  }
}

describe('readExportGate', () => {
  it('says an empty room has nothing to export', () => {
    const gate = readExportGate(new Y.Doc(), CONTEXT)
    expect(gate).toMatchObject({
      kind: 'empty',
      message: 'This room has no text yet, so there is nothing to export.'
    })
    expect(gate.kind === 'empty' && translator('de').text(gate.reason)).not.toBe(
      'This room has no text yet, so there is nothing to export.'
    )
  })

  it('lists the open checks of a room with text', () => {
    const gate = readExportGate(briefingRoom(), CONTEXT)
    expect(gate.kind).toBe('ready')
    if (gate.kind !== 'ready') return
    expect(gate.checks.map((check) => check.kind)).toEqual(['uncited-source'])
    expect(gate.briefingLocale).toBe('en')
  })

  it('knows a German briefing, and lists its checks in German', () => {
    const gate = readExportGate(germanRoom(), CONTEXT)
    if (gate.kind !== 'ready') throw new Error('no gate')
    expect(gate.briefingLocale).toBe('de')
    expect(gate.checks[0]?.message).toBe(
      'Keine Behauptung nennt die Quelle „Ratsprotokoll“ (https://example.org/protokoll).'
    )
  })
})

function germanRoom(): Y.Doc {
  const doc = new Y.Doc()
  writeBriefing(
    doc,
    parseBriefing(`# Flusswärme

Der Rat hat mit 31 zu 9 Stimmen für das Werk gestimmt, das laut der Stadt 2028 fertig wird.

Quellen:
- Ratsprotokoll: https://example.org/protokoll
`)
  )
  return doc
}

describe('exportRoom', () => {
  it('writes the export in the language chosen, else in the briefing’s', async () => {
    const { platform, saved, printed } = recordingPlatform()
    await exportRoom(germanRoom(), CONTEXT, 'markdown', platform)
    expect(saved[0]?.data).toContain('NICHT VERIFIZIERT · 1 offene Prüfung')
    await exportRoom(germanRoom(), { ...CONTEXT, locale: 'en' }, 'markdown', platform)
    expect(saved[1]?.data).toContain('NOT VERIFIED · 1 open check')
    await exportRoom(briefingRoom(), { ...CONTEXT, locale: 'de' }, 'pdf', platform)
    expect(printed[0]?.html).toContain('<html lang="de">')
  })

  it('saves text formats through the platform, with the banner when checks are open', async () => {
    const { platform, saved } = recordingPlatform()
    const result = await exportRoom(briefingRoom(), CONTEXT, 'markdown', platform)
    expect(result).toEqual({ outcome: 'saved', fileName: 'river-heat-2025-11-18.md' })
    expect(saved[0]?.mimeType).toBe('text/markdown')
    expect(saved[0]?.data).toContain('NOT VERIFIED · 1 open check')
  })

  it('saves DOCX as bytes and sends PDF as HTML to print', async () => {
    const { platform, saved, printed } = recordingPlatform()
    await exportRoom(briefingRoom(), CONTEXT, 'docx', platform)
    expect(saved[0]?.data).toBeInstanceOf(Uint8Array)
    const pdf = await exportRoom(briefingRoom(), CONTEXT, 'pdf', platform)
    expect(pdf.outcome).toBe('cancelled')
    expect(printed[0]?.fileName).toBe('river-heat-2025-11-18.pdf')
    expect(printed[0]?.html).toContain('<!DOCTYPE html>')
  })

  it('refuses an empty room', async () => {
    const { platform } = recordingPlatform()
    await expect(exportRoom(new Y.Doc(), CONTEXT, 'html', platform)).rejects.toThrow(
      'nothing to export'
    )
  })
})
