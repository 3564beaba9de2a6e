import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Locale } from '../core/i18n/locale'
import type { Translator } from '../core/i18n/translator'
import { english, translator } from '../core/i18n/translator'
import { ipcChannels } from '../preload/ipc-channels'
import type { IpcInvokeEvent, IpcRegistry, ShowOpenDialog } from './ipc-handlers'
import { MAX_BRIEFING_BYTES, createIpcHandlers, registerIpcHandlers } from './ipc-handlers'

const SERVER_URL = 'http://127.0.0.1:4567/'
const APP_ORIGIN = 'http://127.0.0.1:4567'
const dir = mkdtempSync(join(tmpdir(), 'claimdesk-ipc-'))

function fileWith(name: string, content: string | Uint8Array): string {
  const filePath = join(dir, name)
  writeFileSync(filePath, content)
  return filePath
}

function handlersPicking(filePaths: string[], canceled = false, text: Translator = english) {
  const requests: Parameters<ShowOpenDialog>[0][] = []
  const choices: unknown[] = []
  const languages: Locale[] = []
  const saveTitles: string[] = []
  const handlers = createIpcHandlers({
    serverUrl: () => SERVER_URL,
    showOpenDialog: (options) => {
      requests.push(options)
      return Promise.resolve({ canceled, filePaths })
    },
    exports: {
      showSaveDialog: (options) => {
        saveTitles.push(options.title)
        return Promise.resolve({ canceled: true })
      },
      writeFile: () => Promise.reject(new Error('not in these tests')),
      defaultDirectory: () => dir,
      renderPdf: () => Promise.reject(new Error('not in these tests'))
    },
    serverChoice: () => ({ kind: 'this-computer', url: SERVER_URL }),
    chooseServer: (request) => {
      choices.push(request)
      return Promise.resolve({ ok: true })
    },
    text: () => text,
    showLanguage: (locale) => languages.push(locale)
  })
  return { handlers, requests, choices, languages, saveTitles }
}

describe('getServerUrl', () => {
  it('returns the embedded server URL and rejects arguments', async () => {
    const { handlers } = handlersPicking([])
    await expect(handlers.getServerUrl()).resolves.toBe(SERVER_URL)
    expect(() => handlers.getServerUrl('extra')).toThrow('getServerUrl takes no arguments.')
  })
})

