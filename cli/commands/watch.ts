/**
 * `shieldwall watch`: the live feed in a terminal, one line per event. Reconnects by itself
 * (resuming after the last event it printed, so nothing is missed or printed twice) until
 * interrupted; stops on a refusal the server will not change its mind about (bad token, bad filter).
 */
import type { Command } from 'commander'
import WebSocket from 'ws'
import type { DomainEvent } from '../../src/bus/event'
import { CliUsageError, type CliIo } from '../io'
import { summarize } from './event-summary'
import { whoAmI } from '../remote'
import { wantsJson } from './members'

interface WatchOptions {
  url: string
  token?: string
  types?: string
  incident?: string
  request?: string
  after?: string
  count?: string
}

/** Close codes after which reconnecting cannot help. */
const FINAL = new Map([
  [4000, 'the hub refused a message'],
  [4001, 'the hub refused the token'],
])

const wholeNumber = (raw: string | undefined, flag: string): number | null => {
  if (raw === undefined) return null
  if (!/^\d+$/.test(raw)) throw new CliUsageError(`${flag} must be a whole number`)
  return Number(raw)
}

/** One human line: time, seq, TLP, type, what it is about, and what happened (or the payload, cut to fit). */
export function eventLine(e: DomainEvent): string {
  const about = Object.entries(e.subject).map(([k, v]) => `${k.replace(/Id$/, '')}=${v}`).join(' ')
  const payload = summarize(e) ?? JSON.stringify(e.payload)
  const exercise = e.exerciseId ? ` [exercise ${e.exerciseId}]` : ''
  return `${e.at}  #${e.seq}  ${e.marking.tlp.padEnd(12)}  ${e.type}${exercise}${about ? `  ${about}` : ''}  ${payload.length > 160 ? `${payload.slice(0, 157)}...` : payload}`
}

/** Says that the feed is live: on the first connection, and on each reconnection (from where it resumes). */
export function connectedLine(url: string, connection: number, lastSeq: number | null): string {
  const from = lastSeq === null ? 'new events from now on' : `${connection === 1 ? 'events' : 'resuming'} after #${lastSeq}`
  return `shieldwall: ${connection === 1 ? 'connected' : 'reconnected'} to ${url}; ${from}`
}

function liveUrl(base: string): string {
  let url: URL
  try {
    url = new URL(base)
  } catch {
    throw new CliUsageError(`--url is not a URL: ${base}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliUsageError('--url must start with http:// or https://')
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  url.pathname = `${url.pathname.replace(/\/$/, '')}/api/v1/live`
  return url.toString()
}

async function watch(io: CliIo, opts: WatchOptions, json: boolean): Promise<void> {
  const token = opts.token ?? io.env.SHIELDWALL_TOKEN
  if (!token) throw new CliUsageError('give --token or set SHIELDWALL_TOKEN')
  const url = liveUrl(opts.url)
  // Asked once over HTTP first: a refused token or a URL that is no hub stops here with one line,
  // rather than in a loop of reconnections. An unreachable hub is left to that loop (it may be starting).
  const who = await whoAmI(opts.url, token)
  if (who) io.err(`shieldwall: watching the live feed as ${who.user.email} (${who.org.name})`)
  const filter = {
    ...(opts.types ? { types: opts.types.split(',').map((t) => t.trim()).filter(Boolean) } : {}),
    ...(opts.incident ? { incidentId: opts.incident } : {}),
    ...(opts.request ? { requestId: opts.request } : {}),
  }
  const limit = wholeNumber(opts.count, '--count')
  let lastSeq = wholeNumber(opts.after, '--after')
  let printed = 0
  let delayMs = 500
  let connections = 0

  for (;;) {
    const outcome = await new Promise<{ code: number; reason: string; done: boolean }>((resolve) => {
      const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } })
      let done = false
      ws.on('message', (data) => {
        const frame = JSON.parse(data.toString()) as { kind: string; event?: DomainEvent }
        if (frame.kind === 'authenticated') {
          ws.send(JSON.stringify({ type: 'subscribe', filter, ...(lastSeq !== null ? { lastSeq } : {}) }))
          delayMs = 500
        }
        // Said on stderr, so that a script reading the events from stdout is not disturbed.
        if (frame.kind === 'subscribed') io.err(connectedLine(opts.url, ++connections, lastSeq))
        if (frame.kind !== 'event' || !frame.event || done) return
        lastSeq = frame.event.seq
        io.out(json ? JSON.stringify(frame.event) : eventLine(frame.event))
        if (limit !== null && ++printed >= limit) {
          done = true
          ws.close(1000, 'done')
        }
      })
      ws.on('error', (err) => io.err(`shieldwall: live feed: ${err.message}`))
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString(), done }))
    })
    if (outcome.done) return
    const final = FINAL.get(outcome.code)
    if (final) throw new CliUsageError(`${final}: ${outcome.reason}`)
    io.err(`shieldwall: live feed closed (${outcome.code}${outcome.reason ? ` ${outcome.reason}` : ''}); reconnecting in ${delayMs / 1000}s${lastSeq !== null ? ` after #${lastSeq}` : ''}`)
    await new Promise((r) => setTimeout(r, delayMs))
    delayMs = Math.min(delayMs * 2, 10_000)
  }
}

export function registerWatchCommand(program: Command, io: CliIo): void {
  program
    .command('watch')
    .description('print the live feed (events you may see), reconnecting without gaps until interrupted')
    .option('--url <url>', 'the hub', 'http://127.0.0.1:8080')
    .option('--token <token>', 'API token (default: $SHIELDWALL_TOKEN)')
    .option('--types <types>', 'comma-separated event types, exact or "prefix.*"')
    .option('--incident <id>', 'only events about this incident')
    .option('--request <id>', 'only events about this assistance request')
    .option('--after <seq>', 'start with the events after this seq (0: the whole visible history)')
    .option('--count <n>', 'exit after printing this many events')
    .action((opts: WatchOptions, cmd: Command) => watch(io, opts, wantsJson(cmd)))
}
