/**
 * The offline-merge measure: reviewer A (Claimdesk's own room connection in Node) goes offline,
 * makes 10,000 edits, and comes back; we time how long until reviewer B (Chromium) shows them,
 * and, to separate server and network from rendering, until a plain Node client C has them.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import WebSocket from 'ws'
import { connectRoom, type RoomConnection } from '../src/collab/room-connection'
import { createClient, type TestClient } from '../tests/support/clients'
import { createNetworkSwitch } from '../tests/support/offline-clients'
import { waitFor } from '../tests/support/wait-for'
import { hasMarker, makeOfflineEdits } from './offline-edits'
import { markerAt, NAME_SHIM, watchForMarker } from './offline-page'

const SAMPLE = resolve(__dirname, '../samples/sample-briefing.md')
const TIMEOUT_MS = 60_000

/** One run's figures, in ms from the moment A's network came back. */
export interface MergeRun {
  readonly edits: number
  /** How long A took to make the edits offline (not part of the merge time). */
  readonly editingMs: number
  /** To the first frame in B's page whose editor DOM held the marker. */
  readonly browserMs: number
  /** To Node client C's document holding the marker. */
  readonly nodeMs: number
  /** To the server acknowledging that it stored all of A's edits. */
  readonly ackedMs: number
}

/** Imports the sample briefing into `room` through the server's briefing route. */
export async function seedSample(serverUrl: string, room: string): Promise<void> {
  const response = await fetch(`${serverUrl}/api/rooms/${encodeURIComponent(room)}/briefing`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/markdown' },
    body: readFileSync(SAMPLE, 'utf8')
  })
  if (response.status !== 201) throw new Error(`seeding ${room}: HTTP ${response.status}`)
}

/** Reviewer B: a fresh browser context with the room open, synced and editable. */
async function openReviewerB(browser: Browser, serverUrl: string, room: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  await context.addInitScript(NAME_SHIM)
  const page = await context.newPage()
  await page.goto(`${serverUrl}/?room=${encodeURIComponent(room)}&user=B`)
  await page
    .getByRole('textbox', { name: 'Briefing text' })
    .and(page.locator('[contenteditable="true"]'))
    .waitFor({ timeout: TIMEOUT_MS })
  // The briefing text has arrived from the server (the status wording varies between builds).
  await page
    .getByRole('textbox', { name: 'Briefing text' })
    .filter({ hasText: 'Lindenfeld' })
    .waitFor({ timeout: TIMEOUT_MS })
  return page
}

/** Reviewer A: the app's connection (acks, heartbeat, network switch), without a local store. */
function openReviewerA(serverUrl: string, room: string) {
  const network = createNetworkSwitch()
  const connection: RoomConnection = connectRoom({
    serverUrl,
    room,
    reviewer: { name: 'A', color: '#336699' },
    network,
    webSocket: WebSocket,
    disableBroadcast: true
  })
  return { connection, network }
}

/** One run in a fresh room: seed, open B, A and C, A edits offline, reconnect, time. */
export async function runOfflineMerge(
  browser: Browser,
  serverUrl: string,
  syncUrl: string,
  room: string,
  edits: number
): Promise<MergeRun> {
  await seedSample(serverUrl, room)
  const marker = `MARKER-${room}-${Math.random().toString(36).slice(2, 10)}`
  const page = await openReviewerB(browser, serverUrl, room)
  const { connection, network } = openReviewerA(serverUrl, room)
  let observer: TestClient | null = null
  try {
    const c = createClient(syncUrl, room)
    observer = c
    await c.synced()
    await waitFor(() => connection.getState().synced, 'A to sync', TIMEOUT_MS)
    network.set(false)
    await waitFor(() => connection.getState().link === 'offline', 'A to go offline')
    const editingStart = Date.now()
    makeOfflineEdits(connection.doc, edits, marker)
    const editingMs = Date.now() - editingStart
    if (hasMarker(c.doc, marker)) throw new Error('the marker reached C while A was offline')
    await page.evaluate(watchForMarker, marker)

    let nodeAt: number | null = null
    const handleUpdate = (): void => {
      if (nodeAt === null && hasMarker(c.doc, marker)) nodeAt = Date.now()
    }
    c.doc.on('update', handleUpdate)
    let ackedAt: number | null = null
    const stopAckWatch = connection.subscribe(() => {
      if (ackedAt === null && connection.getState().pending === 0) ackedAt = Date.now()
    })
    const reconnectAt = Date.now()
    network.set(true)
    await waitFor(() => nodeAt !== null, 'the marker to reach C', TIMEOUT_MS)
    await waitFor(() => ackedAt !== null, 'the server to acknowledge A', TIMEOUT_MS)
    stopAckWatch()
    await page.waitForFunction(markerAt, undefined, { timeout: TIMEOUT_MS, polling: 20 })
    const browserAt = (await page.evaluate(markerAt)) ?? Number.NaN
    c.doc.off('update', handleUpdate)
    return {
      edits,
      editingMs,
      browserMs: browserAt - reconnectAt,
      nodeMs: (nodeAt ?? Number.NaN) - reconnectAt,
      ackedMs: (ackedAt ?? Number.NaN) - reconnectAt
    }
  } finally {
    observer?.destroy()
    connection.destroy()
    await page.context().close()
  }
}
