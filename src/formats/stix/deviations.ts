/**
 * The deviations from STIX 2.1 that real producers write, and what the hub does with each.
 *
 * Every object the hub refused in real third-party data (MITRE and OpenCTI bundles, the OASIS and
 * python-stix2 examples, MISP exports) did break STIX 2.1, but mostly in a few common, harmless
 * ways, and one such object made a whole file fail. This table names them. Each has a decision:
 *
 * - accept: stored as it came. Only when the object still passes the OASIS schemas and no
 *   consumer relies on the rule it breaks (the hub's own versioning included).
 * - repair: stored in the repaired form stated here; the original value is kept where STIX lets
 *   it stay (e.g. 2.0 `labels` beside the 2.1 `*_types`), and is always named in the report.
 * - refuse: rejected, with the deviation named, in every mode.
 *
 * By default an import applies the table and reports every acceptance and repair per object in
 * its summary; a strict import (`strict=true`, `--strict`) applies none of them and refuses what
 * STIX 2.1 refuses. Nothing is changed silently. The rules that find and repair each deviation are
 * in deviation-rules.ts, keyed by the ids below.
 */
export type DeviationDecision = 'accept' | 'repair' | 'refuse'

export interface Deviation {
  id: DeviationId
  /** What real data carries. */
  seen: string
  decision: DeviationDecision
  /** What the hub stores instead (repairs only). */
  repairedForm: string | null
  /** The STIX 2.1 clause broken (cs02 section numbers; MISP's for its own format). */
  clause: string
  why: string
}

export const DEVIATION_IDS = [
  'stop-time-equals-start-time',
  'tlp-white-redefined-as-clear',
  'tlp-well-known-id-redefined',
  'modified-before-created',
  'external-reference-url-padded',
  'short-extension-property-name',
  'stix-2.0-object',
  'misp-rest-search-form',
] as const

export type DeviationId = (typeof DEVIATION_IDS)[number]

export const DEVIATIONS: Readonly<Record<DeviationId, Deviation>> = {
  'stop-time-equals-start-time': {
    id: 'stop-time-equals-start-time',
    seen: 'a relationship whose stop_time equals its start_time (an instant, e.g. "used on that day")',
    decision: 'accept',
    repairedForm: null,
    clause: 'STIX 2.1 §5.1.1 relationship: stop_time "MUST be later than the timestamp in start_time"',
    why:
      'The OASIS schema accepts it, nothing in the hub or its consumers orders by it, and the only ' +
      'repair (moving stop_time a millisecond on) would invent a time nobody observed.',
  },
  'tlp-white-redefined-as-clear': {
    id: 'tlp-white-redefined-as-clear',
    seen:
      'the well-known TLP:WHITE marking-definition (marking-definition--613f2e26-…) carried with ' +
      '"definition": {"tlp": "clear"} (TLP 2.0 renamed WHITE to CLEAR)',
    decision: 'repair',
    repairedForm: 'the TLP:WHITE definition exactly as STIX 2.1 §7.2.1.4 predefines it ("tlp": "white", created 2017-01-20)',
    clause: 'STIX 2.1 §7.2.1.4: the TLP marking-definitions are predefined, and tlp is one of white, green, amber, red',
    why:
      'Both name the same level (the hub reads either as CLEAR), so the meaning is unchanged; the id ' +
      'is fixed by the spec, so the original cannot be kept beside it, and consumers match the id, not the text.',
  },
  'tlp-well-known-id-redefined': {
    id: 'tlp-well-known-id-redefined',
    seen: 'a well-known TLP 1.0 or 2.0 marking-definition id redefined with another level (e.g. the TLP:WHITE id saying "red")',
    decision: 'refuse',
    repairedForm: null,
    clause: 'STIX 2.1 §7.2.1.4 and the TLP 2.0 extension: these ids have one fixed definition each',
    why:
      'Every consumer reads the level from the id, so such a definition would show an object to ' +
      'people its producer meant to keep it from (or the reverse); no repair can tell which level was meant.',
  },
  'modified-before-created': {
    id: 'modified-before-created',
    seen: '`modified` before `created` (by a few days in real data)',
    decision: 'repair',
    repairedForm: '`created` set to `modified`; the original `created` is named in the report',
    clause: 'STIX 2.1 §3.2 common properties: modified "MUST be later than or equal to the value of the created property"',
    why:
      'The version of an object is its id and `modified` (§3.6), so `modified` must stay as it came for ' +
      'later versions and duplicates to be recognized; `created` is what moves. STIX has no place for the old value.',
  },
  'external-reference-url-padded': {
    id: 'external-reference-url-padded',
    seen: 'an external_references[].url with leading or trailing white space',
    decision: 'repair',
    repairedForm: 'the url without the surrounding white space',
    clause: 'STIX 2.1 §2.5 external reference: url "MUST be a valid URL" (RFC 3986, which has no white space)',
    why: 'The OASIS schema refuses the padded form; white space around a URL carries no meaning and every browser trims it.',
  },
  'short-extension-property-name': {
    id: 'short-extension-property-name',
    seen: "a property name of 1 or 2 characters inside an extension (OpenCTI writes `id` in its own extension)",
    decision: 'repair',
    repairedForm: 'the property renamed with the custom-property prefix: `id` becomes `x_id`, its value unchanged',
    clause: 'STIX 2.1 §3.1: property names MUST have a minimum length of 3 characters (and the OASIS schemas check it)',
    why:
      'Dropping it would lose the producer\'s data (OpenCTI\'s own id), and the OASIS schemas refuse the short ' +
      'name; the x_ prefix is how STIX names a producer\'s own property. If the longer name is taken, the object is refused.',
  },
  'stix-2.0-object': {
    id: 'stix-2.0-object',
    seen: 'a STIX 2.0 object (no spec_version) mixed into a 2.1 bundle',
    decision: 'repair',
    repairedForm:
      'spec_version "2.1"; on malware, tool, indicator, threat-actor and report the 2.0 `labels` are also written as ' +
      'malware_types, tool_types, indicator_types, threat_actor_types or report_types (labels kept); malware gets ' +
      'is_family true; indicators get pattern_type "stix". Anything else a 2.0 object lacks is refused as usual.',
    clause: 'STIX 2.1 §3.2 (spec_version required on SDOs, SROs and markings), §4.11 malware, §4.14 tool, §4.7 indicator; Appendix "changes from 2.0"',
    why:
      'These are the changes the OASIS stix2-elevator and python-stix2 make; they add no meaning (2.0 labels on these ' +
      'types were the *_types vocabularies, 2.0 patterns were STIX patterns, 2.0 malware described families).',
  },
  'misp-rest-search-form': {
    id: 'misp-rest-search-form',
    seen: 'a MISP restSearch answer in attribute or object form ({"response": {"Attribute": […]}} or {"response": {"Object": […]}}) where events are expected',
    decision: 'repair',
    repairedForm: 'one event per event the attributes and objects name (their Event.uuid or event_id), holding them',
    clause: 'MISP core format (draft-dulaunoy-misp-core-format §2): an import reads events',
    why: 'The attributes carry what an event would (value, type, category, TLP tags); the events they came from are named in the warning.',
  },
}

/** One deviation found on one object, and what was done about it. */
export interface AppliedDeviation {
  deviation: DeviationId
  decision: DeviationDecision
  /** Where and what, e.g. `/modified 2020-01-01T00:00:00Z is before /created 2020-02-01T00:00:00Z: created set to modified`. */
  detail: string
}

export const applied = (deviation: DeviationId, detail: string): AppliedDeviation => ({
  deviation,
  decision: DEVIATIONS[deviation].decision,
  detail,
})
