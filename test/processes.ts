/**
 * Several real hub processes (`node --import tsx src/main.ts`) on one PostgreSQL schema and one
 * NATS JetStream stream of their own, as production runs them. Each test cluster gets a fresh
 * schema and a fresh stream and subject prefix, removed by close().
 *
 * Written to be extended: a check that a deadline fires once across processes (issue 4's
 * deadline runner) starts a cluster the same way, drives time through the API, and counts the
 * resulting events on subscribers of every process.
 */
import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { dropPgSchema } from '../src/store/db'

export const PG_URL = process.env.TEST_DATABASE_URL || null
export const NATS_URL = process.env.TEST_NATS_URL || null

export interface HubProcess {
  name: string
  /** http://127.0.0.1:<port> */
  url: string
  child: ChildProcess
  output(): string
  stop(): Promise<number | null>
}

export async function startHubProcess(name: string, env: Record<string, string>): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', PROCESS_NAME: name, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening on (http:\/\/\S+)/.exec(out)
      if (m) {
        clearInterval(timer)
        resolve(m[1]!)
      } else if (child.exitCode !== null) {
        clearInterval(timer)
        reject(new Error(`${name} exited early: ${out}`))
      }
    }, 50)
  })
  return {
    name,
    url,
    child,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}

export interface Cluster {
  processes: HubProcess[]
  adminToken: string
  /** What every process was started with (DATABASE_URL, DATABASE_SCHEMA, NATS_…). */
  env: Record<string, string>
  close(): Promise<void>
}

/** The environment of a fresh hub on a schema and a stream of its own, and what removes them. */
export function freshClusterEnv(): { tag: string; env: Record<string, string>; remove(): Promise<void> } {
  if (!PG_URL || !NATS_URL) throw new Error('TEST_DATABASE_URL and TEST_NATS_URL are needed')
  const [pgUrl, natsUrl] = [PG_URL, NATS_URL]
  const tag = randomBytes(5).toString('hex')
  const env = {
    DATABASE_URL: pgUrl,
    DATABASE_SCHEMA: `sc_${tag}`,
    NATS_URL: natsUrl,
    NATS_STREAM: `SW_TEST_${tag}`,
    NATS_SUBJECT_PREFIX: `swtest_${tag}.events`,
  }
  const remove = async () => {
    await dropPgSchema(pgUrl, env.DATABASE_SCHEMA)
    const nc = await connect({ servers: natsUrl })
    try {
      await (await jetstreamManager(nc)).streams.delete(env.NATS_STREAM)
    } catch {
      // never created: nothing to delete
    }
    await nc.close()
  }
  return { tag, env, remove }
}

/** `n` hub processes sharing a fresh schema and stream; the first one sets the hub up. `extraEnv` goes to every process. */
export async function startCluster(n: number, extraEnv: Record<string, string> = {}): Promise<Cluster> {
  const { tag, env, remove } = freshClusterEnv()
  const processes: HubProcess[] = []
  const close = async () => {
    await Promise.all(processes.map((p) => p.stop()))
    await remove()
  }
  try {
    // One after the other: the first start migrates and creates the hub and its first admin.
    for (let i = 0; i < n; i++) processes.push(await startHubProcess(`hub-${tag}-${i}`, { ...env, ...extraEnv }))
    const adminToken = /sw_[A-Za-z0-9_-]{43}/.exec(processes[0]!.output())?.[0]
    if (!adminToken) throw new Error(`the first process printed no admin token: ${processes[0]!.output()}`)
    return { processes, adminToken, env, close }
  } catch (err) {
    await close()
    throw err
  }
}
