import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/translator'
import { addComment } from './comments'
import { validateReviewer, validateStatement } from './limits'
import { confirmationFor, createClaim, sendBackFor, setStatus } from './operations'
import type { Result } from './result'
import { validateNewSource } from './source-library'
import { unwrap } from '../../../tests/support/result'

const NOW = '2026-03-01T10:00:00.000Z'
const de = translator('de')

function german(result: Result<unknown>): string {
  if (result.ok) throw new Error('expected a refusal')
  return de.text(result.reason)
}

describe('refusals in German', () => {
  it('name the field and the limit, with German number formatting', () => {
    expect(german(validateStatement(' '))).toBe('Die Aussage der Behauptung darf nicht leer sein.')
    expect(german(validateStatement('x'.repeat(2001)))).toBe(
      'Die Aussage der Behauptung ist 2.001 Zeichen lang; erlaubt sind 2.000.'
    )
    expect(german(validateReviewer('the reviewer', ' '))).toBe('Die Prüfer:in braucht einen Namen.')
    expect(german(addComment({ id: 'm1', author: 'Ana', now: NOW, text: '' }))).toBe(
      'Der Kommentar darf nicht leer sein.'
    )
  })

  it('place the status label in the sentence in German', () => {
    const claim = unwrap(createClaim({ id: 'c1', quote: 'q', author: 'Ana', now: NOW }))
    const again = setStatus(claim, { changeId: 's1', to: 'unverified', author: 'Ana', now: NOW })
    expect(german(again)).toBe('Die Behauptung hat bereits den Status „Ungeprüft“.')
    expect(german(confirmationFor(claim, { changeId: 's2', author: 'Ben', now: NOW }))).toBe(
      'Nur eine verifizierte Behauptung kann bestätigt werden.'
    )
    expect(german(sendBackFor(claim, { changeId: 's3', author: 'Ben', now: NOW }))).toBe(
      'Nur eine Verifizierung, die auf die Zweitprüfung wartet, kann zurückgeschickt werden.'
    )
  })

  it('quote what the reviewer typed with German quotation marks', () => {
    expect(german(validateNewSource({ name: '', url: 'ftp://files.example/x' }, []))).toBe(
      'Nur http- und https-Links können Quellen sein; „ftp://files.example/x“ ist keiner.'
    )
  })

  it('keep the English message beside the German reason', () => {
    const refused = createClaim({ id: 'c', quote: '  ', author: 'Ana', now: NOW })
    expect(refused).toMatchObject({ ok: false, message: 'Select some text to make a claim.' })
    expect(german(refused)).toBe('Wählen Sie Text aus, um eine Behauptung zu markieren.')
  })
})
