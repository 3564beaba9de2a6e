import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { writeBriefing } from '../../../collab/briefing-doc'
import { parseBriefing } from '../../../core/parse-briefing'
import type { ExportFileRequest, PrintPdfRequest } from '../platform/platform'
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
    expect(gate).toEqual({
      kind: 'empty',
      message: 'This room has no text yet, so there is nothing to export.'
    })
  })

  it('lists the open checks of a room with text', () => {
    const gate = readExportGate(briefingRoom(), CONTEXT)
    expect(gate.kind).toBe('ready')
    if (gate.kind !== 'ready') return
    expect(gate.checks.map((check) => check.kind)).toEqual(['uncited-source'])
  })
})

describe('exportRoom', () => {
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
