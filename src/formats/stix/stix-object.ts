/**
 * A validated STIX 2.1 object, stored whole. SCOs may omit `spec_version` and carry no
 * `created`/`modified`; marking definitions carry `created` but no `modified`.
 */
export interface StixObject {
  type: string
  id: string
  spec_version?: '2.1'
  created?: string
  modified?: string
  created_by_ref?: string
  revoked?: boolean
  object_marking_refs?: string[]
  [property: string]: unknown
}

export interface StixProblem {
  /** JSON pointer of the property at fault, e.g. `/pattern` or `/granular_markings/0/marking_ref`. */
  pointer: string
  detail: string
}

export type StixValidation = { ok: true; object: StixObject } | { ok: false; errors: StixProblem[] }
