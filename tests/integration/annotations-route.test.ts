// POST /api/rooms/ROOM/annotations through the real server: a collection exported from one room
// re-anchors in another room with the same text, reaches connected reviewers live, and a bad
// collection changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readClaims } from '../../src/collab/claims/claims-doc'
import { readSourceLibrary } from '../../src/collab/claims/source-library-doc'
import { createClient } from '../support/clients'
import { sampleBriefingText } from '../support/export-fixture'
import * as Y from 'yjs'
import { buildSampleRoom } from '../support/export-fixture'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'
import { waitFor } from '../support/wait-for'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
  await server.storage.appendUpdate('reviewed', Y.encodeStateAsUpdate(buildSampleRoom()))
})

afterAll(async () => {
  await server.close()
})

async function seed(room: string): Promise<void> {
  const response = await fetch(`${server.url}/api/rooms/${room}/briefing`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: sampleBriefingText()
  })
  expect(response.status).toBe(201)
}

function postCollection(room: string, body: string, type = 'application/ld+json') {
  return fetch(`${server.url}/api/rooms/${room}/annotations`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body
  })
}

describe('POST /api/rooms/ROOM/annotations', () => {
  it('re-anchors an exported collection in a fresh room and shows it to a connected reviewer', async () => {
    const exported = await fetch(`${server.url}/api/rooms/reviewed/export?format=json`)
    const collection = await exported.text()
    const original = readClaims(buildSampleRoom())
    await seed('reimported')
    const reviewer = createClient(server.syncUrl, 'reimported')
    await reviewer.synced()

    const response = await postCollection('reimported', collection)
    expect(response.status).toBe(200)
    const report = (await response.json()) as { created: number; unanchored: unknown[] }
    expect(report.created).toBe(original.length)
    await waitFor(
      () => readClaims(reviewer.doc).length === original.length,
      'the imported claims to reach the connected reviewer'
    )
    const byId = new Map(readClaims(reviewer.doc).map((claim) => [claim.id, claim]))
    for (const claim of original) {
      expect(byId.get(claim.id)?.status).toBe(claim.status)
      expect(byId.get(claim.id)?.sourceIds).toEqual(claim.sourceIds)
    }
    expect(readSourceLibrary(reviewer.doc).length).toBeGreaterThan(0)
    // The import is one entry of the room's activity, not one per claim it wrote.
    const activity = await fetch(`${server.url}/api/rooms/reimported/activity`)
    const { activity: entries } = (await activity.json()) as {
      activity: { kind: string; detail: Record<string, unknown> }[]
    }
    expect(entries.filter((entry) => entry.kind === 'annotations-imported')).toEqual([
      expect.objectContaining({
        detail: { created: original.length, unanchored: report.unanchored.length }
      })
    ])
    reviewer.destroy()
  })

  it.each([
    ['not JSON', '{"type": ', 'application/ld+json', 400, 'not JSON'],
    ['a foreign JSON document', '{"hello": "world"}', 'application/json', 400, ''],
    ['the wrong content type', '{}', 'text/plain', 415, 'application/ld+json']
  ])('refuses %s and leaves the room untouched', async (_label, body, type, status, reason) => {
    await seed(`refused-${status}-${type.length}`)
    const room = `refused-${status}-${type.length}`
    const response = await postCollection(room, body, type)
    expect(response.status).toBe(status)
    const { error } = (await response.json()) as { error: string }
    expect(error).toContain(reason)
    const reviewer = createClient(server.syncUrl, room)
    await reviewer.synced()
    expect(readClaims(reviewer.doc)).toEqual([])
    reviewer.destroy()
  })

  it('refuses an invalid room name and other methods', async () => {
    expect((await postCollection('bad%20room', '{}')).status).toBe(400)
    const get = await fetch(`${server.url}/api/rooms/x/annotations`)
    expect(get.status).toBe(405)
  })
})
