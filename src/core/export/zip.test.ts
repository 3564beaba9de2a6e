import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zipStore, zipTime } from './zip'

/** The MS-DOS time and date fields of the archive's first local header. */
function firstEntryStamp(zip: Uint8Array): { time: number; date: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  return { time: view.getUint16(10, true), date: view.getUint16(12, true) }
}

describe('zipStore', () => {
  it('writes an archive an independent unzipper reads back, UTF-8 names included', () => {
    const encoder = new TextEncoder()
    const zip = zipStore(
      [
        { path: 'a.txt', data: encoder.encode('hello') },
        { path: 'dir/ü-€.xml', data: encoder.encode('<x>€</x>') },
        { path: 'empty', data: new Uint8Array() }
      ],
      '2025-11-20T16:00:00.000Z'
    )
    const files = unzipSync(zip)
    expect(Object.keys(files)).toEqual(['a.txt', 'dir/ü-€.xml', 'empty'])
    expect(strFromU8(files['dir/ü-€.xml'] ?? new Uint8Array())).toBe('<x>€</x>')
    expect(files.empty?.length).toBe(0)
    // Stored, not deflated: compression method 0 in the first local header.
    expect(new DataView(zip.buffer, zip.byteOffset).getUint16(8, true)).toBe(0)
  })

  it('dates entries from the ISO time in UTC, clamping before 1980', () => {
    const zip = zipStore([{ path: 'a', data: new Uint8Array([1]) }], '2025-11-20T16:00:10Z')
    expect(firstEntryStamp(zip)).toEqual({
      time: (16 << 11) | (0 << 5) | 5,
      date: (45 << 9) | (11 << 5) | 20
    })
    expect(zipTime('1970-01-01T00:00:00Z').getFullYear()).toBe(1980)
  })
})
