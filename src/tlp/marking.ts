/**
 * The TLP 2.0 marking every stored object and every event carries.
 * See DESIGN.md, "Traffic Light Protocol": who may see what.
 */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const
export type Tlp = (typeof TLP_LEVELS)[number]

export interface Marking {
  tlp: Tlp
  /** AMBER: these organizations and their descendants; AMBER+STRICT: these organizations only. */
  audienceOrgs: readonly string[]
  /** RED: these users only. */
  audienceUsers: readonly string[]
  /** The organization that produced the object: it always sees its own, except RED (see below). */
  originatorOrg: string
  /** The user who produced it. For RED only this user (and the named ones) see it. */
  originatorUser: string | null
}

/**
 * Who is looking. `orgChain` is the viewer's organization followed by its ancestors up to the
 * root, resolved once at authentication, so that AMBER's "and their children" is a set test.
 */
export interface Viewer {
  userId: string
  orgId: string
  orgChain: readonly string[]
}

/** Unauthenticated readers of public collections: they see CLEAR only. */
export const ANONYMOUS = null
export type MaybeViewer = Viewer | typeof ANONYMOUS

const RANK: Record<Tlp, number> = { CLEAR: 0, GREEN: 1, AMBER: 2, 'AMBER+STRICT': 3, RED: 4 }

/** The order of restriction: RED is the most restrictive. */
export const tlpRank = (tlp: Tlp): number => RANK[tlp]

export const isTlp = (v: unknown): v is Tlp => typeof v === 'string' && (TLP_LEVELS as readonly string[]).includes(v)
