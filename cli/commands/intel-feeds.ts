/**
 * `shieldwall intel feed add|list|show|remove|poll`: intel feeds on the hub's own database. The
 * operator reads every feed (as the hub, a coordinator); subscribing, removing and polling act for
 * an admin of the subscribing organization (--as). Credentials are read from environment
 * variables named on the command line, never from the command line itself (ps, shell history).
 */
import type { Command } from 'commander'
import { feeds, type FeedAuthInput, type FeedView } from '../../src/domain/intel'
import { members, type Actor } from '../../src/domain/members'
import { isTlp, TLP_LEVELS } from '../../src/tlp'
import { CliUsageError, printRecord, printRows, type CliIo } from '../io'
import { withLocal, type Local } from '../local'
import { intelGroup } from './intel-lookup'
import { wantsJson } from './members'

async function actingAs(l: Local, ref: string | undefined): Promise<Actor> {
  if (ref === undefined) return l.actor()
  const user = await members.findUserByEmailOrId(l.deps, ref)
  if (!user || user.disabledAt !== null) throw new CliUsageError(`no active user with e-mail or id "${ref}"`)
  return members.actorFor(l.deps.db, user)
}

interface AddFlags {
  name: string
  apiRoot: string
  collection: string
  auth: string
  username?: string
  passwordEnv?: string
  tokenEnv?: string
  pollSeconds?: string
  pageSize?: string
  tlp?: string
  audience?: string
  incident?: string
  as?: string
}

function secretFrom(io: CliIo, variable: string | undefined, flag: string): string | undefined {
  if (variable === undefined) return undefined
  const value = io.env[variable]
  if (value === undefined || value === '') throw new CliUsageError(`${flag}: the environment variable ${variable} is not set`)
  return value
}

function authOf(io: CliIo, o: AddFlags): FeedAuthInput {
  if (o.auth !== 'none' && o.auth !== 'basic' && o.auth !== 'bearer') throw new CliUsageError(`--auth must be none, basic or bearer, not "${o.auth}"`)
  const password = secretFrom(io, o.passwordEnv, '--password-env')
  const token = secretFrom(io, o.tokenEnv, '--token-env')
  return { kind: o.auth, ...(o.username !== undefined ? { username: o.username } : {}), ...(password ? { password } : {}), ...(token ? { token } : {}) }
}

function intFlag(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isInteger(n)) throw new CliUsageError(`${flag} must be a whole number, not "${v}"`)
  return n
}

const stateLine = (f: FeedView): string =>
  f.state.lastError !== null ? `failing (${f.state.failures}): ${f.state.lastError}` : f.state.lastSuccessAt !== null ? `ok at ${f.state.lastSuccessAt}` : 'not polled yet'

function printFeed(io: CliIo, json: boolean, f: FeedView): void {
  if (json) return io.out(JSON.stringify(f, null, 2))
  printRecord(io, false, {
    id: f.id, name: f.name, org: f.orgId, 'api root': f.apiRoot, collection: f.collectionId, auth: f.auth, 'poll every': `${f.pollSeconds} s`,
    'page size': f.pageSize, tlp: f.tlp, audience: f.audienceOrgs.join(', ') || '(the organization)', incident: f.incidentId ?? '',
    state: stateLine(f), 'last success': f.state.lastSuccessAt ?? '', 'last error': f.state.lastError ?? '', failures: f.state.failures,
    'objects added': f.state.objectsAdded, 'last poll added': f.state.lastPollAdded, 'last poll rejected': f.state.lastPollRejected, 'next poll': f.state.nextPollAt, 'added after': f.state.addedAfter ?? '',
  })
}

