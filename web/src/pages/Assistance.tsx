/** Assistance: my nation's requests, offers made to my organization (answer, deliver), and a new request. */
import { useQuery } from '@tanstack/react-query'
import type { ColumnDef } from '@tanstack/react-table'
import { useState } from 'react'
import { Link } from 'react-router'
import { api, ok, type ResponseBody } from '../api'
import { Choose, Loading, Problem } from '../components/Bits'
import { DataTable } from '../components/DataTable'
import { Countdown, Time } from '../components/Time'
import { useLabel } from '../queries'
import { AskForHelp } from './AskForHelp'
import { OfferActions } from './OfferActions'

type Request = ResponseBody<'/api/v1/assistance/requests', 'get'>[number]

export function AssistancePage() {
  const category = useLabel('capability-categories')
  const requests = useQuery({ queryKey: ['requests'], queryFn: () => ok(api().GET('/api/v1/assistance/requests')) })
  const offers = useQuery({ queryKey: ['offers'], queryFn: () => ok(api().GET('/api/v1/assistance/offers')) })
  const incidents = useQuery({ queryKey: ['incidents', ''], queryFn: () => ok(api().GET('/api/v1/incidents')) })
  const [incidentId, setIncidentId] = useState('')
  const columns: ColumnDef<Request, unknown>[] = [
    { header: 'Capability', accessorKey: 'category', cell: (c) => <Link to={`/assistance/${c.row.original.id}`}>{category(c.row.original.category)}</Link> },
    { header: 'State', accessorKey: 'state', cell: (c) => <span className="state">{c.row.original.state.replace('_', ' ')}</span> },
    { header: 'Urgency', accessorKey: 'urgency' },
    { header: 'Requester', accessorKey: 'requesterOrgName' },
    { header: 'Updated', accessorKey: 'updatedAt', cell: (c) => <Time at={c.row.original.updatedAt} /> },
  ]
  return (
    <>
      <h1>Assistance</h1>
      <h2>Requests of my nation</h2>
      {requests.isPending ? <Loading what="requests" /> : <Problem error={requests.error} />}
      <DataTable caption="Requests of my nation" data={requests.data ?? []} columns={columns} />
      <section aria-labelledby="offers-h">
        <h2 id="offers-h">Offers to my organization</h2>
        {offers.isPending ? <Loading what="offers" /> : <Problem error={offers.error} />}
        {offers.data?.length === 0 && <p>No offer has been made to your organization.</p>}
        <ul className="cards">
          {(offers.data ?? []).map((o) => (
            <li key={o.id} className="card" aria-label={`Offer: ${category(o.request.category)}`}>
              <h3>
                {category(o.request.category)}, urgency {o.request.urgency}: <span className="state">{o.deliveredAt ? 'delivered' : o.state}</span>
              </h3>
              <p>{o.request.sanitizedSummary}</p>
              {o.state === 'pending' && (
                <p>
                  Answer within <Countdown due={o.answerDueAt} />
                </p>
              )}
              <OfferActions offer={o} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-h">
        <h2 id="new-h">New request</h2>
        <Choose label="For the incident" name="incident" value={incidentId} onChange={setIncidentId} choices={(incidents.data ?? []).map((i) => ({ id: i.id, label: i.title }))}>
          <option value="">choose an incident</option>
        </Choose>
        {incidentId && <AskForHelp incidentId={incidentId} />}
      </section>
    </>
  )
}
