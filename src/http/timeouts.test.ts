import { connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../core/logger'
import { startTestHub, type TestHub } from '../../test/hub'
import type { HubApp } from '../surfaces/surface'
import { apiSurface } from './api-surface'
import { buildApp } from './app'

/** Resolves with what the server sent once it closes the connection. */
function closed(socket: Socket): Promise<string> {
  let got = ''
  socket.on('data', (d: Buffer) => (got += d.toString('latin1')))
  return new Promise((resolve) => socket.on('close', () => resolve(got)))
}

describe('HTTP server timeouts', () => {
  let t: TestHub
  let app: HubApp
  let port = 0

  beforeAll(async () => {
    t = await startTestHub('sqlite')
    app = await buildApp({
      deps: t.hub.deps,
      logger: createLogger('silent'),
      bodyLimit: 1024,
      ready: async () => true,
      timeouts: { headersMs: 300, requestMs: 800, keepAliveMs: 300 },
      surfaces: [apiSurface],
    })
    await app.listen({ host: '127.0.0.1', port: 0 })
    port = (app.server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const open = () => connect({ host: '127.0.0.1', port })

  it('cuts a client that trickles its request head (slowloris)', { timeout: 10_000 }, async () => {
    const socket = open()
    const done = closed(socket)
    socket.write('GET /healthz HTTP/1.1\r\nHost: hub\r\n')
    const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 100)
    const answer = await done
    clearInterval(drip)
    expect(answer).toMatch(/^HTTP\/1\.1 408|^$/)
  })

  it('cuts a client that never finishes its body', { timeout: 10_000 }, async () => {
    const socket = open()
    const done = closed(socket)
    socket.write('POST /api/v1/intel/lookup HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"values":[')
    const drip = setInterval(() => socket.writable && socket.write(' '), 100)
    await done
    clearInterval(drip)
  })

  it('closes an idle keep-alive connection after answering', { timeout: 10_000 }, async () => {
    const socket = open()
    const done = closed(socket)
    socket.write('GET /healthz HTTP/1.1\r\nHost: hub\r\n\r\n')
    expect(await done).toMatch(/^HTTP\/1\.1 200/)
  })
})