export function registerIntelFeedCommands(program: Command, io: CliIo): void {
  const feed = intelGroup(program).command('feed').description('feeds: remote TAXII 2.1 collections the hub polls for an organization')
  feed
    .command('add')
    .description('subscribe an organization (that of --as, an admin) to a remote TAXII 2.1 collection')
    .requiredOption('--name <name>', 'a name for the feed')
    .requiredOption('--api-root <url>', 'the TAXII 2.1 API root URL')
    .requiredOption('--collection <id>', 'the collection id at that API root')
    .option('--auth <kind>', 'none, basic or bearer', 'none')
    .option('--username <name>', 'the Basic user name')
    .option('--password-env <VAR>', 'the environment variable holding the Basic password')
    .option('--token-env <VAR>', 'the environment variable holding the Bearer token')
    .option('--poll-seconds <n>', 'how often to poll (default 3600)')
    .option('--page-size <n>', 'objects per page (default 1000)')
    .option('--tlp <level>', `the level its objects get (${TLP_LEVELS.join(', ')}; default AMBER+STRICT)`)
    .option('--audience <orgs>', 'comma-separated further organizations (names or ids) its AMBER objects reach')
    .option('--incident <id>', 'link its objects to an incident')
    .option('--as <user>', 'the admin subscribing (e-mail or id); default: the hub')
    .action(async (o: AddFlags, c: Command) =>
      withLocal(io, async (l) => {
        const tlp = o.tlp?.toUpperCase()
        if (tlp !== undefined && !isTlp(tlp)) throw new CliUsageError(`--tlp must be one of ${TLP_LEVELS.join(', ')}, not "${o.tlp}"`)
        const pollSeconds = intFlag(o.pollSeconds, '--poll-seconds')
        const pageSize = intFlag(o.pageSize, '--page-size')
        const created = await feeds.createFeed(l.deps, await actingAs(l, o.as), {
          name: o.name,
          apiRoot: o.apiRoot,
          collectionId: o.collection,
          auth: authOf(io, o),
          ...(pollSeconds !== undefined ? { pollSeconds } : {}),
          ...(pageSize !== undefined ? { pageSize } : {}),
          ...(tlp !== undefined ? { tlp } : {}),
          ...(o.audience ? { audienceOrgs: o.audience.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
          ...(o.incident ? { incidentId: o.incident } : {}),
        })
        printFeed(io, wantsJson(c), created)
      }),
    )
  feed
    .command('list')
    .description('the feeds with their state')
    .option('--as <user>', 'list what this user may read (e-mail or id); default: the hub (every feed)')
    .action(async (o: { as?: string }, c: Command) =>
      withLocal(io, async (l) => {
        const list = await feeds.listFeeds(l.deps, await actingAs(l, o.as))
        if (wantsJson(c)) return io.out(JSON.stringify(list, null, 2))
        printRows(io, false, list.map((f) => ({ id: f.id, name: f.name, org: f.orgId, tlp: f.tlp, added: f.state.objectsAdded, 'next poll': f.state.nextPollAt, state: stateLine(f) })), ['id', 'name', 'org', 'tlp', 'added', 'next poll', 'state'])
      }),
    )
  feed
    .command('show')
    .description('one feed with its state')
    .argument('<id>', 'the feed id')
    .option('--as <user>', 'as this user (e-mail or id); default: the hub')
    .action(async (id: string, o: { as?: string }, c: Command) => withLocal(io, async (l) => printFeed(io, wantsJson(c), await feeds.getFeed(l.deps, await actingAs(l, o.as), id))))
  feed
    .command('remove')
    .description('end a subscription (what it imported stays)')
    .argument('<id>', 'the feed id')
    .option('--as <user>', 'the admin removing it (e-mail or id); default: the hub')
    .action(async (id: string, o: { as?: string }, c: Command) =>
      withLocal(io, async (l) => {
        const removed = await feeds.removeFeed(l.deps, await actingAs(l, o.as), id)
        if (wantsJson(c)) return io.out(JSON.stringify(removed, null, 2))
        io.out(`removed feed ${removed.id} (${removed.name}); its ${removed.state.objectsAdded} imported objects stay`)
      }),
    )
  feed
    .command('poll')
    .description('poll a feed now (from this machine) and print its state')
    .argument('<id>', 'the feed id')
    .option('--as <user>', 'the admin polling it (e-mail or id); default: the hub')
    .action(async (id: string, o: { as?: string }, c: Command) =>
      withLocal(io, async (l) => {
        const after = await feeds.pollFeedNow(l.deps, await actingAs(l, o.as), id)
        printFeed(io, wantsJson(c), after)
        // A failed poll is a failed command, for scripts (exit code 1, after the state is printed).
        if (after.state.lastError !== null && after.state.lastErrorAt === after.state.lastPollAt) throw new Error(`the poll failed: ${after.state.lastError}`)
      }),
    )
}
