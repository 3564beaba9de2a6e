/**
 * The DOCX package's ZIP, written by fflate with every part stored uncompressed: Word and
 * LibreOffice open an OOXML package either way, and storing keeps a large export fast.
 */
import { zipSync, type Zippable } from 'fflate'

/** One file to store: its path inside the archive and its bytes. */
export interface ZipEntry {
  readonly path: string
  readonly data: Uint8Array
}

/**
 * The time to stamp on entries for an ISO time: ZIP keeps local wall-clock fields without a
 * zone, and fflate reads them from a Date's local fields, so the UTC fields are moved there
 * (the same bytes in every time zone). ZIP times start in 1980; earlier ones are clamped.
 */
export function zipTime(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso)
  if (!m || Number(m[1]) < 1980) return new Date(1980, 0, 1)
  const [year = 1980, month = 1, day, hour, minute, second] = m.slice(1).map(Number)
  return new Date(year, month - 1, day, hour, minute, second)
}

/** A ZIP archive holding `entries` uncompressed, in the given order, dated `modifiedAt`. */
export function zipStore(entries: readonly ZipEntry[], modifiedAt: string): Uint8Array {
  const mtime = zipTime(modifiedAt)
  const files: Zippable = {}
  for (const entry of entries) files[entry.path] = [entry.data, { level: 0, mtime }]
  return zipSync(files, { level: 0, mtime })
}
