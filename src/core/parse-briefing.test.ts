import { describe, expect, it } from 'vitest'
import { translator } from './i18n/translator'
import { parseBriefing } from './parse-briefing'

const body = 'First paragraph of reporting.\nSecond paragraph, with a claim.'

describe('parseBriefing', () => {
  it('reads one paragraph per line and a German "Quellen:" list of "- Name: URL"', () => {
    const briefing = parseBriefing(
      `${body}\nQuellen:\n- Reuters: https://www.reuters.com/a\n- Deutsche Welle: https://www.dw.com/en/b`
    )
    expect(briefing.blocks).toEqual([
      { kind: 'paragraph', text: 'First paragraph of reporting.' },
      { kind: 'paragraph', text: 'Second paragraph, with a claim.' }
    ])
    expect(briefing.sources).toEqual([
      { name: 'Reuters', url: 'https://www.reuters.com/a' },
      { name: 'Deutsche Welle', url: 'https://www.dw.com/en/b' }
    ])
    expect(briefing.rejected).toEqual([])
  })

  it.each([
    ['Sources', '1. Alpha – https://a.example/x\n2. Beta - https://b.example/y'],
    ['Sources:', '1) Alpha — https://a.example/x\n* Beta: https://b.example/y'],
    ['quellen', '[Alpha](https://a.example/x)\n+ [Beta](https://b.example/y)'],
    ['## Sources', '- Alpha: https://a.example/x\n\n- Beta: https://b.example/y'],
    ['**Quellen:**', '- **Alpha**: https://a.example/x\n- Beta: https://b.example/y']
  ])('accepts heading %j with its list shape', (heading, list) => {
    const briefing = parseBriefing(`${body}\n${heading}\n${list}`)
    expect(briefing.sources.map((s) => s.name)).toEqual(['Alpha', 'Beta'])
    expect(briefing.sources.map((s) => s.url)).toEqual([
      'https://a.example/x',
      'https://b.example/y'
    ])
    expect(briefing.blocks).toHaveLength(2)
  })

  it('names a bare URL after its host', () => {
    const briefing = parseBriefing(`${body}\nSources\nhttps://www.ft.com/content/1e9a#frag`)
    expect(briefing.sources).toEqual([
      { name: 'ft.com', url: 'https://www.ft.com/content/1e9a#frag' }
    ])
  })

  it('keeps names that contain colons and URLs that contain dashes', () => {
    const briefing = parseBriefing(
      `${body}\nSources:\n- ITIF: China report: https://itif.org/2024/09/16/china-is-leading/`
    )
    expect(briefing.sources).toEqual([
      { name: 'ITIF: China report', url: 'https://itif.org/2024/09/16/china-is-leading/' }
    ])
  })

  it('rejects malformed source lines with their line number and reason, keeping the rest', () => {
    const briefing = parseBriefing(
      [
        'Only paragraph.',
        'Sources:',
        '- Good: https://good.example/a',
        '- No link here at all',
        '- Script: javascript:alert(1)',
        '- Mail: mailto:desk@example.org',
        '- Broken: https://',
        'ftp://files.example/x'
      ].join('\n')
    )
    expect(briefing.sources).toEqual([{ name: 'Good', url: 'https://good.example/a' }])
    expect(briefing.rejected.map((r) => r.line)).toEqual([4, 5, 6, 7, 8])
    expect(briefing.rejected[0]?.reason).toBe('no URL found on this line')
    expect(briefing.rejected[1]?.reason).toContain('not an http(s) URL')
    expect(briefing.rejected[1]?.text).toBe('- Script: javascript:alert(1)')
  })

  it('drops a repeated URL but keeps its first name', () => {
    const briefing = parseBriefing(
      `${body}\nSources:\n- A: https://x.example/1\n- Again A: https://x.example/1`
    )
    expect(briefing.sources).toEqual([{ name: 'A', url: 'https://x.example/1' }])
  })

  it('treats a briefing without a sources heading as all body', () => {
    const briefing = parseBriefing('Para one.\n- https://not-a-source-list.example\n')
    expect(briefing.sources).toEqual([])
    expect(briefing.blocks.map((b) => b.text)).toEqual([
      'Para one.',
      '- https://not-a-source-list.example'
    ])
  })

  it('uses the last sources heading when the word appears in the body too', () => {
    const briefing = parseBriefing(
      'Sources\nsay the plan is late.\nSources:\n- A: https://a.example'
    )
    expect(briefing.blocks.map((b) => b.text)).toEqual(['Sources', 'say the plan is late.'])
    expect(briefing.sources).toHaveLength(1)
  })

  it('joins wrapped Markdown lines and keeps headings once blank lines separate paragraphs', () => {
    const briefing = parseBriefing(
      '# Title\n\nA paragraph that is\nwrapped over lines.\n\nSecond one.\n\nSources:\n- A: https://a.example'
    )
    expect(briefing.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'A paragraph that is wrapped over lines.' },
      { kind: 'paragraph', text: 'Second one.' }
    ])
  })

  it('handles CRLF line ends, a byte-order mark and an empty sources section', () => {
    const briefing = parseBriefing('\uFEFFOne.\r\nTwo.\r\nQuellen\r\n')
    expect(briefing.blocks.map((b) => b.text)).toEqual(['One.', 'Two.'])
    expect(briefing.sources).toEqual([])
    expect(briefing.rejected).toEqual([])
  })

  it('returns nothing for empty text', () => {
    expect(parseBriefing('')).toEqual({ blocks: [], sources: [], rejected: [] })
    expect(parseBriefing('\n\n  \n')).toEqual({ blocks: [], sources: [], rejected: [] })
  })

  it('keeps markup as literal text: the parser never interprets HTML', () => {
    const briefing = parseBriefing('<script>alert(1)</script> said the mayor.')
    expect(briefing.blocks).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script> said the mayor.' }
    ])
  })
})

describe('parseBriefing in German', () => {
  it('gives each rejected line its reason as a message too', () => {
    const briefing = parseBriefing(
      ['Text.', 'Quellen:', '- Gar kein Link hier', '- Skript: javascript:x'].join('\n')
    )
    const de = translator('de')
    expect(briefing.rejected.map((r) => de.text(r.reasonMessage))).toEqual([
      'keine URL in dieser Zeile gefunden',
      '„javascript:x“ ist keine http(s)-URL'
    ])
    expect(briefing.rejected.map((r) => r.reason)).toEqual([
      'no URL found on this line',
      '"javascript:x" is not an http(s) URL'
    ])
  })
})
