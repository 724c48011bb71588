import { TLP_LEVELS, tlpRank } from '../../tlp/marking'
import type { Tlp } from '../../tlp/marking'

/**
 * TLP as STIX carries it. TLP 2.0 is the STIX TLP 2.0 extension (OASIS cti-stix-common-objects,
 * extension-definition-specifications/tlp-2.0): fixed marking-definition objects, each marked by
 * the extension with its `tlp_2_0` level. TLP 1.0 is predefined by STIX 2.1 itself (section 7.2.1.4).
 * The ids and `created` values are the published ones: a bundle that invents its own is
 * internally consistent but means nothing to MISP, OpenCTI or any other consumer.
 */
export const TLP_2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d'

export interface TlpMarkingDefinition {
  type: 'marking-definition'
  spec_version: '2.1'
  id: string
  created: string
  name: string
  definition_type?: 'tlp'
  definition?: { tlp: string }
  extensions?: Record<string, { extension_type: 'property-extension'; tlp_2_0: string }>
}

const TLP_2_IDS: Readonly<Record<Tlp, string>> = {
  CLEAR: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  GREEN: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  AMBER: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  RED: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
}

const tlp2Definition = (tlp: Tlp): TlpMarkingDefinition =>
  Object.freeze({
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_2_IDS[tlp],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${tlp}`,
    extensions: { [TLP_2_EXTENSION_ID]: { extension_type: 'property-extension' as const, tlp_2_0: tlp.toLowerCase() } },
  })

/** The five TLP 2.0 marking definitions, by level, as an exporter puts them in a bundle. */
export const TLP_2_MARKING_DEFINITIONS: Readonly<Record<Tlp, TlpMarkingDefinition>> = Object.freeze(
  Object.fromEntries(TLP_LEVELS.map((tlp) => [tlp, tlp2Definition(tlp)])) as Record<Tlp, TlpMarkingDefinition>,
)

/** TLP 1.0 level names and the TLP 2.0 level each is read as (WHITE became CLEAR). */
const TLP_1_TO_2 = { white: 'CLEAR', green: 'GREEN', amber: 'AMBER', red: 'RED' } as const satisfies Record<string, Tlp>
type Tlp1 = keyof typeof TLP_1_TO_2

const tlp1Definition = (level: Tlp1, id: string): TlpMarkingDefinition =>
  Object.freeze({
    type: 'marking-definition',
    spec_version: '2.1',
    id,
    created: '2017-01-20T00:00:00.000Z',
    definition_type: 'tlp',
    name: `TLP:${level.toUpperCase()}`,
    definition: { tlp: level },
  })

/** The four TLP 1.0 marking definitions STIX 2.1 predefines, by TLP 1.0 level. */
export const TLP_1_MARKING_DEFINITIONS: Readonly<Record<Tlp1, TlpMarkingDefinition>> = Object.freeze({
  white: tlp1Definition('white', 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9'),
  green: tlp1Definition('green', 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da'),
  amber: tlp1Definition('amber', 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82'),
  red: tlp1Definition('red', 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed'),
})

const WELL_KNOWN_TLP_BY_ID: ReadonlyMap<string, Tlp> = new Map<string, Tlp>([
  ...TLP_LEVELS.map((tlp) => [TLP_2_IDS[tlp], tlp] as const),
  ...Object.entries(TLP_1_MARKING_DEFINITIONS).map(([level, def]) => [def.id, TLP_1_TO_2[level as Tlp1]] as const),
])

/** The TLP 2.0 marking-definition id an export references for a level. */
export const markingRefFor = (tlp: Tlp): string => TLP_2_IDS[tlp]

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

const TLP_2_LEVEL_BY_NAME: ReadonlyMap<string, Tlp> = new Map(TLP_LEVELS.map((tlp) => [tlp.toLowerCase(), tlp]))

/**
 * The level a bundle's own marking definition states, if it is a TLP one: `definition_type: 'tlp'`
 * (TLP 1.0 style) or the TLP 2.0 extension with its `tlp_2_0` value.
 */
export const tlpOfDefinition = (def: unknown): Tlp | null => {
  if (!isRecord(def)) return null
  if (def.definition_type === 'tlp' && isRecord(def.definition) && typeof def.definition.tlp === 'string') {
    const level = def.definition.tlp.toLowerCase()
    return TLP_1_TO_2[level as Tlp1] ?? TLP_2_LEVEL_BY_NAME.get(level) ?? null
  }
  const extension = isRecord(def.extensions) ? def.extensions[TLP_2_EXTENSION_ID] : undefined
  if (isRecord(extension) && typeof extension.tlp_2_0 === 'string') {
    return TLP_2_LEVEL_BY_NAME.get(extension.tlp_2_0.toLowerCase()) ?? null
  }
  return null
}

/**
 * The most restrictive TLP among an object's marking refs, reading the well-known TLP 2.0 and
 * TLP 1.0 ids and, through `inlineDefs`, the marking definitions a bundle carries itself.
 * Null when no ref is a TLP marking: the caller then applies its default (AMBER+STRICT to the uploader).
 */
/** Whether `ref` is one of the TLP 2.0 or 1.0 marking definitions every STIX producer shares. */
export const isWellKnownTlpMarking = (ref: string): boolean => WELL_KNOWN_TLP_BY_ID.has(ref)

/** The level a well-known TLP marking-definition id stands for (null: not a well-known one). */
export const wellKnownTlpOf = (id: string): Tlp | null => WELL_KNOWN_TLP_BY_ID.get(id) ?? null

export const tlpOfMarkingRefs = (refs: readonly string[] | undefined, inlineDefs?: ReadonlyMap<string, object>): Tlp | null => {
  let found: Tlp | null = null
  for (const ref of refs ?? []) {
    const tlp = WELL_KNOWN_TLP_BY_ID.get(ref) ?? tlpOfDefinition(inlineDefs?.get(ref))
    if (tlp !== null && (found === null || tlpRank(tlp) > tlpRank(found))) found = tlp
  }
  return found
}
