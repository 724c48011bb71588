import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { SHARED_DATA } from '../../../test/shared-data'
import type { MispAttribute, MispEvent } from './misp-types'
import { readMispEvents } from './misp-types'

export { NO_SHARED_DATA, SHARED_DATA } from '../../../test/shared-data'
export const REAL_EVENTS = ['event-circl-regin.json', 'misp_indicators_test.json', 'misp_observables_test.json']

export const loadRealEvent = (name: string): MispEvent =>
  readMispEvents(JSON.parse(readFileSync(join(SHARED_DATA, 'misp', name), 'utf8')))[0]!

let n = 0
/** A MISP attribute with a fresh uuid; override what the case is about. */
export function attr(type: string, value: string, over: Partial<MispAttribute> = {}): MispAttribute {
  n += 1
  return { uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, type, value, to_ids: true, category: 'Network activity', timestamp: '1600000000', ...over }
}

export function event(over: Partial<MispEvent> = {}): MispEvent {
  return { uuid: '11111111-2222-4333-8444-555555555555', info: 'test event', date: '2020-09-13', distribution: '3', timestamp: '1600000000', ...over }
}
