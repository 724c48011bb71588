import type { Command } from 'commander'
import { createReadStream, readFileSync, statSync } from 'node:fs'
import type { Readable } from 'node:stream'
import cliProgress from 'cli-progress'
import { isAppError } from '../../src/core/errors'
import { intel, type ImportSummary } from '../../src/domain/intel'
import { members, type Actor } from '../../src/domain/members'
import { isTlp, TLP_LEVELS, type Tlp } from '../../src/tlp'
import { CliUsageError, printRecord, type CliIo } from '../io'
import { withLocal, type Local } from '../local'
import { wantsJson } from './members'

interface ImportFlags {
  partial?: boolean
  strict?: boolean
  tlp?: string
  incident?: string
  as?: string
}

/** The operator imports as the hub (system), or on behalf of a member user with --as. */
async function importer(l: Local, as: string | undefined): Promise<Actor> {
  if (as === undefined) return l.actor()
  const user = await members.findUserByEmailOrId(l.deps, as)
  if (!user) throw new CliUsageError(`no user with e-mail or id "${as}"`)
  return members.actorFor(l.deps.db, user)
}

function tlpFlag(v: string | undefined): Tlp | undefined {
  if (v === undefined) return undefined
  const t = v.toUpperCase()
  if (!isTlp(t)) throw new CliUsageError(`--tlp must be one of ${TLP_LEVELS.join(', ')}, not "${v}"`)
  return t
}

export const objectCount = (n: number): string => `${n} ${n === 1 ? 'object' : 'objects'}`
export const perSecond = (n: number): string => `${n} ${n === 1 ? 'object' : 'objects'}/s`

/**
 * Progress on stderr: a bar with objects/s on a terminal; elsewhere (logs, pipes) one line a
 * second, so that a long import in a script still shows it is alive.
 */
