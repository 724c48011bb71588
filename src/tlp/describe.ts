import type { Marking } from './marking'

/** How a description names organizations and users: by name, falling back to the id. */
export interface AudienceNames {
  org(id: string): string
  user(id: string): string
}

/** The audience organizations besides the originator (which is always named first). */
const others = (m: Marking): string[] => m.audienceOrgs.filter((o) => o !== m.originatorOrg)

const joined = (parts: readonly string[]): string => parts.filter((p) => p.length > 0).join('; ')

/**
 * Who can see a marked object, in words a person reads before trusting the hub with a report:
 * the same rules as canSee(), spelled out for one marking. One function for every answer that
 * shows a marked object, so that the words never drift from the rule.
 * @example "AMBER: Energy-Op (originator); CERT-EE and the organizations under it; named: Eve POC"
 */
export function describeVisibility(m: Marking, names: AudienceNames): string {
  const named = m.audienceUsers.length > 0 ? `named: ${m.audienceUsers.map((u) => names.user(u)).join(', ')}` : ''
  const originatorUser = m.originatorUser === null ? '' : names.user(m.originatorUser)
  switch (m.tlp) {
    case 'CLEAR':
      return 'CLEAR: anyone, also unauthenticated readers'
    case 'GREEN':
      return 'GREEN: every member of the hub'
    case 'AMBER': {
      const under = ' and the organizations under it'
      const originator = `${names.org(m.originatorOrg)} (originator)${m.audienceOrgs.includes(m.originatorOrg) ? under : ''}`
      return `AMBER: ${joined([originator, ...others(m).map((o) => `${names.org(o)}${under}`), named])}`
    }
    case 'AMBER+STRICT':
      return `AMBER+STRICT: ${joined([`${names.org(m.originatorOrg)} (originator)`, ...others(m).map((o) => `${names.org(o)} only`), named])}`
    case 'RED': {
      const people = [...new Set([originatorUser, ...m.audienceUsers.map((u) => names.user(u))])].filter((p) => p.length > 0)
      return `RED: only ${people.length > 0 ? people.join(', ') : 'nobody named'}`
    }
  }
}
