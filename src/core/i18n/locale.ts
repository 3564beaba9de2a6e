/** The languages Claimdesk speaks, and how a language is chosen from what a system prefers. */

/** Locale ids, also the values of `?lang=` and of the export's `lang` parameter. */
export const LOCALES = ['en', 'de'] as const

/** One of the languages Claimdesk is translated into. */
export type Locale = (typeof LOCALES)[number]

/** The language used when nothing asks for another. */
export const DEFAULT_LOCALE: Locale = 'en'

/** True when `value` names one of Claimdesk's languages exactly ("de", not "de-AT"). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/**
 * The first of `tags` (BCP 47, best first, as `navigator.languages` or Accept-Language list
 * them) that Claimdesk speaks, by primary subtag: "de-AT" gives German. English otherwise.
 */
export function matchLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
    if (isLocale(primary)) return primary
  }
  return DEFAULT_LOCALE
}

/** The language tags of an Accept-Language header, best first (q=0 entries left out). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return []
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.tag.length > 0 && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag)
}
