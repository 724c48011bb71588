import { Type } from 'typebox'
import type { TSchema } from 'typebox'

/** RFC 4122 UUID as STIX identifiers carry it (version 1-5, variant 10xx). */
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}'
const TYPE_NAME = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*'

/** `<type>--<uuid>`; with `types`, the type must be one of them. */
export const Identifier = (...types: string[]) =>
  Type.String({ pattern: `^(?:${types.length > 0 ? types.join('|') : TYPE_NAME})--${UUID}$` })

/** An identifier of any type but the ones named (e.g. a relationship may not point at a bundle). */
export const IdentifierNot = (...types: string[]) =>
  Type.String({ pattern: `^(?!(?:${types.join('|')})--)${TYPE_NAME}--${UUID}$` })

export const TYPE_NAME_PATTERN = `^${TYPE_NAME}$`
export const EXTENSION_DEFINITION_KEY = `^extension-definition--${UUID}$`
export const PREDEFINED_EXTENSION_KEY = `^${TYPE_NAME}-ext$`

const DATE_TIME = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)'

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** The pattern admits 2023-02-30; the calendar does not. */
export const isCalendarDate = (value: unknown): boolean => {
  if (typeof value !== 'string') return true
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  if (month === 2 && day === 29) return isLeapYear(year)
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0)
}

const calendarChecked = (pattern: string) =>
  Type.Refine(Type.String({ pattern }), isCalendarDate, () => 'must be a real calendar date')

/** RFC 3339 in UTC with a `Z`, any sub-second precision. */
export const Timestamp = calendarChecked(`^${DATE_TIME}(?:\\.\\d+)?Z$`)

/** `created` and `modified` must be precise to the millisecond at least. */
export const TimestampMillis = calendarChecked(`^${DATE_TIME}\\.\\d{3,}Z$`)

/** STIX lists must not be empty. */
export const List = <T extends TSchema>(items: T) => Type.Array(items, { minItems: 1 })

export const Strings = List(Type.String())

export const HEX_PATTERN = '^(?:[a-fA-F0-9]{2})+$'
export const BINARY_PATTERN = '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$'
export const Hex = Type.String({ pattern: HEX_PATTERN })
export const Binary = Type.String({ pattern: BINARY_PATTERN })

/** hashing-algorithm-ov: the known algorithms have fixed shapes; other names are free-form. */
export const Hashes = Type.Object(
  {
    MD5: Type.Optional(Type.String({ pattern: '^[a-fA-F0-9]{32}$' })),
    'SHA-1': Type.Optional(Type.String({ pattern: '^[a-fA-F0-9]{40}$' })),
    'SHA-256': Type.Optional(Type.String({ pattern: '^[a-fA-F0-9]{64}$' })),
    'SHA-512': Type.Optional(Type.String({ pattern: '^[a-fA-F0-9]{128}$' })),
    'SHA3-256': Type.Optional(Type.String({ pattern: '^[a-fA-F0-9]{64}$' })),
    'SHA3-512': Type.Optional(Type.String({ pattern: '^[a-fA-F0-9]{128}$' })),
    SSDEEP: Type.Optional(Type.String({ pattern: '^[a-zA-Z0-9/+:.]{1,128}$' })),
    TLSH: Type.Optional(Type.String({ pattern: '^[a-zA-Z0-9]{70}$' })),
  },
  { minProperties: 1, patternProperties: { '^[a-zA-Z0-9_-]{3,250}$': Type.String() }, additionalProperties: false },
)

/** A value a STIX property may hold: never null, never an empty list. */
export const PropertyValue = Type.Union([
  Type.String(),
  Type.Number(),
  Type.Boolean(),
  Type.Object({}),
  Type.Array(Type.Unknown(), { minItems: 1 }),
])

/**
 * STIX property names: lowercase ASCII letters, digits and underscore, 3 to 250 characters;
 * a name ending in `_hex` or `_bin` holds hex or base64.
 */
export const PROPERTY_NAME_RULES = {
  '^[a-z][a-z0-9_]{0,245}_hex$': Hex,
  '^[a-z][a-z0-9_]{0,245}_bin$': Binary,
  '^[a-z][a-z0-9_]{2,249}$': PropertyValue,
}

export const Dictionary = Type.Object(
  {},
  { minProperties: 1, patternProperties: { '^[a-zA-Z0-9_-]{0,250}$': PropertyValue }, additionalProperties: false },
)

export const ExternalReference = Type.Object({
  source_name: Type.String(),
  description: Type.Optional(Type.String()),
  url: Type.Optional(Type.String({ format: 'uri' })),
  hashes: Type.Optional(Hashes),
  external_id: Type.Optional(Type.String()),
})

export const GranularMarking = Type.Object({
  selectors: List(Type.String({ pattern: '^(?:[a-z0-9_-]{3,249}(?:\\.(?:\\[\\d+\\]|[a-z0-9_-]{1,250}))*|id)$' })),
  lang: Type.Optional(Type.String()),
  marking_ref: Type.Optional(Identifier('marking-definition')),
})

export const KillChainPhase = Type.Object({ kill_chain_name: Type.String(), phase_name: Type.String() })

export const EXTENSION_TYPES = [
  'new-sdo', 'new-sco', 'new-sro', 'property-extension', 'toplevel-property-extension',
] as const
export const ExtensionType = Type.Union(EXTENSION_TYPES.map((t) => Type.Literal(t)))

/** An extension-definition's entry in an object's `extensions`. */
const ExtensionEntry = Type.Object(
  { extension_type: ExtensionType },
  { minProperties: 1, patternProperties: PROPERTY_NAME_RULES, additionalProperties: false },
)

/** A predefined (`*-ext`) extension's entry: its own properties, at least one. */
const PredefinedExtensionEntry = Type.Object({}, { minProperties: 1 })

export const Extensions = Type.Object(
  {},
  {
    minProperties: 1,
    patternProperties: { [EXTENSION_DEFINITION_KEY]: ExtensionEntry, [PREDEFINED_EXTENSION_KEY]: PredefinedExtensionEntry },
    additionalProperties: false,
  },
)
