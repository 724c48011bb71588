/**
 * A stored object's text as TAXII serves it: the hub's TLP 2.0 marking ref first in its
 * `object_marking_refs`, in place of the TLP refs it came with (other refs kept), exactly as the
 * STIX export writes it (exportedObject), but without parsing and writing the whole object again:
 * only the top-level `object_marking_refs` array is found (one scan of the text) and replaced.
 * Stored text is canonical JSON (compact, keys sorted), so the scan has no whitespace to expect;
 * anything unexpected falls back to the export's own function.
 */
import { markingRefFor, tlpOfMarkingRefs } from '../../../formats/stix'
import type { Tlp } from '../../../tlp'
import { exportedObject } from '../export/stix-export'
import type { ObjectRow } from '../intel.store'

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COLON = 0x3a
const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const KEY = 'object_marking_refs'

/** Whether the character at `at` is escaped (an odd run of backslashes before it). */
function escaped(json: string, at: number): boolean {
  let n = 0
  while (json.charCodeAt(at - 1 - n) === BACKSLASH) n++
  return n % 2 === 1
}

/** The index of the closing quote of the string opening at `at` (native searches: long texts are jumped over). */
function stringEnd(json: string, at: number): number {
  let end = json.indexOf('"', at + 1)
  while (end > 0 && escaped(json, end)) end = json.indexOf('"', end + 1)
  return end
}

/** Where the top-level `object_marking_refs` array lies ([start, end)), null when absent, undefined when not an array. */
export function topLevelRefsSpan(json: string): [number, number] | null | undefined {
  if (!json.includes(`"${KEY}"`)) return null
  const structural = /["{}[\]]/g
  let depth = 0
  let arrayStart = -1
  for (let m = structural.exec(json); m !== null; m = structural.exec(json)) {
    const i = m.index
    const c = json.charCodeAt(i)
    if (c === QUOTE) {
      const end = stringEnd(json, i)
      if (end < 0) return undefined
      if (arrayStart < 0 && depth === 1 && json.charCodeAt(end + 1) === COLON && end - i - 1 === KEY.length && json.startsWith(KEY, i + 1)) {
        if (json.charCodeAt(end + 2) !== OPEN_BRACKET) return undefined
        arrayStart = end + 2
      }
      structural.lastIndex = end + 1
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++
    else {
      depth--
      if (arrayStart >= 0 && depth === 1 && c === CLOSE_BRACKET) return [arrayStart, i + 1]
    }
  }
  return null
}

const isTlpDefinition = (ref: unknown): boolean => typeof ref === 'string' && tlpOfMarkingRefs([ref]) !== null

export function servedJson(json: string, tlp: Tlp): string {
  const ref = JSON.stringify(markingRefFor(tlp))
  const span = topLevelRefsSpan(json)
  if (span === null) return `${json.slice(0, -1)},"${KEY}":[${ref}]}`
  if (span === undefined) return JSON.stringify(exportedObject({ json, tlp } as ObjectRow))
  const kept = (JSON.parse(json.slice(span[0], span[1])) as unknown[]).filter((r) => !isTlpDefinition(r))
  return `${json.slice(0, span[0])}[${[ref, ...kept.map((r) => JSON.stringify(r))].join(',')}]${json.slice(span[1])}`
}
