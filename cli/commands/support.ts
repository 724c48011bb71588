import type { Command } from 'commander'
import { assistance } from '../../src/domain/assistance'
import { capabilities } from '../../src/domain/capability'
import { incidents } from '../../src/domain/incident'
import { printRecord, printRows, type CliIo } from '../io'
import { withLocal } from '../local'
import { printAssistanceMetrics } from './assistance-metrics'
import { wantsJson } from './members'

/** The catalogue, incidents and assistance, read as the hub's operator (so: only what the hub may see). */
export function registerSupportCommands(program: Command, io: CliIo): void {
  program
    .command('capability')
    .description('the capability catalogue')
    .command('list')
    .description('list capabilities')
    .option('--category <category>', 'only this category')
    .action(async (o: { category?: string }, cmd: Command) =>
      withLocal(io, async (l) => {
        const rows = await capabilities.listCapabilities(l.deps, await l.actor(), { category: o.category, limit: 1000 })
        printRows(io, wantsJson(cmd), rows.map((c) => ({ ...c, languages: c.languages.join(',') })), ['id', 'nation', 'category', 'capacity', 'languages', 'delivery', 'responseHours', 'tlp'])
      }),
    )
  program
    .command('incident')
    .description('incidents')
    .command('list')
    .description('list incidents the hub itself may see (TLP applies to the operator too)')
    .action(async (_o: unknown, cmd: Command) =>
      withLocal(io, async (l) => {
        const rows = await incidents.listIncidents(l.deps, await l.actor(), { limit: 1000 })
        printRows(io, wantsJson(cmd), rows.map((i) => ({ ...i, nis2: undefined })), ['id', 'title', 'status', 'severityName', 'tlp', 'reportedAt'])
      }),
    )
  const a = program.command('assistance').description('assistance requests')
  a.command('metrics')
    .description('assistance metrics over every nation (aggregates): as requester and as provider')
    .action(async (_o: unknown, cmd: Command) =>
      withLocal(io, async (l) => {
        const m = await assistance.assistanceMetrics(l.deps, await l.actor())
        if (wantsJson(cmd)) return printRecord(io, true, { ...m })
        printAssistanceMetrics(io, m)
      }),
    )
  a.command('escalations')
    .description('requests that found no helper (sanitized summaries)')
    .action(async (_o: unknown, cmd: Command) =>
      withLocal(io, async (l) => {
        const rows = await assistance.listEscalations(l.deps, await l.actor())
        printRows(io, wantsJson(cmd), rows.map((r) => ({ ...r })), ['id', 'nation', 'category', 'urgency', 'severity', 'escalatedAt', 'offersTried', 'sanitizedSummary'])
      }),
    )
}
