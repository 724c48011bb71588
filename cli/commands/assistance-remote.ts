/**
 * `shieldwall assistance offers` and `assistance candidates <request>`: what a member sees of a
 * case, asked of the running hub with the member's token (the hub's operator is no party to a
 * case), printed with organization names beside their ids.
 */
import type { Command } from 'commander'
import { createHubClient, type HubClient } from '../../src/client/hub-client'
import { CliUsageError, printRows, type CliIo } from '../io'
import { wantsJson } from './members'

export interface RemoteOptions {
  url: string
  token?: string
}

export function clientFor(io: CliIo, o: RemoteOptions): HubClient {
  const token = o.token ?? io.env.SHIELDWALL_TOKEN
  if (!token) throw new CliUsageError('give --token or set SHIELDWALL_TOKEN')
  return createHubClient(o.url, token)
}

/** The answer's body, or the hub's refusal in one line (exit code 2). */
export async function answered<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>, what: string): Promise<T> {
  const res = await call.catch((e: unknown) => {
    throw new CliUsageError(`cannot reach the hub for ${what}: ${e instanceof Error ? e.message : String(e)}`)
  })
  if (res.data !== undefined) return res.data
  const detail = (res.error as { detail?: unknown } | undefined)?.detail
  throw new CliUsageError(`the hub refused ${what} (${res.response.status}${typeof detail === 'string' ? `: ${detail}` : ''})`)
}

export const remoteOptions = (cmd: Command): Command =>
  cmd.option('--url <url>', 'the hub', 'http://127.0.0.1:8080').option('--token <token>', 'API token of the member (default: $SHIELDWALL_TOKEN)')

export function registerAssistanceRemoteCommands(program: Command, io: CliIo): void {
  const group = program.commands.find((c) => c.name() === 'assistance') ?? program.command('assistance').description('assistance requests')
  remoteOptions(group.command('offers').description('offers made to your organization, with the providing organization named (asks the running hub)')).action(
    async (o: RemoteOptions, cmd: Command) => {
      const offers = await answered(clientFor(io, o).GET('/api/v1/assistance/offers', { params: { query: { limit: 1000 } } }), 'the offers')
      const rows = offers.map((x) => ({ ...x, provider: `${x.providerOrgName ?? '?'} <${x.providerOrg}>`, category: x.request.category, urgency: x.request.urgency }))
      printRows(io, wantsJson(cmd), wantsJson(cmd) ? offers.map((x) => ({ ...x })) : rows, ['id', 'state', 'provider', 'category', 'urgency', 'requestId', 'answerDueAt'])
    },
  )
  remoteOptions(group.command('candidates').description('the current ranking of a request of yours, candidates named (asks the running hub)').argument('<request>', 'request id')).action(
    async (request: string, o: RemoteOptions, cmd: Command) => {
      const view = await answered(clientFor(io, o).GET('/api/v1/assistance/requests/{id}/candidates', { params: { path: { id: request } } }), 'the candidates')
      if (wantsJson(cmd)) return printRows(io, true, view.ranked.map((r) => ({ ...r })), [])
      printRows(io, false, view.ranked.map((r) => ({ ...r, org: `${r.orgName ?? '?'} <${r.orgId}>`, score: r.score.toFixed(2) })), ['rank', 'org', 'nation', 'score', 'capabilityId'])
      for (const x of view.excluded) io.out(`excluded (${x.reason}): ${x.capabilityIds.length} — ${x.description}`)
    },
  )
}
