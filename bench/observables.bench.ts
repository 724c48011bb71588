/**
 * Correlation keys at ingest: STIX pattern parsing + normalization per indicator, against a raw
 * baseline (a regular expression pulling the quoted literals out of the same patterns).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { observableKeysOfStix, normalizeLookupValue, type StixLikeObject } from '../src/formats/observables'
import { mispEventToStix, readMispEvents } from '../src/formats/misp'
import { SHARED_DATA as DATA } from '../test/shared-data'
import { fmt, timeMs } from './stats'


const jsonFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? jsonFiles(join(dir, n)) : n.endsWith('.json') ? [join(dir, n)] : []))

export default async (): Promise<void> => {
  const objects = jsonFiles(join(DATA, 'stix2.1-examples')).flatMap((f) => {
    const doc = JSON.parse(readFileSync(f, 'utf8')) as { objects?: StixLikeObject[] }
    return doc.objects ?? []
  })
  const indicators = objects.filter((o) => o.type === 'indicator')
  const rounds = 200
  observableKeysOfStix(indicators[0]!) // generate the parser outside the timing

  const raw = await timeMs(() => {
    let n = 0
    for (let r = 0; r < rounds; r++) for (const o of indicators) n += ((o.pattern as string).match(/'(?:[^'\\]|\\.)*'/g) ?? []).length
    return n
  })
  const ours = await timeMs(() => {
    let n = 0
    for (let r = 0; r < rounds; r++) for (const o of indicators) n += observableKeysOfStix(o).length
    return n
  })
  const count = rounds * indicators.length
  console.log(`indicator keys: ${fmt(count / (ours.ms / 1000), 0)} indicators/s (${indicators.length} OASIS example indicators x ${rounds})`)
  console.log(`raw regex baseline: ${fmt(count / (raw.ms / 1000), 0)} patterns/s; ratio ours/raw time = ${fmt(ours.ms / raw.ms, 1)}x`)

  const values = ['198.51.100.1', '2001:db8::1', 'evil.example.com', 'https://evil.example/x', 'a@b.example', 'd41d8cd98f00b204e9800998ecf8427e']
  const lookups = 200_000
  const lookup = await timeMs(() => {
    let n = 0
    for (let i = 0; i < lookups; i++) n += normalizeLookupValue(values[i % values.length]!).length
    return n
  })
  const lower = await timeMs(() => {
    let n = 0
    for (let i = 0; i < lookups; i++) n += values[i % values.length]!.trim().toLowerCase().length
    return n
  })
  console.log(`bulk lookup normalization: ${fmt(lookups / (lookup.ms / 1000), 0)} values/s; raw trim+lowercase ${fmt(lookups / (lower.ms / 1000), 0)}/s; ratio ${fmt(lookup.ms / lower.ms, 1)}x`)

  const event = readMispEvents(JSON.parse(readFileSync(join(DATA, 'misp/misp_indicators_test.json'), 'utf8')))[0]!
  const events = 500
  const conv = await timeMs(() => {
    for (let i = 0; i < events; i++) mispEventToStix(event, { now: new Date(0) })
  })
  const clone = await timeMs(() => {
    for (let i = 0; i < events; i++) structuredClone(event)
  })
  console.log(`MISP event -> STIX: ${fmt(events / (conv.ms / 1000), 0)} events/s (47 attributes + 21 objects); structuredClone baseline ${fmt(events / (clone.ms / 1000), 0)}/s; ratio ${fmt(conv.ms / clone.ms, 1)}x`)
}