describe('openBriefingFile', () => {
  it('asks for text and Markdown files and returns the chosen file', async () => {
    const filePath = fileWith('briefing.md', '\uFEFF# Briefing\n\nClaim: the sky is green. — ü')
    const { handlers, requests } = handlersPicking([filePath])
    await expect(handlers.openBriefingFile()).resolves.toEqual({
      fileName: 'briefing.md',
      text: '# Briefing\n\nClaim: the sky is green. — ü'
    })
    expect(requests[0]?.filters).toEqual([
      { name: 'Briefings', extensions: ['txt', 'md', 'markdown'] }
    ])
  })

  it('asks and refuses in German when the page shows German', async () => {
    const german = translator('de')
    const { handlers, requests } = handlersPicking([], true, german)
    await handlers.openBriefingFile()
    expect(requests[0]).toMatchObject({
      title: 'Briefing öffnen',
      filters: [{ name: 'Briefings', extensions: ['txt', 'md', 'markdown'] }]
    })
    const binary = fileWith('bild.txt', new Uint8Array([0x00, 0x01]))
    await expect(
      handlersPicking([binary], false, german).handlers.openBriefingFile()
    ).rejects.toThrow('bild.txt scheint eine Binärdatei zu sein, keine Textdatei.')
  })

  it('returns null when the user cancels', async () => {
    await expect(handlersPicking([], true).handlers.openBriefingFile()).resolves.toBeNull()
  })

  it('refuses files over 2 MiB', async () => {
    const filePath = fileWith('huge.txt', 'a'.repeat(MAX_BRIEFING_BYTES + 1))
    await expect(handlersPicking([filePath]).handlers.openBriefingFile()).rejects.toThrow(
      'huge.txt is larger than 2 MiB'
    )
  })

  it('accepts a file of exactly 2 MiB', async () => {
    const filePath = fileWith('full.txt', 'a'.repeat(MAX_BRIEFING_BYTES))
    const opened = await handlersPicking([filePath]).handlers.openBriefingFile()
    expect(opened?.text.length).toBe(MAX_BRIEFING_BYTES)
  })

  it('refuses binary and non-UTF-8 files', async () => {
    const binary = fileWith('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    await expect(handlersPicking([binary]).handlers.openBriefingFile()).rejects.toThrow(
      'image.txt looks like a binary file'
    )
    const latin1 = fileWith('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9]))
    await expect(handlersPicking([latin1]).handlers.openBriefingFile()).rejects.toThrow(
      'latin1.txt is not UTF-8 text'
    )
  })

  it('rejects arguments before opening a dialog', async () => {
    const { handlers, requests } = handlersPicking([])
    await expect(handlers.openBriefingFile('/etc/passwd')).rejects.toThrow(
      'openBriefingFile takes no arguments.'
    )
    expect(requests).toEqual([])
  })
})

describe('registerIpcHandlers', () => {
  type Listener = Parameters<IpcRegistry['handle']>[1]

  function registered(appOrigin: () => string = () => APP_ORIGIN) {
    const listeners = new Map<string, Listener>()
    const { handlers } = handlersPicking([])
    registerIpcHandlers({ handle: (channel, l) => listeners.set(channel, l) }, handlers, appOrigin)
    const invoke = (channel: string, event: IpcInvokeEvent, ...args: unknown[]) =>
      listeners.get(channel)?.(event, ...args)
    return { listeners, invoke }
  }

  it('registers exactly one channel per operation', () => {
    expect([...registered().listeners.keys()].sort()).toEqual(Object.values(ipcChannels).sort())
  })

  it('answers frames from the app origin', async () => {
    const { invoke } = registered()
    const event = { senderFrame: { url: `${APP_ORIGIN}/room/abc` } }
    await expect(invoke(ipcChannels.getServerUrl, event)).resolves.toBe(SERVER_URL)
  })

  it('refuses frames from other origins or none', () => {
    const { invoke } = registered()
    const foreign = { senderFrame: { url: 'https://example.com/' } }
    expect(() => invoke(ipcChannels.getServerUrl, foreign)).toThrow(
      'Refused getServerUrl from https://example.com.'
    )
    expect(() => invoke(ipcChannels.openBriefingFile, { senderFrame: null })).toThrow(
      'Refused openBriefingFile from an unknown frame.'
    )
  })

  it('follows the page origin when the sync server changes', async () => {
    const team = 'http://newsroom.local:4567'
    let current = APP_ORIGIN
    const { invoke } = registered(() => current)
    const fromTeam = { senderFrame: { url: `${team}/?room=abc` } }
    expect(() => invoke(ipcChannels.getServerChoice, fromTeam)).toThrow(
      `Refused getServerChoice from ${team}.`
    )
    current = team
    await expect(invoke(ipcChannels.getServerChoice, fromTeam)).resolves.toEqual({
      kind: 'this-computer',
      url: SERVER_URL
    })
    expect(() =>
      invoke(ipcChannels.getServerUrl, { senderFrame: { url: `${APP_ORIGIN}/` } })
    ).toThrow(`Refused getServerUrl from ${APP_ORIGIN}.`)
  })
})

describe('server choice handlers', () => {
  it('pass one unchecked request to chooseServer and take no arguments for getServerChoice', async () => {
    const { handlers, choices } = handlersPicking([])
    await expect(handlers.chooseServer({ kind: 'team', url: 'x' })).resolves.toEqual({ ok: true })
    expect(choices).toEqual([{ kind: 'team', url: 'x' }])
    expect(() => handlers.chooseServer()).toThrow('chooseServer takes one request.')
    expect(() => handlers.getServerChoice('x')).toThrow('getServerChoice takes no arguments.')
  })
})

describe('showLanguage', () => {
  it('passes exactly "en" or "de" on', async () => {
    const { handlers, languages } = handlersPicking([])
    await expect(handlers.showLanguage('de')).resolves.toBeUndefined()
    await expect(handlers.showLanguage('en')).resolves.toBeUndefined()
    expect(languages).toEqual(['de', 'en'])
  })

  it('refuses anything else, and more or fewer arguments, before changing anything', () => {
    const { handlers, languages } = handlersPicking([])
    for (const value of [
      'de-AT',
      'DE',
      'fr',
      '',
      ' de',
      null,
      undefined,
      1,
      ['de'],
      { locale: 'de' }
    ]) {
      expect(() => handlers.showLanguage(value)).toThrow('showLanguage takes "en" or "de".')
    }
    expect(() => handlers.showLanguage()).toThrow('showLanguage takes one request.')
    expect(() => handlers.showLanguage('de', 'en')).toThrow('showLanguage takes one request.')
    expect(languages).toEqual([])
  })

  it('is refused from another origin like every operation', () => {
    const listeners = new Map<string, Parameters<IpcRegistry['handle']>[1]>()
    const { handlers, languages } = handlersPicking([])
    registerIpcHandlers(
      { handle: (channel, l) => listeners.set(channel, l) },
      handlers,
      () => APP_ORIGIN
    )
    const showLanguage = listeners.get(ipcChannels.showLanguage)
    expect(() => showLanguage?.({ senderFrame: { url: 'https://example.com/' } }, 'de')).toThrow(
      'Refused showLanguage from https://example.com.'
    )
    expect(languages).toEqual([])
  })
})

describe('export handlers', () => {
  it('title the save dialog in the shell’s language', async () => {
    const request = { fileName: 'room.md', mimeType: 'text/markdown', data: '# Room' }
    const inEnglish = handlersPicking([])
    await expect(inEnglish.handlers.saveExport(request)).resolves.toBe('cancelled')
    const inGerman = handlersPicking([], false, translator('de'))
    await expect(inGerman.handlers.saveExport(request)).resolves.toBe('cancelled')
    expect([...inEnglish.saveTitles, ...inGerman.saveTitles]).toEqual([
      'Export verified draft',
      'Geprüften Entwurf exportieren'
    ])
  })
})