function progressReporter(io: CliIo, quiet: boolean, source: Readable & { bytesRead?: number }, totalBytes: number | null) {
  const started = performance.now()
  const rate = (n: number) => Math.round(n / Math.max((performance.now() - started) / 1000, 0.001))
  if (quiet) return { update: (_n: number) => {}, stop: () => {} }
  if (io.isTty) {
    const bar = new cliProgress.SingleBar(
      { format: 'importing |{bar}| {percentage}% | {objects} | {rate}', stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    )
    bar.start(totalBytes ?? 1, 0, { objects: objectCount(0), rate: perSecond(0) })
    return {
      update: (n: number) => bar.update(totalBytes === null ? 0 : (source.bytesRead ?? 0), { objects: objectCount(n), rate: perSecond(rate(n)) }),
      stop: () => bar.stop(),
    }
  }
  let last = -Infinity // the first batch is reported at once, then one line a second
  return {
    update: (n: number) => {
      if (performance.now() - last < 1000) return
      last = performance.now()
      io.err(`imported ${objectCount(n)} (${perSecond(rate(n))})`)
    },
    stop: () => {},
  }
}

function printSummary(io: CliIo, json: boolean, s: ImportSummary): void {
  if (json) return io.out(JSON.stringify(s, null, 2))
  printRecord(io, false, {
    bundle: s.bundleId, objects: s.objects, added: s.added, 'new versions': s.newVersions, 'older versions': s.olderVersions,
    duplicates: s.duplicates, rejected: s.rejectedCount, 'accepted or repaired': s.deviatedCount, committed: s.committed ? 'yes' : 'no (nothing written)',
  })
  for (const r of s.rejected) io.out(`rejected #${r.index} ${r.id ?? '(no id)'}: ${r.reason}`)
  if (s.rejectedCount > s.rejected.length) io.out(`... and ${s.rejectedCount - s.rejected.length} more rejected`)
  for (const w of s.warnings) io.out(`warning: ${w}`)
  for (const d of s.deviated) {
    const where = d.index === null ? 'the document' : `#${d.index} ${d.id ?? '(no id)'}`
    for (const a of d.deviations) io.out(`${a.decision === 'accept' ? 'accepted' : 'repaired'} ${where} (${a.deviation}): ${a.detail}`)
  }
  if (s.deviatedCount > s.deviated.length) io.out(`... and ${s.deviatedCount - s.deviated.length} more accepted or repaired`)
}

const STRICT_HELP = 'refuse what STIX 2.1 refuses: do not accept or repair the known deviations (see the README)'

/** Runs an import; an all-or-nothing failure still prints its summary (rejects) before exiting 2. */
async function reportImport(io: CliIo, json: boolean, run: () => Promise<ImportSummary>): Promise<void> {
  try {
    printSummary(io, json, await run())
  } catch (e) {
    const summary = isAppError(e) ? (e.extra.summary as ImportSummary | undefined) : undefined
    if (summary) printSummary(io, json, summary)
    throw e
  }
}

export function registerIntelCommands(program: Command, io: CliIo): void {
  const cmd = program.command('intel').description('threat intelligence: STIX 2.1 and MISP')
  cmd
    .command('import')
    .description('import a STIX 2.1 bundle from FILE, or from stdin with "-" (all or nothing unless --partial)')
    .argument('<file>', 'bundle file, or - for stdin')
    .option('--partial', 'keep the valid objects when some are rejected')
    .option('--strict', STRICT_HELP)
    .option('--tlp <level>', 'level of objects that carry no TLP marking (default AMBER+STRICT)')
    .option('--incident <id>', 'link the objects to an incident')
    .option('--as <user>', 'import on behalf of a member user (e-mail or id); default: the hub')
    .action(async (file: string, o: ImportFlags, c: Command) =>
      withLocal(io, async (l) => {
        const total = file === '-' ? null : statOrFail(file)
        const source: Readable & { bytesRead?: number } = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 })
        const json = wantsJson(c)
        const actor = await importer(l, o.as)
        const progress = progressReporter(io, json, source, total)
        try {
          await reportImport(io, json, () =>
            intel.importBundle(l.deps, actor, source, {
              partial: Boolean(o.partial),
              strict: Boolean(o.strict),
              ...(o.tlp ? { tlp: tlpFlag(o.tlp)! } : {}),
              incidentId: o.incident ?? null,
              onProgress: progress.update,
            }),
          )
        } finally {
          progress.stop()
        }
      }),
    )

  cmd
    .command('export')
    .description('write a STIX 2.1 bundle of the hub\u2019s intel to stdout')
    .option('--type <types>', 'comma-separated STIX types')
    .option('--since <time>', 'objects added after this ISO time')
    .option('--incident <id>', 'objects of one incident')
    .option('--max-tlp <level>', 'leave out objects marked above this level')
    .option('--as <user>', 'export what this member user may see (e-mail or id); default: the hub')
    .action(async (o: { type?: string; since?: string; incident?: string; maxTlp?: string; as?: string }) =>
      withLocal(io, async (l) => {
        if (o.since !== undefined && Number.isNaN(Date.parse(o.since))) throw new CliUsageError(`--since must be an ISO time, not "${o.since}"`)
        const actor = await importer(l, o.as)
        const maxTlp = tlpFlag(o.maxTlp)
        const chunks = intel.exportBundle(l.deps, actor, {
          ...(o.type ? { type: o.type.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
          ...(o.since ? { since: new Date(o.since).toISOString() } : {}),
          ...(o.incident ? { incident: o.incident } : {}),
          ...(maxTlp ? { max_tlp: maxTlp } : {}),
        })
        for await (const chunk of chunks) io.out(chunk)
      }),
    )

  cmd
    .command('misp-import')
    .description('import a MISP JSON event file ({"Event": ...} or {"response": [...]}) as STIX')
    .argument('<file>', 'MISP JSON file')
    .option('--partial', 'keep the valid objects when some are rejected')
    .option('--strict', STRICT_HELP)
    .option('--incident <id>', 'link the objects to an incident')
    .option('--as <user>', 'import on behalf of a member user (e-mail or id); default: the hub')
    .action(async (file: string, o: ImportFlags, c: Command) =>
      withLocal(io, async (l) => {
        let doc: unknown
        try {
          doc = JSON.parse(readFileSync(file, 'utf8'))
        } catch (e) {
          throw new CliUsageError(`cannot read ${file} as JSON: ${(e as Error).message}`)
        }
        const actor = await importer(l, o.as)
        await reportImport(io, wantsJson(c), () => intel.importMisp(l.deps, actor, doc, { partial: Boolean(o.partial), strict: Boolean(o.strict), incidentId: o.incident ?? null }))
      }),
    )
}

function statOrFail(file: string): number {
  try {
    return statSync(file).size
  } catch {
    throw new CliUsageError(`no file ${file}`)
  }
}
