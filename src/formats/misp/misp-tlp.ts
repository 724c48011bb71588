import { tlpRank, type Tlp } from '../../tlp'
import type { MispTag } from './misp-types'

/** `tlp:amber+strict` and friends (TLP 2.0; `tlp:white` is the 1.0 name of CLEAR). */
const TAG_TLP: Record<string, Tlp> = {
  'tlp:white': 'CLEAR',
  'tlp:clear': 'CLEAR',
  'tlp:green': 'GREEN',
  'tlp:amber': 'AMBER',
  'tlp:amber+strict': 'AMBER+STRICT',
  'tlp:red': 'RED',
}

export const TLP_TAG: Record<Tlp, string> = {
  CLEAR: 'tlp:clear',
  GREEN: 'tlp:green',
  AMBER: 'tlp:amber',
  'AMBER+STRICT': 'tlp:amber+strict',
  RED: 'tlp:red',
}

export const isTlpTag = (name: string): boolean => name.trim().toLowerCase() in TAG_TLP

export function stricter(a: Tlp | null, b: Tlp | null): Tlp | null {
  if (a === null) return b
  if (b === null) return a
  return tlpRank(b) > tlpRank(a) ? b : a
}

/** The most restrictive TLP among the tags, or null when none is a TLP tag. */
export function tlpOfTags(tags: readonly MispTag[] | undefined): Tlp | null {
  let tlp: Tlp | null = null
  for (const tag of tags ?? []) tlp = stricter(tlp, TAG_TLP[tag.name.trim().toLowerCase()] ?? null)
  return tlp
}

export type Distribution = 0 | 1 | 2 | 3 | 4 | 5

export function distributionOf(v: string | number | undefined): Distribution | null {
  const n = Number(v)
  return Number.isInteger(n) && n >= 0 && n <= 5 ? (n as Distribution) : null
}

/**
 * What a MISP distribution level means in TLP terms: your organisation only and sharing groups
 * are closed audiences (AMBER+STRICT), this community is AMBER, connected and all communities
 * are GREEN. 5 (inherit) and unknown levels say nothing.
 */
export function tlpOfDistribution(d: Distribution | null): Tlp | null {
  switch (d) {
    case 0:
    case 4:
      return 'AMBER+STRICT'
    case 1:
      return 'AMBER'
    case 2:
    case 3:
      return 'GREEN'
    case 5:
    case null:
      return null
  }
}

/**
 * The TLP of an event or attribute from its tags and its distribution: the stricter of the two,
 * except that "all communities" (3) defers to a TLP tag, which may then be CLEAR.
 */
export function effectiveTlp(tags: readonly MispTag[] | undefined, distribution: Distribution | null): Tlp | null {
  const tagged = tlpOfTags(tags)
  if (distribution === 3 && tagged !== null) return tagged
  return stricter(tagged, tlpOfDistribution(distribution))
}
