/**
 * `shieldwall exercise …`: set up and run exercises on the running hub with a controller's (or a
 * participant's) token; `validate` checks a scenario file here, naming each error's line and field.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import type { ResponseBody } from '../../src/client/hub-client'
import { isAppError } from '../../src/core/errors'
import { readScenarioCsv, readScenarioText, type ScenarioProblem } from '../../src/domain/exercise'
import { CliUsageError, printRecord, printRows, type CliIo } from '../io'
import { answered, clientFor, remoteOptions, type RemoteOptions } from './assistance-remote'
import { wantsJson } from './members'

type Exercise = ResponseBody<'/api/v1/exercises/{id}', 'get'>
const STEPS = ['start', 'pause', 'resume', 'end'] as const

const list = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean)

function printExercise(io: CliIo, json: boolean, e: Exercise): void {
  printRecord(io, json, json ? { ...e } : {
    id: e.id, name: e.name, scenario: e.scenarioName, state: e.state, clock: `${e.scenarioTime} (x${e.speed}${e.clockRunning ? ', running' : ', stopped'})`,
    injects: `${e.injects.released} released, ${e.injects.pending} pending, ${e.injects.held} held, of ${e.injects.total}`,
    participants: e.participants.map((p) => `${p.country ?? p.name}${p.simulated ? '*' : ''}`).join(', '),
    controllers: e.controllers.map((c) => c.email).join(', '),
  })
}

/** The scenario file as the API takes it: YAML or JSON text, or the planners' CSV with its name and start. */
function scenarioBody(file: string, o: { start?: string; scenarioName?: string }) {
  const text = readFileSync(file, 'utf8')
  if (!file.toLowerCase().endsWith('.csv')) return { scenarioYaml: text }
  if (!o.start) throw new CliUsageError('a CSV scenario needs --start <ISO time> (scenario time at H+00:00)')
  return { scenarioCsv: { name: o.scenarioName ?? file.replace(/^.*\//, '').replace(/\.csv$/i, ''), start: o.start, text } }
}

const problemLines = (problems: ScenarioProblem[]): string[] => problems.map((p) => `${p.line === null ? '' : `line ${p.line}: `}${p.field || '(scenario)'}: ${p.message}`)

export function registerExerciseCommands(program: Command, io: CliIo): void {
  const group = program.command('exercise').description('exercises: scenarios on a virtual clock, injects, the after-action report (asks the running hub)')

  group
    .command('validate')
    .description('check a scenario file (YAML, JSON or the planners\u2019 CSV) without a hub; every error named by line and field')
    .argument('<file>', 'the scenario')
    .option('--start <time>', 'CSV: scenario time at H+00:00')
    .action((file: string, o: { start?: string }) => {
      try {
        const s = file.toLowerCase().endsWith('.csv') ? readScenarioCsv(readFileSync(file, 'utf8'), { name: file, start: o.start ?? '1970-01-01T00:00:00Z' }) : readScenarioText(readFileSync(file, 'utf8'))
        io.out(`${file}: valid, ${s.events.length} events, ${s.events.reduce((n, e) => n + (e.expected?.length ?? 0), 0)} expected actions`)
      } catch (err) {
        if (!isAppError(err) || err.code !== 'invalid_scenario') throw err
        throw new CliUsageError([`${file} does not validate:`, ...problemLines(err.extra.problems as ScenarioProblem[]).map((l) => `  ${l}`)].join('\n'))
      }
    })

  remoteOptions(group.command('list').description('exercises you take part in or control')).action(async (o: RemoteOptions, cmd: Command) => {
    const rows = await answered(clientFor(io, o).GET('/api/v1/exercises'), 'the exercises')
    printRows(io, wantsJson(cmd), rows.map((e) => ({ ...e, released: `${e.injects.released}/${e.injects.total}` })), ['id', 'name', 'state', 'scenarioTime', 'speed', 'released'])
  })

  remoteOptions(group.command('create').description('set up an exercise from a scenario file'))
    .requiredOption('--name <name>', 'the exercise')
    .requiredOption('--participants <orgs>', 'nations (country codes) or organizations, comma-separated')
    .option('--simulated <orgs>', 'those of them played by simulated nations')
    .requiredOption('--scenario <file>', 'YAML, JSON or CSV (planners\u2019 layout)')
    .option('--start <time>', 'CSV: scenario time at H+00:00')
    .option('--scenario-name <name>', 'CSV: the scenario\u2019s name')
    .option('--controllers <users>', 'controllers by id or e-mail (default: you)')
    .option('--speed <n>', 'scenario seconds per wall-clock second', '1')
    .action(async (o: RemoteOptions & { name: string; participants: string; simulated?: string; scenario: string; start?: string; scenarioName?: string; controllers?: string; speed: string }, cmd: Command) => {
      const simulated = new Set(list(o.simulated))
      const body = {
        name: o.name, speed: Number(o.speed), ...scenarioBody(o.scenario, o),
        participants: list(o.participants).map((org) => ({ org, simulated: simulated.has(org) })),
        ...(o.controllers ? { controllers: list(o.controllers) } : {}),
      }
      const res = await clientFor(io, o).POST('/api/v1/exercises', { body })
      if (!res.data) {
        const p = res.error as { detail?: string; problems?: ScenarioProblem[] } | undefined
        throw new CliUsageError([`the hub refused the exercise (${res.response.status}): ${p?.detail ?? ''}`, ...problemLines(p?.problems ?? []).map((l) => `  ${l}`)].join('\n'))
      }
      printExercise(io, wantsJson(cmd), res.data)
    })

  remoteOptions(group.command('show').description('an exercise and its clock').argument('<id>')).action(async (id: string, o: RemoteOptions, cmd: Command) =>
    printExercise(io, wantsJson(cmd), await answered(clientFor(io, o).GET('/api/v1/exercises/{id}', { params: { path: { id } } }), 'the exercise')),
  )

  for (const step of STEPS) {
    remoteOptions(group.command(step).description(`${step} the exercise (a listed controller)`).argument('<id>'))
      .option('--speed <n>', 'a new speed factor (start, resume)')
      .action(async (id: string, o: RemoteOptions & { speed?: string }, cmd: Command) => {
        const body = o.speed ? { speed: Number(o.speed) } : {}
        printExercise(io, wantsJson(cmd), await answered(clientFor(io, o).POST(`/api/v1/exercises/{id}/${step}`, { params: { path: { id } }, body }), `${step}`))
      })
  }

  remoteOptions(group.command('jump').description('jump the clock forward to a scenario time').argument('<id>'))
    .requiredOption('--to <time>', 'scenario time (ISO 8601)')
    .action(async (id: string, o: RemoteOptions & { to: string }, cmd: Command) =>
      printExercise(io, wantsJson(cmd), await answered(clientFor(io, o).POST('/api/v1/exercises/{id}/jump', { params: { path: { id } }, body: { to: o.to } }), 'the jump')),
    )

  remoteOptions(group.command('injects').description('the injects, in release order').argument('<id>')).action(async (id: string, o: RemoteOptions, cmd: Command) => {
    const rows = await answered(clientFor(io, o).GET('/api/v1/exercises/{id}/injects', { params: { path: { id } } }), 'the injects')
    printRows(io, wantsJson(cmd), rows.map((i) => ({ ...i, late: i.lateSeconds ?? '' })), ['serial', 'offset', 'channel', 'from', 'state', 'releasedScenario', 'late'])
  })

  for (const act of ['release', 'hold'] as const) {
    remoteOptions(group.command(act).description(`${act} an inject by hand`).argument('<id>').argument('<serial>')).action(async (id: string, serial: string, o: RemoteOptions, cmd: Command) => {
      const inj = await answered(clientFor(io, o).POST(`/api/v1/exercises/{id}/injects/{serial}/${act}`, { params: { path: { id, serial } } }), `the ${act}`)
      printRecord(io, wantsJson(cmd), { ...inj, to: inj.to.join(', '), outcome: JSON.stringify(inj.outcome), expected: inj.expected.length })
    })
  }

  remoteOptions(group.command('report').description('the after-action report (JSON; --html the page; --pdf <file> the PDF)').argument('<id>'))
    .option('--html', 'print the printable page')
    .option('--pdf <file>', 'write the PDF (printed by the hub\u2019s Chromium) to a file')
    .action(async (id: string, o: RemoteOptions & { html?: boolean; pdf?: string }) => {
      const c = clientFor(io, o)
      if (o.pdf) {
        const pdf = await answered(c.GET('/api/v1/exercises/{id}/report.pdf', { params: { path: { id } }, parseAs: 'arrayBuffer' }), 'the PDF')
        writeFileSync(o.pdf, Buffer.from(pdf as ArrayBuffer))
        return io.out(`wrote ${o.pdf}`)
      }
      if (o.html) return io.out(String(await answered(c.GET('/api/v1/exercises/{id}/report.html', { params: { path: { id } }, parseAs: 'text' }), 'the page')))
      io.out(JSON.stringify(await answered(c.GET('/api/v1/exercises/{id}/report', { params: { path: { id } } }), 'the report'), null, 2))
    })

  remoteOptions(group.command('lesson').description('write a lesson learned into the report').argument('<id>'))
    .requiredOption('--title <text>', 'its title')
    .requiredOption('--text <text>', 'the lesson')
    .action(async (id: string, o: RemoteOptions & { title: string; text: string }, cmd: Command) =>
      printRecord(io, wantsJson(cmd), { ...(await answered(clientFor(io, o).POST('/api/v1/exercises/{id}/lessons', { params: { path: { id } }, body: { title: o.title, text: o.text } }), 'the lesson')) }),
    )

  remoteOptions(group.command('lessons').description('the lessons library, across every exercise you may read'))
    .option('--q <words>', 'words to find')
    .action(async (o: RemoteOptions & { q?: string }, cmd: Command) => {
      const rows = await answered(clientFor(io, o).GET('/api/v1/exercises/lessons', { params: { query: o.q ? { q: o.q } : {} } }), 'the lessons')
      printRows(io, wantsJson(cmd), rows.map((l) => ({ ...l })), ['exerciseName', 'createdAt', 'title', 'text'])
    })
}
