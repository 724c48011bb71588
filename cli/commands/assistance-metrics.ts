/** `shieldwall assistance metrics` for people: units in the headers, durations in words, shares in percent. */
import type { AssistanceMetrics } from '../../src/domain/assistance'
import { printRows, type CliIo } from '../io'

type Aggregate = AssistanceMetrics['overall']
type Provided = AssistanceMetrics['provided']['overall']

const percent = (x: number | null): string => (x === null ? '-' : `${Math.round(x * 1000) / 10}%`)
const words = (d: { median: string | null }): string => d.median ?? '-'
const rated = (r: { count: number; mean: number | null }): string => (r.mean === null ? '-' : `${r.mean} (${r.count})`)

const requestRow = (g: Aggregate, by: string) => ({
  by,
  key: g.key,
  requests: g.requests,
  'to first offer (median)': words(g.timeToFirstOffer),
  'to acceptance (median)': words(g.timeToAcceptance),
  'to delivery (median)': words(g.timeToFirstDelivery),
  'to closure (median)': words(g.timeToClosure),
  'no helper': percent(g.noHelperShare),
  'answered on time': percent(g.answerDeadlineHitRate),
  'requester rating (n)': rated(g.ratings.requester),
  'recipient rating (n)': rated(g.ratings.recipient),
  'closed outside hub': g.closedOutsideHub,
})

const providedRow = (g: Provided) => ({
  category: g.key,
  offers: g.offersReceived,
  accepted: g.accepted,
  declined: g.declined,
  expired: g.expired,
  delivered: g.delivered,
  'answered on time': percent(g.answeredOnTimeShare),
  'to answer (median)': words(g.timeToAnswer),
  'to delivery (median)': words(g.timeToDelivery),
  'rating (n)': rated(g.ratings),
})

export function printAssistanceMetrics(io: CliIo, m: AssistanceMetrics): void {
  io.out(`Assistance metrics (${m.scope === 'hub' ? 'every nation' : 'your nation'}). Times are medians; ratings 1 (poor) to 5 (excellent), mean with the count.`)
  io.out('')
  io.out('As requester')
  const rows = [requestRow(m.overall, 'all'), ...m.byNation.map((g) => requestRow(g, 'nation')), ...m.byCategory.map((g) => requestRow(g, 'category')), ...m.bySeverity.map((g) => requestRow(g, 'severity'))]
  printRows(io, false, rows, Object.keys(rows[0]!))
  io.out('')
  io.out(m.scope === 'hub' ? 'As provider (every provider)' : 'As provider (what your nation helped with)')
  const provided = [providedRow(m.provided.overall), ...m.provided.byCategory.map(providedRow)]
  printRows(io, false, provided, Object.keys(provided[0]!))
}
