/**
 * Passkey sign-in as the hub does it (options with a stored challenge, then the assertion: the
 * challenge taken, the credential looked up, @simplewebauthn/server's verification, the counter
 * and the audit entry written) against the raw baseline of the same ES256 signature checked with
 * node:crypto alone. A software authenticator signs the assertions; SQLite file store.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isoCBOR } from '@simplewebauthn/server/helpers'
import { ManualClock } from '../src/core/clock'
import type { Deps } from '../src/domain/deps'
import { members } from '../src/domain/members'
import { passkeys, type RelyingParty } from '../src/domain/passkeys'
import { openBenchStore } from './bench-store'
import { fmt, percentile } from './stats'

const N = 300
const RP: RelyingParty = { id: 'localhost', name: 'Shieldwall', origins: ['http://localhost:8080'] }
const b64u = (b: Buffer) => b.toString('base64url')

/** The COSE form of a P-256 public key, as an authenticator registers it. */
function coseKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' })
  const map = new Map<number, number | Uint8Array>([[1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x!, 'base64url')], [-3, Buffer.from(jwk.y!, 'base64url')]])
  return Buffer.from(isoCBOR.encode(map as never))
}

/** What an authenticator answers to a challenge: authenticator data, client data, signature over both. */
function assertion(privateKey: KeyObject, credentialId: string, challenge: string, counter: number) {
  const authData = Buffer.concat([createHash('sha256').update(RP.id).digest(), Buffer.from([0x05]), Buffer.from([0, 0, (counter >> 8) & 255, counter & 255])])
  const clientData = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge, origin: RP.origins[0], crossOrigin: false }))
  const signed = Buffer.concat([authData, createHash('sha256').update(clientData).digest()])
  const signature = sign('sha256', signed, privateKey)
  return { signed, signature, response: { id: credentialId, rawId: credentialId, type: 'public-key' as const, clientExtensionResults: {}, response: { clientDataJSON: b64u(clientData), authenticatorData: b64u(authData), signature: b64u(signature) } } }
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sw-bench-passkey-'))
  const store = await openBenchStore('sqlite', dir, 'passkey')
  try {
    const deps: Deps = { db: store.db, clock: new ManualClock('2026-03-01T09:00:00.000Z'), events: { publish: async () => {} } }
    const first = await members.bootstrapHub(deps, { hubName: 'bench' })
    const userId = first!.admin.id
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const credentialId = b64u(randomBytes(32))
    await store.db
      .insertInto('webauthn_credential')
      .values({ id: 'bench-key', user_id: userId, credential_id: credentialId, public_key: b64u(coseKey(publicKey)), counter: 0, transports: '[]', device_type: 'singleDevice', backed_up: 0, name: 'bench', created_at: '2026-03-01T09:00:00.000Z', last_used_at: null })
      .execute()
    const from = { address: '127.0.0.1', userAgent: 'bench' }

    const hub: number[] = []
    const raw: number[] = []
    for (let i = 1; i <= N; i++) {
      const t0 = performance.now()
      const options = await passkeys.signInOptions(deps, RP)
      const a = assertion(privateKey, credentialId, options.challenge, i)
      const signedIn = await passkeys.verifySignIn(deps, RP, a.response, from)
      hub.push(performance.now() - t0)
      if (signedIn.userId !== userId) throw new Error('the bench signed in as someone else')
      // Baseline: the signature alone, checked by node:crypto (its signing time is not measured on either side).
      const t1 = performance.now()
      if (!verify('sha256', a.signed, publicKey, a.signature)) throw new Error('bad signature')
      raw.push(performance.now() - t1)
    }
    hub.sort((x, y) => x - y)
    raw.sort((x, y) => x - y)
    const p50 = percentile(hub, 50)
    const rawP50 = percentile(raw, 50)
    console.log(`passkey sign-in (options + verify, SQLite file), ${N} sign-ins: p50 ${fmt(p50, 2)} ms, p99 ${fmt(percentile(hub, 99), 2)} ms`)
    console.log(`raw ES256 verify (node:crypto): p50 ${fmt(rawP50, 3)} ms`)
    console.log(`ratio hub / raw signature check (p50): ${fmt(p50 / rawP50, 1)}x`)
  } finally {
    await store.cleanup()
    rmSync(dir, { recursive: true, force: true })
  }
}
