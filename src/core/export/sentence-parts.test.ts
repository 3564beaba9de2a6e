import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/translator'
import { sentenceParts } from './sentence-parts'

describe('sentenceParts', () => {
  it('cuts the sentence where the translation puts the value', () => {
    for (const [locale, words] of [
      ['en', 'Claim 3: '],
      ['de', 'Behauptung 3: ']
    ] as const) {
      expect(
        sentenceParts(translator(locale), 'exportText.summary.claimLine', { number: 3 }, [
          'verdict'
        ])
      ).toEqual([{ text: words }, { slot: 'verdict' }])
    }
  })

  it('keeps words on both sides of a value', () => {
    expect(
      sentenceParts(translator('en'), 'exportText.claims.footnote', { statement: 'It rose.' }, [
        'verdict'
      ])
    ).toEqual([{ slot: 'verdict' }, { text: ': It rose.' }])
  })
})
