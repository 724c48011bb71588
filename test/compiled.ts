/**
 * The compiled hub and CLI (dist/), for the tests that run them as users do (`npm start`, the
 * `shieldwall` bin). `npm install` builds dist/; a test run after a change to the sources rebuilds
 * it first (incrementally, once, under a lock: suites run in parallel processes), so these tests
 * never run yesterday's JavaScript.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..')
export const DIST_MAIN = join(ROOT, 'dist', 'src', 'main.js')
export const BIN = join(ROOT, 'cli', 'shieldwall.mjs')
/** Written by scripts/build.ts at the end of a successful build. */
const STAMP = join(ROOT, 'dist', '.built')
const LOCK = join(ROOT, 'dist', '.building')

const mtime = (path: string): number => {
  try {
    return statSync(path).mtimeMs
  } catch {
    return 0
  }
}

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (!/\.test(-helper)?\.ts$/.test(entry.name)) newest = Math.max(newest, mtime(path))
  }
  return newest
}

const sourcesOf = ['src', 'cli', 'scripts'].map((d) => join(ROOT, d))
const configs = ['package.json', 'tsconfig.json', 'tsconfig.build.json'].map((f) => join(ROOT, f))
const isStale = (): boolean => mtime(STAMP) < Math.max(...sourcesOf.map(newestSource), ...configs.map(mtime))

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/** Builds dist/ if any source is newer than the last build. */
export function ensureBuilt(): void {
  if (!isStale()) return
  mkdirSync(join(ROOT, 'dist'), { recursive: true })
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch {
      if (Date.now() - mtime(LOCK) > 300_000) rmSync(LOCK, { recursive: true, force: true }) // left by a killed run
      else sleep(200)
    }
  }
  try {
    if (isStale()) execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] })
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}
