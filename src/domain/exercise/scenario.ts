/**
 * Reading a scenario: YAML or JSON (YAML is a superset of JSON, so one parser keeps line numbers
 * for both) or the planners' CSV layout, validated against the published schema and then against
 * the rules a schema cannot say (unique serials, offsets matching scenario times, references to
 * earlier events). Every error names its line and field; a scenario with any error is refused whole.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import { Value } from 'typebox/value'
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import { AppError } from '../../core/errors'
import { schemaProblems } from '../../formats/stix/schema-errors'
import { CONTENT_SCHEMAS, Scenario, type Channel, type ScenarioEvent } from './scenario.schema'

export interface ScenarioProblem {
  /** 1-based line in the source, when known. */
  line: number | null
  /** JSON pointer into the scenario, e.g. /events/3/channel. */
  pointer: string
  /** The field, as a planner reads it: events[3].channel (serial INJ-004). */
  field: string
  message: string
}

/** Where a pointer's value sits in the source: its line, or null. */
type LineOf = (pointer: string) => number | null

const tokensOf = (pointer: string): string[] => pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))

function fieldName(pointer: string, value: unknown): string {
  const tokens = tokensOf(pointer)
  let name = ''
  for (const t of tokens) name += /^\d+$/.test(t) ? `[${t}]` : name === '' ? t : `.${t}`
  const m = /^\/events\/(\d+)/.exec(pointer)
  const serial = m ? (value as { events?: { serial?: unknown }[] }).events?.[Number(m[1])]?.serial : undefined
  return typeof serial === 'string' ? `${name} (serial ${serial})` : name
}

/** Parses minutes from H+HH:MM. */
export function offsetMs(offset: string): number {
  const [h, m] = offset.replace(/^H\+/, '').split(':').map(Number)
  return ((h ?? 0) * 60 + (m ?? 0)) * 60_000
}

/** The rules beyond the schema, as [pointer, message]. */
function ruleProblems(s: Scenario): [string, string][] {
  const out: [string, string][] = []
  const serials = new Map<string, number>()
  const expectedIds = new Set<string>()
  const start = Date.parse(s.start)
  s.events.forEach((e, i) => {
    const at = `/events/${i}`
    if (serials.has(e.serial)) out.push([`${at}/serial`, `serial ${e.serial} is used twice (also events[${serials.get(e.serial)}])`])
    else serials.set(e.serial, i)
    if (e.scenarioTime !== undefined && Date.parse(e.scenarioTime) !== start + offsetMs(e.offset))
      out.push([`${at}/scenarioTime`, `${e.scenarioTime} is not start + ${e.offset} (${new Date(start + offsetMs(e.offset)).toISOString()})`])
    const schema = CONTENT_SCHEMAS[e.channel]
    for (const p of schemaProblems([...Value.Errors(schema, e.content)])) out.push([`${at}/content${p.pointer}`, `${p.detail} (channel ${e.channel})`])
    if (e.channel === 'assistance-request' && typeof e.content.incident === 'string') {
      const j = serials.get(e.content.incident)
      const ref = j === undefined ? undefined : s.events[j]
      if (ref?.channel !== 'incident-report') out.push([`${at}/content/incident`, `names no earlier incident-report event (${e.content.incident})`])
      else if (offsetMs(ref.offset) > offsetMs(e.offset)) out.push([`${at}/content/incident`, `${e.content.incident} is released after this event`])
    }
    e.expected?.forEach((x, k) => {
      if (expectedIds.has(x.id)) out.push([`${at}/expected/${k}/id`, `expected action ${x.id} is used twice`])
      expectedIds.add(x.id)
    })
  })
  return out
}

/** Validates a parsed scenario, or throws invalid_scenario naming every error. */
export function validateScenario(value: unknown, lineOf: LineOf = () => null): Scenario {
  const shape = schemaProblems([...Value.Errors(Scenario, value)]).map((p): [string, string] => [p.pointer, p.detail])
  const problems = shape.length > 0 ? shape : ruleProblems(value as Scenario)
  if (problems.length === 0) return value as Scenario
  throw scenarioError(problems.map(([pointer, message]) => ({ pointer, message, line: lineOf(pointer), field: fieldName(pointer, value) })))
}

export function scenarioError(problems: ScenarioProblem[]): AppError {
  const where = (p: ScenarioProblem) => `${p.line === null ? '' : `line ${p.line}: `}${p.field || '(scenario)'}: ${p.message}`
  const first = problems.slice(0, 3).map(where).join('; ')
  return new AppError(422, 'invalid_scenario', `The scenario has ${problems.length} error${problems.length > 1 ? 's' : ''}: ${first}${problems.length > 3 ? '; …' : ''}`, problems.map((p) => ({ pointer: p.pointer, detail: where(p) })), { problems })
}

/** The line of the node at a pointer in a YAML (or JSON) document; its nearest existing parent's when missing. */
function yamlLineOf(doc: Document, lines: LineCounter): LineOf {
  return (pointer) => {
    const path: (string | number)[] = tokensOf(pointer).map((t) => (/^\d+$/.test(t) ? Number(t) : t))
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined
      const parent = n === 0 ? doc.contents : node
      const range = (parent as { range?: [number, number, number] } | null | undefined)?.range
      if ((isMap(parent) || isSeq(parent) || node !== undefined) && range) return lines.linePos(range[0]).line
    }
    return null
  }
}

