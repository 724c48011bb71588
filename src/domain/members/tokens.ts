import { createHash, randomBytes } from 'node:crypto'

/** 256 random bits, prefixed so that secret scanners recognise a leaked token. */
export const newRawToken = (): string => `sw_${randomBytes(32).toString('base64url')}`

/**
 * Tokens carry 256 bits of entropy, so a fast hash is enough: there is nothing to brute-force,
 * and authentication stays one indexed lookup.
 */
export const hashToken = (raw: string): string => createHash('sha256').update(raw, 'utf8').digest('hex')

export const looksLikeToken = (raw: string): boolean => /^sw_[A-Za-z0-9_-]{43}$/.test(raw)
