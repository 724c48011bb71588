/** Enrolment links: one-time, short-lived, for one user; only their hash is stored. */
import { createHash, randomBytes } from 'node:crypto'

export const DEFAULT_ENROLMENT_TTL_MS = 24 * 3_600_000

/** 256 random bits. */
export const newEnrolmentToken = (): string => `se_${randomBytes(32).toString('base64url')}`
export const looksLikeEnrolmentToken = (raw: string): boolean => /^se_[A-Za-z0-9_-]{43}$/.test(raw)
export const hashEnrolmentToken = (raw: string): string => createHash('sha256').update(`enrolment:${raw}`, 'utf8').digest('hex')

/** Where a person opens their link: the console's page (it calls GET/POST /api/v1/enrolment/{token}). */
export const enrolmentLink = (publicUrl: string, raw: string): string => `${publicUrl.replace(/\/+$/, '')}/enrol/${raw}`

/** What an enrolment sets up; the sso helper adds 'passkey'. */
export const ENROLMENT_METHODS = ['password+totp'] as const
