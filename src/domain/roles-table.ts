/**
 * The README's role table, rendered from the permission tables themselves, so that the two cannot
 * drift apart: `npm run docs:roles` writes it between the markers, and a test fails when the
 * README's copy differs from this rendering.
 */
import { assistancePermissions } from './assistance'
import { auditPermissions } from './audit'
import { capabilityPermissions } from './capability'
import { exercisePermissions } from './exercise'
import { decisionPermissions } from './decision'
import { incidentPermissions } from './incident'
import { feedPermissions, intelPermissions } from './intel'
import { membersPermissions, ROLES } from './members'
import { notifyPermissions } from './notify'
import type { Permissions } from './permissions'
import { ssoPermissions } from './sso'

export const ROLES_BEGIN = '<!-- roles:begin (npm run docs:roles writes this table from the permission tables) -->'
export const ROLES_END = '<!-- roles:end -->'

// Each capability's table, in the order a newcomer meets them.
const TABLES = [membersPermissions, incidentPermissions, capabilityPermissions, assistancePermissions, decisionPermissions, intelPermissions, feedPermissions, auditPermissions, ssoPermissions, notifyPermissions, exercisePermissions] as readonly Permissions<string, string, never>[]

const cell = (p: Permissions<string, string, never>, relations: readonly string[] | undefined): string =>
  relations && relations.length > 0 ? relations.map((r) => p.relations[r]).join('; ') : '—'

function section(p: Permissions<string, string, never>): string[] {
  const rows = Object.values(p.table).map((rule) => `| ${rule.does} | ${ROLES.map((role) => cell(p, rule.grants[role])).join(' | ')} |`)
  return [`**${p.capability}**`, '', `| may … | ${ROLES.join(' | ')} |`, `| --- | ${ROLES.map(() => '---').join(' | ')} |`, ...rows, '']
}

/** The markdown between the markers (without them). */
export function renderRolesTable(): string {
  return TABLES.flatMap(section).join('\n').trimEnd()
}

/** The README with its role table replaced by the current rendering; throws when a marker is missing. */
export function withRolesTable(readme: string): string {
  const begin = readme.indexOf(ROLES_BEGIN)
  const end = readme.indexOf(ROLES_END)
  if (begin < 0 || end < begin) throw new Error(`README.md lacks the role table markers ${ROLES_BEGIN} … ${ROLES_END}`)
  return `${readme.slice(0, begin + ROLES_BEGIN.length)}\n${renderRolesTable()}\n${readme.slice(end)}`
}
