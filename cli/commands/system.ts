import type { Command } from 'commander'
import { loadConfig } from '../../src/config'
import { readAudit, verifyAudit, type NamedAuditEntry } from '../../src/domain/audit'
import { members } from '../../src/domain/members'
import { migrateToLatest } from '../../src/store/migrate'
import { AuditBrokenError, CliUsageError, printRecord, printRows, type CliIo } from '../io'
import { withLocal } from '../local'
import { openHubStore } from '../no-hub'
import { wantsJson } from './members'

/** `Ann Analyst (CERT-EE) <id>`: the actor by name, its organization, and the id to search by. */
function whoActed(e: NamedAuditEntry): string {
  const org = e.actorOrgName ?? e.actorOrg
  const name = e.actorName === null ? e.actor : `${e.actorName} <${e.actor}>`
  return org === null ? name : `${name} (${org})`
}

export function registerSystemCommands(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('run the hub (HTTP API) until SIGINT/SIGTERM')
    .action(async () => {
      // The whole hub (HTTP, live feed, jobs) is loaded only to serve, not for the other commands here.
      const { serve } = await import('../../src/hub')
      await serve(loadConfig(io.env))
      await new Promise<never>(() => {})
    })

  program
    .command('migrate')
    .description("bring the hub's database schema up to date")
    .action(async (_o: unknown, cmd: Command) => {
      const store = await openHubStore(loadConfig(io.env), { migrate: false })
      try {
        const applied = await migrateToLatest(store)
        if (wantsJson(cmd)) io.out(JSON.stringify({ applied }))
        else io.out(applied.length ? `applied ${applied.join(', ')}` : 'schema is up to date')
      } finally {
        await store.close()
      }
    })

  program
    .command('setup')
    .description('migrate, then create the hub and print its first admin token and enrolment link (once)')
    .action(async (_o: unknown, cmd: Command) =>
      withLocal(io, async (l) => {
        const first = await members.bootstrapHub(l.deps, { hubName: l.config.hubName })
        if (wantsJson(cmd)) io.out(JSON.stringify({ created: first !== null, token: first?.token ?? null, enrolmentLink: first?.enrolment.link ?? null }))
        else
          io.out(
            first
              ? `hub "${first.hub.name}" created; first admin token (shown once):\n${first.token}\nfirst admin enrolment link (password + TOTP for signing in; works once, until ${first.enrolment.expiresAt}):\n${first.enrolment.link}`
              : 'the hub is already set up',
          )
      }, { create: true }),
    )

  const audit = program.command('audit').description('the audit trail')
  audit
    .command('list')
    .description('the newest entries, with the names of who acted beside their ids')
    .option('--limit <n>', 'entries to show (1 to 1000)', '50')
    .option('--subject <id>', 'only entries about this subject')
    .action(async (o: { limit: string; subject?: string }, cmd: Command) =>
      withLocal(io, async (l) => {
        const limit = Number(o.limit)
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new CliUsageError(`--limit must be a whole number from 1 to 1000, not "${o.limit}"`)
        const entries = await readAudit(l.deps, await l.actor(), { limit, ...(o.subject ? { subject: o.subject } : {}) })
        const rows = entries.map((e) => ({ ...e, who: whoActed(e), detail: JSON.stringify(e.detail) }))
        printRows(io, wantsJson(cmd), wantsJson(cmd) ? entries.map((e) => ({ ...e })) : rows, ['seq', 'at', 'who', 'action', 'subject', 'detail'])
      }),
    )
  audit
    .command('verify')
    .description('walk the hash chain and name the first broken link')
    .action(async (_o: unknown, cmd: Command) =>
      withLocal(io, async (l) => {
        const result = await verifyAudit(l.deps)
        printRecord(io, wantsJson(cmd), { ...result })
        if (!result.ok) throw new AuditBrokenError(`audit chain broken at entry ${result.brokenAt}: ${result.reason}`)
      }),
    )
}
