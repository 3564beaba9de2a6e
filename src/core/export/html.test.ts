import { describe, expect, it } from 'vitest'
import { claimOf, inputOf, paragraphOf } from '../../../tests/support/export-input'
import { exportHtml } from './html'
import { exportMarkdown } from './markdown'

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> & "quotes"'

function hostileInput(): ReturnType<typeof inputOf> {
  return inputOf({
    title: `Title ${HOSTILE}`,
    blocks: [paragraphOf([`Before ${HOSTILE} `], ['claimed <b onclick=x>', 'c1'])],
    claims: [
      claimOf('c1', 'claimed <b onclick=x>', { statement: HOSTILE, assignee: 'Eve <svg onload=x>' })
    ],
    comments: {
      c1: [
        { id: 'k', parentId: null, author: 'Eve', createdAt: '2025-01-01T00:00:00Z', text: HOSTILE }
      ]
    },
    library: [{ id: 'https://e.example/', name: HOSTILE, url: 'https://e.example/' }]
  })
}

describe('exportHtml', () => {
  it('exports a briefing containing markup as inert text', () => {
    const html = exportHtml(hostileInput())
    expect(html).not.toMatch(/<script/i)
    const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? []
    for (const tag of tags) expect(tag).not.toMatch(/\son[a-z]+\s*=/i)
    expect(tags.map((tag) => /^<([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase())).not.toContain('img')
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;'
    )
    expect(html).toContain('claimed &lt;b onclick=x&gt;')
  })

  it('forbids scripts in the page itself and styles for print', () => {
    const html = exportHtml(hostileInput())
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`
    )
    expect(html).toContain('@media print')
    expect(html).toContain('NOT VERIFIED · 3 open checks')
  })
})

describe('exportMarkdown', () => {
  it('escapes Markdown and HTML syntax in briefing text', () => {
    const md = exportMarkdown(
      inputOf({ blocks: [paragraphOf(['- not a list *or* [link](x) <b>'])] })
    )
    expect(md).toContain('\\- not a list \\*or\\* \\[link\\](x) \\<b\\>')
  })
})
