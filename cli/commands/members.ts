import type { Command } from 'commander'
import { enrolment, members, ROLES, type Role } from '../../src/domain/members'
import { CliUsageError, printRecord, printRows, type CliIo } from '../io'
import { withLocal, type Local } from '../local'

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

  const user = program.command('user').description('users of the hub')
  user
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

  const userRef = async (l: Local, ref: string) => {
    const found = await members.findUserByEmailOrId(l.deps, ref)
    if (!found) throw new CliUsageError(`no user with e-mail or id "${ref}"`)
    return found
  }
  const printLink = (cmd: Command, issued: { link: string; expiresAt: string }, email: string) => {
    if (wantsJson(cmd)) io.out(JSON.stringify(issued, null, 2))
    else io.out(`${issued.link}\n(enrolment link for ${email}: works once, until ${issued.expiresAt}; shown once)`)
  }
  user
    .command('enrol')
    .description('print a one-time enrolment link for a user (they set a password and TOTP through it)')
    .requiredOption('--user <user>', 'user (e-mail or id)')
    .action(async (o: { user: string }, cmd: Command) =>
      withLocal(io, async (l) => {
        const found = await userRef(l, o.user)
        printLink(cmd, await enrolment.issueEnrolment(l.deps, await l.actor(), found.id), found.email)
      }),
    )
  user
    .command('disable')
    .description('disable a user: their sessions and tokens end at once, open live connections included')
    .requiredOption('--user <user>', 'user (e-mail or id)')
    .action(async (o: { user: string }, cmd: Command) =>
      withLocal(io, async (l) => printRecord(io, wantsJson(cmd), { ...(await members.disableUser(l.deps, await l.actor(), (await userRef(l, o.user)).id)) })),
    )
  user
    .command('enable')
    .description('enable a disabled user; their old credentials are gone, so this prints a new enrolment link')
    .requiredOption('--user <user>', 'user (e-mail or id)')
    .action(async (o: { user: string }, cmd: Command) =>
      withLocal(io, async (l) => {
        const found = await userRef(l, o.user)
        const { enrolment: issued } = await members.enableUser(l.deps, await l.actor(), found.id)
        printLink(cmd, issued, found.email)
      }),
    )

  const token = program.command('token').description('API tokens')
  token
    .command('issue')
    .description('(refused) API tokens are issued by their own user, signed in; see `user enrol`')
    .option('--user <user>', 'user (e-mail or id)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (o: { user?: string }) =>
      withLocal(io, async () => {
        const who = o.user ?? '<e-mail>'
        throw new CliUsageError(`nobody issues API tokens for another user, the hub's operator included: give them an enrolment link (shieldwall user enrol --user ${who}); signed in, they issue their own (POST /api/v1/tokens)`)
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
