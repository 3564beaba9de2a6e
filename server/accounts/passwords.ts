/**
 * Password hashes: scrypt (memory-hard) from Node's own crypto, with a
 * random salt per password. The cost parameters are stored in each hash, so
 * they can be raised later without breaking the hashes already stored.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import type { Message } from '../../src/core/i18n/message'
import { message } from '../../src/core/i18n/message'

/** scrypt's cost: 2^15 rounds of 8 blocks, 32 MiB of memory per hash. */
export const SCRYPT_COST = { log2N: 15, r: 8, p: 1 } as const

const KEY_BYTES = 32
const SALT_BYTES = 16

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10
/** The longest: scrypt takes any length, but a megabyte of "password" is an attack. */
export const MAX_PASSWORD_LENGTH = 1024

function derive(
  password: string,
  salt: Buffer,
  cost: { log2N: number; r: number; p: number }
): Promise<Buffer> {
  const N = 2 ** cost.log2N
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_BYTES,
      { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key))
    )
  })
}

/** Why a new password is not accepted, or undefined when it is. */
export function passwordProblem(password: string): Message | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return message('server.account.passwordTooShort', { min: MIN_PASSWORD_LENGTH })
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return message('server.account.passwordTooLong', { max: MAX_PASSWORD_LENGTH })
  }
  return undefined
}

/** Hashes a password as `scrypt$15$8$1$SALT$KEY` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(password, salt, SCRYPT_COST)
  const { log2N, r, p } = SCRYPT_COST
  return ['scrypt', log2N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** True when `password` matches `stored`; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const cost = { log2N: Number(log2N), r: Number(r), p: Number(p) }
  if (![cost.log2N, cost.r, cost.p].every((n) => Number.isInteger(n) && n > 0 && n < 32)) {
    return false
  }
  if (password.length > MAX_PASSWORD_LENGTH) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), cost)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A hash no password matches, checked for unknown emails so they take as long as known ones. */
let decoy: Promise<string> | undefined
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'))
  return decoy
}
