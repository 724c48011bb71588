import { spawn } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { BIN, ensureBuilt } from '../test/compiled'

/** `shieldwall vocab | head -1`: a reader that stops early closes the pipe, and the CLI ends quietly. */
describe('the shieldwall bin writing into a pipe closed early', () => {
  beforeAll(() => ensureBuilt(), 300_000)

  it('ends with exit code 0 and nothing on stderr', async () => {
    const child = spawn(process.execPath, [BIN, 'vocab'], { env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    // Close our end before it writes, as `head -1` has once it read its line.
    child.stdout.destroy()
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|Error/)
    expect(code).toBe(0)
  })
})
