/** XML text that is always well-formed: escaped, and without characters XML 1.0 forbids. */

// Controls other than tab, newline and return, lone surrogates, and U+FFFE/U+FFFF.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}

/** `text` escaped for XML content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  // One pass for the five escapes: no replacement is re-scanned, so `&` need not go first.
  return text
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char)
}
