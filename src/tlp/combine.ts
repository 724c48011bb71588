import { tlpRank, type Marking } from './marking'

/**
 * The marking of something derived from several objects (a relationship, a bundle, a
 * correlation): the most restrictive level, and an audience that is the intersection of the
 * parts' audiences, so that whoever sees the result could have seen every part.
 */
export function mostRestrictive(parts: readonly Marking[], originator: Pick<Marking, 'originatorOrg' | 'originatorUser'>): Marking {
  if (parts.length === 0) throw new Error('mostRestrictive needs at least one marking')
  const tlp = parts.reduce((a, p) => (tlpRank(p.tlp) > tlpRank(a) ? p.tlp : a), parts[0]!.tlp)
  const restricting = parts.filter((p) => tlpRank(p.tlp) >= tlpRank('AMBER'))
  const intersect = (lists: (readonly string[])[]): string[] =>
    lists.length === 0 ? [] : lists.reduce<string[]>((acc, l) => acc.filter((x) => l.includes(x)), [...lists[0]!])
  return {
    tlp,
    audienceOrgs: intersect(restricting.filter((p) => p.tlp !== 'RED').map((p) => p.audienceOrgs)),
    audienceUsers: intersect(restricting.filter((p) => p.tlp === 'RED').map((p) => p.audienceUsers)),
    ...originator,
  }
}
