/**
 * `shieldwall intel lookup FILE|-`: the bulk lookup of POST /api/v1/intel/lookup over a file of
 * values (one a line), in batches, with a progress bar on a terminal.
 */
import { createReadStream, statSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { SingleBar } from 'cli-progress'
import type { Command } from 'commander'
import { lookupValues, MAX_LOOKUP_VALUES, type LookupResultItem } from '../../src/domain/intel/lookup'
import { members, type Actor } from '../../src/domain/members'
import { unitOfWork } from '../../src/domain/unit-of-work'
import { CliUsageError, printRows, type CliIo } from '../io'
import { withLocal, type Local } from '../local'
import { wantsJson } from './members'

interface LookupOptions {
  as?: string
  exercise?: string
  batch: string
}

/** The `intel` group may already exist (import and export register there too). */
export function intelGroup(program: Command): Command {
  return program.commands.find((c) => c.name() === 'intel') ?? program.command('intel').description('threat intelligence (STIX 2.1)')
}

async function lookupActor(l: Local, ref: string | undefined): Promise<Actor> {
  const operator = await l.actor()
  if (ref === undefined) return operator
  const user = await members.findUserByEmailOrId(l.deps, ref)
  if (!user || user.disabledAt !== null) throw new CliUsageError(`no active user with e-mail or id "${ref}"`)
  // Looking through a member's eyes is an act of the operator: it is audited as such.
  await unitOfWork(l.deps, (u) => u.audit(operator, 'intel.lookup.as', user.id, { via: 'cli' }))
  return members.actorFor(l.deps.db, user)
}

function openLines(io: CliIo, file: string): { lines: AsyncIterable<string>; bytes: () => number; total: number | null } {
  let input: NodeJS.ReadableStream
  let total: number | null = null
  if (file === '-') input = io.stdin ?? process.stdin
  else {
    try {
      total = statSync(file).size
    } catch {
      throw new CliUsageError(`cannot read "${file}"`)
    }
    input = createReadStream(file)
  }
  let read = 0
  input.on('data', (chunk: Buffer | string) => (read += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length))
  return { lines: createInterface({ input, crlfDelay: Infinity }), bytes: () => read, total }
}

const batchSize = (raw: string): number => {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > MAX_LOOKUP_VALUES) throw new CliUsageError(`--batch must be a whole number from 1 to ${MAX_LOOKUP_VALUES}, not "${raw}"`)
  return n
}

export function registerIntelLookupCommands(program: Command, io: CliIo): void {
  intelGroup(program)
    .command('lookup')
    .description('look up observable values (one a line; # starts a comment); prints the matches the viewer may see')
    .argument('<file>', 'file of values, or - for standard input')
    .option('--as <user>', 'see what this user (e-mail or id) may see; default: the hub operator (audited)')
    .option('--exercise <id>', 'look up in this exercise instead of real traffic')
    .option('--batch <n>', 'values per lookup call', '1000')
    .action(async (file: string, o: LookupOptions, cmd: Command) =>
      withLocal(io, async (l) => {
        const size = batchSize(o.batch)
        const actor = await lookupActor(l, o.as)
        const source = openLines(io, file)
        const bar = io.isTty ? new SingleBar({ format: 'lookup |{bar}| {percentage}% | {values} values, {matches} matches', stream: process.stderr }) : null
        bar?.start(source.total ?? 1, 0, { values: 0, matches: 0 })
        const results: LookupResultItem[] = []
        let pending: string[] = []
        let totals = { values: 0, keys: 0, matches: 0, notUnderstood: 0 }
        const flush = async () => {
          if (pending.length === 0) return
          const res = await lookupValues(l.deps, actor, { values: pending, ...(o.exercise ? { exerciseId: o.exercise } : {}) })
          results.push(...res.results)
          totals = { values: totals.values + res.values, keys: totals.keys + res.keys, matches: totals.matches + res.matches, notUnderstood: totals.notUnderstood + res.notUnderstood }
          pending = []
          bar?.update(source.total === null ? 0 : source.bytes(), { values: totals.values, matches: totals.matches })
        }
        for await (const line of source.lines) {
          const value = line.trim()
          if (value === '' || value.startsWith('#')) continue
          pending.push(value)
          if (pending.length >= size) await flush()
        }
        await flush()
        bar?.update(source.total ?? 1)
        bar?.stop()
        if (wantsJson(cmd)) return io.out(JSON.stringify({ ...totals, results }, null, 2))
        printRows(
          io,
          false,
          results.flatMap((r) =>
            r.matches.map((m) => ({ value: r.value, key: m.key, object: m.objectId, tlp: m.tlp, org: m.orgId, orgName: m.orgName ?? '', sightings: m.sightings.count, lastSeen: m.sightings.lastSeen ?? '' })),
          ),
          ['value', 'key', 'object', 'tlp', 'org', 'orgName', 'sightings', 'lastSeen'],
        )
        const warned = results.flatMap((r) => r.keys.filter((k) => k.warning !== null).map((k) => `${r.value} (${k.warning})`))
        if (warned.length > 0) io.out(`on warning lists: ${warned.length} (${warned.slice(0, 5).join('; ')}${warned.length > 5 ? '; …' : ''})`)
        const refanged = results.filter((r) => r.refangedTo !== null).map((r) => `${r.value} → ${r.refangedTo}`)
        if (refanged.length > 0) io.out(`refanged: ${refanged.length} (${refanged.slice(0, 5).join('; ')}${refanged.length > 5 ? '; …' : ''})`)
        const unknown = results.filter((r) => !r.understood).map((r) => r.value)
        if (unknown.length > 0) io.out(`not understood, not looked up: ${unknown.length} (${unknown.slice(0, 5).join('; ')}${unknown.length > 5 ? '; …' : ''})`)
        io.out(`${totals.values} values, ${totals.matches} visible matches`)
      }),
    )
}
