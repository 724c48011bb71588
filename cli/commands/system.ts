import type { Command } from 'commander'
import { loadConfig } from '../../src/config'
import { verifyAudit } from '../../src/domain/audit'
import { members } from '../../src/domain/members'
import { migrateToLatest } from '../../src/store/migrate'
import { AuditBrokenError, printRecord, type CliIo } from '../io'
import { withLocal } from '../local'
import { openHubStore } from '../no-hub'
import { wantsJson } from './members'

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
    .description('migrate, then create the hub and print its first admin token (once)')
    .action(async (_o: unknown, cmd: Command) =>
      withLocal(io, async (l) => {
        const first = await members.bootstrapHub(l.deps, { hubName: l.config.hubName })
        if (wantsJson(cmd)) io.out(JSON.stringify({ created: first !== null, token: first?.token ?? null }))
        else io.out(first ? `hub "${first.hub.name}" created; first admin token (shown once):\n${first.token}` : 'the hub is already set up')
      }, { create: true }),
    )

  program
    .command('audit')
    .description('the audit trail')
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
