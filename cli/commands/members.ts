import type { Command } from 'commander'
import { members, ROLES, type Role } from '../../src/domain/members'
import { CliUsageError, printRecord, printRows, type CliIo } from '../io'
import { withLocal, type Local } from '../local'

/** A token issued on the command line lives this long unless told otherwise. */
const DEFAULT_TOKEN_DAYS = 90

const expiryLine = (expiresAt: string | null): string => (expiresAt === null ? 'never expires' : `expires ${expiresAt}`)

export const wantsJson = (cmd: Command): boolean => Boolean(cmd.optsWithGlobals().json)

async function orgRef(l: Local, ref: string): Promise<string> {
  const org = await members.findOrgByNameOrId(l.deps, ref)
  if (!org) throw new CliUsageError(`no organization named or with id "${ref}"`)
  return org.id
}

const ORG_KINDS = ['nation', 'agency', 'cert', 'partner'] as const
type AdmittedKind = (typeof ORG_KINDS)[number]
const isAdmittedKind = (k: string): k is AdmittedKind => (ORG_KINDS as readonly string[]).includes(k)
const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r)

export function registerMemberCommands(program: Command, io: CliIo): void {
  const org = program.command('org').description('organizations of the hub')
  org
    .command('add')
    .description('admit an organization')
    .requiredOption('--name <name>', 'display name (unique)')
    .requiredOption('--kind <kind>', 'nation, agency, cert or partner')
    .option('--country <code>', 'ISO 3166-1 alpha-2 code, for a nation')
    .option('--parent <org>', 'parent nation (name or id), for an agency, CERT or partner')
    .action(async (o: { name: string; kind: string; country?: string; parent?: string }, cmd: Command) =>
      withLocal(io, async (l) => {
        if (!isAdmittedKind(o.kind)) throw new CliUsageError(`--kind must be one of ${ORG_KINDS.join(', ')}, not "${o.kind}"`)
        const created = await members.admitOrg(l.deps, await l.actor(), {
          name: o.name,
          kind: o.kind,
          ...(o.country ? { country: o.country.toUpperCase() } : {}),
          ...(o.parent ? { parentId: await orgRef(l, o.parent) } : {}),
        })
        printRecord(io, wantsJson(cmd), { ...created })
      }),
    )
  org
    .command('list')
    .description('list organizations')
    .action(async (_o: unknown, cmd: Command) =>
      withLocal(io, async (l) =>
        printRows(io, wantsJson(cmd), (await members.listOrgs(l.deps)).map((x) => ({ ...x })), ['id', 'name', 'kind', 'country', 'parentId']),
      ),
    )

  program
    .command('user')
    .description('users of the hub')
    .command('add')
    .description('add a user to an organization')
    .requiredOption('--org <org>', 'organization (name or id)')
    .requiredOption('--email <email>', 'e-mail address (unique)')
    .requiredOption('--name <name>', 'display name')
    .option('--roles <roles>', `comma-separated: ${ROLES.join(', ')}`, 'analyst')
    .action(async (o: { org: string; email: string; name: string; roles: string }, cmd: Command) =>
      withLocal(io, async (l) => {
        const roles = o.roles.split(',').map((r) => r.trim()).filter(Boolean)
        const bad = roles.filter((r) => !isRole(r))
        if (bad.length) throw new CliUsageError(`unknown role ${bad.join(', ')}; roles are ${ROLES.join(', ')}`)
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(o.email)) throw new CliUsageError(`"${o.email}" is not an e-mail address`)
        const user = await members.addUser(l.deps, await l.actor(), {
          orgId: await orgRef(l, o.org),
          email: o.email,
          displayName: o.name,
          roles: roles.filter(isRole),
        })
        printRecord(io, wantsJson(cmd), { ...user })
      }),
    )

  const token = program.command('token').description('API tokens')
  token
    .command('issue')
    .description('issue an API token for a user (printed once)')
    .requiredOption('--user <user>', 'user (e-mail or id)')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--expires-days <n>', 'days until it expires', String(DEFAULT_TOKEN_DAYS))
    .option('--no-expiry', 'a token that never expires (for a machine whose token is rotated by other means)')
    .action(async (o: { user: string; name: string; expiresDays: string; expiry: boolean }, cmd: Command) =>
      withLocal(io, async (l) => {
        const user = await members.findUserByEmailOrId(l.deps, o.user)
        if (!user) throw new CliUsageError(`no user with e-mail or id "${o.user}"`)
        const days = Number(o.expiresDays)
        if (o.expiry && (!Number.isInteger(days) || days < 1 || days > 3650)) throw new CliUsageError('--expires-days must be a whole number from 1 to 3650')
        const issued = await members.issueToken(l.deps, await l.actor(), { userId: user.id, name: o.name, ...(o.expiry ? { expiresInDays: days } : {}) })
        if (wantsJson(cmd)) io.out(JSON.stringify(issued, null, 2))
        else io.out(`${issued.token}\n(token ${issued.info.id} for ${user.email}; ${expiryLine(issued.info.expiresAt)}; shown once)`)
      }),
    )
  token
    .command('revoke')
    .description('revoke an API token')
    .argument('<id>', 'token id')
    .action(async (id: string, _o: unknown, cmd: Command) =>
      withLocal(io, async (l) => printRecord(io, wantsJson(cmd), { ...(await members.revokeToken(l.deps, await l.actor(), id)) })),
    )
}
