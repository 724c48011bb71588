/**
 * `shieldwall decision list | show | answer | propose | reissue | withdraw`: joint decisions, asked
 * of the running hub with the member's token (a decision is its members' business, not the
 * operator's), printed for people or as JSON.
 */
import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import type { RequestBody, ResponseBody } from '../../src/client/hub-client'
import { CliUsageError, printRecord, printRows, type CliIo } from '../io'
import { answered, clientFor, remoteOptions, type RemoteOptions } from './assistance-remote'
import { wantsJson } from './members'

type Decision = ResponseBody<'/api/v1/decisions/{id}', 'get'>
type NewProposal = RequestBody<'/api/v1/decisions', 'post'>
type Answer = RequestBody<'/api/v1/decisions/{id}/answers', 'post'>['answer']
const ANSWERS: readonly Answer[] = ['concur', 'object', 'abstain', 'break_silence']

/** `--deadline` as given (an ISO time), or `--in 90m | 6h | 2d` from now. */
export function deadlineOf(o: { deadline?: string; in?: string }, now = Date.now()): string {
  if (o.deadline !== undefined && o.in !== undefined) throw new CliUsageError('give --deadline or --in, not both')
  if (o.deadline !== undefined) {
    if (Number.isNaN(Date.parse(o.deadline))) throw new CliUsageError(`--deadline ${o.deadline} is not a time (e.g. 2026-03-02T12:00:00Z)`)
    return new Date(o.deadline).toISOString()
  }
  const m = /^(\d+)([mhd])$/.exec(o.in ?? '')
  if (!m) throw new CliUsageError('give --deadline <ISO time> or --in <minutes m | hours h | days d>, e.g. --in 6h')
  return new Date(now + Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'm' | 'h' | 'd']).toISOString()
}

const names = (d: Decision) => (d.addresseesHidden && d.addressees.length === 0 ? '(holders, not named)' : d.addressees.map((a) => a.name ?? a.orgId).join(', '))

function printDecision(io: CliIo, d: Decision): void {
  printRecord(io, false, {
    id: d.id,
    title: d.title,
    kind: d.kind,
    procedure: d.procedure + (d.majority ? ` (quorum ${d.majority.quorum}, ${d.majority.thresholdNum}/${d.majority.thresholdDen} of ${d.majority.thresholdOf})` : ''),
    state: d.state,
    outcome: d.outcome ?? '',
    round: d.round,
    deadline: d.deadlineAt,
    addressees: names(d),
    proposer: d.proposer ? (d.proposer.name ?? d.proposer.orgId) : '(not named)',
    marking: `TLP:${d.tlp} — ${d.visibleTo}`,
    tally: d.tally ? `${d.tally.concur} concur, ${d.tally.object} object, ${d.tally.abstain} abstain, ${d.tally.breakSilence} broke silence, ${d.tally.unanswered} unanswered` : '(closed until the deadline)',
    'you may answer': d.mayAnswer ? 'yes' : 'no',
  })
  for (const r of d.rounds) {
    io.out('')
    io.out(`round ${r.round}: issued ${r.issuedAt}, deadline ${r.deadlineAt}${r.outcome ? `, ${r.outcome}` : r.endedAt ? ', ended' : ', open'}`)
    for (const line of r.text.split('\n')) io.out(`  | ${line}`)
  }
  if (d.answers.length > 0) {
    io.out('')
    printRows(io, false, d.answers.map((a) => ({ ...a, by: `${a.addresseeName ?? a.addressee}${a.userName ? ` (${a.userName})` : ''}`, reason: a.reason ?? '', amended: a.amendedText ? 'yes' : '' })), ['round', 'at', 'by', 'answer', 'reason', 'amended'])
  }
  for (const e of d.effects) io.out(`effect: ${e.kind} ${JSON.stringify(e.detail)} at ${e.at}`)
}

interface ProposeOptions extends RemoteOptions {
  kind: NewProposal['kind']
  title: string
  text?: string
  textFile?: string
  to?: string
  procedure: NewProposal['procedure']
  deadline?: string
  in?: string
  tlp?: NewProposal['tlp']
  quorum?: string
  threshold?: string
  of?: 'addressees' | 'cast'
  closedAnswers?: boolean
  subjectKind?: NewProposal['subjectKind']
  subject?: string
  input?: string
}

