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
      <figure>
        <figcaption>Median hours to each step, {CUTS.find((c) => c.id === cut)!.label}</figcaption>
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={rows} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="key" />
            <YAxis />
            <Tooltip />
            <Legend />
            <Bar dataKey="first offer (h)" fill="#1f6feb" />
            <Bar dataKey="acceptance (h)" fill="#8250df" />
            <Bar dataKey="delivery (h)" fill="#bf8700" />
            <Bar dataKey="closure (h)" fill="#1a7f37" />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure>
        <figcaption>Share without a helper and ratings, {CUTS.find((c) => c.id === cut)!.label}</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="key" />
            <YAxis />
            <Tooltip />
            <Legend />
            <Bar dataKey="without a helper (%)" fill="#cf222e" />
            <Bar dataKey="requester rating" fill="#1a7f37" />
            <Bar dataKey="recipient rating" fill="#0969da" />
          </BarChart>
        </ResponsiveContainer>
      </figure>
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
