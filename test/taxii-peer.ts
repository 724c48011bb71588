/**
 * A real TAXII 2.1 peer for feed tests: a second hub process (SQLite in a folder of its own) on a
 * fixed port, so that it can be stopped and started again at the same address with its data.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectionIdOf } from '../src/domain/intel'
import { generatedIndicator } from './intel-bundles'
import { startHubProcess, type HubProcess } from './processes'

export interface TaxiiPeer {
  /** The peer's default API root, e.g. http://127.0.0.1:40123/taxii2/api/ */
  apiRoot: string
  /** The collection of everything the peer's admin may see. */
  collectionId: string
  /** The peer's first admin token (its TAXII credentials). */
  token: string
  /** Imports indicators `from` … `from + count - 1` (GREEN) on the peer, in one import. */
  add(from: number, count: number): Promise<void>
  stop(): Promise<void>
  start(): Promise<void>
  close(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** The token the first start prints just after its listening line. */
async function firstAdminToken(proc: HubProcess): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const token = /sw_[A-Za-z0-9_-]{43}/.exec(proc.output())?.[0]
    if (token) return token
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`the peer printed no admin token: ${proc.output()}`)
}

export async function startTaxiiPeer(): Promise<TaxiiPeer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sw-peer-'))
  const port = await freePort()
  // The peer is a hub of its own: none of the test run's database or bus settings reach it.
  const env = { DATA_DIR: dataDir, PORT: String(port), ROLES: 'http', DATABASE_URL: '', NATS_URL: '' }
  let proc: HubProcess | null = await startHubProcess(`peer-${port}`, env)
  const token = await firstAdminToken(proc)
  const base = `http://127.0.0.1:${port}`
  return {
    apiRoot: `${base}/taxii2/api/`,
    collectionId: collectionIdOf({ kind: 'all' }),
    token,
    async add(from, count) {
      const objects = Array.from({ length: count }, (_, i) => generatedIndicator(from + i))
      const res = await fetch(`${base}/api/v1/intel/bundles?tlp=GREEN`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'bundle', id: `bundle--7e1d0000-0000-4000-8000-${String(from).padStart(12, '0')}`, objects }),
      })
      if (res.status !== 200) throw new Error(`peer import ${res.status}: ${await res.text()}`)
    },
    async stop() {
      await proc?.stop()
      proc = null
    },
    async start() {
      if (proc === null) proc = await startHubProcess(`peer-${port}`, env)
    },
    async close() {
      await proc?.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
