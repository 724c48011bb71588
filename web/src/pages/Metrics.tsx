/** Assistance metrics as charts: times to first offer, acceptance, delivery and closure; share without a helper; ratings; by nation, capability and severity. */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { api, ok, type ResponseBody } from '../api'
import { Choose, Loading, Problem } from '../components/Bits'
import { useLabel } from '../queries'

type Metrics = ResponseBody<'/api/v1/metrics/assistance', 'get'>
type Slice = Metrics['overall']
const hours = (s: number | null | undefined) => (s === null || s === undefined ? null : Math.round((s / 3600) * 100) / 100)
const CUTS = [
  { id: 'byNation', label: 'by nation' },
  { id: 'byCategory', label: 'by capability' },
  { id: 'bySeverity', label: 'by severity' },
] as const

const STEP_BARS = [
  { key: 'first offer (h)', fill: '#1f6feb' },
  { key: 'acceptance (h)', fill: '#8250df' },
  { key: 'delivery (h)', fill: '#bf8700' },
  { key: 'closure (h)', fill: '#1a7f37' },
] as const
const SHARE_BARS = [
  { key: 'without a helper (%)', fill: '#cf222e' },
  { key: 'requester rating', fill: '#1a7f37' },
  { key: 'recipient rating', fill: '#0969da' },
] as const

/** One captioned bar chart of the rows, a bar per key. */
function BarFigure({ caption, height, rows, bars }: { caption: string; height: number; rows: readonly object[]; bars: readonly { key: string; fill: string }[] }) {
  return (
    <figure>
      <figcaption>{caption}</figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={[...rows]} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="key" />
          <YAxis />
          <Tooltip />
          <Legend />
          {bars.map((b) => (
            <Bar key={b.key} dataKey={b.key} fill={b.fill} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}

function rowOf(s: Slice, label: string) {
  return {
    key: label,
    'first offer (h)': hours(s.timeToFirstOffer.medianSeconds),
    'acceptance (h)': hours(s.timeToAcceptance.medianSeconds),
    'delivery (h)': hours(s.timeToFirstDelivery.medianSeconds),
    'closure (h)': hours(s.timeToClosure.medianSeconds),
    'without a helper (%)': s.noHelperShare === null ? null : Math.round(s.noHelperShare * 100),
    'requester rating': s.ratings.requester.mean,
    'recipient rating': s.ratings.recipient.mean,
    requests: s.requests,
  }
}

export default function MetricsPage() {
  const category = useLabel('capability-categories')
  const metrics = useQuery({ queryKey: ['metrics'], queryFn: () => ok(api().GET('/api/v1/metrics/assistance')) })
  const [cut, setCut] = useState<(typeof CUTS)[number]['id']>('byNation')
  if (metrics.isPending) return <Loading what="metrics" />
  if (!metrics.data) return <Problem error={metrics.error} />
  const m = metrics.data
  const o = m.overall
  const rows = m[cut].map((s) => rowOf(s, cut === 'byCategory' ? category(s.key) : s.key))
  const cutLabel = CUTS.find((c) => c.id === cut)!.label
  return (
    <>
      <h1>Assistance metrics</h1>
      <dl className="facts" aria-label="Overall">
        <dt>Requests</dt>
        <dd data-testid="metric-requests">{o.requests}</dd>
        <dt>Median time to first offer</dt>
        <dd>{o.timeToFirstOffer.median ?? '—'}</dd>
        <dt>Median time to acceptance</dt>
        <dd>{o.timeToAcceptance.median ?? '—'}</dd>
        <dt>Median time to delivery</dt>
        <dd>{o.timeToFirstDelivery.median ?? '—'}</dd>
        <dt>Median time to closure</dt>
        <dd data-testid="metric-closure">{o.timeToClosure.median ?? '—'}</dd>
        <dt>Share without a helper</dt>
        <dd>{o.noHelperShare === null ? '—' : `${Math.round(o.noHelperShare * 100)}%`}</dd>
        <dt>Mean rating by requesters</dt>
        <dd data-testid="metric-rating">{o.ratings.requester.mean ?? '—'} ({o.ratings.requester.count} ratings)</dd>
      </dl>
      <Choose label="Show" name="cut" value={cut} onChange={(v) => setCut(v as typeof cut)} choices={CUTS} />
      <BarFigure caption={`Median hours to each step, ${cutLabel}`} height={280} rows={rows} bars={STEP_BARS} />
      <BarFigure caption={`Share without a helper and ratings, ${cutLabel}`} height={240} rows={rows} bars={SHARE_BARS} />
      <table>
        <caption>The same figures as a table</caption>
        <thead>
          <tr>
            {Object.keys(rows[0] ?? rowOf(o, 'all')).map((k) => (
              <th key={k} scope="col">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {Object.values(r).map((v, i) => (
                <td key={i}>{v ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
