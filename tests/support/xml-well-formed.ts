/**
 * A small XML well-formedness check for test output (no XML parser is installed): one root,
 * balanced and properly nested tags, quoted attributes without '<', and only the five named
 * entities or numeric references. Returns the first problem, or null.
 */
const NAME = '[A-Za-z_][\\w.:-]*'
const TOKEN = new RegExp(
  `<\\?xml[^?]*\\?>|<!--[\\s\\S]*?-->|<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<|[^<]+`,
  'g'
)
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/

/** The first well-formedness problem in `xml`, or null. */
export function xmlProblem(xml: string): string | null {
  const open: string[] = []
  let roots = 0
  for (const match of xml.matchAll(TOKEN)) {
    const [token, closing, name, attributes, selfClosing] = match
    if (token === '<') return `stray "<" at ${match.index}`
    if (name === undefined) {
      if (!token.startsWith('<') && ENTITY.test(token)) return `bad entity near ${match.index}`
      if (!token.startsWith('<') && open.length === 0 && token.trim())
        return 'text outside the root'
      continue
    }
    if (attributes && ENTITY.test(attributes)) return `bad entity in <${name}>`
    const names = [...(attributes ?? '').matchAll(new RegExp(`(${NAME})\\s*=`, 'g'))].map(
      (m) => m[1]
    )
    if (new Set(names).size !== names.length) return `repeated attribute in <${name}>`
    if (closing) {
      if (open.pop() !== name) return `</${name}> does not close the open element`
    } else if (!selfClosing) {
      if (open.length === 0) roots += 1
      open.push(name)
    } else if (open.length === 0) roots += 1
  }
  if (open.length > 0) return `<${open.at(-1)}> is never closed`
  return roots === 1 ? null : `${roots} root elements`
}
