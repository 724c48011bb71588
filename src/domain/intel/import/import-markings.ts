/**
 * The hub marking of each imported object. Objects say their TLP with marking refs (TLP 2.0 or
 * 1.0 definitions, well known or carried in the bundle); one that says nothing is AMBER+STRICT to
 * the uploader's organization (never CLEAR). The audience comes from the import: AMBER levels
 * reach the uploader's organization and the organizations named with it, RED the uploader and the
 * users named with it. A relationship or sighting takes the most restrictive marking of itself and
 * of the objects it references that are in the store (those the uploader may see).
 */
import { canonicalJson } from '../../../core/canonical-json'
import { loadMarkings, saveMarking } from '../../../store/marking.store'
import type { Tx } from '../../../store/tx'
import { mostRestrictive, tlpRank, type Marking, type Tlp, type Viewer } from '../../../tlp'
import { tlpOfMarkingRefs } from '../../../formats/stix'
import type { PreparedObject } from './prepared'

export interface ImportAudience {
  /** Further organizations an AMBER or AMBER+STRICT import reaches. */
  audienceOrgs: readonly string[]
  /** Further users a RED import reaches. */
  audienceUsers: readonly string[]
  /** The level of objects that carry no TLP marking (default AMBER+STRICT). */
  defaultTlp?: Tlp
  /** Per object id, a level that replaces what the object carries (MISP attributes stricter than their event). */
  tlpById?: ReadonlyMap<string, Tlp>
  /** No object is marked looser than this (a feed's level): one carrying a stricter level keeps it. */
  floorTlp?: Tlp
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && new Set([...a, ...b]).size === new Set(a).size

const sameMarking = (a: Marking, b: Marking): boolean =>
  a.tlp === b.tlp && a.originatorOrg === b.originatorOrg && a.originatorUser === b.originatorUser && sameSet(a.audienceOrgs, b.audienceOrgs) && sameSet(a.audienceUsers, b.audienceUsers)

/** Marking rows of one import, created once each and shared by every object under them. */
export class ImportMarkings {
  readonly #byKey = new Map<string, string>()
  readonly #byTlp = new Map<Tlp, string>()
  readonly #markings = new Map<string, Marking>()
  /** Marking definitions the bundle carries, for refs to TLP definitions that are not the well-known ones. */
  readonly inlineDefinitions = new Map<string, object>()

  constructor(
    readonly uploader: Viewer,
    readonly audience: ImportAudience,
    readonly at: string,
  ) {}

  tlpOf(o: PreparedObject): Tlp {
    const carried = o.otherMarkingRefs === null ? o.tlp : tlpOfMarkingRefs(o.otherMarkingRefs, this.inlineDefinitions)
    const tlp = this.audience.tlpById?.get(o.id) ?? carried ?? this.audience.defaultTlp ?? 'AMBER+STRICT'
    const floor = this.audience.floorTlp
    return floor !== undefined && tlpRank(floor) > tlpRank(tlp) ? floor : tlp
  }

  markingOfTlp(tlp: Tlp): Marking {
    const amber = tlp === 'AMBER' || tlp === 'AMBER+STRICT'
    return {
      tlp,
      audienceOrgs: amber ? [...new Set([this.uploader.orgId, ...this.audience.audienceOrgs])] : [],
      audienceUsers: tlp === 'RED' ? [...new Set([this.uploader.userId, ...this.audience.audienceUsers])] : [],
      originatorOrg: this.uploader.orgId,
      originatorUser: this.uploader.userId,
    }
  }

  /** The marking row id of a plain (not derived) object at this level. */
  async idOfTlp(tx: Tx, tlp: Tlp): Promise<string> {
    let id = this.#byTlp.get(tlp)
    if (id === undefined) {
      id = await this.idOf(tx, this.markingOfTlp(tlp))
      this.#byTlp.set(tlp, id)
    }
    return id
  }

  /** The marking row id for a marking, saving it the first time this import uses it. */
  async idOf(tx: Tx, m: Marking): Promise<string> {
    const key = canonicalJson({ ...m, audienceOrgs: [...m.audienceOrgs].sort(), audienceUsers: [...m.audienceUsers].sort() })
    let id = this.#byKey.get(key)
    if (id === undefined) {
      id = await saveMarking(tx, m, this.at)
      this.#byKey.set(key, id)
      this.#markings.set(id, m)
    }
    return id
  }

  markingById(id: string): Marking | undefined {
    return this.#markings.get(id)
  }

  /**
   * The marking of a derived object: its own, made as restrictive as each referenced object's
   * (`refMarkingIds`: ids of marking rows, from this import or from the store).
   */
  async derivedMarkingId(tx: Tx, own: Marking, refMarkingIds: readonly string[]): Promise<string> {
    if (refMarkingIds.length === 0) return this.idOf(tx, own)
    const unknown = refMarkingIds.filter((id) => !this.#markings.has(id))
    if (unknown.length > 0) for (const [id, m] of await loadMarkings(tx, unknown)) this.#markings.set(id, m)
    const parts = refMarkingIds.map((id) => this.#markings.get(id)!)
    const combined = mostRestrictive([own, ...parts], { originatorOrg: own.originatorOrg, originatorUser: own.originatorUser })
    return this.idOf(tx, sameMarking(combined, own) ? own : combined)
  }

  /** Every marking this import wrote objects under (for the import event's marking). */
  usedMarkings(ids: Iterable<string>): Marking[] {
    return [...new Set(ids)].map((id) => this.#markings.get(id)!).filter(Boolean)
  }
}