/** The proposal from the flags; `--input file.json` adds what flags do not carry (widen, deployment). */
export function proposalOf(o: ProposeOptions, now = Date.now()): NewProposal {
  const text = o.text ?? (o.textFile !== undefined ? readFileSync(o.textFile, 'utf8') : undefined)
  if (text === undefined) throw new CliUsageError('give the text: --text "…" or --text-file <file>')
  const extra = o.input !== undefined ? (JSON.parse(readFileSync(o.input, 'utf8')) as Partial<NewProposal>) : {}
  let majority: NewProposal['majority']
  if (o.procedure === 'majority') {
    const t = /^(\d+)\/(\d+)$/.exec(o.threshold ?? '')
    if (o.quorum === undefined || !t) throw new CliUsageError('a majority needs --quorum <n> and --threshold <num/den>, e.g. --threshold 2/3')
    majority = { quorum: Number(o.quorum), thresholdNum: Number(t[1]), thresholdDen: Number(t[2]), ...(o.of ? { thresholdOf: o.of } : {}) }
  }
  return {
    kind: o.kind,
    title: o.title,
    text,
    procedure: o.procedure,
    deadline: deadlineOf(o, now),
    ...(o.to !== undefined ? { addressees: o.to.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    ...(o.tlp !== undefined ? { tlp: o.tlp } : {}),
    ...(majority ? { majority } : {}),
    ...(o.closedAnswers ? { answersOpen: false } : {}),
    ...(o.subjectKind !== undefined ? { subjectKind: o.subjectKind } : {}),
    ...(o.subject !== undefined ? { subjectIds: o.subject.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    ...extra,
  }
}

export function registerDecisionCommands(program: Command, io: CliIo): void {
  const group = program.command('decision').description('joint decisions: proposals, answers and their record (asks the running hub)')
  const out = (cmd: Command, d: Decision) => (wantsJson(cmd) ? io.out(JSON.stringify(d, null, 2)) : printDecision(io, d))

  remoteOptions(group.command('list').description('proposals you may see, newest first'))
    .option('--state <state>', 'open, silence_broken, decided or withdrawn')
    .option('--limit <n>', 'at most this many', '100')
    .action(async (o: RemoteOptions & { state?: Decision['state']; limit: string }, cmd: Command) => {
      const list = await answered(clientFor(io, o).GET('/api/v1/decisions', { params: { query: { limit: Number(o.limit), ...(o.state ? { state: o.state } : {}) } } }), 'the proposals')
      const rows = list.map((d) => ({ ...d, outcome: d.outcome ?? '', answer: d.mayAnswer ? 'yes' : '' }))
      printRows(io, wantsJson(cmd), wantsJson(cmd) ? list.map((d) => ({ ...d })) : rows, ['id', 'kind', 'procedure', 'state', 'outcome', 'round', 'deadlineAt', 'answer', 'title'])
    })

  remoteOptions(group.command('show').description('a proposal and its record').argument('<id>', 'proposal id'))
    .option('--html', 'print the printable page instead')
    .action(async (id: string, o: RemoteOptions & { html?: boolean }, cmd: Command) => {
      if (o.html) {
        const page = await answered(clientFor(io, o).GET('/api/v1/decisions/{id}/record.html', { params: { path: { id } }, parseAs: 'text' }), 'the record')
        return io.out(String(page))
      }
      out(cmd, await answered(clientFor(io, o).GET('/api/v1/decisions/{id}', { params: { path: { id } } }), 'the proposal'))
    })

  remoteOptions(group.command('answer').description('answer a proposal for your organization').argument('<id>', 'proposal id').argument('<answer>', ANSWERS.join(' | ')))
    .option('--reason <text>', 'why (needed to object or break silence)')
    .option('--amend <text>', 'an amended text, with break_silence')
    .option('--round <n>', 'the round you answer (refused if another is open)')
    .action(async (id: string, answer: string, o: RemoteOptions & { reason?: string; amend?: string; round?: string }, cmd: Command) => {
      if (!(ANSWERS as readonly string[]).includes(answer)) throw new CliUsageError(`answer ${answer}? one of ${ANSWERS.join(', ')}`)
      const body = { answer: answer as Answer, ...(o.reason ? { reason: o.reason } : {}), ...(o.amend ? { amendedText: o.amend } : {}), ...(o.round ? { round: Number(o.round) } : {}) }
      out(cmd, await answered(clientFor(io, o).POST('/api/v1/decisions/{id}/answers', { params: { path: { id } }, body }), 'the answer'))
    })

  remoteOptions(group.command('propose').description('put a proposal to nations or organizations'))
    .requiredOption('--kind <kind>', 'consultation, attribution, collective_response, widen_marking, disclose_correlation, deploy_team or free_text')
    .requiredOption('--title <title>', 'a short title')
    .option('--text <text>', 'the text')
    .option('--text-file <file>', 'the text, from a file')
    .option('--to <orgs>', 'addressees, comma-separated ids or names')
    .requiredOption('--procedure <procedure>', 'silence, consensus or majority')
    .option('--deadline <time>', 'the deadline (ISO 8601, UTC)')
    .option('--in <duration>', 'the deadline from now: 90m, 6h, 2d')
    .option('--tlp <tlp>', 'CLEAR, GREEN, AMBER (default) or AMBER+STRICT')
    .option('--quorum <n>', 'majority: how many must answer')
    .option('--threshold <num/den>', 'majority: the share of concurrences needed, e.g. 2/3')
    .option('--of <base>', 'majority: the share of all addressees (default) or of votes cast (cast)')
    .option('--closed-answers', 'addressees see each other’s answers only after the deadline')
    .option('--subject-kind <kind>', 'incident, assistance_request, intel or correlation')
    .option('--subject <ids>', 'the subject ids, comma-separated')
    .option('--input <file>', 'JSON merged into the proposal (widen, deployment)')
    .action(async (o: ProposeOptions, cmd: Command) => {
      out(cmd, await answered(clientFor(io, o).POST('/api/v1/decisions', { body: proposalOf(o) }), 'the proposal'))
    })

  remoteOptions(group.command('reissue').description('after a silence break, issue an amended text as a new round').argument('<id>', 'proposal id'))
    .requiredOption('--text <text>', 'the amended text')
    .option('--deadline <time>', 'the new deadline (ISO 8601, UTC)')
    .option('--in <duration>', 'the new deadline from now: 90m, 6h, 2d')
    .action(async (id: string, o: RemoteOptions & { text: string; deadline?: string; in?: string }, cmd: Command) => {
      out(cmd, await answered(clientFor(io, o).POST('/api/v1/decisions/{id}/reissue', { params: { path: { id } }, body: { text: o.text, deadline: deadlineOf(o) } }), 'the new round'))
    })

  remoteOptions(group.command('withdraw').description('withdraw your proposal').argument('<id>', 'proposal id'))
    .option('--reason <text>', 'why')
    .action(async (id: string, o: RemoteOptions & { reason?: string }, cmd: Command) => {
      out(cmd, await answered(clientFor(io, o).POST('/api/v1/decisions/{id}/withdraw', { params: { path: { id } }, body: o.reason ? { reason: o.reason } : {} }), 'the withdrawal'))
    })
}
