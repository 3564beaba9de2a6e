import { describe, expect, it } from 'vitest'
import {
  MAX_COMMENT_LENGTH,
  MAX_SOURCE_NAME_LENGTH,
  MAX_STATEMENT_LENGTH,
  characterCount,
  validateAssignee,
  validateCommentText,
  validateQuote,
  validateReviewer,
  validateSourceName,
  validateStatement,
  validateStatusNote
} from './limits'

describe('limits', () => {
  it('are the ones the issue names', () => {
    expect([MAX_STATEMENT_LENGTH, MAX_COMMENT_LENGTH, MAX_SOURCE_NAME_LENGTH]).toEqual([
      2000, 5000, 300
    ])
  })

  it('count an emoji as one character', () => {
    expect(characterCount('👍')).toBe(1)
    expect(characterCount('a😀b')).toBe(3)
  })
})

describe('validateStatement', () => {
  it('trims and accepts a statement at the limit', () => {
    expect(validateStatement('  GDP grew 3%  ')).toEqual({ ok: true, value: 'GDP grew 3%' })
    expect(validateStatement('x'.repeat(2000)).ok).toBe(true)
  })

  it('refuses one character over with the count and the limit', () => {
    expect(validateStatement('x'.repeat(2001))).toMatchObject({
      ok: false,
      message: 'The claim statement is 2001 characters long; the limit is 2000.'
    })
  })

  it('refuses a blank statement', () => {
    expect(validateStatement(' \n\t ')).toMatchObject({
      ok: false,
      message: 'The claim statement cannot be empty.'
    })
  })
})

describe('validateQuote', () => {
  it('keeps the quote exactly as selected', () => {
    expect(validateQuote(' grew 3% ')).toEqual({ ok: true, value: ' grew 3% ' })
  })

  it('refuses an empty selection and one too long to be a statement', () => {
    expect(validateQuote('   ')).toMatchObject({
      ok: false,
      message: 'Select some text to make a claim.'
    })
    const long = validateQuote('y'.repeat(2001))
    expect(long.ok ? '' : long.message).toBe(
      'The selection is 2001 characters long; a claim can quote at most 2000.'
    )
  })
})

describe('validateCommentText and validateSourceName', () => {
  it('accept text at the limit and refuse one over', () => {
    expect(validateCommentText('c'.repeat(5000)).ok).toBe(true)
    expect(validateCommentText('c'.repeat(5001))).toMatchObject({
      ok: false,
      message: 'The comment is 5001 characters long; the limit is 5000.'
    })
    expect(validateSourceName('n'.repeat(300)).ok).toBe(true)
    expect(validateSourceName('n'.repeat(301))).toMatchObject({
      ok: false,
      message: 'The source name is 301 characters long; the limit is 300.'
    })
  })

  it('refuse blank text', () => {
    expect(validateCommentText('')).toMatchObject({
      ok: false,
      message: 'The comment cannot be empty.'
    })
    expect(validateSourceName(' ')).toMatchObject({
      ok: false,
      message: 'The source name cannot be empty.'
    })
  })
})

describe('validateStatusNote', () => {
  it('treats a missing or blank note as none', () => {
    expect(validateStatusNote(undefined)).toEqual({ ok: true, value: undefined })
    expect(validateStatusNote('  ')).toEqual({ ok: true, value: undefined })
  })

  it('trims a note and refuses one over the comment limit', () => {
    expect(validateStatusNote(' checked the PDF ')).toEqual({ ok: true, value: 'checked the PDF' })
    expect(validateStatusNote('n'.repeat(5001)).ok).toBe(false)
  })
})

describe('validateAssignee and validateReviewer', () => {
  it('treat null or blank as nobody', () => {
    expect(validateAssignee(null)).toEqual({ ok: true, value: null })
    expect(validateAssignee('   ')).toEqual({ ok: true, value: null })
  })

  it('clean a name the way reviewer names are cleaned', () => {
    expect(validateAssignee('  Ana   María ')).toEqual({ ok: true, value: 'Ana María' })
  })

  it('refuse a name over 64 characters with a message', () => {
    expect(validateAssignee('a'.repeat(64)).ok).toBe(true)
    expect(validateAssignee('a'.repeat(65))).toMatchObject({
      ok: false,
      message: "The assignee's name is 65 characters long; the limit is 64."
    })
  })

  it('refuse a name made only of control characters', () => {
    expect(validateReviewer('the author', '\u0007\u0001')).toMatchObject({
      ok: false,
      message: 'The author needs a name.'
    })
  })
})
