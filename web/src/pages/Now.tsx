/** Now: what needs me — offers awaiting my answer, my open requests, NIS2 stages due, escalations — and the live activity. */
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { FeedEvent } from '../../../src/domain/event-map'
import { sentenceOf } from '../activity'
import { api, ok } from '../api'
import { Loading, Problem } from '../components/Bits'
import { TlpLabel } from '../components/Tlp'
import { Countdown, Time } from '../components/Time'
import { ACTIVITY_KEY } from '../live'
import { useLabel, useMe, useOrgName } from '../queries'
import { OfferActions } from './OfferActions'

const OPEN_REQUEST = new Set(['requested', 'matching', 'offered', 'accepted', 'in_progress', 'delivered', 'escalated'])

export function NowPage() {
  const me = useMe()
  const category = useLabel('capability-categories')
  const offers = useQuery({ queryKey: ['offers'], queryFn: () => ok(api().GET('/api/v1/assistance/offers')) })
  const requests = useQuery({ queryKey: ['requests'], queryFn: () => ok(api().GET('/api/v1/assistance/requests')) })
  const incidents = useQuery({ queryKey: ['incidents', 'now'], queryFn: () => ok(api().GET('/api/v1/incidents', { params: { query: { status: 'open' } } })) })
  const coordinator = me.data?.user.roles.includes('coordinator') ?? false
  const escalations = useQuery({ queryKey: ['escalations'], queryFn: () => ok(api().GET('/api/v1/assistance/escalations')), enabled: coordinator })
  const waiting = (offers.data ?? []).filter((o) => o.state === 'pending')
  const myOpen = (requests.data ?? []).filter((r) => OPEN_REQUEST.has(r.state))
  const nis2Due = (incidents.data ?? []).filter((i) => i.nis2?.next)
  return (
    <>
      <h1>Now</h1>
      <section aria-labelledby="offers-h">
        <h2 id="offers-h">Offers awaiting my answer</h2>
        {offers.isPending ? <Loading what="offers" /> : <Problem error={offers.error} />}
        {offers.data && waiting.length === 0 && <p>No offer is waiting for an answer.</p>}
        <ul className="cards">
          {waiting.map((o) => (
            <li key={o.id} className="card" aria-label={`Offer: ${category(o.request.category)}`}>
              <h3>
                {category(o.request.category)}, urgency {o.request.urgency}
              </h3>
              <p>{o.request.sanitizedSummary}</p>
              <p>
                Answer within <Countdown due={o.answerDueAt} />
              </p>
              <OfferActions offer={o} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="requests-h">
        <h2 id="requests-h">My open requests</h2>
        {requests.isPending ? <Loading what="requests" /> : <Problem error={requests.error} />}
        {requests.data && myOpen.length === 0 && <p>No open request.</p>}
        <ul>
          {myOpen.map((r) => (
            <li key={r.id}>
              <Link to={`/assistance/${r.id}`}>{category(r.category)}</Link>: <strong className="state">{r.state.replace('_', ' ')}</strong>, since <Time at={r.updatedAt} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="nis2-h">
        <h2 id="nis2-h">NIS2 stages due</h2>
        {incidents.data && nis2Due.length === 0 && <p>No NIS2 stage is due.</p>}
        <ul>
          {nis2Due.map((i) => (
            <li key={i.id}>
              <TlpLabel tlp={i.tlp} /> <Link to={`/incidents/${i.id}`}>{i.title}</Link>: {i.nis2!.next!.stage} <Countdown due={i.nis2!.next!.dueAt} />
            </li>
          ))}
        </ul>
      </section>
      {coordinator && (
        <section aria-labelledby="esc-h">
          <h2 id="esc-h">Escalations</h2>
          <Problem error={escalations.error} />
          {escalations.data && escalations.data.length === 0 && <p>No request is waiting for a coordinator.</p>}
          <ul>
            {(escalations.data ?? []).map((e) => (
              <li key={e.id}>
                <Link to={`/assistance/${e.id}`}>{category(e.category)}</Link>, urgency {e.urgency}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ActivityStream />
    </>
  )
}

export function ActivityStream() {
  const name = useOrgName()
  const label = useLabel('capability-categories')
  const events = useQuery<FeedEvent[]>({ queryKey: ACTIVITY_KEY, queryFn: () => [], staleTime: Infinity, initialData: [] })
  return (
    <section aria-labelledby="activity-h">
      <h2 id="activity-h">Live activity</h2>
      {events.data.length === 0 && <p>Nothing has happened since you opened the console.</p>}
      <ol className="activity" aria-live="polite">
        {events.data.map((e) => (
          <li key={e.id}>
            <Time at={e.at} /> <TlpLabel tlp={e.marking.tlp} /> {sentenceOf(e, name, label)}
          </li>
        ))}
      </ol>
    </section>
  )
}
