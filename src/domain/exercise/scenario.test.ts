import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { AppError } from '../../core/errors'
import { readScenarioCsv, readScenarioText, type ScenarioProblem } from './scenario'
import { publishedScenarioSchema } from './scenario.schema'

const problemsOf = (f: () => unknown): ScenarioProblem[] => {
  try {
    f()
  } catch (err) {
    expect((err as AppError).code).toBe('invalid_scenario')
    return (err as AppError).extra.problems as ScenarioProblem[]
  }
  throw new Error('the scenario was accepted')
}

const GOOD = `name: Wiper at an energy operator
start: 2026-04-14T08:00:00Z
events:
  - serial: INJ-001
    offset: H+00:00
    type: inject
    from: EE
    to: [LV]
    channel: incident-report
    content:
      title: Wiper at an energy operator
      summary: Disks wiped at a transmission operator
      sectors: [energy]
      rsitClass: availability
      rsitType: sabotage
      severity: 4
  - serial: INJ-002
    offset: H+00:30
    scenarioTime: 2026-04-14T08:30:00Z
    type: inject
    from: EE
    to: []
    channel: assistance-request
    content: { incident: INJ-001, category: malware-analysis, urgency: high, summary: Need RE on a wiper }
    expected:
      - id: X1
        description: a helper accepts
        check: { kind: offer-accepted, category: malware-analysis }
        withinMinutes: 60
`

describe('reading a scenario', () => {
  it('reads a valid YAML scenario and the same as JSON', () => {
    const s = readScenarioText(GOOD)
    expect(s.events.map((e) => e.serial)).toEqual(['INJ-001', 'INJ-002'])
    expect(readScenarioText(JSON.stringify(s, null, 2))).toEqual(s)
  })

  it('names the line and field of every error in a YAML scenario', () => {
    const bad = GOOD.replace('channel: incident-report', 'channel: fax').replace('scenarioTime: 2026-04-14T08:30:00Z', 'scenarioTime: 2026-04-14T09:30:00Z')
    const problems = problemsOf(() => readScenarioText(bad))
    expect(problems).toContainEqual(expect.objectContaining({ line: 9, pointer: '/events/0/channel', field: 'events[0].channel (serial INJ-001)' }))
    expect(problems).toHaveLength(1) // the shape first: rules are checked only on a well-shaped scenario
    const rules = problemsOf(() => readScenarioText(GOOD.replace('scenarioTime: 2026-04-14T08:30:00Z', 'scenarioTime: 2026-04-14T09:30:00Z').replace('incident: INJ-001', 'incident: INJ-009')))
    expect(rules.map((p) => [p.line, p.pointer])).toEqual([
      [19, '/events/1/scenarioTime'],
      [24, '/events/1/content/incident'],
    ])
  })

  it('names a missing field and a bad content field by line', () => {
    const problems = problemsOf(() => readScenarioText(GOOD.replace('      severity: 4\n', '').replace('    from: EE\n    to: [LV]\n', '    to: [LV]\n')))
    expect(problems.map((p) => [p.line, p.field])).toEqual([[4, 'events[0].from (serial INJ-001)']])
    const content = problemsOf(() => readScenarioText(GOOD.replace('      severity: 4\n', '')))
    expect(content.map((p) => [p.line, p.pointer])).toEqual([[11, '/events/0/content/severity']])
  })

  it('refuses a YAML syntax error with its line', () => {
    expect(problemsOf(() => readScenarioText('name: x\nevents: [\n'))[0]!.line).toBeGreaterThan(0)
  })

  const CSV = [
    'Serial,Offset,Scenario time,Type,From,To,Channel,Content,Expected id,Expected action,Check,Within',
    'INJ-1,H+00:00,,inject,EE,LV,message,Check your substations,X1,LV reports,incident-reported by=LV,30',
    ',,,,,,,,X2,LV asks for help,request-submitted by=LV category=malware-analysis,60',
    'INJ-2,H+01:00,,information,HUB,EE;LV,message,Cable damaged,,,,',
  ].join('\n')

  it('imports the planners\u2019 CSV layout, a second expected action on its own row', () => {
    const s = readScenarioCsv(CSV, { name: 'Sheet', start: '2026-04-14T08:00:00Z' })
    expect(s.events).toHaveLength(2)
    expect(s.events[0]!.expected!.map((x) => [x.id, x.check.kind, x.check.by, x.withinMinutes])).toEqual([
      ['X1', 'incident-reported', 'LV', 30],
      ['X2', 'request-submitted', 'LV', 60],
    ])
    expect(s.events[1]!.to).toEqual(['EE', 'LV'])
  })

  it('names the CSV line and column of every error', () => {
    const bad = CSV.replace('H+01:00', 'one hour').replace('request-submitted by=LV', 'asked by=LV')
    const problems = problemsOf(() => readScenarioCsv(bad, { name: 'Sheet', start: '2026-04-14T08:00:00Z' }))
    expect(problems.map((p) => [p.line, p.field])).toEqual(
      expect.arrayContaining([
        [3, 'Check kind'],
        [4, 'Offset'],
      ]),
    )
    expect(problems).toHaveLength(2)
  })
})

describe('the published scenario schema', () => {
  it('is committed as docs/scenario.schema.json, current (rewrite it with the line in its test when the schema changes)', () => {
    // npx tsx -e "import {publishedScenarioSchema} from './src/domain/exercise/scenario.schema'; import {writeFileSync} from 'node:fs'; writeFileSync('docs/scenario.schema.json', JSON.stringify(publishedScenarioSchema(), null, 2) + '\n')"
    const committed = JSON.parse(readFileSync(new URL('../../../docs/scenario.schema.json', import.meta.url), 'utf8')) as unknown
    expect(committed).toEqual(publishedScenarioSchema())
  })

  it('accepts the bundled scenario', () => {
    expect(readScenarioText(readFileSync(new URL('../../../scenarios/allied-shield.yaml', import.meta.url), 'utf8')).events.length).toBeGreaterThan(10)
  })
})
