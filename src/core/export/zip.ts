/**
 * A store-only ZIP writer: enough for an OOXML package, which Word and LibreOffice open whether
 * or not its parts are compressed. Pure, so the DOCX exporter stays in the core.
 */

/** One file to store: its path inside the archive and its bytes. */
export interface ZipEntry {
  readonly path: string
  readonly data: Uint8Array
}

const CRC_TABLE = buildCrcTable()

function buildCrcTable(): Uint32Array {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
}

/** CRC-32 (ISO 3309, the polynomial ZIP uses) of `data`. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  // An indexed loop: the byte iterator costs several times more over a megabytes-long part.
  for (let i = 0; i < data.length; i++) {
    crc = (CRC_TABLE[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8)
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** MS-DOS time and date fields for an ISO time (UTC), clamped to the format's 1980 start. */
export function dosDateTime(iso: string): { time: number; date: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso)
  if (!m || Number(m[1]) < 1980) return { time: 0, date: (1 << 5) | 1 }
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  return {
    time: (hour << 11) | (minute << 5) | Math.floor(second / 2),
    date: ((year - 1980) << 9) | (month << 5) | day
  }
}

/** A ZIP archive holding `entries` uncompressed, in the given order, dated `modifiedAt`. */
export function zipStore(entries: readonly ZipEntry[], modifiedAt: string): Uint8Array {
  const { time, date } = dosDateTime(modifiedAt)
  const encoder = new TextEncoder()
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = encoder.encode(entry.path)
    const crc = crc32(entry.data)
    const fields = { name, crc, size: entry.data.length, time, date }
    const local = localHeader(fields)
    central.push(centralHeader(fields, offset))
    chunks.push(local, entry.data)
    offset += local.length + entry.data.length
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0)
  const end = endOfCentralDirectory(entries.length, centralSize, offset)
  return concat([...chunks, ...central, end])
}

interface EntryFields {
  readonly name: Uint8Array
  readonly crc: number
  readonly size: number
  readonly time: number
  readonly date: number
}

// General purpose flag bit 11: names are UTF-8.
const UTF8_FLAG = 0x0800

function localHeader(f: EntryFields): Uint8Array {
  const out = new Uint8Array(30 + f.name.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, 0x04034b50, true)
  view.setUint16(4, 20, true) // version needed: 2.0
  view.setUint16(6, UTF8_FLAG, true)
  view.setUint16(8, 0, true) // method: stored
  view.setUint16(10, f.time, true)
  view.setUint16(12, f.date, true)
  view.setUint32(14, f.crc, true)
  view.setUint32(18, f.size, true)
  view.setUint32(22, f.size, true)
  view.setUint16(26, f.name.length, true)
  view.setUint16(28, 0, true)
  out.set(f.name, 30)
  return out
}

function centralHeader(f: EntryFields, offset: number): Uint8Array {
  const out = new Uint8Array(46 + f.name.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, 0x02014b50, true)
  view.setUint16(4, 20, true) // made by: 2.0, MS-DOS attributes
  view.setUint16(6, 20, true)
  view.setUint16(8, UTF8_FLAG, true)
  view.setUint16(10, 0, true)
  view.setUint16(12, f.time, true)
  view.setUint16(14, f.date, true)
  view.setUint32(16, f.crc, true)
  view.setUint32(20, f.size, true)
  view.setUint32(24, f.size, true)
  view.setUint16(28, f.name.length, true)
  // Extra, comment, disk number, internal and external attributes stay zero.
  view.setUint32(42, offset, true)
  out.set(f.name, 46)
  return out
}

function endOfCentralDirectory(count: number, size: number, offset: number): Uint8Array {
  const out = new Uint8Array(22)
  const view = new DataView(out.buffer)
  view.setUint32(0, 0x06054b50, true)
  view.setUint16(8, count, true)
  view.setUint16(10, count, true)
  view.setUint32(12, size, true)
  view.setUint32(16, offset, true)
  return out
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
