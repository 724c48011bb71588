import { createHash } from 'node:crypto'
import { canonicalJson } from '../../core/canonical-json'

/** One link of the audit chain; `hash` covers every other field and the previous hash. */
export interface AuditEntry {
  seq: number
  at: string
  actor: string
  actorOrg: string | null
  action: string
  subject: string
  detail: Record<string, unknown>
  prevHash: string
  hash: string
}

export const GENESIS_HASH = '0'.repeat(64)

export function hashEntry(e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256')
    .update(canonicalJson([e.seq, e.at, e.actor, e.actorOrg, e.action, e.subject, e.detail, e.prevHash]))
    .digest('hex')
}

export type VerifyResult = { ok: true; entries: number; head: string } | { ok: false; entries: number; brokenAt: number; reason: string }

/** Walks entries in order and names the first broken link. */
export async function verifyChain(entries: Iterable<AuditEntry> | AsyncIterable<AuditEntry>): Promise<VerifyResult> {
  let prev = GENESIS_HASH
  let expectedSeq = 1
  let count = 0
  for await (const e of entries) {
    count++
    if (e.seq !== expectedSeq) return { ok: false, entries: count, brokenAt: e.seq, reason: `expected entry ${expectedSeq}, found ${e.seq}` }
    if (e.prevHash !== prev) return { ok: false, entries: count, brokenAt: e.seq, reason: 'previous-hash link does not match the entry before it' }
    if (hashEntry(e) !== e.hash) return { ok: false, entries: count, brokenAt: e.seq, reason: 'entry content does not match its hash' }
    prev = e.hash
    expectedSeq++
  }
  return { ok: true, entries: count, head: prev }
}
