import { Type, type Static } from 'typebox'
import { StringEnum } from '../../../core/schema'
import { TLP_LEVELS } from '../../../tlp'

export const MAX_LOOKUP_VALUES = 10_000
/** Matches reported per key; beyond it the key is flagged `truncated` (a value that common says little). */
export const MAX_MATCHES_PER_KEY = 100

export const LookupInput = Type.Object(
  {
    values: Type.Array(Type.String({ maxLength: 2048 }), { minItems: 1, maxItems: MAX_LOOKUP_VALUES, description: 'IPs, CIDRs, domains, URLs, e-mail addresses, hashes, …' }),
    exerciseId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'look up in this exercise instead of real traffic (as the Shieldwall-Exercise header does; this field wins)' })),
    includeInvisible: Type.Optional(
      Type.Boolean({
        description:
          'Must be false (or absent): matches the caller may not see are never reported, not even counted, or a lookup would tell anyone which values are held under markings they may not read.',
      }),
    ),
  },
  { additionalProperties: false },
)
export type LookupInput = Static<typeof LookupInput>

const Sightings = Type.Object({
  count: Type.Integer(),
  sightings: Type.Integer(),
  firstSeen: Type.Union([Type.String(), Type.Null()]),
  lastSeen: Type.Union([Type.String(), Type.Null()]),
  where: Type.Array(Type.String()),
})

export const LookupMatch = Type.Object({
  key: Type.String(),
  objectId: Type.String(),
  type: Type.String(),
  tlp: StringEnum(TLP_LEVELS),
  /** The uploading organization: reported because the caller may see the object. */
  orgId: Type.String(),
  /** The uploading organization's name (the member directory is open to every member), or null if unknown. */
  orgName: Type.Union([Type.String(), Type.Null()]),
  createdByRef: Type.Union([Type.String(), Type.Null()]),
  created: Type.Union([Type.String(), Type.Null()]),
  modified: Type.Union([Type.String(), Type.Null()]),
  revoked: Type.Boolean(),
  sightings: Sightings,
})
export type LookupMatch = Static<typeof LookupMatch>

export const LookupKey = Type.Object({
  key: Type.String(),
  /** The warning list this value is on (a match on it likely means nothing), or null. */
  warning: Type.Union([Type.String(), Type.Null()]),
  /** More than MAX_MATCHES_PER_KEY visible objects hold it; the newest are listed. */
  truncated: Type.Boolean(),
})

export const LookupResultItem = Type.Object({
  value: Type.String(),
  /** The live form of a defanged value (`hxxp://evil[.]example` → `http://evil.example`), or null when it was not defanged. */
  refangedTo: Type.Union([Type.String(), Type.Null()]),
  /** False when the value yields no key (not an address, URL, e-mail, hash, domain …): it was not looked up. */
  understood: Type.Boolean(),
  keys: Type.Array(LookupKey),
  matches: Type.Array(LookupMatch),
})
export type LookupResultItem = Static<typeof LookupResultItem>

export const LookupResult = Type.Object({
  results: Type.Array(LookupResultItem),
  values: Type.Integer(),
  keys: Type.Integer(),
  matches: Type.Integer(),
  /** Values that yield no key and so were not looked up. */
  notUnderstood: Type.Integer(),
})
export type LookupResult = Static<typeof LookupResult>
