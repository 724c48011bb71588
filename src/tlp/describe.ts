import type { Marking } from './marking'

/** How a description names organizations and users: by name, falling back to the id. */
export interface AudienceNames {
  org(id: string): string
  user(id: string): string
}

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
    case 'AMBER':
      return `AMBER: ${joined([`${names.org(m.originatorOrg)} (originator)`, ...m.audienceOrgs.map((o) => `${names.org(o)} and the organizations under it`), named])}`
    case 'AMBER+STRICT':
      return `AMBER+STRICT: ${joined([`${names.org(m.originatorOrg)} (originator)`, ...m.audienceOrgs.map((o) => `${names.org(o)} only`), named])}`
    case 'RED': {
      const people = [...new Set([originatorUser, ...m.audienceUsers.map((u) => names.user(u))])].filter((p) => p.length > 0)
      return `RED: only ${people.length > 0 ? people.join(', ') : 'nobody named'}`
    }
  }
}
