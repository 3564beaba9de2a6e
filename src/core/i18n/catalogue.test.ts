import { describe, expect, it } from 'vitest'
import { de } from './catalogue/de'
import { en } from './catalogue/en'

type Tree = { readonly [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') found.set(path, value)
    else for (const [p, v] of leaves(value, path)) found.set(p, v)
  }
  return found
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort()
}

const english = leaves(en)
const german = leaves(de)

describe('the catalogues', () => {
  it('have exactly the same keys in English and German', () => {
    expect([...german.keys()].filter((key) => !english.has(key))).toEqual([])
    expect([...english.keys()].filter((key) => !german.has(key))).toEqual([])
  })

  it('leave no message empty', () => {
    const empty = [...english, ...german].filter(([, text]) => text.trim() === '')
    expect(empty.map(([key]) => key)).toEqual([])
  })

  it('name the same values in both languages', () => {
    const differing = [...english].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(german.get(key) ?? '').join()
    )
    expect(differing.map(([key]) => key)).toEqual([])
  })

  it('give every plural both its forms', () => {
    for (const catalogue of [english, german]) {
      for (const key of catalogue.keys()) {
        if (key.endsWith('_one')) expect(catalogue.has(key.replace(/_one$/, '_other'))).toBe(true)
        if (key.endsWith('_other')) expect(catalogue.has(key.replace(/_other$/, '_one'))).toBe(true)
      }
    }
  })
})
