import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { crc32, dosDateTime, zipStore } from './zip'

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
  })
})

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
  })

  it('dates entries from the ISO time, clamping before 1980', () => {
    expect(dosDateTime('2025-11-20T16:00:10Z')).toEqual({
      time: (16 << 11) | (0 << 5) | 5,
      date: (45 << 9) | (11 << 5) | 20
    })
    expect(dosDateTime('1970-01-01T00:00:00Z')).toEqual({ time: 0, date: 33 })
  })
})
