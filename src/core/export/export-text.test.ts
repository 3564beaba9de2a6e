/**
 * The exporters place escaped values into catalogue sentences, so those sentences must hold
 * no character HTML or Markdown would read as syntax, in either language.
 */
import { describe, expect, it } from 'vitest'
import { exportText as de } from '../i18n/catalogue/de/export-text'
import { exportText as en } from '../i18n/catalogue/en/export-text'

type Tree = { readonly [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path)
  })
}

// What escapeHtml and escapeInline escape, less '#', which is syntax only at a line's start.
const SYNTAX = /[<>&"'\\`*_{}[\]|~]/

// The dialog's words are React's to escape, and refusals are never exported.
const NOT_EXPORTED = ['dialog.', 'browser.', 'refusal.']

describe('the export words', () => {
  it.each([
    ['English', en],
    ['German', de]
  ])('hold no HTML or Markdown syntax in %s', (_language, catalogue) => {
    const words = leaves(catalogue).filter(([key]) => !NOT_EXPORTED.some((p) => key.startsWith(p)))
    const offending = words.filter(([, text]) => SYNTAX.test(text.replace(/\{\{[^}]*\}\}/g, '')))
    expect(offending).toEqual([])
  })
})
