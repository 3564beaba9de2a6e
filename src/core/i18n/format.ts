/** Dates and numbers as each language writes them (through Intl, never by hand). */
import type { Locale } from './locale'

const TAGS: Readonly<Record<Locale, string>> = { en: 'en-GB', de: 'de-DE' }

/** The BCP 47 tag Intl formats a locale with. */
export function intlTag(locale: Locale): string {
  return TAGS[locale]
}

/** "18 Nov 2025, 09:30" / "18.11.2025, 09:30" in the reader's time zone; unreadable input as is. */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone === undefined ? {} : { timeZone })
  }).format(date)
}

/** "1,234.5" / "1.234,5". */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value)
}