/** A scenario from YAML or JSON text. */
export function readScenarioText(text: string): Scenario {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  if (doc.errors.length > 0) {
    throw scenarioError(doc.errors.map((e) => ({ line: e.linePos?.[0].line ?? null, pointer: '', field: '', message: e.message.split('\n')[0] ?? e.message })))
  }
  return validateScenario(doc.toJS(), yamlLineOf(doc, lines))
}

/**
 * The planners' spreadsheet, one event a row, with a header row:
 * Serial, Offset, Scenario time, Type, From, To (names separated by ;), Channel, Content (JSON,
 * or plain text for a message), Expected id, Expected action, Check (kind [by=X] [category=Y]),
 * Within (minutes). A second expected action of the same event is a row with only the Expected
 * columns filled (Serial empty).
 */
export const CSV_COLUMNS = ['Serial', 'Offset', 'Scenario time', 'Type', 'From', 'To', 'Channel', 'Content', 'Expected id', 'Expected action', 'Check', 'Within'] as const
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string>>

function csvContent(channel: string, cell: string): unknown {
  const text = cell.trim()
  if (text.startsWith('{')) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return { text }
    }
  }
  return channel === 'message' || channel === 'decision-to-propose' ? { text, ...(channel === 'decision-to-propose' ? { kind: 'consultation' } : {}) } : { text }
}

function csvCheck(cell: string): Record<string, string> {
  const [kind, ...rest] = cell.trim().split(/\s+/)
  return Object.fromEntries([['kind', kind ?? ''], ...rest.map((kv) => kv.split('=', 2) as [string, string])])
}

/** Which CSV column each scenario field comes from, for error lines and names. */
const CSV_FIELD: Record<string, string> = {
  serial: 'Serial', offset: 'Offset', scenarioTime: 'Scenario time', type: 'Type', from: 'From', to: 'To', channel: 'Channel', content: 'Content',
  id: 'Expected id', description: 'Expected action', check: 'Check', withinMinutes: 'Within',
}

/** A scenario from the planners' CSV; its name and start come beside it (they are not in the sheet). */
export function readScenarioCsv(text: string, head: { name: string; start: string; description?: string }): Scenario {
  let records: { record: CsvRow; info: { lines: number } }[]
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, info: true, bom: true }) as typeof records
  } catch (err) {
    const e = err as { lines?: number; message: string }
    throw scenarioError([{ line: e.lines ?? null, pointer: '', field: '', message: e.message }])
  }
  const events: Record<string, unknown>[] = []
  const lineOfEvent: number[] = []
  const lineOfExpected: number[][] = []
  for (const { record: r, info } of records) {
    const expected = r['Expected id'] ? { id: r['Expected id'], description: r['Expected action'] ?? '', check: csvCheck(r.Check ?? ''), withinMinutes: Number(r.Within) } : null
    if (r.Serial) {
      const channel = r.Channel ?? ''
      events.push({
        serial: r.Serial,
        offset: r.Offset ?? '',
        ...(r['Scenario time'] ? { scenarioTime: r['Scenario time'] } : {}),
        type: r.Type ?? '',
        from: r.From ?? '',
        to: (r.To ?? '').split(';').map((x) => x.trim()).filter(Boolean),
        channel,
        content: csvContent(channel, r.Content ?? ''),
        ...(expected ? { expected: [expected] } : {}),
      })
      lineOfEvent.push(info.lines)
      lineOfExpected.push(expected ? [info.lines] : [])
    } else if (expected && events.length > 0) {
      const last = events[events.length - 1]!
      last.expected = [...((last.expected as unknown[] | undefined) ?? []), expected]
      lineOfExpected[lineOfExpected.length - 1]!.push(info.lines)
    }
  }
  const scenario = { name: head.name, start: head.start, ...(head.description ? { description: head.description } : {}), events }
  const lineOf: LineOf = (pointer) => {
    const m = /^\/events\/(\d+)(?:\/expected\/(\d+))?/.exec(pointer)
    if (!m) return null
    const i = Number(m[1])
    return m[2] !== undefined ? (lineOfExpected[i]?.[Number(m[2])] ?? lineOfEvent[i] ?? null) : (lineOfEvent[i] ?? null)
  }
  try {
    return validateScenario(scenario, lineOf)
  } catch (err) {
    // Named as the sheet names them: the column, not the JSON field.
    const problems = ((err as AppError).extra.problems ?? []) as ScenarioProblem[]
    throw scenarioError(problems.map((p) => ({ ...p, field: csvField(p.pointer) })))
  }
}

function csvField(pointer: string): string {
  const tokens = tokensOf(pointer)
  const key = tokens[tokens.length - 1] === undefined ? '' : /^\d+$/.test(tokens[tokens.length - 1]!) ? (tokens[tokens.length - 2] ?? '') : tokens[tokens.length - 1]!
  const inContent = tokens.includes('content')
  const inCheck = tokens.includes('check')
  return inContent ? `Content ${tokens.slice(tokens.indexOf('content') + 1).join('.')}`.trim() : inCheck ? `Check ${key}` : (CSV_FIELD[key] ?? key)
}

/** Events in the order they are released. */
export const byOffset = (events: readonly ScenarioEvent[]): ScenarioEvent[] => [...events].sort((a, b) => offsetMs(a.offset) - offsetMs(b.offset))

export type { Channel }
