/**
 * Session, token and invite secrets: 32 random bytes, shown once, stored only
 * as their SHA-256. A lookup by hash compares no secret byte by byte, so it
 * leaks nothing through timing; the secrets are too long to guess.
 */
import { createHash, randomBytes } from 'node:crypto'

/** What a secret is for, written in front of it so a leaked one is recognisable. */
export type SecretKind = 'session' | 'token' | 'invite'

const PREFIX: Readonly<Record<SecretKind, string>> = {
  session: 'cds',
  token: 'cdt',
  invite: 'cdi'
}

/** A new secret such as `cdt_3q2…`. */
export function newSecret(kind: SecretKind): string {
  return `${PREFIX[kind]}_${randomBytes(32).toString('base64url')}`
}

/** The form a secret is stored and looked up in. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** A new opaque id for a member. */
export function newMemberId(): string {
  return `m_${randomBytes(9).toString('base64url')}`
}
