/**
 * Start-up, as people meet it: `shieldwall --help` and `shieldwall org list` (a fresh process
 * each, the compiled CLI) against the raw baseline `node -e 0` in the same run, and `npm start`
 * until `/readyz` answers 200 on a hub that is set up. Targets: CLI under 0.5 s, hub ready within 2 s.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BIN, ensureBuilt, ROOT } from '../test/compiled'
import { fmt, percentile } from './stats'

const RUNS = 7
const HUB_RUNS = 3

const seconds = (ms: number): string => `${fmt(ms / 1000, 3)} s`

function timedRun(args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, args, { env, cwd: ROOT, encoding: 'utf8' })
  const ms = performance.now() - t0
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`)
  return ms
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })

/** `npm start` until GET /readyz answers 200; then SIGTERM and wait for the exit. */
async function npmStartToReady(env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort()
  const t0 = performance.now()
  const child = spawn('npm', ['start'], { cwd: ROOT, env: { ...env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'ignore', detached: true })
  const exited = new Promise((resolve) => child.on('exit', resolve))
  try {
    for (;;) {
      if (performance.now() - t0 > 30_000) throw new Error('the hub was not ready within 30 s')
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false)
      if (ok) return performance.now() - t0
      await new Promise((r) => setTimeout(r, 10))
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM') // npm and the hub it started
    await exited
  }
}

interface Row {
  what: string
  samples: number[]
  baseline: number | null
  target: number | null
}

function printRows(rows: Row[]): void {
  console.log(`${'what'.padEnd(34)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}  ${'÷ node -e 0'.padStart(11)}  target`)
  for (const r of rows) {
    const sorted = [...r.samples].sort((a, b) => a - b)
    const median = percentile(sorted, 50)
    const ratio = r.baseline === null ? '' : `${fmt(median / r.baseline, 1)}×`
    const target = r.target === null ? '' : `< ${seconds(r.target)}: ${median < r.target ? 'met' : 'MISSED'}`
    console.log(`${r.what.padEnd(34)}${seconds(median).padStart(10)}${seconds(sorted[0]!).padStart(10)}${seconds(sorted.at(-1)!).padStart(10)}  ${ratio.padStart(11)}  ${target}`)
  }
}

export default async function cliStart(): Promise<void> {
  ensureBuilt()
  const dataDir = mkdtempSync(join(tmpdir(), 'shieldwall-bench-start-'))
  try {
    const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }
    timedRun([BIN, 'setup'], env)
    console.log(`node ${process.version}, ${RUNS} fresh processes each (${HUB_RUNS} for npm start); a shared machine: read the ratios`)
    const baseline: number[] = []
    const help: number[] = []
    const orgList: number[] = []
    // Interleaved, so that a burst of load elsewhere hits all three alike.
    for (let i = 0; i < RUNS; i++) {
      baseline.push(timedRun(['-e', '0'], env))
      help.push(timedRun([BIN, '--help'], env))
      orgList.push(timedRun([BIN, 'org', 'list'], env))
    }
    const hub: number[] = []
    for (let i = 0; i < HUB_RUNS; i++) hub.push(await npmStartToReady(env))
    const base = percentile([...baseline].sort((a, b) => a - b), 50)
    printRows([
      { what: 'node -e 0 (baseline)', samples: baseline, baseline: null, target: null },
      { what: 'shieldwall --help', samples: help, baseline: base, target: 500 },
      { what: 'shieldwall org list', samples: orgList, baseline: base, target: 500 },
      { what: 'npm start → /readyz 200', samples: hub, baseline: base, target: 2000 },
    ])
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
